#pragma once

// The outline of a finding about a group of check boxes, drawn around the whole group. The
// boxes stay where they are (in their form's layout, in their focus order): this widget lies
// over them, takes neither clicks nor focus, follows their geometry, and is shown only while
// it carries the "finding" property the window's style sheet outlines.

#include <QList>
#include <QPointer>
#include <QWidget>

class ChoiceGroupFrame : public QWidget {
    Q_OBJECT
public:
    // `rows`: the boxes (or the rows a long option is wrapped in), children of one widget.
    explicit ChoiceGroupFrame(const QList<QWidget *> &rows);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    QList<QPointer<QWidget>> m_rows;
};
