#include "RadioGroupKeys.h"

#include "ReadOnlyChoice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QKeyEvent>

#include <algorithm>

namespace {

// The options a user can reach, in reading order (a long option sits in its own row widget,
// so the order of the widgets is not the order on screen).
QList<QAbstractButton *> options(QAbstractButton *member)
{
    QList<QAbstractButton *> all;
    if (QButtonGroup *group = member->group())
        all = group->buttons();
    else if (member->autoExclusive() && member->parentWidget())
        for (auto *b : member->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
            if (b->autoExclusive())
                all << b;
    all.removeIf([](QAbstractButton *b) { return b->isHidden() || !b->isEnabled(); });
    QWidget *window = member->window();
    std::stable_sort(all.begin(), all.end(), [window](QAbstractButton *a, QAbstractButton *b) {
        const QPoint pa = a->mapTo(window, QPoint(0, a->height() / 2)), pb = b->mapTo(window, QPoint(0, b->height() / 2));
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    return all;
}

int direction(int key)
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        return -1;
    case Qt::Key_Right:
    case Qt::Key_Down:
        return 1;
    default:
        return 0;
    }
}

// The chosen option holds the group's Tab stop, else the first.
void placeTabStop(QButtonGroup *group)
{
    const QList<QAbstractButton *> all = group->buttons();
    if (all.isEmpty())
        return;
    QAbstractButton *stop = group->checkedButton();
    if (!stop) {
        const QList<QAbstractButton *> reachable = options(all.constFirst());
        stop = reachable.isEmpty() ? all.constFirst() : reachable.constFirst();
    }
    for (QAbstractButton *b : all)
        b->setFocusPolicy(b == stop ? Qt::FocusPolicy(b->focusPolicy() | Qt::TabFocus)
                                    : Qt::FocusPolicy(b->focusPolicy() & ~Qt::TabFocus));
}

bool focusIsIn(const QButtonGroup *group)
{
    const QWidget *focus = QApplication::focusWidget();
    const QList<QAbstractButton *> all = group->buttons();
    return focus && std::any_of(all.begin(), all.end(), [focus](const QAbstractButton *b) { return b == focus; });
}

class RadioGroupKeys : public QObject {
public:
    explicit RadioGroupKeys(QButtonGroup *group) : QObject(group), m_group(group)
    {
        for (QAbstractButton *b : group->buttons())
            b->installEventFilter(this);
        connect(group, &QButtonGroup::buttonToggled, this, [this] {
            if (!focusIsIn(m_group))
                placeTabStop(m_group);
        });
        placeTabStop(group);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *button = qobject_cast<QAbstractButton *>(watched);
        if (!button)
            return false;
        if (event->type() == QEvent::FocusOut) {
            // Focus going to another option takes the stop along (Qt does that on focus in).
            placeTabStop(m_group);
            return false;
        }
        if (event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) || !direction(key->key()))
            return false;
        // Chosen only where the role may change the answer and one was chosen, as Qt does.
        if (QAbstractButton *next = radioNeighbour(button, key->key()); next && !isChoiceReadOnly(button) && button->isChecked())
            next->click();
        return moveRadioFocus(button, key->key()); // at either end the focus stays, as in Qt
    }

private:
    QButtonGroup *m_group;
};

} // namespace

void keepRadioGroupKeys(QButtonGroup *group)
{
    new RadioGroupKeys(group);
}

QAbstractButton *radioNeighbour(QAbstractButton *from, int key)
{
    const int step = direction(key);
    if (!step)
        return nullptr;
    const QList<QAbstractButton *> all = options(from);
    const qsizetype at = all.indexOf(from);
    if (at < 0 || at + step < 0 || at + step >= all.size())
        return nullptr;
    return all.at(at + step);
}

bool moveRadioFocus(QAbstractButton *from, int key)
{
    if (!direction(key))
        return false;
    if (QAbstractButton *next = radioNeighbour(from, key))
        next->setFocus(direction(key) < 0 ? Qt::BacktabFocusReason : Qt::TabFocusReason);
    return true;
}
