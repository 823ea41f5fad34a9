// The window at the smallest supported size (1024×700): no section's form needs a
// horizontal scroll bar; long labels wrap instead.

#include "GuiTestBase.h"

#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>

using namespace guitest;

class TestGuiLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noSectionScrollsSidewaysAt1024()
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        QCOMPARE(window.width(), 1024);
        for (int s = 0; s < window.navigator()->count(); ++s) {
            window.showSection(s);
            QApplication::processEvents();
            QWidget *form = window.sectionForm(s);
            auto *scroll = qobject_cast<QScrollArea *>(form->parentWidget()->parentWidget());
            QVERIFY(scroll);
            QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
                     qPrintable(form->windowTitle() + u": "_s + QString::number(form->minimumSizeHint().width())
                                + u" px wide in a "_s + QString::number(scroll->viewport()->width()) + u" px view"_s));
        }
    }
};

GUITEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
