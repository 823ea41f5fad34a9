#pragma once

// The findings list. The row with the keyboard focus is ringed in the text colour, 2 px wide,
// so that a keyboard user sees where they are (the style's dotted focus rectangle is too
// faint: well under 3:1 against the list's background).

#include <QTreeWidget>

class FindingsView : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
