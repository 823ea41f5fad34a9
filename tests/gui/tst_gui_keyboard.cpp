// Keyboard-only walks: Tab from the start of every section reaches every control of it in
// turn and leaves at the end, never trapped; a table's cell editor moves on with Tab and
// leaves the table after the last cell.

#include "GuiTestBase.h"
#include "ListEditor.h"

#include <QButtonGroup>
#include <QListWidget>
#include <QRadioButton>
#include <QTableWidget>

using namespace guitest;

namespace {

bool tabStop(QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

QString describe(QWidget *w)
{
    return w ? QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName() : u"nothing"_s;
}

} // namespace

class TestGuiKeyboard : public QObject {
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

    void tabWalksEverySection_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("program office") << u"author"_s;
        QTest::newRow("reviewer") << u"reviewer"_s;
    }

    void tabWalksEverySection()
    {
        QFETCH(QString, role);
        window->model()->setRole(*fromCode<Role>(role));
        for (int s = 0; s < window->navigator()->count(); ++s) {
            window->showSection(s);
            QWidget *form = window->sectionForm(s);
            QApplication::processEvents();
            QList<QWidget *> stops;
            for (QWidget *w = form->nextInFocusChain(); w != form; w = w->nextInFocusChain())
                if (form->isAncestorOf(w) && tabStop(w) && !stops.contains(w))
                    stops << w;
            if (stops.isEmpty())
                continue;
            stops.constFirst()->setFocus(Qt::TabFocusReason);
            QList<QWidget *> visited{stops.constFirst()};
            for (int step = 0; step < 1000; ++step) {
                QWidget *from = QApplication::focusWidget();
                QTest::keyClick(from, Qt::Key_Tab);
                QWidget *to = QApplication::focusWidget();
                QVERIFY2(to != from, qPrintable(u"Tab is trapped on "_s + describe(from) + u" in section "_s + form->windowTitle()));
                if (!to || !form->isAncestorOf(to))
                    break; // left the section after its last control
                QVERIFY2(!visited.contains(to), qPrintable(u"Tab goes round again to "_s + describe(to) + u" in "_s + form->windowTitle()));
                visited << to;
            }
            QStringList walked;
            for (QWidget *w : std::as_const(visited))
                walked << describe(w);
            // A row of radio buttons is one Tab stop (arrow keys choose within it).
            auto reached = [&visited](QWidget *w) {
                auto *radio = qobject_cast<QRadioButton *>(w);
                const auto group = radio && radio->group() ? radio->group()->buttons() : QList<QAbstractButton *>{};
                return std::any_of(visited.begin(), visited.end(), [&](QWidget *v) {
                    return v == w || w->isAncestorOf(v) || group.contains(qobject_cast<QAbstractButton *>(v));
                });
            };
            for (QWidget *w : std::as_const(stops))
                QVERIFY2(reached(w), qPrintable(u"Tab never reaches "_s + describe(w) + u" of "_s + describe(w->parentWidget())
                                                         + u" in section "_s + form->windowTitle() + u"; it went "_s + walked.join(u", "_s)));
        }
        window->model()->setRole(Role::Author);
    }

    void tabLeavesATableAfterItsLastCell()
    {
        auto *contacts = field<ListEditor>(*window, u"summary"_s, u"contacts"_s);
        QTableWidget *table = contacts->table();
        QVERIFY(table->rowCount() >= 1);
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_F2);
        const int cells = table->rowCount() * table->columnCount();
        int steps = 0;
        while (table->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == table) {
            QVERIFY2(++steps <= cells + 1, "Tab cycles through the cells");
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(steps, cells);
        QVERIFY(contacts->isAncestorOf(QApplication::focusWidget())); // its Add button comes next
        // Backwards from the first cell's editor leaves before the table.
        table->setFocus();
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY(!table->isAncestorOf(QApplication::focusWidget()) && QApplication::focusWidget() != table);
        // Typing in a cell and moving on with Tab keeps what was typed.
        table->setFocus();
        table->setCurrentCell(0, 3);
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"202-555-0100"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(window->model()->value(u"summary.contacts[0].phone"_s).toString(), u"202-555-0100"_s);
        QCOMPARE(table->currentColumn(), 4);
    }
};

GUITEST_MAIN(TestGuiKeyboard)
#include "tst_gui_keyboard.moc"
