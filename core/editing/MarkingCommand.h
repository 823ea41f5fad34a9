#pragma once

// Release markings changed in the window: add, re-cite, remove — each one undo step.
// (Markings follow edits of their text inside the edit's own undo step: DocumentModel.)

#include "DocumentModel.h"

#include <QUndoCommand>

namespace smout::release {

class MarkingCommand : public QUndoCommand {
public:
    MarkingCommand(DocumentModel *model, QList<Redaction> after, const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const QList<Redaction> &markings);
    DocumentModel *m_model;
    QList<Redaction> m_before, m_after;
};

void addMarking(DocumentModel &model, const Redaction &marking);
void setMarkingExemption(DocumentModel &model, qsizetype index, const QString &exemption);
void removeMarking(DocumentModel &model, qsizetype index);

// Indexes of the document's markings in the order of the form (then by position in the text).
QList<qsizetype> markingsInDocumentOrder(const SmoutDocument &doc);

} // namespace smout::release
