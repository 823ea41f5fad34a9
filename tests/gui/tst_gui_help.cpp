// Help: Help → User Guide opens the shipped guide in the application, Keyboard Shortcuts
// lists the window's shortcuts, every question's field explains what the Privacy Office
// looks for (not its label again), and the navigator names each section's owner and marks
// the sections the current role can edit.

#include "GuiTestBase.h"
#include "UserGuideWindow.h"

#include <QAction>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace guitest;

namespace {

QAction *helpAction(MainWindow &window, const QString &text)
{
    for (QAction *top : window.menuBar()->actions())
        if (top->text().remove(u'&') == u"Help"_s)
            for (QAction *a : top->menu()->actions())
                if (a->text().remove(u'&') == text)
                    return a;
    return nullptr;
}

} // namespace

class TestGuiHelp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void userGuideOpensInTheApplication()
    {
        MainWindow window;
        window.show();
        QAction *guide = helpAction(window, u"User Guide"_s);
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        auto *shown = window.findChild<UserGuideWindow *>(u"userGuide"_s);
        QVERIFY(shown && shown->isVisible());
        QVERIFY(shown->browser()->toPlainText().contains(u"What a SMOUT is"_s));
        QVERIFY(shown->browser()->toPlainText().contains(u"Import Certificate"_s));
        // The signing order, with its one picture, found and drawable.
        QVERIFY(shown->browser()->toPlainText().contains(u"The signing order"_s));
        QVERIFY(shown->browser()->toPlainText().contains(u"File \u2192 Send to Counsel\u2026"_s));
        const QVariant picture = shown->browser()->loadResource(QTextDocument::ImageResource, QUrl(u"signing-order.svg"_s));
        QVERIFY(!QImage::fromData(picture.toByteArray()).isNull());
        guide->trigger(); // a second time raises the same window
        QCOMPARE(window.findChildren<UserGuideWindow *>().size(), 1);
    }

    void keyboardShortcutsListTheMenus()
    {
        MainWindow window;
        window.show();
        QAction *shortcuts = helpAction(window, u"Keyboard Shortcuts"_s);
        QVERIFY(shortcuts);
        shortcuts->trigger();
        auto *dialog = window.findChild<QDialog *>(u"keyboardShortcuts"_s);
        QVERIFY(dialog && dialog->isVisible());
        const auto rows =
            dialog->findChild<QTreeWidget *>()->findItems(u"Export PDF"_s, Qt::MatchContains);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(1),
                 QKeySequence(u"Ctrl+E"_s).toString(QKeySequence::NativeText));
        QVERIFY(helpAction(window, u"About SMOUT Studio"_s));
    }

    void everyQuestionSaysWhatThePrivacyOfficeLooksFor()
    {
        MainWindow window;
        for (int i = 0; i < window.navigator()->count(); ++i)
            for (QWidget *w : window.sectionForm(i)->findChildren<QWidget *>()) {
                if (!w->property("smoutPath").isValid())
                    continue;
                const QString where = w->property("smoutPath").toString();
                const QString help = w->whatsThis();
                QVERIFY2(help.size() > 60, qPrintable(u"no help: "_s + where));
                QVERIFY2(w->toolTip().contains(help),
                         qPrintable(u"no help in the tooltip: "_s + where));
                QVERIFY2(help.compare(w->accessibleName(), Qt::CaseInsensitive) != 0,
                         qPrintable(u"help repeats the label: "_s + where));
            }
        auto *counsel = field<QWidget>(window, u"summary"_s, u"counsel"_s);
        QVERIFY(counsel->whatsThis().contains(u"certify that appropriate authority exists"_s));
    }

    void navigatorShowsOwnersAndWhatTheRoleEdits()
    {
        MainWindow window;
        auto text = [&](const QString &section) {
            return window.navigator()->item(window.sectionIndex(section))->text();
        };
        window.model()->setRole(Role::Author);
        QVERIFY2(text(u"q1"_s).contains(u"Program office"_s), qPrintable(text(u"q1"_s)));
        QVERIFY(text(u"q1"_s).contains(u"\u270e"_s));
        QVERIFY(text(u"review"_s).contains(u"DHS Privacy Office"_s));
        QVERIFY(text(u"review"_s).contains(u"(read-only)"_s));

        window.model()->setRole(Role::Reviewer);
        QVERIFY(text(u"review"_s).contains(u"\u270e"_s));
        QVERIFY(text(u"q1"_s).contains(u"(read-only)"_s));

        window.model()->setRole(Role::Counsel);
        QVERIFY(text(u"q2"_s).contains(u"\u270e"_s));
        QVERIFY(text(u"q2"_s).contains(u"counsel (2a)"_s));
        QVERIFY(text(u"q5"_s).contains(u"(read-only)"_s));
    }
};

GUITEST_MAIN(TestGuiHelp)
#include "tst_gui_help.moc"
