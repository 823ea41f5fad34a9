// The smaller screen-reader and keyboard defects of issue 32, item 8: no Tab stop that
// chooses nothing, and nothing focusable that Tab never reaches.

#include "GuiTestBase.h"
#include "OwnerBanner.h"
#include "RequestsDock.h"

#include <QAccessible>
#include <QDockWidget>
#include <QListWidget>
#include <QTabBar>

using namespace guitest;

namespace {

// Every widget Tab reaches in the window, starting at `from`, once round.
QList<QWidget *> tabRound(QWidget *from)
{
    from->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{from};
    for (int step = 0; step < 3000; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *to = QApplication::focusWidget();
        if (!to || visited.contains(to))
            break;
        visited << to;
    }
    return visited;
}

} // namespace

class TestGuiSmallA11y : public QObject {
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

    void aOneTabDockBarIsNoTabStop()
    {
        auto *requests = window->findChild<RequestsDock *>();
        QVERIFY(requests);
        requests->show(); // two tabs: Findings and Requests
        QApplication::processEvents();
        QApplication::processEvents();
        const auto bars = [this] { return window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly); };
        QTabBar *two = nullptr;
        for (QTabBar *bar : bars())
            if (bar->isVisible() && bar->count() == 2)
                two = bar;
        QVERIFY(two);
        QVERIFY(two->focusPolicy() & Qt::TabFocus);
        requests->close(); // one tab left
        QApplication::processEvents();
        QApplication::processEvents();
        const QList<QTabBar *> left = bars();
        QVERIFY2(std::any_of(left.begin(), left.end(), [](QTabBar *bar) { return bar->isVisible() && bar->count() == 1; }),
                 "Qt no longer leaves a one-tab bar: the case this test is about");
        for (QTabBar *bar : left)
            if (bar->count() < 2)
                QVERIFY2(!(bar->focusPolicy() & Qt::TabFocus), "a dock tab bar with one tab is a Tab stop");
        const QList<QWidget *> round = tabRound(window->findChild<QListWidget *>());
        for (QWidget *w : round)
            if (auto *bar = qobject_cast<QTabBar *>(w))
                QVERIFY2(bar->count() > 1, "Tab lands on a one-tab bar");
    }

    // Not a Tab stop, so not offered to a screen reader as one either.
    void theReadOnlyBannerIsNotFocusable()
    {
        window->model()->setRole(Role::Reviewer);
        const int q1 = window->sectionIndex(u"q1"_s);
        window->showSection(q1);
        QApplication::processEvents();
        auto *banner = window->sectionForm(q1)->findChild<OwnerBanner *>();
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(u"You are signed in as"_s));
        QVERIFY(!QAccessible::queryAccessibleInterface(banner)->state().focusable);
        QTest::mouseClick(banner, Qt::LeftButton);
        QVERIFY(QApplication::focusWidget() != banner);
        window->model()->setRole(Role::Author);
    }
};

GUITEST_MAIN(TestGuiSmallA11y)
#include "tst_gui_small_a11y.moc"
