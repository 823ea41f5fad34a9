// .smout JSON → SmoutDocument, refusing wrong types with the key path at fault.

#include "JsonParser.h"
#include "SmoutJson.h"
#include "model/KeyPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace smout::io {

namespace {

using namespace Qt::StringLiterals;

struct ReadFailure {
    QString message;
};

struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(smout::io::SmoutReader)
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return ReaderText::tr("null");
    case QJsonValue::Bool: return ReaderText::tr("true/false");
    case QJsonValue::Double: return ReaderText::tr("number");
    case QJsonValue::String: return ReaderText::tr("string");
    case QJsonValue::Array: return ReaderText::tr("list");
    case QJsonValue::Object: return ReaderText::tr("object");
    case QJsonValue::Undefined: break;
    }
    return ReaderText::tr("nothing");
}

[[noreturn]] void fail(const QString &path, const QString &what)
{
    throw ReadFailure{u"%1: %2"_s.arg(path, what)};
}

[[noreturn]] void wrongType(const QString &path, const QString &expected, const QJsonValue &got)
{
    fail(path, ReaderText::tr("expected %1, got %2").arg(expected, typeName(got)));
}

QString quotedList(const QStringList &codes)
{
    QStringList quoted;
    for (const auto &c : codes)
        quoted << u"\"%1\""_s.arg(c);
    return quoted.join(u", "_s);
}

// One JSON object being read: remembers which keys were consumed so the rest are kept.
class Obj {
public:
    Obj(QJsonObject object, QString path) : m_o(std::move(object)), m_path(std::move(path)) {}

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    QJsonValue take(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = m_o.value(k);
        m_o.remove(k);
        return v;
    }

    QString str(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            wrongType(at(QString::fromLatin1(key)), ReaderText::tr("string"), v);
        return v.toString();
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            wrongType(at(QString::fromLatin1(key)), ReaderText::tr("true or false"), v);
        return v.toBool();
    }

