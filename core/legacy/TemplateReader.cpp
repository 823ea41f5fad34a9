#include "TemplateReader.h"

#include "CheckMarks.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

namespace smout::legacy {

using namespace Qt::StringLiterals;

int LegacyImport::count(FieldStatus s) const
{
    return int(std::count_if(fields.begin(), fields.end(),
                             [s](const FieldReport &f) { return f.status == s; }));
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smout::legacy", text);
}

enum class Section { None, Summary, Questions, Review };

enum class Anchor {
    Preamble,
    SummaryHeading, DateSubmitted, Component, Contacts, Counsel, Systems, Pias, Sorns,
    QuestionsHeading, Q1, Q2, Q2a, Q3, Q4, Q5, RuleItem, TrainingMechanisms,
    ReviewHeading, DateReviewed, Reviewer, Designation, ReviewCategory, ReviewAuthorities,
    RobContent, Determination, Comments, AccessModes, Signatures,
    FindingsAppendix, // SMOUT Studio's list of findings on a draft: recomputed, not imported
};

struct AnchorPattern {
    Anchor anchor;
    Section onlyIn; // Section::None: anywhere
    QRegularExpression re;
};

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

const QList<AnchorPattern> &anchorPatterns()
{
    static const QList<AnchorPattern> patterns{
        {Anchor::SummaryHeading, Section::None, ci(u"^summary information:?$"_s)},
        {Anchor::DateSubmitted, Section::None, ci(u"^date submitted for review:?\\s*(.*)$"_s)},
        {Anchor::Component, Section::None, ci(u"^name of component:?\\s*(.*)$"_s)},
        {Anchor::Contacts, Section::None, ci(u"^contact information:?\\s*(.*)$"_s)},
        {Anchor::Counsel, Section::None, ci(u"^counsel\\s*\\d?\\s*contact information(?:\\s*\\([^)]*\\))?:?\\s*(.*)$"_s)},
        {Anchor::Systems, Section::None, ci(u"^it system\\(?s?\\)? where social media data is stored:?\\s*(.*)$"_s)},
        {Anchor::Pias, Section::None, ci(u"^applicable privacy impact assessments?(?:\\(s\\))?(?:\\s*\\(pia\\))?:?\\s*(.*)$"_s)},
        {Anchor::Sorns, Section::None, ci(u"^applicable system of records notices?(?:\\(s\\))?(?:\\s*\\(sorn\\))?:?\\s*(.*)$"_s)},
        {Anchor::QuestionsHeading, Section::None, ci(u"^specific questions:?$"_s)},
        {Anchor::Q1, Section::Questions, ci(u"^1\\.\\s*describe the category of use"_s)},
        {Anchor::Q2, Section::Questions, ci(u"^2\\.\\s*based on the operational use"_s)},
        {Anchor::Q2a, Section::Questions, ci(u"^(?:2\\s*)?a[).]?\\s*has counsel listed above reviewed"_s)},
        {Anchor::Q3, Section::Questions, ci(u"^3\\.\\s*is this use of social media in development or operational"_s)},
        {Anchor::Q4, Section::Questions, ci(u"^4\\.\\s*please attach a copy of the rules of behavior"_s)},
        {Anchor::Q5, Section::Questions, ci(u"^5\\.\\s*please describe the rules of behavior"_s)},
        {Anchor::RuleItem, Section::None, ci(u"^([a-h])[).]\\s*(equipment|email and accounts|public interaction|privacy settings|pii collection|pii storage|pii safeguards|documentation|training)\\b"_s)},
        {Anchor::TrainingMechanisms, Section::None, ci(u"^mechanisms are \\(or will be\\) in place to verify"_s)},
        {Anchor::ReviewHeading, Section::None, ci(u"^dhs social media documentation"_s)},
        {Anchor::DateReviewed, Section::None, ci(u"^date reviewed by the dhs privacy office:?\\s*(.*)$"_s)},
        {Anchor::Reviewer, Section::None, ci(u"^name of the dhs privacy office reviewer:?\\s*(.*)$"_s)},
        {Anchor::Designation, Section::Review, ci(u"^designation:?$"_s)},
        {Anchor::ReviewCategory, Section::Review, ci(u"^1\\.\\s*category of use:?\\s*(.*)$"_s)},
        {Anchor::ReviewAuthorities, Section::Review, ci(u"^2\\.\\s*(.*)$"_s)},
        {Anchor::RobContent, Section::Review, ci(u"^3\\.\\s*rules of behavior content"_s)},
        {Anchor::Determination, Section::None, ci(u"^dhs privacy office determination:?$"_s)},
        {Anchor::Comments, Section::None, ci(u"^dhs privacy office comments:?\\s*(.*)$"_s)},
        {Anchor::AccessModes, Section::Questions, ci(u"^access modes:"_s)},
        {Anchor::Signatures, Section::None, ci(u"^signatures$"_s)},
        {Anchor::FindingsAppendix, Section::None, ci(u"^appendix: validation findings$"_s)},
    };
    return patterns;
}

// The form's own text that is neither a heading nor an answer: page headers, the
// introduction, footnotes. Skipped wherever it stands (a page break inside an answer).
bool isFormText(const QString &plain)
{
    static const QRegularExpression re = ci(
        u"^(?:dhs operational use of social media$|this template is used to assess|"
        "the dhs privacy office has created this template|a\\) communications and outreach with the public|"
        "b\\) the conduct of authorized intelligence|this template shall be used to document|"
        "gathering information by the office of operations|please complete this form|"
        "upon receipt, your component privacy officer|counsel listed here must certify|"
        "\\(to be completed by the dhs privacy office\\)$|this program is covered by the following|"
        "page \\d+(?: of \\d+)?$|please list applicable sorn here:?$|training includes:?$|"
        "\\(not given\\)$|\\(not answered\\)$|dhs operational use of social media — |"
        "program office: submitted for|counsel: certifies that appropriate authority|"
        "dhs privacy office reviewer: determination$|the following uses of social media are exempt from)"_s);
    return re.match(plain).hasMatch();
}

struct Line {
    QString text; // plain words (CheckMarks.h)
    QString where;
    bool used = false;
};

struct Block {
    Anchor anchor = Anchor::Preamble;
    Section section = Section::None;
    QString rest; // the answer written on the heading's own line
    QString where;
    QString key; // RuleItem: the rule's keyword
    QList<Line> body;
};

QString ruleKeyOf(const QString &keyword)
{
    const QString k = keyword.toLower();
    if (k == u"equipment")
        return u"equipment"_s;
    if (k == u"email and accounts")
        return u"email_accounts"_s;
    if (k == u"public interaction")
        return u"public_interaction"_s;
    if (k == u"privacy settings")
        return u"privacy_settings"_s;
    if (k == u"pii collection")
        return u"pii_collection"_s;
    if (k == u"pii storage")
        return u"pii_storage"_s;
    if (k == u"pii safeguards")
        return u"pii_safeguards"_s;
    if (k == u"documentation")
        return u"documentation"_s;
    return u"training"_s;
}

// A date as offices write them: "November 6, 2012", "Nov. 6, 2012", "11/06/2012", ISO.
OptionalDate parseDate(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.') || text.endsWith(u';') || text.endsWith(u','))
        text.chop(1);
    text.replace(u"Sept."_s, u"Sep"_s).replace(u"."_s, QString());
    static const QRegularExpression spaces(u"\\s+"_s);
    text.replace(spaces, u" "_s);
    for (const QString &f : {u"MMMM d, yyyy"_s, u"MMM d, yyyy"_s, u"M/d/yyyy"_s, u"yyyy-MM-dd"_s,
                             u"d MMMM yyyy"_s, u"MMMM d yyyy"_s}) {
        const QDate d = QDate::fromString(text, f);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

const QRegularExpression &dateAtEnd()
{
    static const QRegularExpression re(
        u"[,(]?\\s*((?:January|February|March|April|May|June|July|August|September|October|"
        "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+\\d{1,2},\\s*\\d{4}|"
        "\\d{1,2}/\\d{1,2}/\\d{4})\\)?\\.?$"_s);
    return re;
}

const QRegularExpression &piaIdPattern()
{
    static const QRegularExpression re(u"DHS/[A-Z&]+/PIA-\\d{3}(?:\\([a-z]\\))?"_s);
    return re;
}

const QRegularExpression &sornIdPattern()
{
    static const QRegularExpression re(u"DHS/[A-Z&]+(?:-[A-Z&]+)*-\\d{3}"_s);
    return re;
}

QString withoutPlaceholders(const QString &text)
{
    static const QRegularExpression prompt(u"<[^>]*>"_s);
    return QString(text).remove(prompt).trimmed();
}

// What a layout prints where nothing was answered: the form's prompts in angle brackets,
// and SMOUT Studio's own "(not given)", "(not answered)", "(authorities analysis)".
QString withoutPrompts(const QString &text)
{
    static const QRegularExpression empty = ci(u"\\((?:not given|not answered|authorities analysis)\\)"_s);
    return withoutPlaceholders(QString(text).remove(empty));
}

// An option of the form and the value it stands for.
template <typename E> struct ChoicePhrase {
    const char *phrase;
    E value;
};

class Reader {
public:
    Reader(const SourceLines &lines, const ReadOptions &options) : m_options(options), m_source(lines)
    {
        split(lines);
    }

    Result<LegacyImport> run();

private:
    void split(const SourceLines &lines);
    void note(const QString &path, const QString &where) { m_notes.mapped(path, where); }
    QStringList paragraphs(Block &b, qsizetype from = 0, const std::function<bool(const Line &)> &stop = {});

    void readPreamble(Block &b);
    std::pair<QString, QString> answerOf(Block &b);
    void readDate(Block &b, OptionalDate &target, const QString &path);
    void readComponent(Block &b);
    void readPersons(Block &b, QList<Person> &out, const char *path);
    void readSystems(Block &b);
    void readPias(Block &b);
    void readSorns(Block &b);
    void readQ1(Block &b);
    void readQ2(Block &b);
    void readQ2a(Block &b);
    void readQ3(Block &b);
    void readQ4(Block &b);
    void readAccessModes(Block &b);
    void readRule(Block &b);
    void readReviewRule(Block &b);
    void readTrainingMechanisms(Block &b);
    void readDesignation(Block &b);
    void readReviewCategory(Block &b);
    void readDetermination(Block &b);
    void inferAfterReading();
    void collectWithheld(LegacyImport &out);

    ReadOptions m_options;
    SourceLines m_source;
    QList<Block> m_blocks;
    SmoutDocument m_doc = SmoutDocument::createNew();
    FieldNotes m_notes;
    QString m_edition = u"2012"_s;
    int m_headings = 0;
    QString m_componentNamed;
    QHash<QString, QString> m_q5Source; // rule key → where its answer line stands
};

void Reader::split(const SourceLines &lines)
{
    Section section = Section::None;
    m_blocks.append(Block{});
    for (const SourceLine &l : lines) {
        const QString plain = plainLine(l.text);
        if (plain.isEmpty())
            continue;
        bool isAnchor = false;
        for (const AnchorPattern &p : anchorPatterns()) {
            if (p.onlyIn != Section::None && p.onlyIn != section)
                continue;
            const auto m = p.re.match(plain);
            if (!m.hasMatch())
                continue;
            if (p.anchor == Anchor::SummaryHeading)
                section = Section::Summary;
            else if (p.anchor == Anchor::QuestionsHeading)
                section = Section::Questions;
            else if (p.anchor == Anchor::ReviewHeading)
                section = Section::Review;
            Block b;
            b.anchor = p.anchor;
            b.section = section;
            b.where = l.where;
            if (p.anchor == Anchor::RuleItem)
                b.key = ruleKeyOf(m.captured(2));
            else if (m.lastCapturedIndex() >= 1)
                b.rest = withoutPrompts(m.captured(1));
            m_blocks.append(b);
            ++m_headings;
            if (p.anchor == Anchor::Designation || p.anchor == Anchor::RobContent
                || p.anchor == Anchor::ReviewCategory)
                m_edition = u"2017"_s;
            isAnchor = true;
            break;
        }
        if (isAnchor)
            continue;
        if (!hasCheckBox(plain) && isFormText(plain))
            continue;
        m_blocks.last().body.append({plain, l.where});
    }
}

QStringList Reader::paragraphs(Block &b, qsizetype from, const std::function<bool(const Line &)> &stop)
{
    QStringList out;
    for (qsizetype i = from; i < b.body.size(); ++i) {
        Line &l = b.body[i];
        if (l.used)
            continue;
        if (stop && stop(l))
            break;
        l.used = true;
        out << l.text;
    }
    return out;
}

// The answer to a labelled item: on the label's own line, or (a table's next cell, a
// layout's next line) the first line after it. Returns the text and where it stands.
std::pair<QString, QString> Reader::answerOf(Block &b)
{
    if (!b.rest.isEmpty())
        return {b.rest, b.where};
    for (Line &l : b.body) {
        if (l.used)
            continue;
        l.used = true;
        return {l.text, l.where};
    }
    return {};
}

void Reader::readDate(Block &b, OptionalDate &target, const QString &path)
{
    const auto [text, where] = answerOf(b);
    if (text.isEmpty())
        return;
    target = parseDate(text);
    if (target)
        note(path, where);
    else
        m_notes.missing(path, tr("\"%1\" at %2 is not a date").arg(text, where));
}

void Reader::readPreamble(Block &b)
{
    // 2017 screening boxes: an exemption checked means no SMOUT is needed.
    static const QList<std::pair<QRegularExpression, ScreeningFlag>> flags{
        {ci(u"communications and outreach with the public"_s), ScreeningFlag::PublicAffairsOutreach},
        {ci(u"authorized intelligence activities"_s), ScreeningFlag::IntelligenceEo12333},
        {ci(u"gathering information by the office of operations"_s), ScreeningFlag::OpsSituationalAwareness},
        {ci(u"search engines for general internet research"_s), ScreeningFlag::NotOperationalUse},
    };
    for (Line &l : b.body) {
        if (!hasCheckBox(l.text))
            continue;
        for (const auto &[re, flag] : flags) {
            if (!re.match(l.text).hasMatch())
                continue;
            const auto opts = markedOptions(l.text);
            const bool on = std::any_of(opts.begin(), opts.end(),
                                        [](const MarkedOption &o) { return o.mark == Mark::Checked; });
            m_doc.screening.setFlag(flag, on);
            note(u"screening."_s + QString(codeOf(flag)), l.where);
            l.used = true;
        }
    }
}

void Reader::readComponent(Block &b)
{
    QString name = b.rest;
    if (name.isEmpty())
        name = paragraphs(b).join(u' ');
    while (name.endsWith(u'.'))
        name.chop(1);
    m_componentNamed = name;
    if (name.isEmpty())
        return;
    static const QRegularExpression codeInParens(u"\\(([A-Z&]+)\\)\\s*$"_s);
    const QString bare = QString(name).remove(codeInParens).trimmed();
    for (const ComponentInfo &c : knownComponents()) {
        const QString full = c.name;
        const QString withoutUs = QString(full).remove(u"U.S. "_s);
        if (name.compare(QString(c.code), Qt::CaseInsensitive) == 0
            || bare.compare(full, Qt::CaseInsensitive) == 0
            || bare.compare(withoutUs, Qt::CaseInsensitive) == 0) {
            m_doc.summary.component = QString(c.code);
            note(u"summary.component"_s, b.where);
            return;
        }
    }
}

// "(b)(6); (b)(7)(C) Deputy Privacy Officer, (202) 732 (b)(6);" or
// "Jane Doe, Privacy Officer, Office of Privacy, (202) 555-0100, jane.doe@dhs.gov".
QList<Person> personsOf(const QString &text)
{
    static const QRegularExpression markRun(
        u"^((?:\\(b\\)\\s*\\(\\d\\)(?:\\s*\\([A-Z]\\))?[;,]?\\s*)+)"_s);
    static const QRegularExpression markJoin(
        u"(\\(b\\)\\s*\\(\\d\\)(?:\\s*\\([A-Z]\\))?)\\s*;\\s*(?=\\(b\\))"_s);
    static const QRegularExpression phone(u"^\\(?\\d{3}\\)?[\\s.-]*\\d{3}"_s);
    static const QRegularExpression acronym(u"^[A-Z&]{2,8}$"_s);
    QString s = text.trimmed();
    s.replace(markJoin, u"\\1\u0001 "_s);
    QList<Person> out;
    for (QString chunk : s.split(u';')) {
        chunk = chunk.replace(u'\u0001', u';').trimmed();
        while (chunk.endsWith(u'.') || chunk.endsWith(u','))
            chunk.chop(1);
        if (chunk.isEmpty())
            continue;
        Person p;
        QString rest;
        if (const auto m = markRun.match(chunk); m.hasMatch()) {
            p.name = m.captured(1).trimmed();
            while (p.name.endsWith(u';') || p.name.endsWith(u','))
                p.name.chop(1);
            rest = chunk.mid(m.capturedEnd()).trimmed();
            if (rest.startsWith(u','))
                rest = rest.mid(1).trimmed();
        } else {
            const qsizetype comma = chunk.indexOf(u", "_s);
            p.name = comma < 0 ? chunk : chunk.left(comma);
            rest = comma < 0 ? QString() : chunk.mid(comma + 2);
        }
        QStringList titleParts;
        for (const QString &part : rest.split(u", "_s, Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (t.contains(u'@'))
                p.email = t;
            else if (phone.match(t).hasMatch())
                p.phone = t;
            else if (acronym.match(t).hasMatch() || t.startsWith(u"Office of"_s))
                p.office = t;
            else
                titleParts << t;
        }
        p.title = titleParts.join(u", "_s);
        out.append(p);
    }
    return out;
}

void Reader::readPersons(Block &b, QList<Person> &out, const char *path)
{
    QStringList texts;
    QStringList wheres;
    if (!b.rest.isEmpty()) {
        texts << b.rest;
        wheres << b.where;
    }
    for (Line &l : b.body) {
        texts << l.text;
        wheres << l.where;
        l.used = true;
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (const Person &p : personsOf(texts[i])) {
            note(u"%1[%2]"_s.arg(QLatin1StringView(path)).arg(out.size()), wheres[i]);
            out.append(p);
        }
    }
}

void Reader::readSystems(Block &b)
{
    QStringList texts;
    if (!b.rest.isEmpty())
        texts << b.rest;
    for (const QString &p : paragraphs(b))
        texts << p;
    for (QString t : texts) {
        while (t.endsWith(u'.') || t.endsWith(u';'))
            t.chop(1);
        for (QString item : t.split(QRegularExpression(u"\\s*[;,]\\s*"_s), Qt::SkipEmptyParts)) {
            if (item.startsWith(u"and "_s))
                item = item.mid(4);
            note(u"summary.it_systems[%1]"_s.arg(m_doc.summary.itSystems.size()), b.where);
            m_doc.summary.itSystems << item.trimmed();
        }
    }
}

// "ID – title[, date]" with any dash; the date in parentheses or after a comma.
std::pair<QString, QString> idAndTitle(const QString &line, const QRegularExpression &idPattern,
                                       QString *id)
{
    const auto m = idPattern.match(line);
    if (!m.hasMatch() || m.capturedStart() > 2)
        return {};
    *id = m.captured(0);
    QString title = line.mid(m.capturedEnd()).trimmed();
    static const QRegularExpression dash(u"^[-–—:,]\\s*"_s);
    title.remove(dash);
    return {*id, title};
}

void Reader::readPias(Block &b)
{
    QList<Line *> lines;
    Line restLine{b.rest, b.where};
    if (!b.rest.isEmpty())
        lines << &restLine;
    for (Line &l : b.body)
        lines << &l;
    for (Line *l : lines) {
        QString id;
        auto [pid, title] = idAndTitle(l->text, piaIdPattern(), &id);
        if (pid.isEmpty())
            continue;
        l->used = true;
        PiaRef ref;
        ref.id = pid;
        const QString base = u"summary.pias[%1]"_s.arg(m_doc.summary.pias.size());
        if (const auto m = dateAtEnd().match(title); m.hasMatch()) {
            ref.date = parseDate(m.captured(1));
            if (ref.date)
                title = title.left(m.capturedStart()).trimmed();
        }
        while (title.endsWith(u',') || title.endsWith(u';'))
            title.chop(1);
        ref.title = title;
        note(base, l->where);
        m_doc.summary.pias << ref;
    }
}

void Reader::readSorns(Block &b)
{
    QList<Line *> lines;
    Line restLine{b.rest, b.where};
    if (!b.rest.isEmpty())
        lines << &restLine;
    for (Line &l : b.body)
        lines << &l;
    static const QRegularExpression fr(u"[,(]?\\s*(\\d{1,3}\\s+FR\\s+\\d+)\\s*\\)?"_s);
    for (Line *l : lines) {
        QString id;
        auto [sid, title] = idAndTitle(l->text, sornIdPattern(), &id);
        if (sid.isEmpty())
            continue;
        l->used = true;
        SornRef ref;
        ref.id = sid;
        const QString base = u"summary.sorns[%1]"_s.arg(m_doc.summary.sorns.size());
        if (const auto m = dateAtEnd().match(title); m.hasMatch()) {
            ref.date = parseDate(m.captured(1));
            if (ref.date)
                title = title.left(m.capturedStart()).trimmed();
        }
        if (const auto m = fr.match(title); m.hasMatch()) {
            ref.federalRegister = m.captured(1);
            title.remove(m.capturedStart(), m.capturedLength());
            title = title.trimmed();
        }
        while (title.endsWith(u',') || title.endsWith(u';'))
            title.chop(1);
        ref.title = title;
        note(base, l->where);
        m_doc.summary.sorns << ref;
    }
}

struct CategoryPhrase {
    const char *phrase;
    Category category;
};

// The form's own names of the categories (both editions), most specific first.
const CategoryPhrase categoryPhrases[] = {
    {"law enforcement intelligence", Category::LawEnforcementIntelligence},
    {"criminal", Category::CriminalInvestigations},
    {"background investigation", Category::BackgroundInvestigations},
    {"professional responsibility", Category::ProfessionalResponsibilityInvestigations},
    {"administrative or benefit", Category::BenefitDeterminations},
    {"benefit", Category::BenefitDeterminations},
    {"employment", Category::EmploymentDeterminations},
    {"administrative", Category::AdministrativeInvestigations},
    {"situational awareness", Category::SituationalAwareness},
    {"other", Category::Other},
};

std::optional<Category> categoryOfOption(const QString &label)
{
    for (const auto &c : categoryPhrases)
        if (label.startsWith(QLatin1StringView(c.phrase), Qt::CaseInsensitive)
            || label.contains(QLatin1StringView(c.phrase), Qt::CaseInsensitive))
            return c.category;
    return std::nullopt;
}

void Reader::readQ1(Block &b)
{
    bool boxes = false;
    for (Line &l : b.body) {
        if (!hasCheckBox(l.text))
            continue;
        for (const MarkedOption &o : markedOptions(l.text)) {
            const auto c = categoryOfOption(o.label);
            if (!c || o.mark == Mark::None)
                continue;
            boxes = true;
            l.used = true;
            if (o.mark != Mark::Checked || m_doc.questions.q1Categories.contains(*c))
                continue;
            note(u"questions.q1_categories[%1]"_s.arg(m_doc.questions.q1Categories.size()), l.where);
            m_doc.questions.q1Categories << *c;
            if (*c == Category::Other) {
                const QString other = withoutPlaceholders(o.label.mid(5).remove(u"(described below)"_s)).trimmed();
                if (!other.isEmpty()) {
                    m_doc.questions.q1Other = other;
                    note(u"questions.q1_other"_s, l.where);
                }
            }
        }
    }
    static const QRegularExpression otherLine = ci(u"^other category:\\s*(.*)$"_s);
    for (Line &l : b.body) {
        if (const auto m = otherLine.match(l.text); m.hasMatch() && !l.used) {
            l.used = true;
            if (!m.captured(1).trimmed().isEmpty()) {
                m_doc.questions.q1Other = m.captured(1).trimmed();
                note(u"questions.q1_other"_s, l.where);
            }
        }
    }
    qsizetype first = -1;
    for (qsizetype i = 0; i < b.body.size() && first < 0; ++i)
        if (!b.body[i].used)
            first = i;
    const QStringList text = paragraphs(b);
    if (text.isEmpty())
        return;
    m_doc.questions.q1Description = text.join(u"\n\n"_s);
    note(u"questions.q1_description"_s, b.body[first].where);
    if (boxes)
        return;
    // The 2012 form asks for the category in words: take the purposes the text names.
    // Only the opening paragraph, bounded, is searched: the description can be long.
    static const QRegularExpression purposes = ci(u"\\bfor ([a-z ,]{1,120}?) purposes\\b"_s);
    const auto m = purposes.match(QStringView(m_doc.questions.q1Description).left(4000));
    if (!m.hasMatch())
        return;
    const QString words = m.captured(1).toLower();
    for (const auto &c : categoryPhrases) {
        if (c.category == Category::Other || !words.contains(QLatin1StringView(c.phrase)))
            continue;
        if (m_doc.questions.q1Categories.contains(c.category))
            continue;
        m_notes.inferred(u"questions.q1_categories[%1]"_s.arg(m_doc.questions.q1Categories.size()),
                         b.body[first].where,
                         tr("category from the description: \"for %1 purposes\"").arg(m.captured(1)));
        m_doc.questions.q1Categories << c.category;
    }
}

void Reader::readQ2(Block &b)
{
    for (Line &l : b.body) {
        l.used = true;
        QString t = l.text;
        while (t.endsWith(u';'))
            t.chop(1);
        note(u"questions.q2_authorities[%1]"_s.arg(m_doc.questions.q2Authorities.size()), l.where);
        m_doc.questions.q2Authorities << t.trimmed();
    }
}

// The Yes/No answer of an option line ("[X] Yes. [ ] No. If not, please explain:").
// Unset when the line shows no box checked, or no boxes at all.
YesNo yesNoOf(const QString &line)
{
    YesNo answer = YesNo::Unset;
    int checked = 0;
    for (const MarkedOption &o : markedOptions(line)) {
        if (o.mark != Mark::Checked)
            continue;
        if (o.label.startsWith(u"Yes"_s, Qt::CaseInsensitive)) {
            answer = YesNo::Yes;
            ++checked;
        } else if (o.label.startsWith(u"No"_s, Qt::CaseInsensitive)) {
            answer = YesNo::No;
            ++checked;
        }
    }
    return checked == 1 ? answer : YesNo::Unset;
}

bool isYesNoLine(const QString &line)
{
    static const QRegularExpression re = ci(u"^(?:\\[[X ]\\]\\s*)?yes\\.?\\s*(?:\\[[X ]\\]\\s*)?no\\b"_s);
    return re.match(line).hasMatch();
}

void Reader::readQ2a(Block &b)
{
    for (Line &l : b.body) {
        if (!isYesNoLine(l.text))
            continue;
        l.used = true;
        m_doc.questions.q2aCounselReviewed = yesNoOf(l.text);
        if (m_doc.questions.q2aCounselReviewed != YesNo::Unset)
            note(u"questions.q2a_counsel_reviewed"_s, l.where);
        else
            m_notes.missing(u"questions.q2a_counsel_reviewed"_s,
                            tr("no box is clearly checked at %1").arg(l.where));
        break;
    }
}

void Reader::readQ3(Block &b)
{
    static const QRegularExpression launched = ci(u"date first launched:?\\s*(.*)$"_s);
    qsizetype statusLine = -1;
    for (qsizetype i = 0; i < b.body.size(); ++i) {
        Line &l = b.body[i];
        if (!l.text.contains(u"operational"_s, Qt::CaseInsensitive)
            && !l.text.contains(u"in development"_s, Qt::CaseInsensitive))
            continue;
        statusLine = i;
        l.used = true;
        const auto opts = markedOptions(l.text);
        int checked = 0;
        for (const MarkedOption &o : opts) {
            if (o.mark != Mark::Checked)
                continue;
            if (o.label.startsWith(u"in development"_s, Qt::CaseInsensitive)) {
                m_doc.questions.q3Status = UseStatus::InDevelopment;
                ++checked;
            } else if (o.label.startsWith(u"operational"_s, Qt::CaseInsensitive)) {
                m_doc.questions.q3Status = UseStatus::Operational;
                ++checked;
            }
        }
        if (checked > 1)
            m_doc.questions.q3Status = UseStatus::Unset;
        if (m_doc.questions.q3Status != UseStatus::Unset)
            note(u"questions.q3_status"_s, l.where);
        const auto m = launched.match(l.text);
        const QString launch = m.hasMatch() ? withoutPrompts(m.captured(1)) : QString();
        QStringList note3;
        if (!launch.isEmpty()) {
            if (const auto d = parseDate(launch)) {
                m_doc.questions.q3DateFirstLaunched = d;
                note(u"questions.q3_date_first_launched"_s, l.where);
            } else {
                note3 << launch;
            }
            if (m_doc.questions.q3Status == UseStatus::Unset && !hasCheckBox(l.text)) {
                m_doc.questions.q3Status = UseStatus::Operational;
                m_notes.inferred(u"questions.q3_status"_s, l.where,
                                 tr("the copy shows no check marks; the launch date, which the form asks of operational uses only, is answered (\"%1\")").arg(launch));
            }
        }
        if (m_doc.questions.q3Status == UseStatus::Unset)
            m_notes.missing(u"questions.q3_status"_s, tr("no box is clearly checked at %1").arg(l.where));
        const QStringList more = paragraphs(b, i + 1);
        if (!more.isEmpty() || !note3.isEmpty()) {
            QString text = note3.join(u' ');
            if (!more.isEmpty())
                text = text.isEmpty() ? more.join(u"\n\n"_s) : text + u' ' + more.join(u"\n\n"_s);
            m_doc.questions.q3LaunchNote = text;
            note(u"questions.q3_launch_note"_s, l.where);
        }
        break;
    }
    if (statusLine < 0)
        m_notes.missing(u"questions.q3_status"_s, tr("the status line was not found"));
}

void Reader::readQ4(Block &b)
{
    // SMOUT Studio's layout labels the attachment: "Title:", "Attached file:", "SHA-256:".
    static const QRegularExpression label = ci(u"^(title|attached file|sha-256):\\s*(.*)$"_s);
    RulesOfBehaviorAttachment &rob = m_doc.questions.q4RulesOfBehavior;
    for (Line &l : b.body) {
        const auto m = label.match(l.text);
        if (!m.hasMatch())
            continue;
        l.used = true;
        const QString key = m.captured(1).toLower();
        const QString value = withoutPrompts(m.captured(2));
        if (value.isEmpty())
            continue;
        const QString path = key == u"title" ? u"title"_s : key == u"sha-256" ? u"sha256"_s : u"file"_s;
        (key == u"title" ? rob.title : key == u"sha-256" ? rob.sha256 : rob.file) = value;
        note(u"questions.q4_rules_of_behavior."_s + path, l.where);
    }
    qsizetype first = -1;
    for (qsizetype i = 0; i < b.body.size() && first < 0; ++i)
        if (!b.body[i].used)
            first = i;
    const QStringList text = paragraphs(b);
    if (text.isEmpty() || !rob.title.isEmpty())
        return;
    QString title = text.join(u' ');
    static const QRegularExpression see = ci(u"^see (?:the )?(?:attached )?"_s);
    title.remove(see);
    while (title.endsWith(u'.'))
        title.chop(1);
    rob.title = title;
    note(u"questions.q4_rules_of_behavior.title"_s, b.body[first].where);
}

void Reader::readAccessModes(Block &b)
{
    static const ChoicePhrase<AccessMode> modes[] = {
        {"overt research", AccessMode::OvertResearch},
        {"overt monitoring", AccessMode::OvertMonitoring},
        {"overt engagement", AccessMode::OvertEngagement},
        {"masked monitoring", AccessMode::MaskedMonitoring},
        {"undercover engagement", AccessMode::UndercoverEngagement}};
    for (Line &l : b.body) {
        for (const MarkedOption &o : markedOptions(l.text)) {
            if (o.mark == Mark::None)
                continue;
            for (const auto &m : modes) {
                if (!o.label.startsWith(QLatin1StringView(m.phrase), Qt::CaseInsensitive))
                    continue;
                l.used = true;
                if (o.mark == Mark::Checked && !m_doc.questions.accessModes.contains(m.value)) {
                    note(u"questions.access_modes[%1]"_s.arg(m_doc.questions.accessModes.size()), l.where);
                    m_doc.questions.accessModes << m.value;
                }
            }
        }
    }
}

void Reader::readRule(Block &b)
{
    if (b.section == Section::Review) {
        readReviewRule(b);
        return;
    }
    const auto rule = fromCode<Rule>(b.key);
    if (!rule)
        return;
    const QString base = u"questions.q5_rules.%1"_s.arg(b.key);
    RuleAnswer &answer = m_doc.questions.rule(*rule);
    qsizetype answerLine = -1;
    for (qsizetype i = 0; i < b.body.size(); ++i) {
        if (isYesNoLine(b.body[i].text)) {
            answerLine = i;
            break;
        }
    }
    if (answerLine < 0) {
        m_notes.missing(base + u".answer"_s, tr("the Yes/No line of this rule was not found"));
        return;
    }
    Line &l = b.body[answerLine];
    l.used = true;
    m_q5Source.insert(b.key, l.where);
    answer.answer = yesNoOf(l.text);
    if (answer.answer != YesNo::Unset)
        note(base + u".answer"_s, l.where);
    const QStringList text = paragraphs(b, answerLine + 1);
    if (!text.isEmpty()) {
        answer.explanation = text.join(u"\n\n"_s);
        note(base + u".explanation"_s, b.body[answerLine + 1].where);
    }
    if (answer.answer != YesNo::Unset)
        return;
    if (hasCheckBox(l.text)) {
        m_notes.missing(base + u".answer"_s, tr("no box is clearly checked at %1").arg(l.where));
        return;
    }
    // A copy without its boxes (a text export): the form asks for reasons only when the
    // rule is not followed.
    answer.answer = answer.explanation.isEmpty() ? YesNo::Yes : YesNo::No;
    m_notes.inferred(base + u".answer"_s, l.where,
                     answer.explanation.isEmpty()
                         ? tr("the copy shows no check marks; no reasons follow \"If not, please explain\"")
                         : tr("the copy shows no check marks; reasons follow \"If not, please explain\""));
}

void Reader::readTrainingMechanisms(Block &b)
{
    struct Choice {
        const char *phrase;
        TrainingVerificationChoice choice;
    };
    static const Choice choices[] = {
        {"yes, employees self-certify", TrainingVerificationChoice::SelfCertify},
        {"yes, component privacy officers or ppocs", TrainingVerificationChoice::PpocRecords},
        {"no", TrainingVerificationChoice::CannotVerify},
    };
    const bool review = b.section == Section::Review;
    qsizetype noLine = -1;
    for (qsizetype i = 0; i < b.body.size(); ++i) {
        Line &l = b.body[i];
        const auto opts = markedOptions(l.text);
        if (opts.isEmpty())
            continue;
        const MarkedOption &o = opts.size() > 1 && opts.first().mark == Mark::None ? opts[1] : opts.first();
        for (const Choice &c : choices) {
            const QLatin1StringView phrase(c.phrase);
            if (!o.label.startsWith(phrase, Qt::CaseInsensitive))
                continue;
            if (c.choice == TrainingVerificationChoice::CannotVerify && o.label.size() > 2
                && o.label.at(2).isLetter())
                continue;
            l.used = true;
            const bool on = o.mark == Mark::Checked;
            const QString code = QString(codeOf(c.choice));
            if (review) {
                if (on) {
                    note(u"review.rob_content.training.verification[%1]"_s
                             .arg(m_doc.review.robContent.training.verification.size()), l.where);
                    m_doc.review.robContent.training.verification << c.choice;
                }
            } else {
                TrainingVerification &v = m_doc.questions.q5TrainingVerification;
                const QString key = c.choice == TrainingVerificationChoice::CannotVerify ? u"none"_s : code;
                (c.choice == TrainingVerificationChoice::SelfCertify ? v.selfCertify
                 : c.choice == TrainingVerificationChoice::PpocRecords ? v.ppocRecords
                                                                        : v.none) = on;
                const QString path = u"questions.q5_training_verification."_s + key;
                if (on)
                    note(path, l.where);
                else
                    m_notes.missing(path, o.mark == Mark::Unchecked
                                              ? tr("the box is not checked at %1").arg(l.where)
                                              : tr("the copy shows no check marks at %1").arg(l.where));
                if (c.choice == TrainingVerificationChoice::CannotVerify)
                    noLine = i;
            }
            break;
        }
        if (review && i + 1 < b.body.size() && !l.used)
            break;
    }
    if (noLine >= 0) {
        const QStringList text = paragraphs(b, noLine + 1);
        if (!text.isEmpty()) {
            m_doc.questions.q5TrainingVerification.explanation = text.join(u"\n\n"_s);
            note(u"questions.q5_training_verification.explanation"_s, b.body[noLine + 1].where);
        }
    }
}

// A reviewer's choice: which of the rule's option lines is checked.

template <typename E, std::size_t N>
void readChoice(Block &b, const ChoicePhrase<E> (&phrases)[N], E &target, const QString &path,
                FieldNotes &notes)
{
    int checked = 0;
    QString where;
    for (Line &l : b.body) {
        for (const MarkedOption &o : markedOptions(l.text)) {
            for (const auto &p : phrases) {
                if (!o.label.contains(QLatin1StringView(p.phrase), Qt::CaseInsensitive))
                    continue;
                l.used = true;
                if (o.mark == Mark::Checked) {
                    target = p.value;
                    where = l.where;
                    ++checked;
                }
                break;
            }
        }
    }
    if (checked == 1)
        notes.mapped(path, where);
    else
        target = E::Unset;
}

void Reader::readReviewRule(Block &b)
{
    RobContent &rob = m_doc.review.robContent;
    const QString base = u"review.rob_content."_s + b.key;
    if (b.key == u"equipment") {
        static const ChoicePhrase<EquipmentChoice> p[] = {
            {"may be non-attributable", EquipmentChoice::NonAttributable},
            {"must resolve back", EquipmentChoice::DhsAttributable}};
        readChoice(b, p, rob.equipment, base, m_notes);
    } else if (b.key == u"email_accounts") {
        static const ChoicePhrase<EmailChoice> p[] = {
            {"do not have to use", EmailChoice::NotRequired},
            {"must use government email", EmailChoice::Required}};
        readChoice(b, p, rob.emailAccounts, base, m_notes);
    } else if (b.key == u"public_interaction") {
        static const ChoicePhrase<InteractionChoice> p[] = {
            {"may not interact", InteractionChoice::MayNotInteract},
            {"may interact", InteractionChoice::MayInteract}};
        readChoice(b, p, rob.publicInteraction, base, m_notes);
    } else if (b.key == u"privacy_settings") {
        static const ChoicePhrase<PrivacySettingsChoice> p[] = {
            {"may disregard", PrivacySettingsChoice::MayDisregard},
            {"must respect", PrivacySettingsChoice::MustRespect}};
        readChoice(b, p, rob.privacySettings, base, m_notes);
    } else if (b.key == u"pii_storage") {
        static const ChoicePhrase<PiiStorageKind> p[] = {
            {"exempted privacy act system", PiiStorageKind::ExemptedSor},
            {"maintained in a privacy act system", PiiStorageKind::Sor}};
        readChoice(b, p, rob.piiStorage.kind, base + u".kind"_s, m_notes);
        for (Line &l : b.body) {
            auto it = sornIdPattern().globalMatch(l.text);
            while (it.hasNext()) {
                l.used = true;
                note(u"%1.sorns[%2]"_s.arg(base).arg(rob.piiStorage.sorns.size()), l.where);
                rob.piiStorage.sorns << it.next().captured(0);
            }
        }
    } else if (b.key == u"pii_safeguards") {
        static const ChoicePhrase<SafeguardsChoice> p[] = {
            {"protected as required by the privacy act", SafeguardsChoice::PrivacyAct},
            {"only a minimal amount", SafeguardsChoice::MinimalOps004}};
        readChoice(b, p, rob.piiSafeguards, base, m_notes);
    } else if (b.key == u"documentation") {
        static const ChoicePhrase<DocumentationChoice> p[] = {
            {"not expressly required", DocumentationChoice::NotRequired},
            {"must appropriately document", DocumentationChoice::Required}};
        readChoice(b, p, rob.documentation, base, m_notes);
    } else if (b.key == u"training") {
        static const ChoicePhrase<TrainingTopic> topics[] = {
            {"legal authorities", TrainingTopic::LegalAuthorities},
            {"acceptable operational uses", TrainingTopic::AcceptableUses},
            {"access requirements", TrainingTopic::AccessRequirements},
            {"applicable rules of behavior", TrainingTopic::RulesOfBehavior},
            {"requirements for documenting", TrainingTopic::DocumentationRequirements}};
        for (Line &l : b.body) {
            for (const MarkedOption &o : markedOptions(l.text)) {
                if (o.label.contains(u"must complete annual privacy training"_s, Qt::CaseInsensitive)) {
                    l.used = true;
                    rob.training.required = o.mark == Mark::Checked;
                    if (rob.training.required)
                        note(base + u".required"_s, l.where);
                    continue;
                }
                for (const auto &t : topics) {
                    if (!o.label.contains(QLatin1StringView(t.phrase), Qt::CaseInsensitive))
                        continue;
                    l.used = true;
                    if (o.mark == Mark::Checked && !rob.training.topics.contains(t.value)) {
                        note(u"%1.topics[%2]"_s.arg(base).arg(rob.training.topics.size()), l.where);
                        rob.training.topics << t.value;
                    }
                }
            }
        }
    }
}

void Reader::readDesignation(Block &b)
{
    static const QRegularExpression pia = ci(u"^pias?:?\\s*(.*)$"_s);
    static const QRegularExpression sorn = ci(u"^sorns?:?\\s*(.*)$"_s);
    QStringList *list = nullptr;
    QString path;
    bool isPia = false;
    for (Line &l : b.body) {
        if (pia.match(l.text).hasMatch() || sorn.match(l.text).hasMatch()) {
            isPia = pia.match(l.text).hasMatch();
            list = isPia ? &m_doc.review.designationPias : &m_doc.review.designationSorns;
            path = isPia ? u"review.designation_pias"_s : u"review.designation_sorns"_s;
            l.used = true;
        }
        if (!list)
            continue;
        auto it = (isPia ? piaIdPattern() : sornIdPattern()).globalMatch(l.text);
        while (it.hasNext()) {
            l.used = true;
            note(u"%1[%2]"_s.arg(path).arg(list->size()), l.where);
            *list << it.next().captured(0);
        }
    }
}

void Reader::readReviewCategory(Block &b)
{
    for (Line &l : b.body) {
        for (const MarkedOption &o : markedOptions(l.text)) {
            const auto c = categoryOfOption(o.label);
            if (!c || o.mark == Mark::None)
                continue;
            l.used = true;
            if (o.mark != Mark::Checked || m_doc.review.categories.contains(*c))
                continue;
            note(u"review.categories[%1]"_s.arg(m_doc.review.categories.size()), l.where);
            m_doc.review.categories << *c;
            if (*c == Category::Other) {
                static const QRegularExpression head = ci(u"^other\\.?\\s*"_s);
                const QString other = withoutPlaceholders(QString(o.label).remove(head));
                if (!other.isEmpty()) {
                    m_doc.review.otherCategory = other;
                    note(u"review.other_category"_s, l.where);
                }
            }
        }
    }
}

void Reader::readDetermination(Block &b)
{
    Determination &det = m_doc.review.determination;
    DocumentationRequirement *current = nullptr;
    QString currentPath;
    bool anyBox = false;
    const auto checkedOption = [](const QString &text, const char *phrase, Mark *mark) {
        for (const MarkedOption &o : markedOptions(text)) {
            if (o.label.startsWith(QLatin1StringView(phrase), Qt::CaseInsensitive)) {
                *mark = o.mark;
                return true;
            }
        }
        return false;
    };
    int outcomes = 0;
    QString outcomeWhere;
    Outcome outcome = Outcome::Unset;
    for (qsizetype i = 0; i < b.body.size(); ++i) {
        Line &l = b.body[i];
        Mark mark = Mark::None;
        anyBox = anyBox || hasCheckBox(l.text);
        const auto reason = [&](OutcomeReason r) {
            l.used = true;
            if (mark == Mark::Checked) {
                note(u"review.determination.reasons[%1]"_s.arg(det.reasons.size()), l.where);
                det.reasons << r;
            }
        };
        if (checkedOption(l.text, "program has met requirements", &mark)) {
            l.used = true;
            if (mark == Mark::Checked) {
                ++outcomes;
                outcome = Outcome::Met;
                outcomeWhere = l.where;
            }
        } else if (checkedOption(l.text, "program has not yet met requirements", &mark)) {
            l.used = true;
            if (mark == Mark::Checked) {
                ++outcomes;
                outcome = Outcome::NotMet;
                outcomeWhere = l.where;
            }
        } else if (checkedOption(l.text, "program authorities do not authorize", &mark)) {
            reason(OutcomeReason::AuthoritiesInsufficient);
        } else if (checkedOption(l.text, "rules of behavior do not comply", &mark)) {
            reason(OutcomeReason::RobNoncompliant);
            static const QRegularExpression head = ci(u"^.*?rules of behavior do not comply\\.?"_s);
            const QString analysis = withoutPlaceholders(QString(l.text).remove(head));
            if (!analysis.isEmpty()) {
                det.robAnalysis = analysis;
                note(u"review.determination.rob_analysis"_s, l.where);
            }
        } else if (checkedOption(l.text, "training required", &mark)) {
            reason(OutcomeReason::TrainingRequired);
        } else if (checkedOption(l.text, "additional privacy compliance documentation", &mark)) {
            reason(OutcomeReason::DocumentationRequired);
        } else if (checkedOption(l.text, "a pia is required", &mark)
                   || checkedOption(l.text, "a sorn is required", &mark)) {
            l.used = true;
            const bool pia = l.text.contains(u"PIA"_s);
            current = pia ? &m_doc.review.pia : &m_doc.review.sorn;
            currentPath = pia ? u"review.pia"_s : u"review.sorn"_s;
            current->required = mark == Mark::Checked;
            if (current->required)
                note(currentPath + u".required"_s, l.where);
        } else if (current && (checkedOption(l.text, "covered by existing", &mark))) {
            l.used = true;
            if (mark == Mark::Checked) {
                current->coverage = Coverage::Existing;
                note(currentPath + u".coverage"_s, l.where);
            }
        } else if (current && checkedOption(l.text, "new", &mark) && l.text.size() < 12) {
            l.used = true;
            if (mark == Mark::Checked) {
                current->coverage = Coverage::New;
                note(currentPath + u".coverage"_s, l.where);
            }
        } else if (current && checkedOption(l.text, "updated", &mark)) {
            l.used = true;
            static const QRegularExpression head = ci(u"^.*?updated\\.?"_s);
            const QString target = withoutPlaceholders(QString(l.text).remove(head));
            if (mark == Mark::Checked) {
                current->coverage = Coverage::Update;
                note(currentPath + u".coverage"_s, l.where);
            }
            if (!target.isEmpty()) {
                current->updateTarget = target;
                note(currentPath + u".update_target"_s, l.where);
            }
        } else if (current) {
            const auto &idPattern = current == &m_doc.review.pia ? piaIdPattern() : sornIdPattern();
            const auto m = idPattern.match(l.text);
            if (m.hasMatch() && m.capturedStart() <= 4) {
                l.used = true;
                note(u"%1.existing[%2]"_s.arg(currentPath).arg(current->existing.size()), l.where);
                current->existing << m.captured(0);
            }
        }
    }
    if (outcomes == 1) {
        det.outcome = outcome;
        note(u"review.determination.outcome"_s, outcomeWhere);
    } else {
        m_notes.missing(u"review.determination.outcome"_s,
                        anyBox ? tr("no single outcome box is clearly checked")
                               : tr("the copy shows no check marks"));
    }
    // A copy without boxes: ids listed under "Covered by existing …" say which applies.
    for (auto [req, path] : {std::pair{&m_doc.review.pia, u"review.pia"_s},
                             std::pair{&m_doc.review.sorn, u"review.sorn"_s}}) {
        if (anyBox || req->existing.isEmpty() || req->coverage != Coverage::Unset)
            continue;
        const QString why = tr("the copy shows no check marks; ids are listed under \"Covered by existing\"");
        req->required = true;
        req->coverage = Coverage::Existing;
        m_notes.inferred(path + u".required"_s, b.where, why);
        m_notes.inferred(path + u".coverage"_s, b.where, why);
    }
}

void Reader::inferAfterReading()
{
    if (m_doc.summary.component.isEmpty()) {
        QString fromPia;
        QString where;
        for (qsizetype i = 0; i < m_doc.summary.pias.size() && fromPia.isEmpty(); ++i) {
            const QString code = m_doc.summary.pias[i].id.section(u'/', 1, 1);
            if (isKnownComponent(code)) {
                fromPia = code;
                where = m_doc.summary.pias[i].id;
            }
        }
        if (!m_options.component.isEmpty()) {
            m_doc.summary.component = m_options.component;
            m_notes.inferred(u"summary.component"_s, {}, tr("given with --component"));
        } else if (!fromPia.isEmpty()) {
            m_doc.summary.component = fromPia;
            m_notes.inferred(u"summary.component"_s, {},
                             tr("component from the PIA id %1").arg(where));
        } else if (!m_componentNamed.isEmpty()) {
            m_notes.missing(u"summary.component"_s,
                            tr("\"%1\" is not a component the format knows").arg(m_componentNamed));
        }
    }
    if (m_edition == u"2012") {
        const QString why = tr("the 2012 edition has no screening boxes; a filled template claims no exemption");
        for (ScreeningFlag f : allOf<ScreeningFlag>())
            m_notes.inferred(u"screening."_s + QString(codeOf(f)), {}, why);
        // The 2012 form has no designation: the reviewer's existing coverage is it.
        for (auto [list, from, path] :
             {std::tuple{&m_doc.review.designationPias, &m_doc.review.pia.existing, u"review.designation_pias"_s},
              std::tuple{&m_doc.review.designationSorns, &m_doc.review.sorn.existing, u"review.designation_sorns"_s}}) {
            if (!list->isEmpty() || from->isEmpty())
                continue;
            *list = *from;
            for (qsizetype i = 0; i < list->size(); ++i)
                m_notes.inferred(u"%1[%2]"_s.arg(path).arg(i), {},
                                 tr("the 2012 edition has no designation; taken from the ids under \"Covered by existing\""));
        }
    }
}

void Reader::collectWithheld(LegacyImport &out)
{
    QList<Redaction> markings;
    for (const Leaf &leaf : formLeaves(m_doc)) {
        if (leaf.value.isString() && holdsWithheldMark(leaf.value.toString())) {
            out.withheld << leaf.path;
            markings << markingsOf(leaf.path, leaf.value.toString());
        }
    }
    m_doc.redactions = markings;
}

Result<LegacyImport> Reader::run()
{
    if (m_headings < 3)
        return Error{tr("no SMOUT headings found")};
    for (Block &b : m_blocks) {
        switch (b.anchor) {
        case Anchor::Preamble:
            readPreamble(b);
            break;
        case Anchor::DateSubmitted:
            readDate(b, m_doc.summary.dateSubmitted, u"summary.date_submitted"_s);
            break;
        case Anchor::Component:
            readComponent(b);
            break;
        case Anchor::Contacts:
            readPersons(b, m_doc.summary.contacts, "summary.contacts");
            break;
        case Anchor::Counsel:
            readPersons(b, m_doc.summary.counsel, "summary.counsel");
            break;
        case Anchor::Systems:
            readSystems(b);
            break;
        case Anchor::Pias:
            readPias(b);
            break;
        case Anchor::Sorns:
            readSorns(b);
            break;
        case Anchor::Q1:
            readQ1(b);
            break;
        case Anchor::Q2:
            readQ2(b);
            break;
        case Anchor::Q2a:
            readQ2a(b);
            break;
        case Anchor::Q3:
            readQ3(b);
            break;
        case Anchor::Q4:
            readQ4(b);
            break;
        case Anchor::RuleItem:
            readRule(b);
            break;
        case Anchor::TrainingMechanisms:
            readTrainingMechanisms(b);
            break;
        case Anchor::DateReviewed:
            readDate(b, m_doc.review.dateReviewed, u"review.date_reviewed"_s);
            break;
        case Anchor::Reviewer:
            if (const auto [text, where] = answerOf(b); !text.isEmpty()) {
                m_doc.review.reviewerName = text;
                note(u"review.reviewer_name"_s, where);
            }
            break;
        case Anchor::Designation:
            readDesignation(b);
            break;
        case Anchor::ReviewCategory:
            readReviewCategory(b);
            break;
        case Anchor::ReviewAuthorities: {
            QStringList text;
            if (!withoutPlaceholders(b.rest).isEmpty())
                text << withoutPlaceholders(b.rest);
            text << paragraphs(b);
            if (!text.isEmpty()) {
                m_doc.review.authoritiesAnalysis = text.join(u"\n\n"_s);
                note(u"review.authorities_analysis"_s, b.where);
            }
            break;
        }
        case Anchor::Determination:
            readDetermination(b);
            break;
        case Anchor::AccessModes:
            readAccessModes(b);
            break;
        case Anchor::Comments: {
            QStringList text;
            if (!b.rest.isEmpty())
                text << b.rest;
            const qsizetype first = b.body.isEmpty() ? -1 : 0;
            text << paragraphs(b);
            if (!text.isEmpty()) {
                m_doc.review.comments = text.join(u"\n\n"_s);
                note(u"review.comments"_s, b.rest.isEmpty() && first >= 0 ? b.body[first].where : b.where);
            }
            break;
        }
        case Anchor::SummaryHeading:
        case Anchor::QuestionsHeading:
        case Anchor::Q5:
        case Anchor::ReviewHeading:
        case Anchor::FindingsAppendix:
            for (Line &l : b.body)
                l.used = true;
            break;
        case Anchor::RobContent:
        case Anchor::Signatures:
            break;
        }
    }
    if (!m_options.component.isEmpty() && !m_doc.summary.component.isEmpty()
        && m_doc.summary.component != m_options.component)
        return Error{tr("the document names the component %1, not %2")
                         .arg(m_doc.summary.component, m_options.component)};
    inferAfterReading();

    LegacyImport out;
    collectWithheld(out);
    QJsonObject legacy;
    legacy.insert(u"file"_s, m_options.sourceName);
    legacy.insert(u"edition"_s, m_edition);
    m_doc.unknown.insert(u"legacy_import"_s, legacy);
    out.edition = m_edition;
    out.source = m_source;
    for (Block &b : m_blocks)
        for (const Line &l : b.body)
            if (!l.used)
                out.unmapped.append({l.where, l.text});
    out.fields = m_notes.reportFor(formLeaves(m_doc));
    out.document = std::move(m_doc);
    return out;
}

} // namespace

Result<LegacyImport> readTemplate(const SourceLines &lines, const ReadOptions &options)
{
    return Reader(lines, options).run();
}

} // namespace smout::legacy
