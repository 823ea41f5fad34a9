// Click targets stay put while the user answers: an answered rule's inline error goes, but
// its room stays while the section is shown, so the next rule's buttons do not jump up under
// the pointer; the Findings dock keeps its height as findings come and go while editing.

#include "GuiTestBase.h"

#include <QDockWidget>
#include <QLabel>
#include <QRadioButton>
#include <QTreeWidget>

using namespace guitest;

class TestGuiClickTargets : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;

    int yInForm(QWidget *w) const
    {
        return w->mapTo(window->sectionForm(window->sectionIndex(u"q5"_s)), QPoint(0, 0)).y();
    }

private Q_SLOTS:
    void init()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1024, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // A new document: every rule of question 5 is still unanswered, each with its error.
        window->model()->reset(SmoutDocument::createNew());
        QApplication::processEvents();
    }

    void cleanup() { window.reset(); }

    void answeringARuleDoesNotMoveTheNextOne()
    {
        auto *yes = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_yes"_s);
        auto *next = field<QRadioButton>(*window, u"q5"_s, u"rule_email_accounts_yes"_s);
        auto *message = field<QLabel>(*window, u"q5"_s, u"rule_equipmentRowMessage"_s);
        QApplication::processEvents();
        QVERIFY2(message->isVisible() && !message->text().isEmpty(), "the unanswered rule shows no error");
        const int before = yInForm(next);

        QTest::mouseClick(yes, Qt::LeftButton, {}, QPoint(4, yes->height() / 2));
        QCOMPARE(window->model()->value(u"questions.q5_rules.equipment.answer"_s).toString(), u"yes"_s);
        QApplication::processEvents();
        QVERIFY(!message->isVisible());
        QCOMPARE(yInForm(next), before);

        // Another section and back: nothing is under the pointer any more, the room is given back.
        window->showSection(window->sectionIndex(u"summary"_s));
        QApplication::processEvents();
        window->showSection(window->sectionIndex(u"q5"_s));
        QApplication::processEvents();
        QVERIFY2(yInForm(next) < before, qPrintable(u"%1 → %2"_s.arg(before).arg(yInForm(next))));
    }

    void theFindingsDockKeepsItsHeightWhileEditing()
    {
        // A complete document: two findings, a dock a few rows tall.
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        auto *dock = window->findChild<QDockWidget *>(u"findingsDock"_s);
        QTreeWidget *view = window->findingsView();
        QTRY_VERIFY(dock->isVisible());
        QTest::qWait(50);
        const int height = dock->height();
        const int rows = view->topLevelItemCount();
        // Rules unanswered one by one: many more findings, the rows and the forms stay where they are.
        for (const QString &rule : {u"equipment"_s, u"email_accounts"_s, u"public_interaction"_s, u"privacy_settings"_s,
                                   u"pii_collection"_s, u"pii_safeguards"_s, u"documentation"_s, u"training"_s})
            QVERIFY(window->model()->setValue(u"questions.q5_rules."_s + rule + u".answer"_s, QJsonValue::Null).ok());
        QApplication::processEvents();
        QVERIFY(view->topLevelItemCount() > rows + 4);
        QTest::qWait(50);
        QCOMPARE(dock->height(), height);
    }
};

GUITEST_MAIN(TestGuiClickTargets)
#include "tst_gui_click_targets.moc"
