#include "ComboAccessible.h"

#include "ReadOnlyChoice.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>

using namespace Qt::StringLiterals;

namespace {

class ComboAccessibleInterface : public QAccessibleWidget, public QAccessibleTextInterface {
public:
    explicit ComboAccessibleInterface(QComboBox *box) : QAccessibleWidget(box, QAccessible::ComboBox) {}

    QComboBox *box() const { return static_cast<QComboBox *>(widget()); }
    bool readOnly() const { return isChoiceReadOnly(box()); }

    void *interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(t);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return box()->currentText();
        return QAccessibleWidget::text(t);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = !readOnly();
        s.expanded = !readOnly() && box()->view()->isVisible();
        s.hasPopup = !readOnly();
        s.readOnly = readOnly();
        return s;
    }

    // The popup's list, where a choice is made (none while read-only).
    int childCount() const override { return readOnly() ? 0 : 1; }
    QAccessibleInterface *child(int index) const override
    {
        return index == 0 && !readOnly() ? QAccessible::queryAccessibleInterface(box()->view()) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && !readOnly() && child->object() == box()->view() ? 0 : -1;
    }

    QStringList actionNames() const override
    {
        if (readOnly())
            return {QAccessibleActionInterface::setFocusAction()};
        return {QAccessibleActionInterface::showMenuAction(), QAccessibleActionInterface::pressAction(),
                QAccessibleActionInterface::setFocusAction()};
    }
    void doAction(const QString &action) override
    {
        if (!readOnly() && (action == showMenuAction() || action == pressAction()))
            box()->showPopup();
        else
            QAccessibleWidget::doAction(action);
    }

    // The text is the current choice, read-only, with no caret or selection of its own.
    QString text(int startOffset, int endOffset) const override
    {
        return box()->currentText().mid(startOffset, endOffset - startOffset);
    }
    int characterCount() const override { return int(box()->currentText().size()); }
    void selection(int, int *startOffset, int *endOffset) const override { *startOffset = *endOffset = 0; }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int, int *startOffset, int *endOffset) const override
    {
        *startOffset = 0;
        *endOffset = characterCount();
        return {};
    }
};

// Sends each new choice as new text, which a screen reader reads out on the focused box.
void watch(QComboBox *box)
{
    if (box->property("smoutComboText").isValid())
        return;
    box->setProperty("smoutComboText", box->currentText());
    QObject::connect(box, &QComboBox::currentTextChanged, box, [box](const QString &now) {
        QAccessibleTextUpdateEvent event(box, 0, box->property("smoutComboText").toString(), now);
        box->setProperty("smoutComboText", now);
        QAccessible::updateAccessibility(&event);
    });
}

QAccessibleInterface *comboFactory(const QString &, QObject *object)
{
    auto *box = qobject_cast<QComboBox *>(object);
    if (!box || box->isEditable())
        return nullptr;
    watch(box);
    return new ComboAccessibleInterface(box);
}

} // namespace

void installComboAccessible()
{
    static const bool installed = [] {
        QAccessible::installFactory(comboFactory);
        return true;
    }();
    Q_UNUSED(installed);
}
