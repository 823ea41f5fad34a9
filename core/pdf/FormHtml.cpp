#include "FormHtml.h"

#include "FormText.h"
#include "RequestsHtml.h"

namespace smout::pdf {

using smout::FormText;

namespace {

using namespace Qt::StringLiterals;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Multi-paragraph answers keep their paragraphs.
QString paragraphs(const QString &text, const QString &cssClass = u"answer"_s)
{
    if (text.trimmed().isEmpty())
        return u"<p class=\"%1 empty\">%2</p>"_s.arg(cssClass, FormText::tr("(not answered)"));
    QString out;
    for (const QString &p : text.split(u"\n\n"_s)) {
        if (p.trimmed().isEmpty())
            continue;
        out += u"<p class=\"%1\">%2</p>"_s.arg(cssClass, esc(p.trimmed()).replace(u'\n', u"<br>"_s));
    }
    return out;
}

QString box(bool checked)
{
    return checked ? u"\u2612"_s : u"\u2610"_s;
}

// A check box and its label in one unbreakable run, so a page break never parts them.
QString choice(bool checked, const QString &label)
{
    return u"<span class=\"box\">%1</span>&nbsp;%2"_s.arg(box(checked), label);
}

QString choiceLine(bool checked, const QString &label, int indent = 1)
{
    return u"<p class=\"choice\" style=\"margin-left:%1px\">%2</p>"_s.arg(indent * 22).arg(choice(checked, label));
}

QString field(const QString &label, const QString &value)
{
    return u"<p><b>%1</b> %2</p>"_s.arg(esc(label),
                                         value.trimmed().isEmpty()
                                             ? u"<span class=\"empty\">%1</span>"_s.arg(FormText::tr("(not given)"))
                                             : esc(value));
}

QString date(const OptionalDate &d)
{
    return d && d->isValid() ? QLocale(QLocale::English).toString(*d, u"MMMM d, yyyy"_s) : QString();
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return u"<p class=\"answer empty\">%1</p>"_s.arg(FormText::tr("(none listed)"));
    QString out = u"<ul>"_s;
    for (const QString &i : items)
        out += u"<li>%1</li>"_s.arg(esc(i));
    return out + u"</ul>"_s;
}

QString person(const Person &p)
{
    QStringList parts;
    for (const QString &s : {p.name, p.title, p.office, p.phone, p.email})
        if (!s.trimmed().isEmpty())
            parts << s.trimmed();
    return parts.join(u", "_s);
}

QString yesNo(YesNo a)
{
    return choice(a == YesNo::Yes, FormText::tr("Yes.")) + u"&nbsp;&nbsp;&nbsp;"_s
        + choice(a == YesNo::No, FormText::tr("No."));
}

QString introduction(const SmoutDocument &doc)
{
    QString h = u"<h1>%1</h1>"_s.arg(FormText::title());
    h += u"<p class=\"lead\">%1</p>"_s.arg(esc(FormText::purpose()));
    h += u"<p>%1</p>"_s.arg(esc(FormText::introduction()));
    h += u"<p>%1</p>"_s.arg(esc(FormText::exemptionPreamble()));
    for (const ScreeningFlag f : {ScreeningFlag::PublicAffairsOutreach, ScreeningFlag::IntelligenceEo12333})
        h += u"<p class=\"item\">%1</p>"_s.arg(esc(FormText::exemption(f)));
    h += u"<p>%1</p>"_s.arg(esc(FormText::templateUse()));
    h += u"<p class=\"footnote\">%1</p>"_s.arg(esc(FormText::opsFootnote()));
    if (doc.screening.anyExempt()) {
        h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Screening: the program states that this use is exempt:"));
        for (const ScreeningFlag f : allOf<ScreeningFlag>())
            if (doc.screening.flag(f))
                h += choiceLine(true, esc(FormText::screeningLabel(f)));
    }
    return h;
}

QString summary(const SmoutDocument &doc)
{
    const Summary &s = doc.summary;
    QString h = u"<h1 class=\"newpage\">%1</h1>"_s.arg(FormText::title());
    h += u"<p>%1</p>"_s.arg(esc(FormText::sendInstructions()));
    h += u"<h2>%1</h2>"_s.arg(FormText::tr("SUMMARY INFORMATION"));
    h += field(FormText::tr("Date submitted for review:"), date(s.dateSubmitted));
    h += field(FormText::tr("Name of Component:"),
               s.component.isEmpty() ? QString() : componentName(s.component));
    QStringList contacts, counsel, pias, sorns;
    for (const Person &p : s.contacts)
        contacts << person(p);
    for (const Person &p : s.counsel)
        counsel << person(p);
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Contact Information:")) + list(contacts);
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Counsel\u00b2 Contact Information:")) + list(counsel);
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("IT System(s) where social media data is stored:")) + list(s.itSystems);
    for (const PiaRef &p : s.pias)
        pias << p.id + (p.title.isEmpty() ? QString() : u" \u2013 "_s + p.title)
                + (p.date ? u" ("_s + date(p.date) + u')' : QString());
    for (const SornRef &p : s.sorns)
        sorns << p.id + (p.title.isEmpty() ? QString() : u" \u2013 "_s + p.title)
                 + (p.federalRegister.isEmpty() ? QString() : u", "_s + p.federalRegister)
                 + (p.date ? u" ("_s + date(p.date) + u')' : QString());
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Applicable Privacy Impact Assessment(s) (PIA):")) + list(pias);
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Applicable System of Records Notice(s) (SORN):")) + list(sorns);
    h += u"<p class=\"footnote\">%1</p>"_s.arg(esc(FormText::counselFootnote()));
    return h;
}

QString questions(const SmoutDocument &doc)
{
    const Questions &q = doc.questions;
    QString h = u"<h1 class=\"newpage\">%1</h1><h2>%2</h2>"_s.arg(FormText::title(), FormText::tr("SPECIFIC QUESTIONS"));
    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::question1()));
    for (const Category c : allOf<Category>())
        h += choiceLine(q.q1Categories.contains(c), esc(FormText::categoryLabel(c)));
    if (q.q1Categories.contains(Category::Other) || !q.q1Other.isEmpty())
        h += field(FormText::tr("Other category:"), q.q1Other);
    h += paragraphs(q.q1Description);

    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::question2()));
    h += list(q.q2Authorities);
    h += u"<p class=\"question sub\">%1</p>"_s.arg(esc(FormText::question2a()));
    h += u"<p class=\"choice\">%1</p>"_s.arg(yesNo(q.q2aCounselReviewed));

    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::question3()));
    h += u"<p class=\"choice\">%1&nbsp;&nbsp;&nbsp;%2&nbsp;&nbsp;&nbsp;<b>%3</b> %4</p>"_s.arg(
        choice(q.q3Status == UseStatus::InDevelopment, FormText::tr("In development.")),
        choice(q.q3Status == UseStatus::Operational, FormText::tr("Operational.")),
        FormText::tr("Date first launched:"),
        q.q3DateFirstLaunched ? esc(date(q.q3DateFirstLaunched)) : FormText::tr("(not given)"));
    if (!q.q3LaunchNote.isEmpty())
        h += paragraphs(q.q3LaunchNote);

    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::question4()));
    const auto &rob = q.q4RulesOfBehavior;
    h += field(FormText::tr("Title:"), rob.title);
    if (!rob.file.isEmpty()) {
        h += field(FormText::tr("Attached file:"), rob.file);
        h += field(FormText::tr("SHA-256:"), rob.sha256);
    }

    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::question5()));
    for (const Rule r : allOf<Rule>()) {
        const RuleAnswer &a = q.rule(r);
        h += u"<p class=\"rule\">%1 <i>%2</i> %3</p>"_s.arg(
            QString(QChar(u'a' + int(indexOf(r)))) + u')', esc(FormText::ruleName(r)),
            esc(FormText::ruleText(r)));
        h += u"<p class=\"choice\">%1&nbsp;&nbsp;&nbsp;%2</p>"_s.arg(yesNo(a.answer), FormText::tr("If not, please explain:"));
        if (!a.explanation.isEmpty())
            h += paragraphs(a.explanation);
    }
    const TrainingVerification &t = q.q5TrainingVerification;
    h += u"<p class=\"question sub\">%1</p>"_s.arg(esc(FormText::trainingMechanismsIntro()));
    h += choiceLine(t.selfCertify, esc(FormText::trainingSelfCertify()));
    h += choiceLine(t.ppocRecords, esc(FormText::trainingPpocRecords()));
    h += choiceLine(t.none, FormText::tr("No. If not, please explain:"));
    if (!t.explanation.isEmpty())
        h += paragraphs(t.explanation);

    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::accessModesQuestion()));
    for (const AccessMode m : allOf<AccessMode>())
        h += choiceLine(q.accessModes.contains(m),
                        u"<b>%1</b> \u2013 %2 <i>(%3)</i>"_s.arg(esc(FormText::accessModeName(m)),
                                                                  esc(FormText::accessModeDefinition(m)),
                                                                  esc(FormText::accessModeApprover(m))));
    return h;
}

