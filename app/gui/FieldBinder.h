#pragma once

// Binds the widgets of a section form to the document model by key path. A form marks each
// input with the dynamic property "smoutPath" (and "smoutCode" for a check box that adds a
// code to a list, or a radio button that selects one); the binder then keeps widget and
// model in step, shows the findings beside their field, and locks fields the current role
// does not own. Forms hold no validation and no copying code of their own.

#include "editing/DocumentModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ChoiceGroupFrame;
class QButtonGroup;
class QLabel;
class QRadioButton;

class FieldBinder : public QObject {
    Q_OBJECT
public:
    FieldBinder(smout::DocumentModel *model, QWidget *form, QObject *parent = nullptr);

    // The widget showing `path` (or its closest bound parent path), or nullptr.
    QWidget *widgetFor(const QString &path) const;
    // Where a note about `path` goes: the widget under which its findings' message shows.
    QWidget *anchorFor(const QString &path) const;
    // Brings the widget of `path` into view and gives it the keyboard focus.
    bool focusPath(const QString &path);
    void refresh();

Q_SIGNALS:
    // The model refused an edit (the role does not own the field, say): why.
    void refused(const QString &why);
    // Something a screen reader should hear now, wherever its focus is.
    void announce(const QString &text);

protected:
    // Recolours the findings when the palette changes (a switch to a dark theme, say).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding {
        QPointer<QWidget> widget;
        QString path;
        QString code;
    };
    void bind(QWidget *w);
    void bindRadio(QRadioButton *r, const Binding &b);
    void write(const Binding &b);
    void show(const Binding &b);
    void showFindings();
    void applyRole();
    // The control that takes the keyboard focus for a bound widget (the table of a list, the
    // chosen radio button), where a finding's text is described to screen readers.
    QWidget *focusTargetFor(QWidget *w) const;
    QWidget *messageAnchorFor(QWidget *w) const;
    // The outline around all the check boxes of `box`'s group (one list of codes, or the
    // yes/no boxes of the object a finding names), or null for a box that stands alone.
    QWidget *groupFrameFor(QWidget *box, const QString &findingPath);
    QLabel *messageLabelFor(QWidget *anchor);
    void describe(QWidget *focus, const QStringList &messages);
    // Gives back the room kept for messages whose findings were answered.
    void releaseClearedMessages();

    smout::DocumentModel *m_model;
    QWidget *m_form;
    QList<Binding> m_bindings;
    QHash<QWidget *, QLabel *> m_messages;
    QHash<QString, QButtonGroup *> m_radioGroups; // by key path
    QHash<QString, ChoiceGroupFrame *> m_groupFrames; // by the group's path
    struct Mark {
        QPointer<QWidget> focus;    // described with the findings' text
        QPointer<QWidget> anchor;   // the message label sits under it
        QPointer<QWidget> outlined; // drawn in the severity's colour
        QStringList messages;
        smout::Severity worst = smout::Severity::Info;
    };
    QHash<QWidget *, Mark> m_marks; // by focus
    bool m_showing = false;
};
