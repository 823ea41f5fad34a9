#include "RuleEngine.h"

#include "model/KeyPath.h"
#include "model/Roles.h"

#include "RuleCatalog.h"

namespace smout {

using namespace Qt::StringLiterals;

QString sectionOfPath(const QString &path)
{
    static const std::pair<QStringView, QStringView> prefixes[] = {
        {u"screening", u"screening"},
        {u"summary", u"summary"},
        {u"questions.q1_categories", u"q1"},
        {u"questions.q1_other", u"q1"},
        {u"questions.q1_description", u"q1"},
        {u"questions.q2_authorities", u"q2"},
        {u"questions.q2a_counsel_reviewed", u"q2"},
        {u"questions.q3_status", u"q3"},
        {u"questions.q3_date_first_launched", u"q3"},
        {u"questions.q3_launch_note", u"q3"},
        {u"questions.q4_rules_of_behavior", u"q4"},
        {u"questions.q5_rules", u"q5"},
        {u"questions.q5_training_verification", u"training"},
        {u"questions.access_modes", u"access"},
        {u"review", u"review"},
        {u"redactions", u"redactions"},
    };
    for (const auto &[prefix, section] : prefixes)
        if (isUnderKeyPath(path, prefix))
            return section.toString();
    return u"document"_s;
}

namespace {

// What a role is shown: the findings on what its signature certifies (model/Roles.h), and
// the author also the requests it answers.
bool belongsTo(const QString &path, Role role)
{
    return signatureCertifies(role, path) || (role == Role::Author && isUnderKeyPath(path, u"requests"));
}

// The rules of the program's sections (rules.md "Summary information" to "Access modes").
bool isProgramRule(QLatin1StringView id)
{
    static constexpr QLatin1StringView prefixes[] = {"SUM-"_L1, "Q1-"_L1, "Q2-"_L1, "Q3-"_L1,
                                                     "Q4-"_L1,  "ROB-"_L1, "TRN-"_L1, "USE-"_L1};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](QLatin1StringView p) { return id.startsWith(p); });
}

} // namespace

Findings RuleEngine::validate(const SmoutDocument &doc, const RuleContext &context)
{
    Findings findings;
    findings.reserve(32);
    FindingSink sink(findings);
    const RuleInput input{doc, context};
    // A valid exemption makes the file a screening record: the program's rules do not apply.
    const bool screeningRecord = checks::claimsValidExemption(doc);
    for (const RuleDefinition &rule : ruleCatalog()) {
        if (screeningRecord && isProgramRule(QLatin1StringView(rule.id)))
            continue;
        sink.setRule(rule.id);
        rule.check(input, sink);
    }
    if (context.role)
        findings.removeIf([&](const Finding &f) { return !belongsTo(f.path, *context.role); });
    return findings;
}

bool RuleEngine::exemptionApplies(const SmoutDocument &doc, ScreeningFlag f)
{
    return checks::exemptionIsValid(doc, f);
}

bool RuleEngine::isScreeningRecord(const SmoutDocument &doc)
{
    return checks::claimsValidExemption(doc);
}

QList<RuleEngine::RuleInfo> RuleEngine::rules()
{
    QList<RuleInfo> out;
    for (const RuleDefinition &rule : ruleCatalog())
        out.append({QString::fromLatin1(rule.id), rule.severity,
                    QCoreApplication::translate("smout::RuleText", rule.summary)});
    return out;
}

} // namespace smout
