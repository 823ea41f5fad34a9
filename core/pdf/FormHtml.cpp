#include "FormHtml.h"

#include "model/FormText.h"
#include "GlyphCoverage.h"
#include "RequestsHtml.h"
#include "WithheldHtml.h"
#include "model/ReviewWording.h"
#include "release/Exemptions.h"

#include <QRegularExpression>

namespace smout::pdf {

using smout::FormText;

namespace {

using namespace Qt::StringLiterals;

QString esc(const QString &s)
{
    return documentTextHtml(s);
}

// The label of a withheld date, answer or code (release copies), or nothing.
QString withheldLabel(const FormHtmlOptions &o, const QString &path)
{
    return o.withheld.value(path);
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

// A date as the form prints it, or its label mark when a release copy withholds it.
QString dateAt(const FormHtmlOptions &o, const QString &path, const OptionalDate &d)
{
    const QString label = withheldLabel(o, path);
    return label.isEmpty() ? date(d) : release::labelMark(label);
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

QString yesNo(YesNo a);

QString yesNoAt(const FormHtmlOptions &o, const QString &path, YesNo a)
{
    const QString label = withheldLabel(o, path);
    return label.isEmpty() ? yesNo(a) : withheldBox(label);
}

// A withheld option group (release/ChoiceGroups.h): one labelled box in place of all its
// options, so that neither which option nor how many were chosen shows.
QString withheldGroup(const QString &label, const QString &what, int indent = 1)
{
    return u"<p class=\"choice\" style=\"margin-left:%1px\">%2&nbsp;<i>%3</i></p>"_s.arg(indent * 22).arg(withheldBox(label), what);
}

QString choicesWithheld(const QString &label, int indent = 1)
{
    return withheldGroup(label, FormText::tr("The choices here were withheld."), indent);
}

QString categoriesWithheld(const QString &label)
{
    return withheldGroup(label, FormText::tr("The categories of use were withheld."));
}

QString yesNo(YesNo a)
{
    return choice(a == YesNo::Yes, FormText::tr("Yes.")) + u"&nbsp;&nbsp;&nbsp;"_s
        + choice(a == YesNo::No, FormText::tr("No."));
}

QString introduction(const SmoutDocument &doc, const FormHtmlOptions &o)
{
    QString h = u"<h1>%1</h1>"_s.arg(FormText::title());
    h += u"<p class=\"lead\">%1</p>"_s.arg(esc(FormText::purpose()));
    h += u"<p>%1</p>"_s.arg(esc(FormText::introduction()));
    h += u"<p>%1</p>"_s.arg(esc(FormText::exemptionPreamble()));
    for (const ScreeningFlag f : {ScreeningFlag::PublicAffairsOutreach, ScreeningFlag::IntelligenceEo12333})
        h += u"<p class=\"item\">%1</p>"_s.arg(esc(FormText::exemption(f)));
    h += u"<p>%1</p>"_s.arg(esc(FormText::templateUse()));
    h += u"<p class=\"footnote\">%1</p>"_s.arg(esc(FormText::opsFootnote()));
    if (const QString withheld = withheldLabel(o, u"screening"_s); !withheld.isEmpty()) {
        h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Screening:"));
        h += choicesWithheld(withheld);
    } else if (doc.screening.anyExempt()) {
        h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Screening: the program states that this use is exempt:"));
        for (const ScreeningFlag f : allOf<ScreeningFlag>())
            if (doc.screening.flag(f))
                h += choiceLine(true, esc(FormText::screeningLabel(f)));
    }
    return h;
}

QString summary(const SmoutDocument &doc, const FormHtmlOptions &o)
{
    const Summary &s = doc.summary;
    QString h = u"<h1 class=\"newpage\">%1</h1>"_s.arg(FormText::title());
    h += u"<p>%1</p>"_s.arg(esc(FormText::sendInstructions()));
    h += u"<h2>%1</h2>"_s.arg(FormText::tr("SUMMARY INFORMATION"));
    h += field(FormText::tr("Date submitted for review:"), dateAt(o, u"summary.date_submitted"_s, s.dateSubmitted));
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
    for (qsizetype i = 0; i < s.pias.size(); ++i) {
        const PiaRef &p = s.pias[i];
        const QString when = dateAt(o, u"summary.pias[%1].date"_s.arg(i), p.date);
        pias << p.id + (p.title.isEmpty() ? QString() : u" \u2013 "_s + p.title)
                + (when.isEmpty() ? QString() : u" ("_s + when + u')');
    }
    for (qsizetype i = 0; i < s.sorns.size(); ++i) {
        const SornRef &p = s.sorns[i];
        const QString when = dateAt(o, u"summary.sorns[%1].date"_s.arg(i), p.date);
        sorns << p.id + (p.title.isEmpty() ? QString() : u" \u2013 "_s + p.title)
                 + (p.federalRegister.isEmpty() ? QString() : u", "_s + p.federalRegister)
                 + (when.isEmpty() ? QString() : u" ("_s + when + u')');
    }
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Applicable Privacy Impact Assessment(s) (PIA):")) + list(pias);
    h += u"<p><b>%1</b></p>"_s.arg(FormText::tr("Applicable System of Records Notice(s) (SORN):")) + list(sorns);
    h += u"<p class=\"footnote\">%1</p>"_s.arg(esc(FormText::counselFootnote()));
    return h;
}

QString questions(const SmoutDocument &doc, const FormHtmlOptions &o)
{
    const Questions &q = doc.questions;
    QString h = u"<h1 class=\"newpage\">%1</h1><h2>%2</h2>"_s.arg(FormText::title(), FormText::tr("SPECIFIC QUESTIONS"));
    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::question1()));
    if (const QString withheld = withheldLabel(o, u"questions.q1_categories"_s); !withheld.isEmpty())
        h += categoriesWithheld(withheld);
    else
        for (const Category c : allOf<Category>())
            h += choiceLine(q.q1Categories.contains(c), esc(FormText::categoryLabel(c)));
    if (q.q1Categories.contains(Category::Other) || !q.q1Other.isEmpty())
        h += field(FormText::tr("Other category:"), q.q1Other);
    h += paragraphs(q.q1Description);

    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::question2()));
    h += list(q.q2Authorities);
    h += u"<p class=\"question sub\">%1</p>"_s.arg(esc(FormText::question2a()));
    h += u"<p class=\"choice\">%1</p>"_s.arg(yesNoAt(o, u"questions.q2a_counsel_reviewed"_s, q.q2aCounselReviewed));

    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::question3()));
    const QString statusWithheld = withheldLabel(o, u"questions.q3_status"_s);
    const QString launched = dateAt(o, u"questions.q3_date_first_launched"_s, q.q3DateFirstLaunched);
    h += u"<p class=\"choice\">%1&nbsp;&nbsp;&nbsp;<b>%2</b> %3</p>"_s.arg(
        statusWithheld.isEmpty() ? choice(q.q3Status == UseStatus::InDevelopment, FormText::tr("In development."))
                + u"&nbsp;&nbsp;&nbsp;"_s + choice(q.q3Status == UseStatus::Operational, FormText::tr("Operational."))
                                 : withheldBox(statusWithheld),
        FormText::tr("Date first launched:"),
        launched.isEmpty() ? FormText::tr("(not given)") : esc(launched));
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
        h += u"<p class=\"choice\">%1&nbsp;&nbsp;&nbsp;%2</p>"_s.arg(yesNoAt(o, u"questions.q5_rules.%1.answer"_s.arg(codeOf(r)), a.answer), FormText::tr("If not, please explain:"));
        if (!a.explanation.isEmpty())
            h += paragraphs(a.explanation);
    }
    const TrainingVerification &t = q.q5TrainingVerification;
    h += u"<p class=\"question sub\">%1</p>"_s.arg(esc(FormText::trainingMechanismsIntro()));
    if (const QString withheld = withheldLabel(o, u"questions.q5_training_verification"_s); !withheld.isEmpty()) {
        h += choicesWithheld(withheld);
    } else {
        h += choiceLine(t.selfCertify, esc(FormText::trainingSelfCertify()));
        h += choiceLine(t.ppocRecords, esc(FormText::trainingPpocRecords()));
        h += choiceLine(t.none, FormText::tr("No. If not, please explain:"));
    }
    if (!t.explanation.isEmpty())
        h += paragraphs(t.explanation);

    h += u"<p class=\"question\">%1</p>"_s.arg(esc(FormText::accessModesQuestion()));
    if (const QString withheld = withheldLabel(o, u"questions.access_modes"_s); !withheld.isEmpty())
        return h + choicesWithheld(withheld);
    for (const AccessMode m : allOf<AccessMode>())
        h += choiceLine(q.accessModes.contains(m),
                        u"<b>%1</b> \u2013 %2 <i>(%3)</i>"_s.arg(esc(FormText::accessModeName(m)),
                                                                  esc(FormText::accessModeDefinition(m)),
                                                                  esc(FormText::accessModeApprover(m))));
    return h;
}

