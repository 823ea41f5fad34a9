// Windows on a 1024×700 screen: the main window and the Inventory window shrink to it with
// their status lines, counts and buttons whole; both open where and as large as they were
// last closed, and never beyond the screen. The Signatures panel and the Release Review dock
// show their text and buttons whole there. With SMOUT_SCREENSHOTS=DIR, the windows as tested
// are saved there as PNG files to be looked at.

#include "GuiTestBase.h"
#include "InventoryWindow.h"
#include "RedactionMarker.h"
#include "ReleaseReviewView.h"
#include "SignaturesPanel.h"
#include "editing/MarkingCommand.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

using namespace guitest;

namespace {

const QSize smallScreen(1024, 700);
// What a window manager's title bar and borders may take of the screen.
const QSize frameAllowance(16, 40);

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SMOUT_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + u".png"_s);
}

// Whole: shown, inside the window, and at least as large as its text needs.
QString clipped(QWidget *w)
{
    QWidget *window = w->window();
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    if (!w->isVisible())
        return w->objectName() + u" is hidden"_s;
    if (!window->rect().contains(inWindow))
        return u"%1 lies outside the window (%2,%3 %4×%5)"_s.arg(w->objectName()).arg(inWindow.x()).arg(inWindow.y())
            .arg(inWindow.width()).arg(inWindow.height());
    if (w->visibleRegion().boundingRect().size() != w->size())
        return u"%1 %2 is partly covered (%3×%4 of %5×%6 seen)"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
            .arg(w->visibleRegion().boundingRect().width()).arg(w->visibleRegion().boundingRect().height()).arg(w->width()).arg(w->height());
    const QSize needs = w->minimumSizeHint();
    if (auto *button = qobject_cast<QAbstractButton *>(w); button && w->width() < w->sizeHint().width())
        return u"\u201c%1\u201d is %2 px wide, its text needs %3"_s.arg(button->text()).arg(w->width()).arg(w->sizeHint().width());
    if (needs.isValid() && (w->width() < needs.width() || w->height() < needs.height()))
        return u"%1 is %2×%3, needs %4×%5"_s.arg(w->objectName()).arg(w->width()).arg(w->height()).arg(needs.width()).arg(needs.height());
    return {};
}

} // namespace

