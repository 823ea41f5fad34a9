// Drives the window under a real screen reader (tests/gui/orca/orca-speaks.sh): focuses the
// role switcher, then as the reviewer the read-only Component, then as the program office
// moves a day in a date's calendar and empties question 1's description so that a new error
// appears, and
// waits long enough for it to be announced. What Orca says is checked in its debug log.
// The steps run from the event loop (not QTest::qWait, which answers Orca's many queries
// only every 10 ms and so starves it).

#include "DateField.h"
#include "FindingsAnnouncer.h"
#include "../GuiTestBase.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTimer>

using namespace guitest;

int main(int argc, char **argv)
{
    isolate();
    QApplication app(argc, argv);
    nameApplication();
    installTranslations();
    const auto window = activeWindowWith(u"fictional-uscis-benefit-fraud.smout"_s);
    if (!window)
        return 2;
    auto *role = window->findChild<QComboBox *>(u"roleSwitch"_s);
    auto *description = field<QPlainTextEdit>(*window, u"q1"_s, u"q1Description"_s);
    auto *component = field<QComboBox>(*window, u"summary"_s, u"component"_s);
    auto *date = field<DateField>(*window, u"summary"_s, u"dateSubmitted"_s);
    window->showSection(0);
    QTimer::singleShot(2000, role, [role] { role->setFocus(Qt::TabFocusReason); });
    // The reviewer reads the program office's component, read-only.
    QTimer::singleShot(3500, component, [&window, component] {
        window->model()->setRole(Role::Reviewer);
        window->showSection(window->sectionIndex(u"summary"_s));
        component->setFocus(Qt::TabFocusReason);
    });
    // The program office opens a date's calendar: its days are spoken as dates, not numbers.
    QTimer::singleShot(5000, date, [&window, date] {
        window->model()->setRole(Role::Author);
        window->showSection(window->sectionIndex(u"summary"_s));
        date->setFocus(Qt::TabFocusReason);
        date->showCalendar();
    });
    QTimer::singleShot(6000, date, [date] {
        if (auto *calendar = date->findChild<QCalendarWidget *>(); calendar
            && calendar->focusWidget())
            QTest::keyClick(calendar->focusWidget(), Qt::Key_Right);
    });
    QTimer::singleShot(7000, date, [date] {
        if (auto *calendar = date->findChild<QCalendarWidget *>(); calendar
            && calendar->focusWidget())
            QTest::keyClick(calendar->focusWidget(), Qt::Key_Escape);
    });
    QTimer::singleShot(7500, description, [&window, description] {
        window->model()->setRole(Role::Author);
        window->showSection(window->sectionIndex(u"q1"_s));
        description->setFocus(Qt::TabFocusReason);
    });
    QTimer::singleShot(9000, description, [description] {
        QTest::keyClick(description, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(description, Qt::Key_Delete);
    });
    QTimer::singleShot(9000 + FindingsAnnouncer::PauseMs + 3000, &app, [] {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        QApplication::quit();
    });
    return QApplication::exec();
}
