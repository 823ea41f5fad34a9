#pragma once

// Rows of a tree view as tall as their text wrapped at the columns' widths. QTreeView measures
// a row without its column's width, so with word wrap on, long text is still cut to one line
// ("Contact …"); this delegate measures at the width, and lays the rows out again when a
// column is resized.

#include <QStyledItemDelegate>

class QTreeView;

class WrappedRows : public QStyledItemDelegate {
public:
    // Installs itself as `view`'s item delegate and turns word wrap on.
    explicit WrappedRows(QTreeView *view);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};