    OptionalDate date(const char *key)
    {
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QString path = at(QString::fromLatin1(key));
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            wrongType(path, ReaderText::tr("a date YYYY-MM-DD or null"), v);
        const QString s = v.toString();
        if (!shape.match(s).hasMatch())
            fail(path, ReaderText::tr("expected a date YYYY-MM-DD or null, got \"%1\"").arg(s.left(40)));
        const QDate d(s.left(4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt());
        if (!d.isValid())
            fail(path, ReaderText::tr("\"%1\" is not a real date").arg(s));
        return d;
    }

    template <typename E> E code(const char *key, E unset)
    {
        const QString path = at(QString::fromLatin1(key));
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return unset;
        return codeValue<E>(v, path, true);
    }

    template <typename E> static E codeValue(const QJsonValue &v, const QString &path, bool nullable)
    {
        const QString expected = ReaderText::tr("one of %1%2")
                                     .arg(quotedList(codeList<E>()),
                                          nullable ? ReaderText::tr(" or null") : QString());
        if (!v.isString())
            wrongType(path, expected, v);
        const auto e = fromCode<E>(v.toString());
        if (!e)
            fail(path, ReaderText::tr("expected %1, got \"%2\"").arg(expected, v.toString().left(60)));
        return *e;
    }

    QJsonArray list(const char *key, QString *path, qsizetype most = MaxListEntries)
    {
        *path = at(QString::fromLatin1(key));
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            wrongType(*path, ReaderText::tr("a list"), v);
        if (v.toArray().size() > most)
            fail(*path, ReaderText::tr("more than %L1 entries, the limit").arg(most));
        return v.toArray();
    }

    QStringList strings(const char *key)
    {
        QString path;
        QStringList out;
        const QJsonArray a = list(key, &path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                wrongType(u"%1[%2]"_s.arg(path).arg(i), ReaderText::tr("string"), a[i]);
            out << a[i].toString();
        }
        return out;
    }

    template <typename E> QList<E> codes(const char *key)
    {
        QString path;
        QList<E> out;
        const QJsonArray a = list(key, &path);
        for (qsizetype i = 0; i < a.size(); ++i)
            out << codeValue<E>(a[i], u"%1[%2]"_s.arg(path).arg(i), false);
        return out;
    }

    template <typename T, typename F> QList<T> objects(const char *key, F readOne, qsizetype most = MaxListEntries)
    {
        QString path;
        QList<T> out;
        const QJsonArray a = list(key, &path, most);
        for (qsizetype i = 0; i < a.size(); ++i)
            out << readOne(objectAt(a[i], u"%1[%2]"_s.arg(path).arg(i)));
        return out;
    }

    Obj object(const char *key)
    {
        const QString path = at(QString::fromLatin1(key));
        return objectAt(take(key), path);
    }

    static Obj objectAt(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return Obj({}, path);
        if (!v.isObject())
            wrongType(path, ReaderText::tr("an object"), v);
        return Obj(v.toObject(), path);
    }

    std::optional<qsizetype> offset(const char *key)
    {
        const QString path = at(QString::fromLatin1(key));
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const qint64 n = v.toInteger(-1);
        if (!v.isDouble() || n < 0)
            wrongType(path, ReaderText::tr("a character position (a whole number from 0)"), v);
        return qsizetype(n);
    }

    // What is left once every known key was taken.
    QJsonObject rest() const { return m_o; }
    const QString &path() const { return m_path; }

private:
    QJsonObject m_o;
    QString m_path;
};

Person readPerson(Obj o)
{
    Person p;
    p.name = o.str("name");
    p.title = o.str("title");
    p.office = o.str("office");
    p.phone = o.str("phone");
    p.email = o.str("email");
    p.unknown = o.rest();
    return p;
}

Screening readScreening(Obj o)
{
    Screening s;
    s.publicAffairsOutreach = o.boolean("public_affairs_outreach");
    s.intelligenceEo12333 = o.boolean("intelligence_eo12333");
    s.opsSituationalAwareness = o.boolean("ops_situational_awareness");
    s.notOperationalUse = o.boolean("not_operational_use");
    s.unknown = o.rest();
    return s;
}

Summary readSummary(Obj o)
{
    Summary s;
    s.dateSubmitted = o.date("date_submitted");
    s.component = o.str("component");
    s.contacts = o.objects<Person>("contacts", readPerson);
    s.counsel = o.objects<Person>("counsel", readPerson);
    s.itSystems = o.strings("it_systems");
    s.pias = o.objects<PiaRef>("pias", [](Obj p) {
        PiaRef r;
        r.id = p.str("id");
        r.title = p.str("title");
        r.date = p.date("date");
        r.unknown = p.rest();
        return r;
    });
    s.sorns = o.objects<SornRef>("sorns", [](Obj p) {
        SornRef r;
        r.id = p.str("id");
        r.title = p.str("title");
        r.date = p.date("date");
        r.federalRegister = p.str("federal_register");
        r.unknown = p.rest();
        return r;
    });
    s.unknown = o.rest();
    return s;
}

Questions readQuestions(Obj o)
{
    Questions q;
    q.q1Categories = o.codes<Category>("q1_categories");
    q.q1Other = o.str("q1_other");
    q.q1Description = o.str("q1_description");
    q.q2Authorities = o.strings("q2_authorities");
    q.q2aCounselReviewed = o.code("q2a_counsel_reviewed", YesNo::Unset);
    q.q3Status = o.code("q3_status", UseStatus::Unset);
    q.q3DateFirstLaunched = o.date("q3_date_first_launched");
    q.q3LaunchNote = o.str("q3_launch_note");
    Obj rob = o.object("q4_rules_of_behavior");
    q.q4RulesOfBehavior.title = rob.str("title");
    q.q4RulesOfBehavior.file = rob.str("file");
    q.q4RulesOfBehavior.sha256 = rob.str("sha256");
    q.q4RulesOfBehavior.unknown = rob.rest();
    Obj rules = o.object("q5_rules");
    for (const Rule r : allOf<Rule>()) {
        const QByteArray key = QByteArray(codeOf(r).data(), codeOf(r).size());
        Obj a = rules.object(key.constData());
        q.rule(r).answer = a.code("answer", YesNo::Unset);
        q.rule(r).explanation = a.str("explanation");
        q.rule(r).unknown = a.rest();
    }
    q.q5RulesUnknown = rules.rest();
    Obj tv = o.object("q5_training_verification");
    q.q5TrainingVerification.selfCertify = tv.boolean("self_certify");
    q.q5TrainingVerification.ppocRecords = tv.boolean("ppoc_records");
    q.q5TrainingVerification.none = tv.boolean("none");
    q.q5TrainingVerification.explanation = tv.str("explanation");
    q.q5TrainingVerification.unknown = tv.rest();
    q.accessModes = o.codes<AccessMode>("access_modes");
    q.unknown = o.rest();
    return q;
}

DocumentationRequirement readRequirement(Obj o)
{
    DocumentationRequirement d;
    d.required = o.boolean("required");
    d.coverage = o.code("coverage", Coverage::Unset);
    d.existing = o.strings("existing");
    d.updateTarget = o.str("update_target");
    d.unknown = o.rest();
    return d;
}

RobContent readRobContent(Obj o)
{
    RobContent c;
    c.equipment = o.code("equipment", EquipmentChoice::Unset);
    c.emailAccounts = o.code("email_accounts", EmailChoice::Unset);
    c.publicInteraction = o.code("public_interaction", InteractionChoice::Unset);
    c.privacySettings = o.code("privacy_settings", PrivacySettingsChoice::Unset);
    Obj storage = o.object("pii_storage");
    c.piiStorage.kind = storage.code("kind", PiiStorageKind::Unset);
    c.piiStorage.sorns = storage.strings("sorns");
    c.piiStorage.unknown = storage.rest();
    c.piiSafeguards = o.code("pii_safeguards", SafeguardsChoice::Unset);
    c.documentation = o.code("documentation", DocumentationChoice::Unset);
    Obj training = o.object("training");
    c.training.required = training.boolean("required");
    c.training.topics = training.codes<TrainingTopic>("topics");
    c.training.verification = training.codes<TrainingVerificationChoice>("verification");
    c.training.unknown = training.rest();
    c.unknown = o.rest();
    return c;
}

Review readReview(Obj o)
{
    Review r;
    r.dateReviewed = o.date("date_reviewed");
    r.reviewerName = o.str("reviewer_name");
    r.designationPias = o.strings("designation_pias");
    r.designationSorns = o.strings("designation_sorns");
    r.categories = o.codes<Category>("categories");
    r.otherCategory = o.str("other_category");
    r.authoritiesAnalysis = o.str("authorities_analysis");
    r.robContent = readRobContent(o.object("rob_content"));
    Obj det = o.object("determination");
    r.determination.outcome = det.code("outcome", Outcome::Unset);
    r.determination.reasons = det.codes<OutcomeReason>("reasons");
    r.determination.robAnalysis = det.str("rob_analysis");
    r.determination.unknown = det.rest();
    r.pia = readRequirement(o.object("pia"));
    r.sorn = readRequirement(o.object("sorn"));
    r.comments = o.str("comments");
    r.unknown = o.rest();
    return r;
}

Redaction readRedaction(Obj o)
{
    Redaction r;
    r.path = o.str("path");
    r.start = o.offset("start");
    r.end = o.offset("end");
    if (r.start.has_value() != r.end.has_value())
        fail(o.path(), ReaderText::tr("a redaction needs both \"start\" and \"end\", or neither (the whole value)"));
    if (r.start && *r.start > *r.end)
        fail(o.at(u"start"_s), ReaderText::tr("the redaction starts after its end"));
    r.exemption = o.str("exemption");
    r.unknown = o.rest();
    return r;
}

InformationRequest readRequest(Obj o)
{
    InformationRequest r;
    r.id = o.str("id");
    if (r.id.isEmpty())
        fail(o.at(u"id"_s), ReaderText::tr("a request needs an id such as \"R1\""));
    r.path = o.str("path");
    r.text = o.str("text");
    r.by = o.str("by");
    const QString rolePath = o.at(u"role"_s);
    const QJsonValue role = o.take("role");
    const QString expectedRole = ReaderText::tr("\"counsel\" or \"reviewer\"");
    if (!role.isString())
        wrongType(rolePath, expectedRole, role);
    // Only counsel and the reviewer ask the program office for information.
    if (const std::optional<Role> asker = fromCode<Role>(role.toString()); asker && asker != Role::Author)
        r.role = *asker;
    else
        fail(rolePath, ReaderText::tr("expected %1, got \"%2\"").arg(expectedRole, role.toString().left(60)));
    r.date = o.date("date");
    r.status = o.code("status", RequestStatus::Open);
    if (const QJsonValue answer = o.take("answer"); !answer.isUndefined() && !answer.isNull()) {
        Obj a = Obj::objectAt(answer, o.at(u"answer"_s));
        RequestAnswer ra;
        ra.text = a.str("text");
        ra.by = a.str("by");
        ra.date = a.date("date");
        ra.unknown = a.rest();
        r.answer = ra;
    }
    if (const QJsonValue closed = o.take("closed"); !closed.isUndefined() && !closed.isNull()) {
        Obj c = Obj::objectAt(closed, o.at(u"closed"_s));
        RequestClosure rc;
        rc.by = c.str("by");
        rc.date = c.date("date");
        rc.unknown = c.rest();
        r.closed = rc;
    }
    // Any JSON value (a field may hold text, a date, a list…); null is a value too.
    if (const QJsonValue value = o.take("value_at_request"); !value.isUndefined())
        r.valueAtRequest = value;
    // The status must agree with what the request holds, or the record would contradict itself.
    if (r.status == RequestStatus::Closed && !r.closed)
        fail(o.at(u"closed"_s), ReaderText::tr("a closed request needs {\"by\", \"date\"}"));
    if (r.status != RequestStatus::Closed && r.closed)
        fail(o.at(u"status"_s), ReaderText::tr("the request has a \"closed\" record but is not \"closed\""));
    if (r.status == RequestStatus::Answered && !r.answer)
        fail(o.at(u"answer"_s), ReaderText::tr("an answered request needs {\"text\", \"by\", \"date\"}"));
    r.unknown = o.rest();
    return r;
}

QList<InformationRequest> readRequests(Obj &top)
{
    const QList<InformationRequest> requests = top.objects<InformationRequest>("requests", readRequest, MaxRequests);
    QSet<QString> ids;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (ids.contains(requests[i].id))
            fail(u"requests[%1].id"_s.arg(i),
                 ReaderText::tr("the id \"%1\" is used by an earlier request").arg(requests[i].id));
        ids.insert(requests[i].id);
    }
    return requests;
}

