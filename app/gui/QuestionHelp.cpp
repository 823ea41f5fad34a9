#include "QuestionHelp.h"

#include <QCoreApplication>
#include <QVariant>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

struct Help {
    QStringView prefix;
    const char *text;
};

#define HELP(text) QT_TRANSLATE_NOOP("QuestionHelp", text)

// Longest prefixes first within a group; lookup takes the longest match anyway.
const Help helps[] = {
    {u"screening", HELP("A SMOUT is not required for public communication and outreach authorized "
                        "by Public Affairs, "
                        "authorized intelligence activities under Executive Order 12333, or OPS "
                        "situational awareness, "
                        "which existing PIAs cover. Check only what applies to this use.")},
    {u"summary.date_submitted",
     HELP("The date the form goes to your Component Privacy Officer, who reviews it with the "
          "DHS Privacy Office and may request additional information.")},
    {u"summary.component",
     HELP("The DHS Component whose program uses social media operationally; its Privacy Officer "
          "receives this form.")},
    {u"summary.contacts", HELP("Who in the program can answer the Privacy Office's questions about "
                               "this use: name, title, "
                               "phone and email.")},
    {u"summary.counsel",
     HELP("Counsel listed here must certify that appropriate authority exists to engage in the "
          "operational activities involving social media described in this template.")},
    {u"summary.it_systems",
     HELP("Every IT system where information collected from social media is stored, so that the "
          "Privacy Office can match it with the PIAs and SORNs that cover those systems.")},
    {u"summary.pias",
     HELP("The Privacy Impact Assessments that already cover the systems and this use; the Privacy "
          "Office decides whether they suffice or a new or updated PIA is required.")},
    {u"summary.sorns",
     HELP("The System of Records Notices under which the collected PII is kept; the Privacy Office "
          "checks that records retrieved by name or identifier are covered.")},
    {u"questions.q1_",
     HELP(
         "The category of use for collecting PII from social media, such as law enforcement "
         "intelligence or benefit determinations: one template per category, described well enough "
         "to judge what is collected, from whom and why.")},
    {u"questions.q2a_counsel_reviewed",
     HELP("Counsel confirms having reviewed the listed authorities for privacy issues "
          "and determined that they permit the program to use social media for the "
          "listed operational use.")},
    {u"questions.q2",
     HELP("The legal authorities (statutes, regulations, delegations) that permit this operational "
          "use; "
          "the Privacy Office reads them against the use described in question 1.")},
    {u"questions.q3_", HELP("Whether the use is in development or operational, and the date it was "
                            "first launched; the "
                            "Privacy Office adjudicates the template before specific sites are put "
                            "to operational use.")},
    {u"questions.q4_",
     HELP(
         "A copy of the Rules of Behavior that set out the requirements of question 5; the Privacy "
         "Office reads the rules themselves, not only their summary.")},
    {u"questions.q5_rules.equipment",
     HELP("Rules require using only government-issued equipment for the operational use "
          "of social media; if users do not follow this rule, explain why.")},
    {u"questions.q5_rules.email_accounts",
     HELP("Rules require screen names that show DHS affiliation and DHS email "
          "addresses for accounts; if not, explain why (for example, law "
          "enforcement safety).")},
    {u"questions.q5_rules.public_interaction",
     HELP("Rules require reviewing publicly available information only, "
          "without interacting with whoever posted it; if not, explain why.")},
    {u"questions.q5_rules.privacy_settings",
     HELP("Rules require respecting individuals' privacy settings and accessing "
          "only information that is publicly available; if not, explain why.")},
    {u"questions.q5_rules.pii_collection",
     HELP("Rules require collecting the minimum PII necessary for authorized duties, "
          "except for systems exempted by Final Rule from parts of the Privacy Act.")},
    {u"questions.q5_rules.pii_safeguards",
     HELP("Rules require protecting PII as the Privacy Act (if applicable) and DHS "
          "privacy policy require; if not, explain why.")},
    {u"questions.q5_rules.documentation",
     HELP("Rules require documenting each operational use: date, sites accessed, "
          "information collected and how it was used.")},
    {u"questions.q5_rules.training",
     HELP("Users complete annual privacy training approved by the Component Privacy "
          "Officer, covering at least legal authorities, acceptable uses, access and "
          "documentation requirements.")},
    {u"questions.q5_training_verification",
     HELP("How the program verifies that users completed the training: "
          "self-certification, or records kept by the Component Privacy Officer "
          "or PPOC.")},
    {u"questions.access_modes",
     HELP("How users reach social media for this use, from overt research without logging in to "
          "masked or undercover engagement; each mode needs a higher supervisor's approval "
          "and weighs on the rules of question 5.")},
    {u"review.pia", HELP("The Privacy Office's finding on PIA coverage: covered by an existing "
                         "PIA, or a new or updated "
                         "PIA is required (name the PIA to update).")},
    {u"review.sorn",
     HELP("The Privacy Office's finding on SORN coverage: covered by an existing SORN, or a new or "
          "updated SORN is required.")},
    {u"review.determination",
     HELP("Whether the program has met the requirements to use social media for the stated "
          "operational purposes, and if not, why: authorities, Rules of Behavior or training.")},
    {u"review.rob_content",
     HELP("What the Rules of Behavior actually say, rule by rule, as the reviewer read them in "
          "the attached copy.")},
    {u"review",
     HELP(
         "Completed by the DHS Privacy Office: the date and reviewer, and the determination on the "
         "program's compliance with Management Directive 110-01.")},
};

#undef HELP

} // namespace

QString questionHelp(const QString &path)
{
    const Help *best = nullptr;
    for (const Help &h : helps)
        if (path.startsWith(h.prefix) && (!best || h.prefix.size() > best->prefix.size()))
            best = &h;
    return best ? QCoreApplication::translate("QuestionHelp", best->text) : QString();
}

void applyQuestionHelp(QWidget *form)
{
    for (QWidget *w : form->findChildren<QWidget *>()) {
        const QVariant path = w->property("smoutPath");
        if (!path.isValid())
            continue;
        const QString help = questionHelp(path.toString());
        if (help.isEmpty())
            continue;
        w->setWhatsThis(help);
        const QString own = w->toolTip();
        w->setToolTip(own.isEmpty() || own == help ? help : own + u"\n\n"_s + help);
    }
}
