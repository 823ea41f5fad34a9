#pragma once

// Tells screen-reader users when an edit brings a new error or changes the number of
// findings. Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent came in 6.8), so
// this is a status-bar label exposed as a notification whose name is the announcement, shown
// anew for each one (Orca 43 speaks a notification as it is shown, wherever the focus is); it
// changes only after a pause in the edits, never once per keystroke.

#include "editing/DocumentModel.h"

#include <QLabel>
#include <QTimer>

class FindingsAnnouncer : public QLabel {
    Q_OBJECT
public:
    explicit FindingsAnnouncer(smout::DocumentModel *model, QWidget *parent = nullptr);

    // How long the edits must pause before the findings are announced.
    static constexpr int PauseMs = 1200;

    // Announces `text` now (a refused edit, which no pause makes news).
    void say(const QString &text);

Q_SIGNALS:
    void announced(const QString &text);

private:
    void announce();

    smout::DocumentModel *m_model;
    smout::Findings m_previous;
    QTimer m_pause;
};
