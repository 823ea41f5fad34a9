#include "ChoiceGroupFrame.h"

#include <QEvent>

namespace {
// Outside the boxes by more than the 2 px outline, so it never covers part of one.
constexpr int Margin = 3;
} // namespace

ChoiceGroupFrame::ChoiceGroupFrame(const QList<QWidget *> &rows) : QWidget(rows.first()->parentWidget())
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::NoFocus);
    for (QWidget *row : rows) {
        m_rows << row;
        row->installEventFilter(this);
    }
    setVisible(false);
    follow();
}

bool ChoiceGroupFrame::event(QEvent *event)
{
    if (event->type() == QEvent::DynamicPropertyChange) {
        setVisible(!property("finding").toString().isEmpty());
        follow();
        raise();
    }
    return QWidget::event(event);
}

bool ChoiceGroupFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Move || event->type() == QEvent::Resize || event->type() == QEvent::Show
        || event->type() == QEvent::Hide)
        follow();
    return QWidget::eventFilter(watched, event);
}

void ChoiceGroupFrame::follow()
{
    QRect around;
    for (const QPointer<QWidget> &row : std::as_const(m_rows))
        if (row && !row->isHidden())
            around = around.united(row->geometry());
    setGeometry(around.adjusted(-Margin, -Margin, Margin, Margin));
}
