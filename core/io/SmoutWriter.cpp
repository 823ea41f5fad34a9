// SmoutDocument → .smout JSON: the keys of smout-format.md in the form's order, then the
// keys this version does not know, so every save of the same document is byte-identical.

#include "JsonWriter.h"
#include "SmoutJson.h"

#include <QJsonDocument>

namespace smout::io {

namespace {

using namespace Qt::StringLiterals;

class DocumentWriter {
public:
    Result<QByteArray> write(const SmoutDocument &doc)
    {
        w.beginObject();
        w.key(u"format");
        w.string(u"smout");
        w.key(u"format_version");
        w.integer(doc.formatVersion);
        w.key(u"id");
        w.string(doc.id);
        w.key(u"screening");
        screening(doc.screening);
        w.key(u"summary");
        summary(doc.summary);
        w.key(u"questions");
        questions(doc.questions);
        w.key(u"review");
        review(doc.review);
        w.key(u"redactions");
        w.beginArray();
        for (const auto &r : doc.redactions)
            redaction(r);
        w.endArray();
        // Only a document with requests has the key, so files without any keep their bytes.
        if (!doc.requests.isEmpty()) {
            w.key(u"requests");
            w.beginArray();
            for (const auto &r : doc.requests)
                request(r);
            w.endArray();
        }
        rest(doc.unknown);
        w.endObject();
        QByteArray text = w.finish();
        if (!w.error().isEmpty())
            return Error{w.error()};
        return text;
    }

private:
    void str(QStringView key, const QString &value)
    {
        w.key(key);
        w.string(value);
    }
    void flag(QStringView key, bool value)
    {
        w.key(key);
        w.boolean(value);
    }
    void date(QStringView key, const OptionalDate &d)
    {
        w.key(key);
        if (d && d->isValid())
            w.string(d->toString(Qt::ISODate));
        else
            w.null();
    }
    template <typename E> void code(QStringView key, E value)
    {
        w.key(key);
        const QLatin1StringView c = codeOf(value);
        if (c.isEmpty())
            w.null();
        else
            w.string(QString(c));
    }
    template <typename E> void codes(QStringView key, const QList<E> &values)
    {
        w.key(key);
        w.beginArray();
        for (const E v : values)
            w.string(QString(codeOf(v)));
        w.endArray();
    }
    void strings(QStringView key, const QStringList &values)
    {
        w.key(key);
        w.beginArray();
        for (const auto &v : values)
            w.string(v);
        w.endArray();
    }
    void rest(const QJsonObject &unknown)
    {
        for (auto it = unknown.begin(); it != unknown.end(); ++it) {
            w.key(it.key());
            w.value(it.value());
        }
    }

    void screening(const Screening &s)
    {
        w.beginObject();
        for (const ScreeningFlag f : allOf<ScreeningFlag>())
            flag(QString(codeOf(f)), s.flag(f));
        rest(s.unknown);
        w.endObject();
    }

    void person(const Person &p)
    {
        w.beginObject();
        str(u"name", p.name);
        str(u"title", p.title);
        str(u"office", p.office);
        str(u"phone", p.phone);
        str(u"email", p.email);
        rest(p.unknown);
        w.endObject();
    }

    void people(QStringView key, const QList<Person> &list)
    {
        w.key(key);
        w.beginArray();
        for (const auto &p : list)
            person(p);
        w.endArray();
    }

    void summary(const Summary &s)
    {
        w.beginObject();
        date(u"date_submitted", s.dateSubmitted);
        str(u"component", s.component);
        people(u"contacts", s.contacts);
        people(u"counsel", s.counsel);
        strings(u"it_systems", s.itSystems);
        w.key(u"pias");
        w.beginArray();
        for (const auto &p : s.pias) {
            w.beginObject();
            str(u"id", p.id);
            str(u"title", p.title);
            date(u"date", p.date);
            rest(p.unknown);
            w.endObject();
        }
        w.endArray();
        w.key(u"sorns");
        w.beginArray();
        for (const auto &p : s.sorns) {
            w.beginObject();
            str(u"id", p.id);
            str(u"title", p.title);
            date(u"date", p.date);
            str(u"federal_register", p.federalRegister);
            rest(p.unknown);
            w.endObject();
        }
        w.endArray();
        rest(s.unknown);
        w.endObject();
    }

