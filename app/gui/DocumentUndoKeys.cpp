#include "DocumentUndoKeys.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

class UndoKeys : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                key->keyCombination() == (Qt::CTRL | Qt::Key_Y)) {
                // Not accepted: the window's Undo or Redo action takes the key.
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void routeUndoKeysToDocument(QWidget *form)
{
    auto *filter = new UndoKeys(form);
    for (QLineEdit *edit : form->findChildren<QLineEdit *>())
        edit->installEventFilter(filter);
    for (QPlainTextEdit *edit : form->findChildren<QPlainTextEdit *>())
        edit->installEventFilter(filter);
}
