#include "WrappedRows.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

WrappedRows::WrappedRows(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    view->setWordWrap(true);
    view->setItemDelegate(this);
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

QSize WrappedRows::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem measured = option;
    // A row spanning every column (a finding under a signature) wraps at the view's width.
    const bool spanned = m_view->isFirstColumnSpanned(index.row(), index.parent());
    const int width = spanned ? m_view->viewport()->width() - m_view->indentation() : m_view->columnWidth(index.column());
    measured.rect = QRect(0, 0, std::max(width, 1), 1);
    return QStyledItemDelegate::sizeHint(measured, index);
}