    void questions(const Questions &q)
    {
        w.beginObject();
        codes(u"q1_categories", q.q1Categories);
        str(u"q1_other", q.q1Other);
        str(u"q1_description", q.q1Description);
        strings(u"q2_authorities", q.q2Authorities);
        code(u"q2a_counsel_reviewed", q.q2aCounselReviewed);
        code(u"q3_status", q.q3Status);
        date(u"q3_date_first_launched", q.q3DateFirstLaunched);
        str(u"q3_launch_note", q.q3LaunchNote);
        w.key(u"q4_rules_of_behavior");
        w.beginObject();
        str(u"title", q.q4RulesOfBehavior.title);
        str(u"file", q.q4RulesOfBehavior.file);
        str(u"sha256", q.q4RulesOfBehavior.sha256);
        rest(q.q4RulesOfBehavior.unknown);
        w.endObject();
        w.key(u"q5_rules");
        w.beginObject();
        for (const Rule r : allOf<Rule>()) {
            w.key(QString(codeOf(r)));
            w.beginObject();
            code(u"answer", q.rule(r).answer);
            str(u"explanation", q.rule(r).explanation);
            rest(q.rule(r).unknown);
            w.endObject();
        }
        rest(q.q5RulesUnknown);
        w.endObject();
        const auto &tv = q.q5TrainingVerification;
        w.key(u"q5_training_verification");
        w.beginObject();
        flag(u"self_certify", tv.selfCertify);
        flag(u"ppoc_records", tv.ppocRecords);
        flag(u"none", tv.none);
        str(u"explanation", tv.explanation);
        rest(tv.unknown);
        w.endObject();
        codes(u"access_modes", q.accessModes);
        rest(q.unknown);
        w.endObject();
    }

    void requirement(QStringView key, const DocumentationRequirement &d)
    {
        w.key(key);
        w.beginObject();
        flag(u"required", d.required);
        code(u"coverage", d.coverage);
        strings(u"existing", d.existing);
        str(u"update_target", d.updateTarget);
        rest(d.unknown);
        w.endObject();
    }

    void robContent(const RobContent &c)
    {
        w.key(u"rob_content");
        w.beginObject();
        code(u"equipment", c.equipment);
        code(u"email_accounts", c.emailAccounts);
        code(u"public_interaction", c.publicInteraction);
        code(u"privacy_settings", c.privacySettings);
        w.key(u"pii_storage");
        w.beginObject();
        code(u"kind", c.piiStorage.kind);
        strings(u"sorns", c.piiStorage.sorns);
        rest(c.piiStorage.unknown);
        w.endObject();
        code(u"pii_safeguards", c.piiSafeguards);
        code(u"documentation", c.documentation);
        w.key(u"training");
        w.beginObject();
        flag(u"required", c.training.required);
        codes(u"topics", c.training.topics);
        codes(u"verification", c.training.verification);
        rest(c.training.unknown);
        w.endObject();
        rest(c.unknown);
        w.endObject();
    }

    void review(const Review &r)
    {
        w.beginObject();
        date(u"date_reviewed", r.dateReviewed);
        str(u"reviewer_name", r.reviewerName);
        strings(u"designation_pias", r.designationPias);
        strings(u"designation_sorns", r.designationSorns);
        codes(u"categories", r.categories);
        str(u"other_category", r.otherCategory);
        str(u"authorities_analysis", r.authoritiesAnalysis);
        robContent(r.robContent);
        w.key(u"determination");
        w.beginObject();
        code(u"outcome", r.determination.outcome);
        codes(u"reasons", r.determination.reasons);
        str(u"rob_analysis", r.determination.robAnalysis);
        rest(r.determination.unknown);
        w.endObject();
        requirement(u"pia", r.pia);
        requirement(u"sorn", r.sorn);
        str(u"comments", r.comments);
        rest(r.unknown);
        w.endObject();
    }

    void redaction(const Redaction &r)
    {
        w.beginObject();
        str(u"path", r.path);
        if (r.start && r.end) {
            w.key(u"start");
            w.integer(*r.start);
            w.key(u"end");
            w.integer(*r.end);
        }
        str(u"exemption", r.exemption);
        rest(r.unknown);
        w.endObject();
    }

    void request(const InformationRequest &r)
    {
        w.beginObject();
        str(u"id", r.id);
        str(u"path", r.path);
        str(u"text", r.text);
        str(u"by", r.by);
        code(u"role", r.role);
        date(u"date", r.date);
        code(u"status", r.status);
        w.key(u"answer");
        if (r.answer) {
            w.beginObject();
            str(u"text", r.answer->text);
            str(u"by", r.answer->by);
            date(u"date", r.answer->date);
            rest(r.answer->unknown);
            w.endObject();
        } else {
            w.null();
        }
        w.key(u"closed");
        if (r.closed) {
            w.beginObject();
            str(u"by", r.closed->by);
            date(u"date", r.closed->date);
            rest(r.closed->unknown);
            w.endObject();
        } else {
            w.null();
        }
        // Only when known, so files written before the key keep their bytes.
        if (r.valueAtRequest) {
            w.key(u"value_at_request");
            w.value(*r.valueAtRequest);
        }
        rest(r.unknown);
        w.endObject();
    }

    JsonWriter w;
};

} // namespace

Result<QByteArray> writeSmout(const SmoutDocument &doc)
{
    return DocumentWriter().write(doc);
}

QJsonObject toJsonObject(const SmoutDocument &doc)
{
    auto text = writeSmout(doc);
    return text ? QJsonDocument::fromJson(text.value()).object() : QJsonObject();
}

} // namespace smout::io