// The reviewer's section below is printed in the 2017 template's English words whatever
// the user's language: a reviewer compares it with the form they know.
QString en(const char *text)
{
    return esc(ReviewWording::english(text));
}

QString indented(const QString &html, int indent)
{
    return u"<div style=\"margin-left:%1px\">%2</div>"_s.arg(indent * 22).arg(html);
}

// No answer of the reviewer's section given yet: the form's own prompts are printed.
bool isBlank(const Review &r)
{
    Review blank;
    blank.unknown = r.unknown;
    blank.robContent.unknown = r.robContent.unknown;
    blank.robContent.piiStorage.unknown = r.robContent.piiStorage.unknown;
    blank.robContent.training.unknown = r.robContent.training.unknown;
    blank.determination.unknown = r.determination.unknown;
    blank.pia.unknown = r.pia.unknown;
    blank.sorn.unknown = r.sorn.unknown;
    return r == blank;
}

template <typename E> QString options(const FormHtmlOptions &o, const QString &path, E current, int indent = 2)
{
    if (const QString withheld = withheldLabel(o, path); !withheld.isEmpty())
        return choicesWithheld(withheld, indent);
    QString h;
    for (const E value : allOf<E>())
        h += choiceLine(current == value, en(ReviewWording::option(value)), indent);
    return h;
}