template <typename E> QString choices(E current, std::initializer_list<std::pair<E, QString>> options, int indent = 2)
{
    QString h;
    for (const auto &[value, label] : options)
        h += choiceLine(current == value, esc(label), indent);
    return h;
}

QString coverage(const DocumentationRequirement &r, bool isPia)
{
    QString h = choiceLine(r.required, isPia ? FormText::tr("A PIA is required.") : FormText::tr("A SORN is required:"), 1);
    h += choiceLine(r.coverage == Coverage::Existing,
                    isPia ? FormText::tr("Covered by existing PIA.") : FormText::tr("Covered by existing SORN:"), 2);
    if (!r.existing.isEmpty())
        h += u"<div style=\"margin-left:66px\">%1</div>"_s.arg(list(r.existing));
    h += choiceLine(r.coverage == Coverage::New, FormText::tr("New."), 2);
    h += choiceLine(r.coverage == Coverage::Update,
                    (isPia ? FormText::tr("Updated. Name and number of the PIA to be updated:")
                           : FormText::tr("Updated. Name and number of the SORN to be updated:"))
                        + u' ' + esc(r.updateTarget),
                    2);
    return h;
}

QString review(const SmoutDocument &doc)
{
    const Review &r = doc.review;
    const RobContent &c = r.robContent;
    QString h = u"<h1 class=\"newpage\">%1</h1>"_s.arg(FormText::tr("DHS SOCIAL MEDIA DOCUMENTATION"));
    h += u"<p class=\"lead\">%1</p>"_s.arg(FormText::tr("(To be Completed by the DHS Privacy Office)"));
    h += field(FormText::tr("DATE reviewed by the DHS Privacy Office:"), date(r.dateReviewed));
    h += field(FormText::tr("NAME of the DHS Privacy Office Reviewer:"), r.reviewerName);
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("DESIGNATION: covering PIA(s)"))
        + list(r.designationPias);
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("DESIGNATION: covering SORN(s)"))
        + list(r.designationSorns);
    h += u"<p class=\"question\">%1</p>"_s.arg(FormText::tr("1. Category of Use:"));
    for (const Category cat : allOf<Category>())
        h += choiceLine(r.categories.contains(cat), esc(FormText::categoryLabel(cat)));
    if (!r.otherCategory.isEmpty())
        h += field(FormText::tr("Other:"), r.otherCategory);
    h += u"<p class=\"question\">%1</p>"_s.arg(FormText::tr("2. Authorities analysis:"));
    h += paragraphs(r.authoritiesAnalysis);
    h += u"<p class=\"question\">%1</p>"_s.arg(FormText::tr("3. Rules of Behavior Content:"));
    h += u"<p class=\"rule\"><i>%1</i></p>"_s.arg(FormText::tr("Equipment."));
    h += choices(c.equipment, {{EquipmentChoice::NonAttributable, FormText::tr("Use government-issued equipment; equipment may be non-attributable and need not resolve back to a DHS/US IP address.")},
                               {EquipmentChoice::DhsAttributable, FormText::tr("Use government-issued equipment that must resolve back to a DHS/US IP address.")}});
    h += u"<p class=\"rule\"><i>%1</i></p>"_s.arg(FormText::tr("Email and accounts."));
    h += choices(c.emailAccounts, {{EmailChoice::NotRequired, FormText::tr("Government email addresses or official DHS accounts are not required.")},
                                   {EmailChoice::Required, FormText::tr("Government email addresses or official DHS accounts are required.")}});
    h += u"<p class=\"rule\"><i>%1</i></p>"_s.arg(FormText::tr("Public interaction."));
    h += choices(c.publicInteraction, {{InteractionChoice::MayInteract, FormText::tr("Users may interact with individuals in relation to a specific law enforcement investigation.")},
                                       {InteractionChoice::MayNotInteract, FormText::tr("Users may not interact with individuals.")}});
    h += u"<p class=\"rule\"><i>%1</i></p>"_s.arg(FormText::tr("Privacy settings."));
    h += choices(c.privacySettings, {{PrivacySettingsChoice::MayDisregard, FormText::tr("Users may disregard privacy settings.")},
                                     {PrivacySettingsChoice::MustRespect, FormText::tr("Users must respect individuals' privacy settings.")}});
    h += u"<p class=\"rule\"><i>%1</i></p>"_s.arg(FormText::tr("PII storage."));
    h += choices(c.piiStorage.kind, {{PiiStorageKind::ExemptedSor, FormText::tr("PII is maintained in an exempted system of records.")},
                                     {PiiStorageKind::Sor, FormText::tr("PII is maintained in a system of records.")}});
    if (!c.piiStorage.sorns.isEmpty())
        h += u"<div style=\"margin-left:66px\">%1</div>"_s.arg(list(c.piiStorage.sorns));
    h += u"<p class=\"rule\"><i>%1</i></p>"_s.arg(FormText::tr("PII safeguards."));
    h += choices(c.piiSafeguards, {{SafeguardsChoice::PrivacyAct, FormText::tr("Protect PII as required by the Privacy Act and DHS privacy policy.")},
                                   {SafeguardsChoice::MinimalOps004, FormText::tr("Only a minimal amount of PII, consistent with DHS/OPS-004.")}});
    h += u"<p class=\"rule\"><i>%1</i></p>"_s.arg(FormText::tr("Documentation."));
    h += choices(c.documentation, {{DocumentationChoice::Required, FormText::tr("Documentation of operational use is required.")},
                                   {DocumentationChoice::NotRequired, FormText::tr("Documentation of operational use is not required.")}});
    h += u"<p class=\"rule\"><i>%1</i></p>"_s.arg(FormText::tr("Training."));
    h += choiceLine(c.training.required, FormText::tr("Training is required, covering:"), 2);
    for (const TrainingTopic t : allOf<TrainingTopic>())
        h += choiceLine(c.training.topics.contains(t), esc(FormText::trainingTopic(t)), 3);
    h += choiceLine(c.training.verification.contains(TrainingVerificationChoice::SelfCertify), FormText::tr("Verified by self-certification."), 2);
    h += choiceLine(c.training.verification.contains(TrainingVerificationChoice::PpocRecords), FormText::tr("Verified by Component Privacy Officer or PPOC records."), 2);
    h += choiceLine(c.training.verification.contains(TrainingVerificationChoice::CannotVerify), FormText::tr("Training cannot be verified."), 2);

    const Determination &d = r.determination;
    h += u"<h2>%1</h2>"_s.arg(FormText::tr("DHS Privacy Office Determination"));
    h += choiceLine(d.outcome == Outcome::Met, FormText::tr("Program has met requirements to use social media for the stated authorized operational purposes, and must continue compliance with the requirements above."));
    h += choiceLine(d.outcome == Outcome::NotMet, FormText::tr("Program has not yet met requirements to utilize social media for operational purposes."));
    h += choiceLine(d.reasons.contains(OutcomeReason::AuthoritiesInsufficient), FormText::tr("Program authorities do not authorize operational use of social media."), 2);
    h += choiceLine(d.reasons.contains(OutcomeReason::RobNoncompliant), FormText::tr("Rules of Behavior do not comply."), 2);
    if (!d.robAnalysis.isEmpty())
        h += u"<div style=\"margin-left:66px\">%1</div>"_s.arg(paragraphs(d.robAnalysis));
    h += choiceLine(d.reasons.contains(OutcomeReason::TrainingRequired), FormText::tr("Training required."), 2);
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Additional Privacy compliance documentation is required:"));
    h += coverage(r.pia, true);
    h += coverage(r.sorn, false);
    h += u"<h2>%1</h2>"_s.arg(FormText::tr("DHS PRIVACY OFFICE COMMENTS"));
    h += paragraphs(r.comments);
    return h;
}

