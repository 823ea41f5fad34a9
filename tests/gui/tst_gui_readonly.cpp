// Read-only stays readable (issue 21): a role that does not own a section still reaches its
// check boxes, radio buttons and combo boxes with Tab and hears them as read-only, but no
// click, key or wheel changes them or the document; the owning role edits them as before.

#include "GuiTestBase.h"
#include "ReadOnlyChoice.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QRadioButton>
#include <QWheelEvent>

using namespace guitest;

namespace {

bool heardReadOnly(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface && iface->state().readOnly;
}

// Tab from the start of the section until `target` has the focus; false when it never does.
bool tabReaches(QWidget *form, QWidget *target)
{
    QWidget *first = form->nextInFocusChain();
    while (first != form && !(first->isVisible() && first->isEnabled() && (first->focusPolicy() & Qt::TabFocus)))
        first = first->nextInFocusChain();
    first->setFocus(Qt::TabFocusReason);
    for (int step = 0; step < 400; ++step) {
        if (QApplication::focusWidget() == target)
            return true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    return false;
}

// A choice with its text in a label beside it takes clicks on its indicator only.
QPoint onIndicator(QWidget *button)
{
    return {6, button->height() / 2};
}

} // namespace

class TestGuiReadOnly : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;

private Q_SLOTS:
    void init()
    {
        window = activeWindowWith(u"fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(window);
    }
    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        window.reset();
    }

    void programOfficeReadsTheReviewWithoutChangingIt()
    {
        DocumentModel *model = window->model();
        model->setRole(Role::Author);
        auto *met = field<QRadioButton>(*window, u"review"_s, u"outcome_met"_s);
        auto *notMet = field<QRadioButton>(*window, u"review"_s, u"outcome_not_met"_s);
        auto *category = field<QCheckBox>(*window, u"review"_s, u"rc_law_enforcement_intelligence"_s);
        QWidget *form = window->sectionForm(window->sectionIndex(u"review"_s));
        const QJsonValue outcome = model->value(u"review.determination.outcome"_s);
        const QJsonValue categories = model->value(u"review.categories"_s);
        const bool metWas = met->isChecked(), notMetWas = notMet->isChecked(), categoryWas = category->isChecked();

        // The determination: Tab lands on its chosen answer (or the first), heard as read-only.
        QWidget *answer = notMet->isChecked() ? notMet : met;
        QVERIFY2(tabReaches(form, answer), "Tab never reaches the determination");
        QVERIFY(heardReadOnly(answer));
        QVERIFY(tabReaches(form, category));
        QVERIFY(heardReadOnly(category));
        QCOMPARE(QAccessible::queryAccessibleInterface(category)->role(), QAccessible::CheckBox);
        QCOMPARE(QAccessible::queryAccessibleInterface(met)->role(), QAccessible::RadioButton);
        QVERIFY(!QAccessible::queryAccessibleInterface(met)->text(QAccessible::Name).isEmpty());

        for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{met, notMet, category}) {
            QTest::mouseClick(button, Qt::LeftButton, {}, onIndicator(button));
            QCOMPARE(QApplication::focusWidget(), button); // a click still says where the user is
            QTest::keyClick(button, Qt::Key_Space);
            QTest::keyClick(button, Qt::Key_Down);
            QTest::keyClick(button, Qt::Key_Right);
        }
        QCOMPARE(met->isChecked(), metWas);
        QCOMPARE(notMet->isChecked(), notMetWas);
        QCOMPARE(category->isChecked(), categoryWas);
        QCOMPARE(model->value(u"review.determination.outcome"_s), outcome);
        QCOMPARE(model->value(u"review.categories"_s), categories);
        QCOMPARE(model->undoStack()->count(), 0);

        // The reviewer owns the section: the same controls edit again and are no longer read-only.
        model->setRole(Role::Reviewer);
        QVERIFY(!heardReadOnly(category));
        QTest::mouseClick(category, Qt::LeftButton, {}, onIndicator(category));
        QCOMPARE(category->isChecked(), !categoryWas);
        QVERIFY(model->value(u"review.categories"_s) != categories);
        QWidget *other = met->isChecked() ? static_cast<QWidget *>(notMet) : met;
        other->setFocus();
        QTest::keyClick(other, Qt::Key_Space);
        QCOMPARE(model->value(u"review.determination.outcome"_s).toString(),
                 other == met ? u"met"_s : u"not_met"_s);
    }

    void reviewerReadsTheComponentWithoutChangingIt()
    {
        DocumentModel *model = window->model();
        model->setRole(Role::Reviewer);
        auto *component = field<QComboBox>(*window, u"summary"_s, u"component"_s);
        QWidget *form = window->sectionForm(window->sectionIndex(u"summary"_s));
        const QJsonValue was = model->value(u"summary.component"_s);
        const int index = component->currentIndex();
        QVERIFY(tabReaches(form, component));
        QVERIFY(heardReadOnly(component));
        QCOMPARE(QAccessible::queryAccessibleInterface(component)->role(), QAccessible::ComboBox);
        QCOMPARE(QAccessible::queryAccessibleInterface(component)->text(QAccessible::Value), component->currentText());

        QTest::mouseClick(component, Qt::LeftButton);
        QVERIFY(!component->view()->isVisible()); // no popup
        for (const auto key : {Qt::Key_Down, Qt::Key_Up, Qt::Key_End, Qt::Key_Home, Qt::Key_Space, Qt::Key_F4, Qt::Key_A})
            QTest::keyClick(component, key);
        QTest::keyClick(component, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(!component->view()->isVisible());
        const QPoint centre = component->rect().center();
        QWheelEvent wheel(centre, component->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(component, &wheel);
        QCOMPARE(component->currentIndex(), index);
        QCOMPARE(model->value(u"summary.component"_s), was);

        model->setRole(Role::Author);
        QVERIFY(!heardReadOnly(component));
        component->setFocus();
        QTest::keyClick(component, index + 1 < component->count() ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(component->currentIndex() != index);
        QVERIFY(model->value(u"summary.component"_s) != was);
    }
};

GUITEST_MAIN(TestGuiReadOnly)
#include "tst_gui_readonly.moc"