void checkFormat(Obj &top)
{
    const QJsonValue format = top.take("format");
    if (format.isUndefined())
        fail(u"format"_s, ReaderText::tr("missing; this is not a .smout document (expected \"format\": \"smout\")"));
    if (!format.isString())
        wrongType(u"format"_s, ReaderText::tr("\"smout\""), format);
    if (format.toString() != u"smout")
        fail(u"format"_s, ReaderText::tr("expected \"smout\", got \"%1\"; this is not a .smout document")
                              .arg(format.toString().left(60)));
    const QJsonValue version = top.take("format_version");
    if (version.isUndefined())
        fail(u"format_version"_s, ReaderText::tr("missing (expected %1)").arg(SmoutDocument::CurrentFormatVersion));
    const qint64 v = version.toInteger(-1);
    if (!version.isDouble() || v < 1)
        wrongType(u"format_version"_s, ReaderText::tr("a whole number from 1"), version);
    if (v > SmoutDocument::CurrentFormatVersion)
        fail(u"format_version"_s,
             ReaderText::tr("this document uses format version %1, newer than the version %2 this SMOUT "
                "Studio understands; open it with a newer SMOUT Studio")
                 .arg(v)
                 .arg(SmoutDocument::CurrentFormatVersion));
}

} // namespace

