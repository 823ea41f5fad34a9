#pragma once

// FOIA release markings in the window: marks the selected text of the field being edited,
// or the whole field (a date, an answer, a list cell or entry), with the exemptions chosen;
// highlights marked spans in their fields; goes to a marking; exports the release copy
// through the same core code as `smout release`. Every change is one undo step.

#include "editing/DocumentModel.h"

#include <QObject>
#include <QPointer>

class MainWindow;
class ReleaseReviewView;
class QDockWidget;

class RedactionMarker : public QObject {
    Q_OBJECT
public:
    RedactionMarker(MainWindow *window, smout::DocumentModel *model);

    // Marks the selection of the field last edited (or the whole field) with `exemption`;
    // asks for the exemptions when `exemption` is empty. False with a message shown when
    // there is nothing to mark.
    bool markCurrentField(const QString &exemption = {});
    // Shows the field of `path` with the range selected.
    bool goTo(const QString &path, std::optional<qsizetype> start, std::optional<qsizetype> end);
    // Asks for a file, warns about personal data left unmarked, writes and x-rays the release.
    bool exportRelease();

    QDockWidget *reviewDock() const { return m_dock; }
    ReleaseReviewView *reviewView() const { return m_view; }

private:
    void rememberField(QWidget *now);
    // The fields related to `changedPath` (empty: every field); markings follow the text they
    // cover, so a change of one field moves only the markings under it.
    void highlight(const QString &changedPath);
    QWidget *fieldWidget(const QString &path, int *section) const;

    // The window's fields (widgets with a "smoutPath"), gathered once: the section forms are
    // built before the marker and never gain fields, and a keystroke then looks at these only.
    struct Field {
        QPointer<QWidget> widget;
        QString path;
    };
    QList<Field> m_fields;

    MainWindow *m_window;
    smout::DocumentModel *m_model;
    QPointer<QWidget> m_field; // the field (with its "smoutPath") that last had the focus
    QDockWidget *m_dock;
    ReleaseReviewView *m_view;
};
