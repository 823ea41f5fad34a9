#pragma once

// "Release review": every release marking in the order of the form — field, exemptions,
// the text withheld, and whether it can be applied — with Go To, Change Exemptions and Remove;
// below them, the withheld answers that shown fields would give away (release/ImpliedAnswers.h).

#include "editing/DocumentModel.h"

#include <QWidget>

class QListWidget;
class QTreeWidget;
class QPushButton;

class ReleaseReviewView : public QWidget {
    Q_OBJECT
public:
    explicit ReleaseReviewView(smout::DocumentModel *model, QWidget *parent = nullptr);
    // Wide enough for a field's name beside its exemptions, so the dock opens that wide.
    QSize sizeHint() const override;

    QTreeWidget *list() const { return m_list; }
    QListWidget *warnings() const { return m_warnings; }
    // The index in `redactions` of the selected marking, or -1.
    qsizetype selectedMarking() const;
    void refresh();

Q_SIGNALS:
    void goToRequested(qsizetype marking);

protected:
    void showEvent(QShowEvent *event) override;

private:
    smout::DocumentModel *m_model;
    // Hidden, the review is not redrawn on every keystroke, only when shown again.
    bool m_stale = false;
    QTreeWidget *m_list;
    QListWidget *m_warnings;
    QPushButton *m_change, *m_remove;
};