namespace {

// The bytes of a JSON text without the white space between its values.
qsizetype dataSize(QByteArrayView bytes)
{
    qsizetype n = 0;
    bool inString = false, escaped = false;
    for (const char c : bytes) {
        if (inString) {
            ++n;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            ++n;
            inString = c == '"';
        }
    }
    return n;
}

} // namespace

Result<SmoutDocument> readSmout(QByteArrayView bytes)
{
    if (bytes.size() > MaxFileSize)
        return Error{ReaderText::tr("(document): the file is larger than %1, the limit; a SMOUT is never this large")
                         .arg(sizeLimitText(MaxFileSize))};
    if (dataSize(bytes) > MaxDataSize)
        return Error{ReaderText::tr("(document): more than %1 of data (white space between values not counted), the "
                                    "limit; a SMOUT is never this large")
                         .arg(sizeLimitText(MaxDataSize))};
    auto json = parseJsonObject(bytes, {MaxNestingDepth, MaxStringLength, MaxAnyListEntries, MaxObjectKeys});
    if (!json)
        return Error{json.error()};
    try {
        Obj top(json.value(), QString());
        checkFormat(top);
        SmoutDocument doc;
        doc.id = top.str("id");
        doc.screening = readScreening(top.object("screening"));
        doc.summary = readSummary(top.object("summary"));
        doc.questions = readQuestions(top.object("questions"));
        doc.review = readReview(top.object("review"));
        doc.redactions = top.objects<Redaction>("redactions", readRedaction, MaxMarkings);
        doc.requests = readRequests(top);
        doc.unknown = top.rest();
        return doc;
    } catch (const ReadFailure &failure) {
        return Error{failure.message};
    }
}

