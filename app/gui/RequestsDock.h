#pragma once

// The Requests dock: the requests for additional information of the document, open ones or
// all; it jumps to a request's field, asks a new request (counsel, reviewer), answers one
// (the program office) and closes one (the role that asked), each as an undo step, and
// reaches the comparison with the previous submission.

#include "editing/DocumentModel.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

class RequestsDock : public QDockWidget {
    Q_OBJECT
public:
    RequestsDock(smout::DocumentModel *model, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QComboBox *filter() const { return m_filter; }
    QPushButton *answerButton() const { return m_answer; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *compareButton() const { return m_compare; }

    // Asks for a new request about `path` (preselected among `fields`); refused for the author.
    void ask(const QString &path, const QStringList &fields);
    void answerSelected();
    void closeSelected();
    // Selects request `id` in the list (showing all requests when the filter hides it).
    void select(const QString &id);
    void setPreviousSubmissionKnown(bool known);

Q_SIGNALS:
    void jumpRequested(const QString &path);
    void compareRequested();
    // An action the current role may not take, or that the document refused: why.
    void refused(const QString &why);

private:
    void refresh();
    void updateButtons();
    const smout::InformationRequest *selected() const;
    // The name the user confirmed, asked now if never; empty when they decline.
    QString confirmedUserName();

    smout::DocumentModel *m_model;
    QComboBox *m_filter;
    QTreeWidget *m_list;
    QPushButton *m_answer, *m_close, *m_compare;
    QLabel *m_details; // the selected request in full
    bool m_previousKnown = false;
};

// How many requests about the fields of navigator section `sectionId` are not yet closed.
int openRequestCount(const smout::SmoutDocument &doc, const QString &sectionId);
