#pragma once

#include "DocumentState.h"

#include <QUndoCommand>

namespace smout {

class DocumentModel;

// Every change of the document (DocumentModel::setValues, markings, requests), kept as the
// document before and after; DocumentModel checks the role before it makes one.
// Consecutive changes of the same single field (keystrokes) merge into a single undo step
// unless the change is `Separate` (each marking and each request action is its own step).
class EditCommand : public QUndoCommand {
public:
    enum Merging { MergesKeystrokes, Separate };
    EditCommand(DocumentModel *model, QStringList paths, DocumentState before, DocumentState after,
                Merging merging = MergesKeystrokes);

    void undo() override;
    void redo() override;
    int id() const override { return m_merging == MergesKeystrokes ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DocumentModel *m_model;
    QStringList m_paths;
    DocumentState m_before, m_after;
    Merging m_merging;
};

} // namespace smout
