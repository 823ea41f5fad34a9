#include "Sections.h"

#include "DocumentUndoKeys.h"
#include "FormWording.h"
#include "ReviewSection.h"
#include "RuleExplanations.h"
#include "WrappedChoices.h"
#include "model/SectionTitles.h"

#include <QLabel>

#include "ui_accessForm.h"
#include "ui_question1Form.h"
#include "ui_question2Form.h"
#include "ui_question3Form.h"
#include "ui_question4Form.h"
#include "ui_question5Form.h"
#include "ui_reviewForm.h"
#include "ui_screeningForm.h"
#include "ui_signaturesForm.h"
#include "ui_summaryForm.h"
#include "ui_trainingForm.h"

using namespace Qt::StringLiterals;

namespace {

// The generated Ui class only holds pointers to widgets owned by the form.
template <typename Ui> SectionForm make(const QString &id, void (*prepare)(QWidget *) = nullptr)
{
    auto *form = new QWidget;
    Ui ui;
    ui.setupUi(form);
    applyFormWording(id, form);
    if (prepare)
        prepare(form);
    wrapLongChoices(form);
    routeUndoKeysToDocument(form);
    // The title is core's, the same the CLI reports: the form itself carries none.
    const QString title = smout::sectionTitle(id);
    form->setWindowTitle(title);
    if (auto *header = form->findChild<QLabel *>(u"sectionTitle"_s))
        header->setText(title);
    return {id, title, form};
}

} // namespace

QList<SectionForm> createSectionForms()
{
    return {
        make<Ui::ScreeningForm>(u"screening"_s),   make<Ui::SummaryForm>(u"summary"_s),
        make<Ui::Question1Form>(u"q1"_s),          make<Ui::Question2Form>(u"q2"_s),
        make<Ui::Question3Form>(u"q3"_s),          make<Ui::Question4Form>(u"q4"_s),
        make<Ui::Question5Form>(u"q5"_s, prepareRuleExplanations),
        make<Ui::TrainingForm>(u"training"_s),
        make<Ui::AccessForm>(u"access"_s),         make<Ui::ReviewForm>(u"review"_s, prepareReviewForm),
        make<Ui::SignaturesForm>(u"signatures"_s),
    };
}
