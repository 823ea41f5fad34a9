// The smaller screen-reader and keyboard defects of issue 32, item 8: no Tab stop that
// chooses nothing, and nothing focusable that Tab never reaches.

#include "ContrastStyle.h"
#include "GuiTestBase.h"
#include "ListEditor.h"
#include "OwnerBanner.h"
#include "RequestsDock.h"

#include <QAccessible>
#include <QDockWidget>
#include <QListWidget>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTableWidget>

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

// The colour of the darkest pixel of `area` in `image`: a border drawn there, when the area
// holds nothing darker (an empty box, a field's edge).
QColor darkest(const QImage &image, const QRect &area)
{
    QColor found = Qt::white;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.rect().contains(x, y) && qGray(image.pixel(x, y)) < qGray(found.rgb()))
                found = image.pixelColor(x, y);
    return found;
}

QImage rendered(QWidget *w)
{
    return w->grab().toImage().scaled(w->size()); // one pixel per logical pixel
}

} // namespace

class TestGuiSmallA11y : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;
    MainWindow *window_() { return window.get(); }

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

    // Qt 6.4's table interface has no read-only state: its description says it instead.
    void aReadOnlyTableSaysSo()
    {
        auto *contacts = field<ListEditor>(*window, u"summary"_s, u"contacts"_s);
        auto description = [contacts] {
            return QAccessible::queryAccessibleInterface(contacts->table())->text(QAccessible::Description);
        };
        QVERIFY2(!description().contains(u"read-only"_s), qPrintable(description()));
        QVERIFY(description().contains(u"F2 edits a cell"_s));
        window->model()->setRole(Role::Reviewer);
        QVERIFY2(description().contains(u"read-only for your role"_s), qPrintable(description()));
        QVERIFY(!description().contains(u"F2 edits"_s));
        window->model()->setRole(Role::Author);
        QVERIFY(!description().contains(u"read-only"_s));
    }

    void selectedRowsStandOut()
    {
        auto *contacts = field<ListEditor>(*window, u"summary"_s, u"contacts"_s);
        const QPalette p = contacts->table()->palette();
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            const double ratio = contrastRatio(p.color(group, QPalette::Highlight), p.color(group, QPalette::HighlightedText));
            QVERIFY2(ratio >= 4.5, qPrintable(u"selected row text at %1:1"_s.arg(ratio, 0, 'f', 2)));
        }
    }

    void unfocusedBordersStandOutFromTheWindow()
    {
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0
            && !QApplication::style()->inherits("QProxyStyle"))
            QSKIP("the borders are Fusion's; another style draws its own");
        const QColor window = window_()->palette().color(QPalette::Window);
        auto *box = field<QCheckBox>(*window_(), u"q1"_s, u"q1_criminal_investigations"_s);
        QApplication::processEvents();
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        box->setChecked(false);
        const double boxRatio = contrastRatio(darkest(rendered(box), indicator), window);
        QVERIFY2(boxRatio >= 3.0, qPrintable(u"check box border at %1:1"_s.arg(boxRatio, 0, 'f', 2)));

        auto *yes = field<QRadioButton>(*window_(), u"q5"_s, u"rule_equipment_yes"_s);
        QRadioButton *radio = yes->isChecked() ? field<QRadioButton>(*window_(), u"q5"_s, u"rule_equipment_no"_s) : yes;
        QApplication::processEvents();
        option.initFrom(radio);
        const QRect dot = radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio);
        QVERIFY(!radio->isChecked());
        const double radioRatio = contrastRatio(darkest(rendered(radio), dot), window);
        QVERIFY2(radioRatio >= 3.0, qPrintable(u"radio button border at %1:1"_s.arg(radioRatio, 0, 'f', 2)));

        auto *line = field<QLineEdit>(*window_(), u"q4"_s, u"q4Title"_s);
        QApplication::processEvents();
        QVERIFY(!line->hasFocus());
        const QImage image = rendered(line);
        const double lineRatio = contrastRatio(darkest(image, QRect(0, line->height() / 2 - 2, 2, 4)), window);
        QVERIFY2(lineRatio >= 3.0, qPrintable(u"line edit border at %1:1"_s.arg(lineRatio, 0, 'f', 2)));
    }

    void aMultiLineFieldShowsItsFocusWithARing()
    {
        auto *text = field<QPlainTextEdit>(*window_(), u"q1"_s, u"q1Description"_s);
        QApplication::processEvents();
        const QColor window = window_()->palette().color(QPalette::Window);
        const QRect edge(0, text->height() / 2 - 2, 2, 4);
        window_()->findChild<QListWidget *>()->setFocus();
        const QColor unfocused = darkest(rendered(text), edge);
        text->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        const QImage focused = rendered(text);
        const QColor ring = focused.pixelColor(0, text->height() / 2), inner = focused.pixelColor(1, text->height() / 2);
        QVERIFY2(contrastRatio(ring, window) >= 3.0, qPrintable(ring.name()));
        QCOMPARE(inner.name(), ring.name()); // two pixels wide
        QVERIFY2(ring.name() != unfocused.name(), qPrintable(ring.name() + u" unfocused "_s + unfocused.name()));
        QVERIFY2(contrastRatio(unfocused, window) >= 3.0, qPrintable(unfocused.name()));
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
