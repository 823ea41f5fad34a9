#include "FormWording.h"

#include "model/FormText.h"
#include "model/ReviewWording.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;
using namespace smout;

namespace {

using W = ReviewWording;

QString bold(const QString &text)
{
    return u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s;
}

// A choice or label of the form in the current language. A choice is announced by its text
// (after its rule's heading, for a reviewer's Rules of Behavior option), as it reads on paper.
void show(QWidget *form, const QString &name, const QString &text, const QString &announcedAfter = {})
{
    QWidget *w = form->findChild<QWidget *>(name);
    if (!w)
        return;
    if (auto *b = qobject_cast<QAbstractButton *>(w)) {
        b->setText(text);
        b->setAccessibleName(announcedAfter.isEmpty() ? text : announcedAfter + u' ' + text);
    } else if (auto *l = qobject_cast<QLabel *>(w)) {
        l->setText(text);
    } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
        e->setPlaceholderText(text);
    } else if (auto *t = qobject_cast<QPlainTextEdit *>(w)) {
        t->setPlaceholderText(text);
    }
}

// The reviewer's section in the 2017 template's words. Under a translation each label and
// choice shows the form's English on hover: the Privacy Office adjudicates in English.
void showReviewWording(QWidget *form, const QString &name, const char *text, const char *announcedAfter = nullptr)
{
    const QString shown = W::translated(text);
    show(form, name, shown, announcedAfter ? W::translated(announcedAfter) : QString());
    QWidget *w = form->findChild<QWidget *>(name);
    if (w && (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w)))
        w->setToolTip(shown == W::english(text) ? QString() : W::english(text));
}

// An input announced by the words of the label above it.
void announce(QWidget *form, const QString &name, const QString &label)
{
    if (QWidget *w = form->findChild<QWidget *>(name))
        w->setAccessibleName(label);
}

template <typename E>
void showRule(QWidget *form, const QString &label, Rule rule, const QString &prefix)
{
    showReviewWording(form, label, W::ruleHeading(rule));
    for (const E v : allOf<E>())
        showReviewWording(form, prefix + codeOf(v), W::option(v), W::ruleHeading(rule));
}

void review(QWidget *form)
{
    showReviewWording(form, u"headingLabel"_s, W::heading());
    showReviewWording(form, u"completedByLabel"_s, W::completedBy());
    showReviewWording(form, u"dateReviewedLabel"_s, W::dateReviewed());
    announce(form, u"dateReviewed"_s, W::translated(W::dateReviewed()));
    showReviewWording(form, u"reviewerNameLabel"_s, W::reviewerName());
    announce(form, u"reviewerName"_s, W::translated(W::reviewerName()));
    showReviewWording(form, u"designationLabel"_s, W::designation());
    showReviewWording(form, u"designationTextLabel"_s, W::designationText());
    showReviewWording(form, u"designationPiasLabel"_s, W::designationPia());
    showReviewWording(form, u"designationSornsLabel"_s, W::designationSorn());
    showReviewWording(form, u"categoriesLabel"_s, W::categoryOfUse());
    for (const Category c : W::categories())
        showReviewWording(form, u"rc_"_s + codeOf(c), W::category(c));
    showReviewWording(form, u"reviewOther"_s, W::otherPrompt());
    showReviewWording(form, u"authoritiesAnalysisLabel"_s, W::authoritiesAnalysis());
    announce(form, u"authoritiesAnalysis"_s, W::translated(W::authoritiesAnalysis()));
    showReviewWording(form, u"robContentLabel"_s, W::robContent());
    showRule<EquipmentChoice>(form, u"equipmentLabel"_s, Rule::Equipment, u"rcEquipment_"_s);
    showRule<EmailChoice>(form, u"emailLabel"_s, Rule::EmailAccounts, u"rcEmail_"_s);
    showRule<InteractionChoice>(form, u"interactionLabel"_s, Rule::PublicInteraction, u"rcInteraction_"_s);
    showRule<PrivacySettingsChoice>(form, u"privacyLabel"_s, Rule::PrivacySettings, u"rcPrivacy_"_s);
    showRule<PiiStorageKind>(form, u"storageLabel"_s, Rule::PiiCollection, u"rcStorage_"_s);
    showReviewWording(form, u"rcStorageSornsLabel"_s, W::listSorns());
    showRule<SafeguardsChoice>(form, u"safeguardsLabel"_s, Rule::PiiSafeguards, u"rcSafeguards_"_s);
    showRule<DocumentationChoice>(form, u"documentationLabel"_s, Rule::Documentation, u"rcDocumentation_"_s);
    showReviewWording(form, u"trainingLabel"_s, W::ruleHeading(Rule::Training));
    showReviewWording(form, u"rcTrainingRequired"_s, W::trainingRequired());
    for (const TrainingTopic t : allOf<TrainingTopic>())
        showReviewWording(form, u"rcTopic_"_s + codeOf(t), W::topic(t));
    showReviewWording(form, u"mechanismsLabel"_s, W::mechanisms());
    for (const auto v : allOf<TrainingVerificationChoice>())
        showReviewWording(form, u"rcVerify_"_s + codeOf(v), W::option(v));
    showReviewWording(form, u"determinationLabel"_s, W::determination());
    for (const Outcome o : allOf<Outcome>())
        showReviewWording(form, u"outcome_"_s + codeOf(o), W::outcome(o));
    for (const OutcomeReason r : allOf<OutcomeReason>())
        showReviewWording(form, u"reason_"_s + codeOf(r), W::reason(r));
    showReviewWording(form, u"robAnalysis"_s, W::analysisPrompt());
    for (const bool pia : {true, false}) {
        const QString kind = pia ? u"pia"_s : u"sorn"_s;
        showReviewWording(form, kind + u"Required"_s, W::required(pia));
        showReviewWording(form, kind + u"Coverage_existing"_s, W::coveredByExisting(pia));
        showReviewWording(form, kind + u"Coverage_new"_s, W::coverageNew());
        showReviewWording(form, kind + u"Coverage_update"_s, W::coverageUpdated());
        showReviewWording(form, kind + u"Update"_s, W::updatePrompt(pia));
    }
    showReviewWording(form, u"commentsLabel"_s, W::comments());
    announce(form, u"comments"_s, W::translated(W::comments()));
}

