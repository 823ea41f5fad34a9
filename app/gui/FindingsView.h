#pragma once

// The findings list. The row with the keyboard focus is ringed in the text colour, 2 px wide,
// so that a keyboard user sees where they are (the style's dotted focus rectangle is too
// faint: well under 3:1 against the list's background).

#include <QTreeWidget>

class FindingsView : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

    // Fits columns 0 to `count` - 1 to their contents. Measuring every row is most of the cost
    // of a keystroke, so it is done only when a text of those columns, the font or the style
    // changed since the last fit; the findings of most keystrokes read the same.
    void fitLeadingColumns(int count);

protected:
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void changeEvent(QEvent *event) override;

private:
    QStringList m_fittedTexts; // column by column, row by row, as last fitted
};
