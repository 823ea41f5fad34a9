#include "HelpMenu.h"

#include "UserGuideWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Every action with a shortcut in `menu` and its submenus, as "Menu › Action".
void listShortcuts(const QMenu *menu, const QString &where, QTreeWidget *out)
{
    for (QAction *action : menu->actions()) {
        const QString name = where + u" \u203a "_s + action->text().remove(u'&');
        if (action->menu())
            listShortcuts(action->menu(), name, out);
        else if (!action->shortcuts().isEmpty()) {
            QStringList keys;
            for (const QKeySequence &k : action->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(out, {name, keys.join(u", "_s)});
        }
    }
}

void showShortcuts(QMainWindow *window)
{
    auto *dialog = new QDialog(window);
    dialog->setObjectName(u"keyboardShortcuts"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QApplication::translate("HelpMenu", "Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QTreeWidget;
    list->setHeaderLabels({QApplication::translate("HelpMenu", "Command"),
                           QApplication::translate("HelpMenu", "Keys")});
    list->setRootIsDecorated(false);
    list->setAccessibleName(QApplication::translate("HelpMenu", "Keyboard shortcuts"));
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            listShortcuts(top->menu(), top->text().remove(u'&'), list);
    new QTreeWidgetItem(
        list, {QApplication::translate("HelpMenu", "Findings › Go to the finding's field"),
               QApplication::translate("HelpMenu", "Enter")});
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(560, 480);
    dialog->show();
}

} // namespace

QMenu *addHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(QApplication::translate("HelpMenu", "&Help"));
    auto guide = std::make_shared<QPointer<UserGuideWindow>>();
    help->addAction(QApplication::translate("HelpMenu", "&User Guide"), QKeySequence::HelpContents,
                    window, [window, guide] {
                        if (!*guide)
                            *guide = new UserGuideWindow(window);
                        (*guide)->show();
                        (*guide)->raise();
                        (*guide)->activateWindow();
                    });
    help->addAction(QApplication::translate("HelpMenu", "&Keyboard Shortcuts"), window,
                    [window] { showShortcuts(window); });
    QAction *whatsThis = QWhatsThis::createAction(help);
    whatsThis->setText(QApplication::translate("HelpMenu", "What's &This?"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(QApplication::translate("HelpMenu", "&About SMOUT Studio"), window, [window] {
        QMessageBox::about(
            window, QApplication::translate("HelpMenu", "About SMOUT Studio"),
            QApplication::translate(
                "HelpMenu",
                "<h3>SMOUT Studio %1</h3><p>Drafts, checks, exports, signs and keeps DHS "
                "Social Media Operational Use Templates (Management Directive 110-01).</p>"
                "<p>The program office fills in the template, counsel confirms the "
                "authorities, and the DHS Privacy Office reviews it.</p>")
                .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    help->addAction(QApplication::translate("HelpMenu", "About &Qt"), qApp, &QApplication::aboutQt);
    return help;
}
