// The keyboard in groups of options (issue 32, item 6): in a role that may only read an
// answer, Tab lands on the chosen option and the arrow keys move the focus through the
// options without changing the answer; where the role may change it, Up and Down choose as
// Left and Right do.

#include "GuiTestBase.h"
#include "ReadOnlyChoice.h"

#include <QButtonGroup>
#include <QListWidget>
#include <QRadioButton>

using namespace guitest;

namespace {

bool tabStop(QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

// Every widget that takes the focus on the way from the first Tab stop of `form` until Tab leaves it.
QList<QWidget *> tabWalk(QWidget *form)
{
    QWidget *first = form->nextInFocusChain();
    while (first != form && !(form->isAncestorOf(first) && tabStop(first)))
        first = first->nextInFocusChain();
    if (first == form)
        return {};
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{first};
    for (int step = 0; step < 1000; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *to = QApplication::focusWidget();
        if (!to || !form->isAncestorOf(to) || visited.contains(to))
            break;
        visited << to;
    }
    return visited;
}

} // namespace

class TestGuiRadioKeys : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;

private Q_SLOTS:
    void init()
    {
        window = activeWindowWith(u"ice-2012-social-media-enforcement.smout"_s);
        QVERIFY(window);
    }
    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        window.reset();
    }

    void tabReachesEveryChosenAnswerItMayNotChange_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("program office") << u"author"_s;
        QTest::newRow("counsel") << u"counsel"_s;
        QTest::newRow("reviewer") << u"reviewer"_s;
    }

    void tabReachesEveryChosenAnswerItMayNotChange()
    {
        QFETCH(QString, role);
        window->model()->setRole(*fromCode<Role>(role));
        QStringList reached, missed;
        for (int s = 0; s < window->navigator()->count(); ++s) {
            window->showSection(s);
            QApplication::processEvents();
            QWidget *form = window->sectionForm(s);
            const QList<QWidget *> walked = tabWalk(form);
            for (QRadioButton *r : form->findChildren<QRadioButton *>()) {
                if (!r->isChecked() || !r->isVisible() || !isChoiceReadOnly(r))
                    continue;
                (walked.contains(r) ? reached : missed) << r->objectName();
            }
        }
        QVERIFY2(missed.isEmpty(), qPrintable(u"Tab never reaches the chosen "_s + missed.join(u", "_s)));
        if (role != u"author"_s) {
            // The program office's answers, read by counsel and the reviewer.
            for (const QString &name : {u"q3Status_operational"_s, u"rule_equipment_no"_s, u"rule_email_accounts_no"_s,
                                        u"rule_privacy_settings_no"_s, u"rule_pii_collection_no"_s,
                                        u"rule_documentation_no"_s, u"rule_training_no"_s})
                QVERIFY2(reached.contains(name), qPrintable(name + u" is not reached; reached: "_s + reached.join(u", "_s)));
        } else {
            QVERIFY2(reached.contains(u"outcome_met"_s), qPrintable(reached.join(u", "_s))); // the reviewer's decision
        }
    }

    void arrowsMoveTheFocusNotTheAnswerWhereReadOnly()
    {
        window->model()->setRole(Role::Reviewer);
        auto *yes = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_yes"_s);
        auto *no = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_no"_s);
        QApplication::processEvents();
        QVERIFY(isChoiceReadOnly(no) && no->isChecked());
        no->setFocus(Qt::TabFocusReason);
        for (const auto key : {Qt::Key_Left, Qt::Key_Up}) {
            no->setFocus(Qt::TabFocusReason);
            QTest::keyClick(no, key);
            QCOMPARE(QApplication::focusWidget(), yes);
            QVERIFY(no->isChecked() && !yes->isChecked());
        }
        for (const auto key : {Qt::Key_Right, Qt::Key_Down}) {
            yes->setFocus(Qt::TabFocusReason);
            QTest::keyClick(yes, key);
            QCOMPARE(QApplication::focusWidget(), no);
        }
        QCOMPARE(window->model()->value(u"questions.q5_rules.equipment.answer"_s).toString(), u"no"_s);
        QCOMPARE(window->model()->undoStack()->count(), 0);
        // Having looked at the other option, Tab away and back lands on the chosen one again.
        no->setFocus(Qt::TabFocusReason);
        QTest::keyClick(no, Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), yes);
        QTest::keyClick(yes, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        QVERIFY(after != yes && after != no);
        QTest::keyClick(after, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), no);
    }

    void upAndDownChooseAsLeftAndRightWhereEditable()
    {
        window->model()->setRole(Role::Author);
        auto *yes = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_yes"_s);
        auto *no = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_no"_s);
        QApplication::processEvents();
        QVERIFY(!isChoiceReadOnly(no) && no->isChecked());
        no->setFocus(Qt::TabFocusReason);
        QTest::keyClick(no, Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), yes);
        QVERIFY(yes->isChecked());
        QCOMPARE(window->model()->value(u"questions.q5_rules.equipment.answer"_s).toString(), u"yes"_s);
        QTest::keyClick(yes, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), no);
        QCOMPARE(window->model()->value(u"questions.q5_rules.equipment.answer"_s).toString(), u"no"_s);
        QTest::keyClick(no, Qt::Key_Down); // the last option: stays
        QCOMPARE(QApplication::focusWidget(), no);
        QTest::keyClick(no, Qt::Key_Left);
        QTest::keyClick(yes, Qt::Key_Right);
        QCOMPARE(window->model()->value(u"questions.q5_rules.equipment.answer"_s).toString(), u"no"_s);
        // A vertical list of options: Down goes to the next one below and chooses it.
        auto *development = field<QRadioButton>(*window, u"q3"_s, u"q3Status_in_development"_s);
        auto *operational = field<QRadioButton>(*window, u"q3"_s, u"q3Status_operational"_s);
        QApplication::processEvents();
        operational->setFocus(Qt::TabFocusReason);
        QTest::keyClick(operational, Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), development);
        QCOMPARE(window->model()->value(u"questions.q3_status"_s).toString(), u"in_development"_s);
        QTest::keyClick(development, Qt::Key_Down);
        QCOMPARE(window->model()->value(u"questions.q3_status"_s).toString(), u"operational"_s);
    }
};

GUITEST_MAIN(TestGuiRadioKeys)
#include "tst_gui_radio_keys.moc"