namespace {

// Where one field of the form lives in a SmoutDocument, for readField: the indices are those
// of the path's lists, in order.
using Indices = QList<qsizetype>;
// Reads the field's value from `o` (one key, the field's) into the document as readSmout
// would; gives the value as the document's file form holds it, or nothing when an index is
// past the end of its list.
using FieldReader = std::function<std::optional<QJsonValue>(SmoutDocument &, const Indices &, Obj &, const char *)>;

template <typename T> T *entry(QList<T> &list, const Indices &at, qsizetype which = 0)
{
    return at.size() > which && at[which] < list.size() ? &list[at[which]] : nullptr;
}

template <typename Field> FieldReader textField(Field field)
{
    return [field](SmoutDocument &doc, const Indices &at, Obj &o, const char *key) -> std::optional<QJsonValue> {
        QString *target = field(doc, at);
        if (!target)
            return std::nullopt;
        *target = o.str(key);
        return QJsonValue(*target);
    };
}

template <typename Field> FieldReader flagField(Field field)
{
    return [field](SmoutDocument &doc, const Indices &at, Obj &o, const char *key) -> std::optional<QJsonValue> {
        bool *target = field(doc, at);
        if (!target)
            return std::nullopt;
        *target = o.boolean(key);
        return QJsonValue(*target);
    };
}

template <typename Field> FieldReader dateField(Field field)
{
    return [field](SmoutDocument &doc, const Indices &at, Obj &o, const char *key) -> std::optional<QJsonValue> {
        OptionalDate *target = field(doc, at);
        if (!target)
            return std::nullopt;
        *target = o.date(key);
        if (*target && (*target)->isValid())
            return QJsonValue((*target)->toString(Qt::ISODate));
        return QJsonValue(QJsonValue::Null);
    };
}

template <typename E, typename Field> FieldReader choiceField(Field field, E unset)
{
    return [field, unset](SmoutDocument &doc, const Indices &at, Obj &o, const char *key) -> std::optional<QJsonValue> {
        E *target = field(doc, at);
        if (!target)
            return std::nullopt;
        *target = o.code(key, unset);
        const QLatin1StringView code = codeOf(*target);
        return code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString(code));
    };
}

template <typename T, typename Member> FieldReader listText(QList<T> &(*list)(SmoutDocument &), Member member)
{
    return textField([list, member](SmoutDocument &doc, const Indices &at) -> QString * {
        T *item = entry(list(doc), at);
        return item ? &(item->*member) : nullptr;
    });
}

template <typename T, typename Member> FieldReader listDate(QList<T> &(*list)(SmoutDocument &), Member member)
{
    return dateField([list, member](SmoutDocument &doc, const Indices &at) -> OptionalDate * {
        T *item = entry(list(doc), at);
        return item ? &(item->*member) : nullptr;
    });
}

#define SMOUT_FIELD(path) [](SmoutDocument &d, const Indices &) { return &d.path; }

