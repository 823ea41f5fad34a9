// Scope (rules.md "Scope"): whether the use needs a SMOUT at all, and whether the exemption
// claimed belongs to the component that claims it.

#include "RuleSupport.h"

namespace smout::checks {

using namespace Qt::StringLiterals;

namespace {

QString componentOf(const SmoutDocument &doc)
{
    return doc.summary.component.trimmed();
}

} // namespace

bool exemptionIsValid(const SmoutDocument &doc, ScreeningFlag f)
{
    if (!doc.screening.flag(f))
        return false;
    // Only OPS's own situational awareness is covered by DHS/OPS/PIA-004.
    return f != ScreeningFlag::OpsSituationalAwareness || componentOf(doc) == u"OPS";
}

bool claimsValidExemption(const SmoutDocument &doc)
{
    const auto flags = allOf<ScreeningFlag>();
    return std::any_of(flags.begin(), flags.end(),
                       [&](ScreeningFlag f) { return exemptionIsValid(doc, f); });
}

void scopeExempt(const RuleInput &in, FindingSink &out)
{
    const SmoutDocument &d = in.doc;
    if (exemptionIsValid(d, ScreeningFlag::PublicAffairsOutreach))
        out.info(u"screening.public_affairs_outreach"_s,
                 RuleText::tr("Exempt from MD 110-01: communications and outreach with the public "
                              "authorized by the Office of Public Affairs. No SMOUT is required for "
                              "this use; it is covered by DHS/ALL/PIA-031 and DHS/ALL/PIA-036."));
    if (exemptionIsValid(d, ScreeningFlag::IntelligenceEo12333))
        out.info(u"screening.intelligence_eo12333"_s,
                 RuleText::tr("Exempt from MD 110-01: authorized intelligence or counterintelligence "
                              "activities under Executive Order 12333. No SMOUT is required for this "
                              "use; it is governed by the EO 12333 procedures."));
    if (exemptionIsValid(d, ScreeningFlag::OpsSituationalAwareness))
        out.info(u"screening.ops_situational_awareness"_s,
                 RuleText::tr("Exempt from MD 110-01: OPS gathering information to enhance "
                              "situational awareness. No SMOUT is required for this use; it is "
                              "covered by DHS/OPS/PIA-004(d)."));
    if (exemptionIsValid(d, ScreeningFlag::NotOperationalUse))
        out.info(u"screening.not_operational_use"_s,
                 RuleText::tr("Not an operational use under MD 110-01 (general Internet research, "
                              "professional development, or internal meetings and administrative "
                              "efficiencies). No SMOUT is required for this use."));
}

void scopeComponent(const RuleInput &in, FindingSink &out)
{
    const Screening &s = in.doc.screening;
    const QString component = componentOf(in.doc);
    const QString named = component.isEmpty() ? RuleText::tr("no component is named") : component;
    if (s.opsSituationalAwareness && component != u"OPS")
        out.error(u"screening.ops_situational_awareness"_s,
                  RuleText::tr("The situational-awareness exemption belongs to the Office of "
                               "Operations Coordination (OPS) only, and the Name of Component is "
                               "not OPS (%1). Clear this exemption and complete the template, or "
                               "choose OPS as the component if OPS runs the use.")
                      .arg(named));
    if (s.intelligenceEo12333 && component != u"I&A" && component != u"USCG")
        out.warning(u"screening.intelligence_eo12333"_s,
                    RuleText::tr("The EO 12333 exemption covers the intelligence activities of I&A "
                                 "and the Coast Guard; another component (%1) qualifies only when "
                                 "this use is an authorized foreign intelligence or "
                                 "counterintelligence function. If it is not, clear this exemption "
                                 "and complete the template.")
                        .arg(named));
}

} // namespace smout::checks