QString ruleHeading(Rule r)
{
    return u"<p class=\"rule\"><i>%1</i></p>"_s.arg(en(ReviewWording::ruleHeading(r)));
}

QString coverage(const FormHtmlOptions &o, const DocumentationRequirement &r, bool isPia, bool blank)
{
    if (const QString withheld = withheldLabel(o, isPia ? u"review.pia"_s : u"review.sorn"_s); !withheld.isEmpty())
        return choicesWithheld(withheld, 3) + (r.existing.isEmpty() ? QString() : indented(list(r.existing), 4))
            + (r.updateTarget.trimmed().isEmpty() ? QString() : indented(paragraphs(r.updateTarget), 4));
    QString h = choiceLine(r.required, en(ReviewWording::required(isPia)), 3);
    h += choiceLine(r.coverage == Coverage::Existing, en(ReviewWording::coveredByExisting(isPia)), 4);
    if (!r.existing.isEmpty())
        h += indented(list(r.existing), 4);
    h += choiceLine(r.coverage == Coverage::New, en(ReviewWording::coverageNew()), 4);
    QString updated = en(ReviewWording::coverageUpdated());
    if (blank)
        updated += u' ' + en(ReviewWording::updatePrompt(isPia));
    else if (!r.updateTarget.trimmed().isEmpty())
        updated += u' ' + esc(r.updateTarget.trimmed());
    return h + choiceLine(r.coverage == Coverage::Update, updated, 4);
}

QString robContent(const RobContent &c, const FormHtmlOptions &o)
{
    using W = ReviewWording;
    const QString rob = u"review.rob_content."_s;
    QString h = u"<p class=\"question\">%1</p>"_s.arg(en(W::robContent()));
    h += ruleHeading(Rule::Equipment) + options(o, rob + u"equipment"_s, c.equipment);
    h += ruleHeading(Rule::EmailAccounts) + options(o, rob + u"email_accounts"_s, c.emailAccounts);
    h += ruleHeading(Rule::PublicInteraction) + options(o, rob + u"public_interaction"_s, c.publicInteraction);
    h += ruleHeading(Rule::PrivacySettings) + options(o, rob + u"privacy_settings"_s, c.privacySettings);
    h += ruleHeading(Rule::PiiCollection);
    const QStringList &sorns = c.piiStorage.sorns;
    const QString storageWithheld = withheldLabel(o, rob + u"pii_storage.kind"_s);
    if (!storageWithheld.isEmpty()) {
        h += choicesWithheld(storageWithheld, 2);
        if (!sorns.isEmpty())
            h += indented(list(sorns), 3);
    }
    for (const PiiStorageKind kind : allOf<PiiStorageKind>()) {
        if (!storageWithheld.isEmpty())
            break;
        h += choiceLine(c.piiStorage.kind == kind, en(W::option(kind)), 2);
        h += u"<p style=\"margin-left:66px\">%1</p>"_s.arg(en(W::listSorns()));
        // The SORNs under the kind chosen; with no kind chosen, after the last prompt.
        const bool here = c.piiStorage.kind == kind
            || (c.piiStorage.kind == PiiStorageKind::Unset && kind == PiiStorageKind::Sor);
        if (here && !sorns.isEmpty())
            h += indented(list(sorns), 3);
    }
    h += ruleHeading(Rule::PiiSafeguards) + options(o, rob + u"pii_safeguards"_s, c.piiSafeguards);
    h += ruleHeading(Rule::Documentation) + options(o, rob + u"documentation"_s, c.documentation);
    h += ruleHeading(Rule::Training);
    const QString required = withheldLabel(o, rob + u"training.required"_s);
    h += required.isEmpty() ? choiceLine(c.training.required, en(W::trainingRequired()), 2) : choicesWithheld(required, 2);
    if (const QString topics = withheldLabel(o, rob + u"training.topics"_s); !topics.isEmpty())
        h += choicesWithheld(topics, 3);
    else
        for (const TrainingTopic t : allOf<TrainingTopic>())
            h += choiceLine(c.training.topics.contains(t), en(W::topic(t)), 3);
    h += u"<p style=\"margin-left:44px\">%1</p>"_s.arg(en(W::mechanisms()));
    if (const QString verification = withheldLabel(o, rob + u"training.verification"_s); !verification.isEmpty())
        return h + choicesWithheld(verification, 3);
    for (const TrainingVerificationChoice v : allOf<TrainingVerificationChoice>())
        h += choiceLine(c.training.verification.contains(v), en(W::option(v)), 3);
    return h;
}

