#include "FindingsView.h"

#include <QEvent>
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

void FindingsView::fitLeadingColumns(int count)
{
    QStringList texts;
    texts.reserve(count * (topLevelItemCount() + 1));
    for (int column = 0; column < count; ++column) {
        texts << headerItem()->text(column);
        for (int row = 0; row < topLevelItemCount(); ++row)
            texts << topLevelItem(row)->text(column);
    }
    if (texts == m_fittedTexts)
        return;
    m_fittedTexts = texts;
    for (int column = 0; column < count; ++column)
        resizeColumnToContents(column);
}

void FindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_fittedTexts.clear();
    QTreeWidget::changeEvent(event);
}
