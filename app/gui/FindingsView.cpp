#include "FindingsView.h"

#include <QPainter>

void FindingsView::drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTreeWidget::drawRow(painter, option, index);
    if (!hasFocus() || index.row() != currentIndex().row() || index.parent() != currentIndex().parent())
        return;
    painter->save();
    // The text colour stands out against the list's background and against the selection.
    QPen pen(palette().color(QPalette::Text), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    painter->restore();
}