QString review(const SmoutDocument &doc, const FormHtmlOptions &o)
{
    using W = ReviewWording;
    const Review &r = doc.review;
    const bool blank = isBlank(r);
    QString h = u"<h1 class=\"newpage\">%1</h1>"_s.arg(en(W::heading()));
    h += u"<p class=\"lead\">%1</p>"_s.arg(en(W::completedBy()));
    h += field(W::english(W::dateReviewed()), dateAt(o, u"review.date_reviewed"_s, r.dateReviewed));
    h += field(W::english(W::reviewerName()), r.reviewerName);
    h += u"<p><b>%1</b></p><p>%2</p>"_s.arg(en(W::designation()), en(W::designationText()));
    h += u"<p><b>%1</b></p>"_s.arg(en(W::designationPia())) + list(r.designationPias);
    h += u"<p><b>%1</b></p>"_s.arg(en(W::designationSorn())) + list(r.designationSorns);

    h += u"<p class=\"question\">%1</p>"_s.arg(en(W::categoryOfUse()));
    if (const QString withheld = withheldLabel(o, u"review.categories"_s); !withheld.isEmpty())
        h += categoriesWithheld(withheld);
    else
        for (const Category c : W::categories())
            h += choiceLine(r.categories.contains(c),
                            en(W::category(c)) + (c == Category::Other && blank ? u' ' + en(W::otherPrompt()) : QString()));
    // A category only question 1 offers (kept from an older file) is shown, not dropped.
    for (const Category c : allOf<Category>())
        if (!W::category(c) && r.categories.contains(c))
            h += choiceLine(true, esc(FormText::categoryLabel(c)));
    if (!r.otherCategory.trimmed().isEmpty())
        h += indented(paragraphs(r.otherCategory), 1);

    h += u"<p class=\"question\">%1</p>"_s.arg(en(W::authoritiesAnalysis()));
    h += paragraphs(r.authoritiesAnalysis);
    h += robContent(r.robContent, o);

    const Determination &d = r.determination;
    h += u"<h2>%1</h2>"_s.arg(en(W::determination()));
    if (const QString outcome = withheldLabel(o, u"review.determination.outcome"_s); !outcome.isEmpty()) {
        h += choicesWithheld(outcome);
    } else {
        h += choiceLine(d.outcome == Outcome::Met, en(W::outcome(Outcome::Met)));
        h += choiceLine(d.outcome == Outcome::NotMet, en(W::outcome(Outcome::NotMet)));
    }
    const QString reasons = withheldLabel(o, u"review.determination.reasons"_s);
    if (!reasons.isEmpty()) {
        h += choicesWithheld(reasons, 2);
        if (!d.robAnalysis.trimmed().isEmpty())
            h += indented(paragraphs(d.robAnalysis), 2);
    }
    for (const OutcomeReason reason : allOf<OutcomeReason>()) {
        if (!reasons.isEmpty())
            break;
        QString label = en(W::reason(reason));
        if (reason == OutcomeReason::RobNoncompliant && blank)
            label += u' ' + en(W::analysisPrompt());
        h += choiceLine(d.reasons.contains(reason), label, 2);
        if (reason == OutcomeReason::RobNoncompliant && !d.robAnalysis.trimmed().isEmpty())
            h += indented(paragraphs(d.robAnalysis), 2);
    }
    h += coverage(o, r.pia, true, blank);
    h += coverage(o, r.sorn, false, blank);
    h += u"<h2>%1</h2>"_s.arg(en(W::comments()));
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
body { font-family: 'Liberation Serif', 'DejaVu Serif', 'DejaVu Sans', 'Droid Sans Fallback', serif; font-size: 11pt; }
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
    html += introduction(doc, options);
    html += summary(doc, options);
    html += questions(doc, options);
    html += review(doc, options);
    html += requestsHtml(doc);
    if (!options.appendix.isEmpty())
        html += appendix(options.appendix);
    return html + u"</body></html>"_s;
}

} // namespace smout::pdf