void screening(QWidget *form)
{
    for (const ScreeningFlag f : allOf<ScreeningFlag>())
        show(form, u"screening_"_s + codeOf(f), FormText::screeningLabel(f));
}

void summary(QWidget *form)
{
    show(form, u"sendInstructionsLabel"_s, FormText::sendInstructions());
    show(form, u"counselFootnoteLabel"_s, FormText::counselFootnote());
}

void question1(QWidget *form)
{
    show(form, u"questionLabel"_s, bold(FormText::question1()));
    for (const Category c : allOf<Category>()) {
        const QString label = FormText::categoryLabel(c);
        show(form, u"q1_"_s + codeOf(c), label);
        if (QWidget *box = form->findChild<QWidget *>(u"q1_"_s + codeOf(c))) {
            box->setToolTip(label); // the whole label when a narrow window elides it
            box->setWhatsThis(label);
        }
    }
}

void question2(QWidget *form)
{
    show(form, u"questionLabel"_s, bold(FormText::question2()));
    show(form, u"question2aLabel"_s, bold(FormText::question2a()));
    show(form, u"counselFootnoteLabel"_s, FormText::counselFootnote());
}

void training(QWidget *form)
{
    show(form, u"questionLabel"_s, bold(FormText::trainingMechanismsIntro()));
    show(form, u"trainingSelfCertify"_s, FormText::trainingSelfCertify());
    show(form, u"trainingPpoc"_s, FormText::trainingPpocRecords());
}

} // namespace

void applyFormWording(const QString &sectionId, QWidget *form)
{
    if (sectionId == u"review")
        review(form);
    else if (sectionId == u"screening")
        screening(form);
    else if (sectionId == u"summary")
        summary(form);
    else if (sectionId == u"q1")
        question1(form);
    else if (sectionId == u"q2")
        question2(form);
    else if (sectionId == u"q3")
        show(form, u"questionLabel"_s, bold(FormText::question3()));
    else if (sectionId == u"q4")
        show(form, u"questionLabel"_s, bold(FormText::question4()));
    else if (sectionId == u"q5")
        show(form, u"questionLabel"_s, bold(FormText::question5()));
    else if (sectionId == u"training")
        training(form);
    else if (sectionId == u"access")
        show(form, u"questionLabel"_s, bold(FormText::accessModesQuestion()));
}
