// The welcome page: shown instead of an empty document with its errors; a new SMOUT starts
// for the chosen component; Open, an example and a recent file each open their document
// and show the forms.

#include "GuiTestBase.h"

#include <QAction>
#include "WelcomePage.h"

#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

using namespace guitest;

class TestGuiWelcome : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    static void welcome(MainWindow &window)
    {
        window.showWelcome();
        QVERIFY(window.welcomeShown());
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(u"findingsDock"_s)->isVisible());
    }

private Q_SLOTS:
    void newWithComponent()
    {
        MainWindow window;
        window.show();
        welcome(window);
        QComboBox *component = window.welcomePage()->componentChoice();
        const int uscis = component->findData(u"USCIS"_s);
        QVERIFY(uscis > 0);
        component->setCurrentIndex(uscis);
        window.welcomePage()->findChild<QPushButton *>(u"welcomeNew"_s)->click();
        QVERIFY(!window.welcomeShown());
        QVERIFY(window.findChild<QDockWidget *>(u"findingsDock"_s)->isVisible());
        QCOMPARE(window.model()->document().summary.component, u"USCIS"_s);
        QVERIFY(!window.model()->isModified());
        QCOMPARE(window.currentSection(), 0);
    }

    void openExample()
    {
        MainWindow window;
        window.show();
        welcome(window);
        const auto examples =
            window.welcomePage()->findChildren<QPushButton *>(u"welcomeExample"_s);
        QCOMPARE(examples.size(), 2);
        examples.first()->click();
        QVERIFY(!window.welcomeShown());
        QVERIFY(!window.model()->document().summary.component.isEmpty());
        QCOMPARE(countOf(window.model()->findings(), Severity::Error), 0);
        QVERIFY2(window.model()->filePath().isEmpty(),
                 "an example is saved as a new file, never over the bundled one");
        // Named by where it came from until it is saved, not "Untitled SMOUT".
        QVERIFY2(window.windowTitle().contains(u".smout (example)"_s), qPrintable(window.windowTitle()));
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == u"&New"_s)
                a->trigger();
        QVERIFY2(window.windowTitle().startsWith(u"Untitled SMOUT"_s), qPrintable(window.windowTitle()));
    }

    void openFileAndRecent()
    {
        const QString copy = dir.filePath(u"ice.smout"_s);
        QVERIFY(QFile::copy(example(u"ice-2012-social-media-enforcement.smout"_s), copy));
        {
            MainWindow window;
            window.show();
            welcome(window);
            Dialogs::setNextFileName(copy);
            window.welcomePage()->findChild<QPushButton *>(u"welcomeOpen"_s)->click();
            QVERIFY(!window.welcomeShown());
            QCOMPARE(window.model()->filePath(), QFileInfo(copy).absoluteFilePath());
        }
        MainWindow window;
        window.show();
        welcome(window);
        QListWidget *recent = window.welcomePage()->recentList();
        QVERIFY(recent->count() >= 1);
        QListWidgetItem *first = recent->item(0);
        QVERIFY(first->text().contains(u"ice.smout"_s));
        Q_EMIT recent->itemActivated(first);
        QVERIFY(!window.welcomeShown());
        QCOMPARE(window.model()->filePath(), QFileInfo(copy).absoluteFilePath());
    }

    void noRecentFilesSaysSo()
    {
        QSettings().remove(u"recentFiles"_s);
        MainWindow window;
        window.show();
        welcome(window);
        QListWidget *recent = window.welcomePage()->recentList();
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->flags(), Qt::NoItemFlags);
    }
};

GUITEST_MAIN(TestGuiWelcome)
#include "tst_gui_welcome.moc"
