#pragma once

// The requests for additional information on one section form: a note under each field a
// request not yet closed is about (saying when the field changed since the request), the
// "Request More Information…" entry of each field's context menu, and the button in the
// section's header that asks about one of its fields.

#include "editing/DocumentModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class FieldBinder;
class QLabel;
class QPushButton;

class RequestMarkers : public QObject {
    Q_OBJECT
public:
    RequestMarkers(smout::DocumentModel *model, FieldBinder *binder, QWidget *form, QObject *parent = nullptr);

    QPushButton *sectionButton() const { return m_button; }
    // The key paths of the section's fields, in form order.
    QStringList fields() const { return m_fields; }
    // The note shown under the widget of `path`, or nullptr when it has none.
    QLabel *noteFor(const QString &path) const;

Q_SIGNALS:
    // The user asks for a request about `path`, one of `fields`.
    void askRequested(const QString &path, const QStringList &fields);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateButton();
    QString pathOf(QObject *watched) const;

    smout::DocumentModel *m_model;
    FieldBinder *m_binder;
    QWidget *m_form;
    QPushButton *m_button = nullptr;
    QStringList m_fields;
    QHash<QWidget *, QPointer<QLabel>> m_notes; // by the widget they sit under
};
