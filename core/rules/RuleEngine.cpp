#include "RuleEngine.h"

#include "model/Roles.h"

#include "RuleCatalog.h"

namespace smout {

using namespace Qt::StringLiterals;

QString sectionOfPath(const QString &path)
{
    static const std::pair<QStringView, QStringView> prefixes[] = {
        {u"screening", u"screening"},
        {u"summary", u"summary"},
        {u"questions.q1_", u"q1"},
        {u"questions.q2", u"q2"},
        {u"questions.q3_", u"q3"},
        {u"questions.q4_", u"q4"},
        {u"questions.q5_rules", u"q5"},
        {u"questions.q5_training_verification", u"training"},
        {u"questions.access_modes", u"access"},
        {u"review", u"review"},
        {u"redactions", u"redactions"},
    };
    for (const auto &[prefix, section] : prefixes)
        if (path.startsWith(prefix))
            return section.toString();
    return u"document"_s;
}

namespace {

// What a role is shown: the findings on what it writes (model/Roles.h); counsel also sees
// question 2 and the counsel named in the summary, which its signature certifies; the
// reviewer sees everything it adjudicates.
bool belongsTo(const QString &path, Role role)
{
    switch (role) {
    case Role::Reviewer: return true;
    case Role::Counsel:
        return ownerOf(path) == Role::Counsel || path.startsWith(u"questions.q2") || path.startsWith(u"summary.counsel");
    case Role::Author: return ownerOf(path) == Role::Author;
    }
    return true;
}

} // namespace

Findings RuleEngine::validate(const SmoutDocument &doc, const RuleContext &context)
{
    Findings findings;
    findings.reserve(32);
    FindingSink sink(findings);
    const RuleInput input{doc, context};
    for (const RuleDefinition &rule : ruleCatalog()) {
        sink.setRule(rule.id);
        rule.check(input, sink);
    }
    if (context.role)
        findings.removeIf([&](const Finding &f) { return !belongsTo(f.path, *context.role); });
    return findings;
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