class TestGuiScreens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        QSettings().remove(u"windows"_s);
    }

    void theMainWindowFitsA1024x700Screen()
    {
        MainWindow window;
        QVERIFY(window.minimumSizeHint().width() <= smallScreen.width() - frameAllowance.width());
        QVERIFY2(window.minimumSizeHint().height() <= smallScreen.height() - frameAllowance.height(),
                 qPrintable(QString::number(window.minimumSizeHint().height())));
        window.resize(smallScreen - frameAllowance);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        QApplication::processEvents();
        QCOMPARE(window.size(), smallScreen - frameAllowance);
        QLabel *counts = nullptr;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            if (label->text().contains(u"error"_s))
                counts = label;
        QVERIFY(counts);
        QVERIFY2(clipped(counts).isEmpty(), qPrintable(clipped(counts)));
        QVERIFY2(clipped(window.findingsView()).isEmpty(), qPrintable(clipped(window.findingsView())));
        saveScreenshot(&window, u"main-1024x700"_s);
    }

    void theInventoryFitsA1024x700Screen()
    {
        MainWindow main;
        InventoryWindow inventory(&main);
        QVERIFY(inventory.minimumSizeHint().width() <= smallScreen.width() - frameAllowance.width());
        QVERIFY2(inventory.minimumSizeHint().height() <= smallScreen.height() - frameAllowance.height(),
                 qPrintable(QString::number(inventory.minimumSizeHint().height())));
        inventory.resize(smallScreen - frameAllowance);
        inventory.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inventory));
        QTRY_VERIFY(!inventory.busy());
        QCOMPARE(inventory.size(), smallScreen - frameAllowance);
        QPushButton *access = nullptr;
        for (QPushButton *b : inventory.findChildren<QPushButton *>())
            if (b->text().contains(u"Access"_s))
                access = b;
        QVERIFY(access);
        QVERIFY2(clipped(access).isEmpty(), qPrintable(clipped(access)));
        auto *message = inventory.findChild<QLabel *>(u"inventoryMessage"_s);
        QVERIFY(message && !message->text().isEmpty());
        QVERIFY2(clipped(message).isEmpty(), qPrintable(clipped(message)));
        auto *chart = inventory.findChild<QWidget *>(u"inventoryChart"_s);
        QVERIFY(chart);
        QVERIFY2(clipped(chart).isEmpty(), qPrintable(clipped(chart)));
        saveScreenshot(&inventory, u"inventory-1024x700"_s);
    }

    void windowsOpenAsLastClosed()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize chosen = QSize(700, 520).boundedTo(available.size() - QSize(20, 20));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(chosen);
            window.move(available.topLeft() + QPoint(10, 10));
            QApplication::processEvents();
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), chosen);
        {
            MainWindow main;
            InventoryWindow inventory(&main);
            inventory.show();
            QVERIFY(QTest::qWaitForWindowExposed(&inventory));
            inventory.resize(chosen - QSize(10, 10));
            QApplication::processEvents();
            inventory.close();
            QTRY_VERIFY(!inventory.busy());
        }
        MainWindow main;
        InventoryWindow inventory(&main);
        QCOMPARE(inventory.size(), chosen - QSize(10, 10));
        QTRY_VERIFY(!inventory.busy());
    }

    void aRememberedSizeLargerThanTheScreenIsShrunkToIt()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            // As saved on a larger screen since unplugged: far larger, and off to the side.
            MainWindow window;
            window.setGeometry(QRect(available.topLeft() + QPoint(3000, 2000), QSize(2600, 1800)));
            window.close();
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(u"in %1×%2: %3,%4 %5×%6"_s.arg(available.width()).arg(available.height()).arg(window.frameGeometry().x()).arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width()).arg(window.frameGeometry().height())));
    }

    void signaturesAndReleaseReviewShowTheirTextAt1024x700()
    {
        MainWindow window;
        window.resize(smallScreen - frameAllowance);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window.showSection(window.sectionIndex(u"signatures"_s));
        // With markings the Release Review dock is shown at the right of the forms.
        QVERIFY(release::addMarking(*window.model(), {u"questions.q3_status"_s, {}, {}, u"(b)(5)"_s, {}}).ok());
        QVERIFY(release::addMarking(*window.model(), {u"summary.contacts[0].email"_s, {}, {}, u"(b)(6)"_s, {}}).ok());
        window.redactionMarker()->reviewDock()->show();
        QApplication::processEvents();
        saveScreenshot(&window, u"signatures-1024x700"_s);
        SignaturesPanel *panel = window.signaturesPanel();
        QWidget *form = window.sectionForm(window.sectionIndex(u"signatures"_s));
        auto *scroll = qobject_cast<QScrollArea *>(form->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
                 qPrintable(u"the section is %1 px wide in a %2 px view"_s.arg(form->minimumSizeHint().width()).arg(scroll->viewport()->width())));
        for (QPushButton *button : panel->findChildren<QPushButton *>())
            QVERIFY2(clipped(button).isEmpty(), qPrintable(clipped(button)));
        QTRY_VERIFY2(panel->list()->header()->length() <= panel->list()->viewport()->width(),
                 qPrintable(u"the signature columns take %1 px of a %2 px list"_s.arg(panel->list()->header()->length())
                                .arg(panel->list()->viewport()->width())));
        for (QComboBox *box : panel->findChildren<QComboBox *>())
            QVERIFY2(box->width() >= box->sizeHint().width() || !box->toolTip().isEmpty(),
                     qPrintable(box->currentText() + u" is cut and has no tool tip"_s));
        ReleaseReviewView *review = window.redactionMarker()->reviewView();
        for (QPushButton *button : review->findChildren<QPushButton *>())
            QVERIFY2(clipped(button).isEmpty(), qPrintable(clipped(button)));
        // Each word of a field's name fits its column (the name wraps, it is not cut short).
        QTreeWidget *markings = review->list();
        QCOMPARE(markings->topLevelItemCount(), 2);
        // A long name wraps onto more lines rather than being cut short.
        const int line = markings->fontMetrics().height();
        QTRY_VERIFY2(markings->visualItemRect(markings->topLevelItem(0)).height() >= 2 * line,
                     qPrintable(markings->topLevelItem(0)->text(0)));
        saveScreenshot(&window, u"signatures-1024x700"_s);
        for (int i = 0; i < markings->topLevelItemCount(); ++i)
            for (const QString &word : markings->topLevelItem(i)->text(0).split(u' '))
                QVERIFY2(markings->fontMetrics().horizontalAdvance(word) + 8 <= markings->columnWidth(0),
                         qPrintable(u"“%1” in a %2 px column"_s.arg(word).arg(markings->columnWidth(0))));
    }
};

GUITEST_MAIN(TestGuiScreens)
#include "tst_gui_screens.moc"