// The text, yes/no, date and choice fields of the form, by key path with "[]" for each list
// index. Lists and objects are not here: they go through readSmout whole.
const QHash<QString, FieldReader> &fieldReaders()
{
    static const QHash<QString, FieldReader> readers = [] {
        QHash<QString, FieldReader> r;
        r.insert(u"id"_s, textField(SMOUT_FIELD(id)));
        r.insert(u"screening.public_affairs_outreach"_s, flagField(SMOUT_FIELD(screening.publicAffairsOutreach)));
        r.insert(u"screening.intelligence_eo12333"_s, flagField(SMOUT_FIELD(screening.intelligenceEo12333)));
        r.insert(u"screening.ops_situational_awareness"_s, flagField(SMOUT_FIELD(screening.opsSituationalAwareness)));
        r.insert(u"screening.not_operational_use"_s, flagField(SMOUT_FIELD(screening.notOperationalUse)));
        r.insert(u"summary.date_submitted"_s, dateField(SMOUT_FIELD(summary.dateSubmitted)));
        r.insert(u"summary.component"_s, textField(SMOUT_FIELD(summary.component)));
        using PersonList = QList<Person> &(*)(SmoutDocument &);
        const std::pair<QString, PersonList> people[] = {
            {u"summary.contacts[]."_s, [](SmoutDocument &d) -> QList<Person> & { return d.summary.contacts; }},
            {u"summary.counsel[]."_s, [](SmoutDocument &d) -> QList<Person> & { return d.summary.counsel; }},
        };
        for (const auto &[prefix, list] : people) {
            r.insert(prefix + u"name"_s, listText(list, &Person::name));
            r.insert(prefix + u"title"_s, listText(list, &Person::title));
            r.insert(prefix + u"office"_s, listText(list, &Person::office));
            r.insert(prefix + u"phone"_s, listText(list, &Person::phone));
            r.insert(prefix + u"email"_s, listText(list, &Person::email));
        }
        QList<PiaRef> &(*pias)(SmoutDocument &) = [](SmoutDocument &d) -> QList<PiaRef> & { return d.summary.pias; };
        r.insert(u"summary.pias[].id"_s, listText(pias, &PiaRef::id));
        r.insert(u"summary.pias[].title"_s, listText(pias, &PiaRef::title));
        r.insert(u"summary.pias[].date"_s, listDate(pias, &PiaRef::date));
        QList<SornRef> &(*sorns)(SmoutDocument &) = [](SmoutDocument &d) -> QList<SornRef> & { return d.summary.sorns; };
        r.insert(u"summary.sorns[].id"_s, listText(sorns, &SornRef::id));
        r.insert(u"summary.sorns[].title"_s, listText(sorns, &SornRef::title));
        r.insert(u"summary.sorns[].date"_s, listDate(sorns, &SornRef::date));
        r.insert(u"summary.sorns[].federal_register"_s, listText(sorns, &SornRef::federalRegister));
        r.insert(u"questions.q1_other"_s, textField(SMOUT_FIELD(questions.q1Other)));
        r.insert(u"questions.q1_description"_s, textField(SMOUT_FIELD(questions.q1Description)));
        r.insert(u"questions.q2a_counsel_reviewed"_s, choiceField(SMOUT_FIELD(questions.q2aCounselReviewed), YesNo::Unset));
        r.insert(u"questions.q3_status"_s, choiceField(SMOUT_FIELD(questions.q3Status), UseStatus::Unset));
        r.insert(u"questions.q3_date_first_launched"_s, dateField(SMOUT_FIELD(questions.q3DateFirstLaunched)));
        r.insert(u"questions.q3_launch_note"_s, textField(SMOUT_FIELD(questions.q3LaunchNote)));
        r.insert(u"questions.q4_rules_of_behavior.title"_s, textField(SMOUT_FIELD(questions.q4RulesOfBehavior.title)));
        r.insert(u"questions.q4_rules_of_behavior.file"_s, textField(SMOUT_FIELD(questions.q4RulesOfBehavior.file)));
        r.insert(u"questions.q4_rules_of_behavior.sha256"_s, textField(SMOUT_FIELD(questions.q4RulesOfBehavior.sha256)));
        for (const Rule rule : allOf<Rule>()) {
            const QString prefix = u"questions.q5_rules.%1."_s.arg(codeOf(rule));
            r.insert(prefix + u"answer"_s, choiceField([rule](SmoutDocument &d, const Indices &) {
                return &d.questions.rule(rule).answer;
            }, YesNo::Unset));
            r.insert(prefix + u"explanation"_s, textField([rule](SmoutDocument &d, const Indices &) {
                return &d.questions.rule(rule).explanation;
            }));
        }
        r.insert(u"questions.q5_training_verification.self_certify"_s,
                 flagField(SMOUT_FIELD(questions.q5TrainingVerification.selfCertify)));
        r.insert(u"questions.q5_training_verification.ppoc_records"_s,
                 flagField(SMOUT_FIELD(questions.q5TrainingVerification.ppocRecords)));
        r.insert(u"questions.q5_training_verification.none"_s, flagField(SMOUT_FIELD(questions.q5TrainingVerification.none)));
        r.insert(u"questions.q5_training_verification.explanation"_s,
                 textField(SMOUT_FIELD(questions.q5TrainingVerification.explanation)));
        r.insert(u"review.date_reviewed"_s, dateField(SMOUT_FIELD(review.dateReviewed)));
        r.insert(u"review.reviewer_name"_s, textField(SMOUT_FIELD(review.reviewerName)));
        r.insert(u"review.other_category"_s, textField(SMOUT_FIELD(review.otherCategory)));
        r.insert(u"review.authorities_analysis"_s, textField(SMOUT_FIELD(review.authoritiesAnalysis)));
        r.insert(u"review.comments"_s, textField(SMOUT_FIELD(review.comments)));
        r.insert(u"review.rob_content.equipment"_s, choiceField(SMOUT_FIELD(review.robContent.equipment), EquipmentChoice::Unset));
        r.insert(u"review.rob_content.email_accounts"_s, choiceField(SMOUT_FIELD(review.robContent.emailAccounts), EmailChoice::Unset));
        r.insert(u"review.rob_content.public_interaction"_s,
                 choiceField(SMOUT_FIELD(review.robContent.publicInteraction), InteractionChoice::Unset));
        r.insert(u"review.rob_content.privacy_settings"_s,
                 choiceField(SMOUT_FIELD(review.robContent.privacySettings), PrivacySettingsChoice::Unset));
        r.insert(u"review.rob_content.pii_storage.kind"_s, choiceField(SMOUT_FIELD(review.robContent.piiStorage.kind), PiiStorageKind::Unset));
        r.insert(u"review.rob_content.pii_safeguards"_s, choiceField(SMOUT_FIELD(review.robContent.piiSafeguards), SafeguardsChoice::Unset));
        r.insert(u"review.rob_content.documentation"_s, choiceField(SMOUT_FIELD(review.robContent.documentation), DocumentationChoice::Unset));
        r.insert(u"review.rob_content.training.required"_s, flagField(SMOUT_FIELD(review.robContent.training.required)));
        r.insert(u"review.determination.outcome"_s, choiceField(SMOUT_FIELD(review.determination.outcome), Outcome::Unset));
        r.insert(u"review.determination.rob_analysis"_s, textField(SMOUT_FIELD(review.determination.robAnalysis)));
        for (const QString &requirement : {u"pia"_s, u"sorn"_s}) {
            const bool pia = requirement == u"pia";
            auto of = [pia](SmoutDocument &d) -> DocumentationRequirement & { return pia ? d.review.pia : d.review.sorn; };
            const QString prefix = u"review.%1."_s.arg(requirement);
            r.insert(prefix + u"required"_s, flagField([of](SmoutDocument &d, const Indices &) { return &of(d).required; }));
            r.insert(prefix + u"coverage"_s, choiceField([of](SmoutDocument &d, const Indices &) { return &of(d).coverage; }, Coverage::Unset));
            r.insert(prefix + u"update_target"_s, textField([of](SmoutDocument &d, const Indices &) { return &of(d).updateTarget; }));
        }
        return r;
    }();
    return readers;
}

