// SUMMARY INFORMATION rules (rules.md "Summary information").

#include "RuleSupport.h"

#include <QRegularExpression>

namespace smout::checks {

using namespace Qt::StringLiterals;

void sumComponent(const RuleInput &in, FindingSink &out)
{
    const QString &c = in.doc.summary.component;
    if (isBlank(c))
        out.error(u"summary.component"_s,
                  RuleText::tr("Name the component that uses social media (SUMMARY INFORMATION, "
                               "\"Name of Component\"), e.g. CBP, ICE or USCIS."));
    else if (!isKnownComponent(c))
        out.error(u"summary.component"_s,
                  RuleText::tr("\"%1\" is not a DHS component code. Choose one of the components "
                               "the template lists, e.g. CBP, ICE, USCIS or a headquarters office.")
                      .arg(c));
}

void sumContact(const RuleInput &in, FindingSink &out)
{
    for (const Person &p : in.doc.summary.contacts)
        if (!isBlank(p.name) && (!isBlank(p.phone) || !isBlank(p.email)))
            return;
    out.error(u"summary.contacts"_s,
              RuleText::tr("Give at least one program contact with a name and a phone number or "
                           "email address (SUMMARY INFORMATION, \"Contact Information\"), so the "
                           "Privacy Office can reach the program."));
}

void sumCounsel(const RuleInput &in, FindingSink &out)
{
    for (const Person &p : in.doc.summary.counsel)
        if (!isBlank(p.name))
            return;
    out.error(u"summary.counsel"_s,
              RuleText::tr("Name the counsel for this use (\"Counsel Contact Information\"): "
                           "counsel must certify that appropriate authority exists for the "
                           "operational use."));
}

void sumSystems(const RuleInput &in, FindingSink &out)
{
    for (const QString &s : in.doc.summary.itSystems)
        if (!isBlank(s))
            return;
    out.error(u"summary.it_systems"_s,
              RuleText::tr("Name the IT system(s) where the social media data is stored "
                           "(SUMMARY INFORMATION)."));
}

void sumPiaFormat(const RuleInput &in, FindingSink &out)
{
    // An update number ("-01") and a letter suffix ("(d)") are part of published PIA numbers.
    static const QRegularExpression shape(u"^DHS/[A-Z][A-Z&]*/PIA-\\d{3}(-\\d{2})?(\\([a-z]\\))?$"_s);
    const auto &pias = in.doc.summary.pias;
    for (qsizetype i = 0; i < pias.size(); ++i)
        if (!shape.match(pias[i].id.trimmed()).hasMatch())
            out.warning(indexed("summary.pias", i) + u".id"_s,
                        RuleText::tr("\"%1\" does not read as a PIA number. Write it as the PIA is "
                                     "published, e.g. DHS/CBP/PIA-044, DHS/USCIS/PIA-013-01 or "
                                     "DHS/OPS/PIA-004(d).")
                            .arg(pias[i].id));
}

void sumPiaExemptOnly(const RuleInput &in, FindingSink &out)
{
    // The PIAs of the exempt uses: public affairs outreach and OPS situational awareness.
    static const QRegularExpression exemptUsePia(u"^DHS/(ALL/PIA-03[16]|OPS/PIA-004)(?!\\d)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    const auto &pias = in.doc.summary.pias;
    if (pias.isEmpty())
        return;
    for (const PiaRef &p : pias)
        if (!exemptUsePia.match(p.id.trimmed()).hasMatch())
            return;
    out.warning(u"summary.pias"_s,
                RuleText::tr("Every PIA listed covers a use that is exempt from MD 110-01 (public "
                             "affairs outreach: DHS/ALL/PIA-031, DHS/ALL/PIA-036; OPS situational "
                             "awareness: DHS/OPS/PIA-004), not this operational use. List the PIA "
                             "that covers the program's own system, or leave the list empty for "
                             "the DHS Privacy Office to decide whether one is required."));
}

void sumSornFormat(const RuleInput &in, FindingSink &out)
{
    static const QRegularExpression shape(u"^DHS/[A-Z][A-Z&]*(-[A-Z][A-Z&]*)*-\\d{3}$"_s);
    const auto &sorns = in.doc.summary.sorns;
    for (qsizetype i = 0; i < sorns.size(); ++i)
        if (!shape.match(sorns[i].id.trimmed()).hasMatch())
            out.error(indexed("summary.sorns", i) + u".id"_s,
                      RuleText::tr("\"%1\" is not a SORN number. Write it as the SORN is "
                                   "published, e.g. DHS/ALL-020, DHS/ICE-009 or "
                                   "DHS/USCIS-ICE-CBP-001.")
                          .arg(sorns[i].id));
}

void sumSornFr(const RuleInput &in, FindingSink &out)
{
    // The form does not ask for the citation: this only tells the reviewer what to look up.
    static const QRegularExpression citation(u"^\\d{1,3} FR \\d{1,6}$"_s);
    const auto &sorns = in.doc.summary.sorns;
    for (qsizetype i = 0; i < sorns.size(); ++i) {
        const QString fr = sorns[i].federalRegister.trimmed();
        if (citation.match(fr).hasMatch())
            continue;
        const QString path = indexed("summary.sorns", i) + u".federal_register"_s;
        if (fr.isEmpty())
            out.info(path, RuleText::tr("SORN %1 has no Federal Register citation. The form does "
                                        "not ask for one; giving it in the SORN's Federal "
                                        "Register column (e.g. 79 FR 23361) saves the reviewer "
                                        "looking up its current version.")
                               .arg(sorns[i].id));
        else
            out.info(path, RuleText::tr("\"%1\" does not read as a Federal Register citation; "
                                        "write it as volume, FR, page, e.g. 79 FR 23361.")
                               .arg(fr));
    }
}

void sumNoPia(const RuleInput &in, FindingSink &out)
{
    if (in.doc.summary.pias.isEmpty())
        out.warning(u"summary.pias"_s,
                    RuleText::tr("No Privacy Impact Assessment is listed. List the PIA(s) that "
                                 "cover this use; if there is none, the DHS Privacy Office will "
                                 "decide whether one is required."));
}

void sumNoSorn(const RuleInput &in, FindingSink &out)
{
    if (in.doc.summary.sorns.isEmpty() && !in.doc.summary.itSystems.isEmpty())
        out.warning(u"summary.sorns"_s,
                    RuleText::tr("PII from social media is stored in an IT system but no System "
                                 "of Records Notice is listed. List the SORN(s) that cover those "
                                 "records."));
}

void sumDate(const RuleInput &in, FindingSink &out)
{
    const OptionalDate &d = in.doc.summary.dateSubmitted;
    const QString path = u"summary.date_submitted"_s;
    if (!d)
        out.warning(path, RuleText::tr("Give the \"Date submitted for review\" (SUMMARY "
                                       "INFORMATION): the date the SMOUT is sent to the Component "
                                       "Privacy Officer."));
    else if (!d->isValid())
        out.error(path, RuleText::tr("The \"Date submitted for review\" is not a real date. Enter "
                                     "the date the SMOUT is sent to the Component Privacy "
                                     "Officer."));
    else if (*d > in.context.today)
        out.error(path, RuleText::tr("The date submitted for review (%1) is in the future. Enter the "
                                     "date the SMOUT is sent to the Component Privacy Officer.")
                            .arg(d->toString(Qt::ISODate)));
}

} // namespace smout::checks
