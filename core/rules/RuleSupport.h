#pragma once

// What every rule check needs: the document, the context, a way to report findings, and
// the text tests the Directive's wording implies ("substantive" answers and the like).

#include "RuleEngine.h"

#include <QCoreApplication>

namespace smout {

// Translation context of every rule message.
struct RuleText {
    Q_DECLARE_TR_FUNCTIONS(smout::RuleText)
};

// Collects findings for the rule being run, stamping each with that rule's id.
class FindingSink {
public:
    explicit FindingSink(Findings &out) : m_out(out) {}
    void setRule(const char *id) { m_rule = QLatin1StringView(id); }

    void error(const QString &path, const QString &message) { add(Severity::Error, path, message); }
    void warning(const QString &path, const QString &message) { add(Severity::Warning, path, message); }
    void info(const QString &path, const QString &message) { add(Severity::Info, path, message); }

    // Findings reported so far (rules late in the table may look at earlier ones).
    const Findings &soFar() const { return m_out; }

private:
    void add(Severity s, const QString &path, const QString &message)
    {
        m_out.append(Finding{QString(m_rule), s, path, message});
    }
    Findings &m_out;
    QLatin1StringView m_rule;
};

struct RuleInput {
    const SmoutDocument &doc;
    const RuleContext &context;
};

using RuleCheck = void (*)(const RuleInput &, FindingSink &);

// Number of words (runs of non-space characters).
int wordCount(QStringView text);
// rules.md: at least 12 words after trimming, and not a placeholder such as "n/a" or "tbd".
bool isSubstantive(QStringView text);
bool isBlank(QStringView text);

// Key paths of the .smout format.
QString rulePath(Rule r, const char *leaf); // questions.q5_rules.<rule>.<leaf>
QString indexed(const char *listPath, qsizetype i); // e.g. summary.pias[1]

// The Rules of Behavior's short names, as the form labels them (a) … h)).
QString ruleLabel(Rule r);

// The check functions, one group per file; RuleCatalog.cpp lists them with their ids.
namespace checks {
// Whether screening flag `f` is claimed by a component it belongs to (SCOPE-COMPONENT).
bool exemptionIsValid(const SmoutDocument &doc, ScreeningFlag f);
// A valid exemption makes the file a screening record: the program's rules do not run.
bool claimsValidExemption(const SmoutDocument &doc);
void scopeExempt(const RuleInput &, FindingSink &);
void scopeComponent(const RuleInput &, FindingSink &);
void sumComponent(const RuleInput &, FindingSink &);
void sumContact(const RuleInput &, FindingSink &);
void sumCounsel(const RuleInput &, FindingSink &);
void sumSystems(const RuleInput &, FindingSink &);
void sumPiaFormat(const RuleInput &, FindingSink &);
void sumPiaExemptOnly(const RuleInput &, FindingSink &);
void sumSornFormat(const RuleInput &, FindingSink &);
void sumSornFr(const RuleInput &, FindingSink &);
void sumNoPia(const RuleInput &, FindingSink &);
void sumNoSorn(const RuleInput &, FindingSink &);
void sumDate(const RuleInput &, FindingSink &);
void q1Category(const RuleInput &, FindingSink &);
void q1Multiple(const RuleInput &, FindingSink &);
void q1Other(const RuleInput &, FindingSink &);
void q1Description(const RuleInput &, FindingSink &);
void q2Authority(const RuleInput &, FindingSink &);
void q2Citation(const RuleInput &, FindingSink &);
void q2Counsel(const RuleInput &, FindingSink &);
void q3Status(const RuleInput &, FindingSink &);
void q3Launch(const RuleInput &, FindingSink &);
void q3LaunchDate(const RuleInput &, FindingSink &);
void q4Attachment(const RuleInput &, FindingSink &);
void q4Hash(const RuleInput &, FindingSink &);
void robAnswer(const RuleInput &, FindingSink &);
void robExplain(const RuleInput &, FindingSink &);
void robPiiExempt(const RuleInput &, FindingSink &);
void robSafeguards(const RuleInput &, FindingSink &);
void robTraining(const RuleInput &, FindingSink &);
void trnMechanism(const RuleInput &, FindingSink &);
void useMode(const RuleInput &, FindingSink &);
void useConsistent(const RuleInput &, FindingSink &);
void useApprover(const RuleInput &, FindingSink &);
void detReviewer(const RuleInput &, FindingSink &);
void detCategory(const RuleInput &, FindingSink &);
void detOther(const RuleInput &, FindingSink &);
void detOutcome(const RuleInput &, FindingSink &);
void detCoverageMet(const RuleInput &, FindingSink &);
void detRobAnalysis(const RuleInput &, FindingSink &);
void detCoverage(const RuleInput &, FindingSink &);
void detMetWithErrors(const RuleInput &, FindingSink &);
void detRobMismatch(const RuleInput &, FindingSink &);
void detTrainingTopics(const RuleInput &, FindingSink &);
void detRereview(const RuleInput &, FindingSink &);
} // namespace checks

} // namespace smout
