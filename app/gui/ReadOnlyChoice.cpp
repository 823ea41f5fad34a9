#include "ReadOnlyChoice.h"

#include "RadioGroupKeys.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace {

constexpr char Property[] = "smoutReadOnly";
constexpr char MutedProperty[] = "smoutReadOnlyMuted";

// The accessible face of a read-only choice: what the default one says, plus read-only. Used
// only while the control is read-only; an editable one gets Qt's own interface back.
class ReadOnlyChoiceAccessible : public QAccessibleWidget {
public:
    ReadOnlyChoiceAccessible(QWidget *w, QAccessible::Role role) : QAccessibleWidget(w, role) {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
            if (auto *button = qobject_cast<QAbstractButton *>(widget()))
                return QString(button->text()).remove(u'&');
        return QAccessibleWidget::text(t);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        if (auto *button = qobject_cast<QAbstractButton *>(widget())) {
            s.checkable = true;
            s.checked = button->isChecked();
        }
        s.readOnly = isChoiceReadOnly(widget());
        return s;
    }

    // No press or toggle: a screen reader's action must not change what the role may not.
    QStringList actionNames() const override { return {QAccessibleActionInterface::setFocusAction()}; }
};

QAccessibleInterface *readOnlyChoiceFactory(const QString &, QObject *object)
{
    auto *w = qobject_cast<QWidget *>(object);
    if (!w || !isChoiceReadOnly(w))
        return nullptr;
    if (qobject_cast<QRadioButton *>(w))
        return new ReadOnlyChoiceAccessible(w, QAccessible::RadioButton);
    if (qobject_cast<QCheckBox *>(w))
        return new ReadOnlyChoiceAccessible(w, QAccessible::CheckBox);
    return nullptr;
}

bool movesOnly(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
}

// Swallows every change by the user while the control is read-only; what it lets through
// (Tab, keys for the window around it, the wheel for the scroll area) goes on as usual.
class ChoiceGuard : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *w = qobject_cast<QWidget *>(watched);
        if (!w || !isChoiceReadOnly(w))
            return QObject::eventFilter(watched, event);
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Shortcut:
        case QEvent::ContextMenu:
            if (event->type() == QEvent::MouseButtonPress)
                w->setFocus(Qt::MouseFocusReason); // a click still says where the user is
            return true;
        case QEvent::KeyPress:
            // In a group of options the arrow keys move the focus, never the answer.
            if (auto *radio = qobject_cast<QRadioButton *>(w); radio && (static_cast<QKeyEvent *>(event)->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
                && moveRadioFocus(radio, static_cast<QKeyEvent *>(event)->key()))
                return true;
            Q_FALLTHROUGH();
        case QEvent::KeyRelease:
        case QEvent::Wheel:
            if (event->type() != QEvent::Wheel && movesOnly(static_cast<QKeyEvent *>(event)))
                return false;
            event->ignore(); // the window and the scroll area around it still get it
            return true;
        case QEvent::ApplicationPaletteChange:
            mute(w, true);
            return false;
        default:
            return false;
        }
    }

    // Text drawn halfway between the normal and the disabled colour: clearly not editable,
    // still readable.
    static void mute(QWidget *w, bool on)
    {
        if (w->property(MutedProperty).toBool())
            w->setPalette(QPalette());
        w->setProperty(MutedProperty, on);
        if (!on)
            return;
        QPalette p = w->palette();
        for (const auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text}) {
            const QColor normal = p.color(QPalette::Active, role), off = p.color(QPalette::Disabled, role);
            const QColor muted = QColor::fromRgbF((normal.redF() + off.redF()) / 2, (normal.greenF() + off.greenF()) / 2,
                                                  (normal.blueF() + off.blueF()) / 2);
            p.setColor(QPalette::Active, role, muted);
            p.setColor(QPalette::Inactive, role, muted);
        }
        w->setPalette(p);
    }
};

ChoiceGuard *guard()
{
    static ChoiceGuard *instance = [] {
        QAccessible::installFactory(readOnlyChoiceFactory);
        return new ChoiceGuard;
    }();
    return instance;
}

} // namespace

bool isChoiceReadOnly(const QWidget *control)
{
    return control->property(Property).toBool();
}

void refreshChoicePalette(QWidget *control)
{
    if (!control->property(Property).isValid())
        return;
    control->setPalette(QPalette());
    control->setProperty(MutedProperty, false);
    ChoiceGuard::mute(control, isChoiceReadOnly(control));
}

void setChoiceReadOnly(QWidget *control, bool readOnly)
{
    ChoiceGuard *g = guard();
    control->setEnabled(true);
    const bool changed = control->property(Property).isValid() && isChoiceReadOnly(control) != readOnly;
    if (!control->property(Property).isValid())
        control->installEventFilter(g);
    else if (!changed)
        return;
    control->setProperty(Property, readOnly);
    ChoiceGuard::mute(control, readOnly);
    if (auto *box = qobject_cast<QComboBox *>(control); box && readOnly)
        box->hidePopup();
    // The accessible interface is chosen when it is made: make it again, and say what changed.
    if (QAccessibleInterface *old = QAccessible::queryAccessibleInterface(control))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(old));
    QAccessible::State readOnlyState;
    readOnlyState.readOnly = true;
    QAccessibleStateChangeEvent event(control, readOnlyState);
    QAccessible::updateAccessibility(&event);
}