#undef SMOUT_FIELD

} // namespace

std::optional<QJsonValue> readField(SmoutDocument &doc, QStringView path, const QJsonValue &value)
{
    // Longer text goes through readSmout, which refuses it with its message.
    if (value.isString() && value.toString().size() > MaxStringLength)
        return std::nullopt;
    const auto steps = parseKeyPath(path);
    if (!steps || steps->isEmpty() || !std::holds_alternative<QString>(steps->constLast()))
        return std::nullopt;
    QString pattern;
    Indices indices;
    for (const KeyStep &step : *steps) {
        if (const auto *key = std::get_if<QString>(&step)) {
            if (!pattern.isEmpty())
                pattern += u'.';
            pattern += *key;
        } else {
            pattern += u"[]"_s;
            indices << std::get<qsizetype>(step);
        }
    }
    const auto reader = fieldReaders().constFind(pattern);
    if (reader == fieldReaders().cend())
        return std::nullopt;
    const QString key = std::get<QString>(steps->constLast());
    const QByteArray latin1Key = key.toLatin1();
    const QString parent = path.chopped(key.size() + (path.size() > key.size() ? 1 : 0)).toString();
    SmoutDocument edited = doc;
    try {
        Obj o(QJsonObject{{key, value}}, parent);
        const auto stored = (*reader)(edited, indices, o, latin1Key.constData());
        if (!stored)
            return std::nullopt;
        doc = std::move(edited);
        return stored;
    } catch (const ReadFailure &) {
        return std::nullopt;
    }
}

} // namespace smout::io