QString appendix(const Findings &findings)
{
    QString h = u"<h1 class=\"newpage\">%1</h1>"_s.arg(FormText::tr("Appendix: validation findings"));
    h += u"<p>%1</p>"_s.arg(FormText::tr("This draft was exported before every error was resolved. "
                                          "It cannot be signed or submitted until the errors below are fixed."));
    h += u"<table class=\"findings\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    h += u"<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>"_s.arg(
        FormText::tr("Severity"), FormText::tr("Rule"), FormText::tr("Field and what to do"));
    for (const Finding &f : findings)
        h += u"<tr><td>%1</td><td>%2</td><td><tt>%3</tt><br>%4</td></tr>"_s.arg(
            esc(severityName(f.severity)), esc(f.ruleId), esc(f.path), esc(f.message));
    return h + u"</table>"_s;
}

const QString styleSheet = uR"(
body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 11pt; }
h1 { font-size: 14pt; font-weight: bold; text-align: center; margin-top: 0; margin-bottom: 10px; }
h1.newpage { page-break-before: always; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 3px; margin-bottom: 3px; }
p.lead { font-style: italic; }
p.question { font-weight: bold; margin-top: 12px; }
p.question.sub { margin-left: 22px; }
p.rule { margin-top: 8px; margin-left: 22px; }
p.choice { margin-left: 22px; }
p.answer { margin-left: 22px; }
p.item { margin-left: 22px; }
p.footnote { font-size: 9pt; margin-top: 10px; }
.empty { color: #666666; font-style: italic; }
span.box { font-family: 'DejaVu Sans'; }
table.findings th { border-bottom: 1px solid #444444; }
)"_s;

} // namespace

QString formHtml(const SmoutDocument &doc, const FormHtmlOptions &options)
{
    QString html = u"<html><head><style>"_s + styleSheet + u"</style></head><body>"_s;
    html += introduction(doc);
    html += summary(doc);
    html += questions(doc);
    html += review(doc);
    html += requestsHtml(doc);
    if (!options.appendix.isEmpty())
        html += appendix(options.appendix);
    return html + u"</body></html>"_s;
}

} // namespace smout::pdf
