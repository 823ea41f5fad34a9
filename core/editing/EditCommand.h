#pragma once

#include "model/SmoutDocument.h"

#include <QUndoCommand>

namespace smout {

class DocumentModel;

// One change of one field (or of several together, as attaching a file), kept as the
// document before and after. Consecutive changes of the same single field (keystrokes)
// merge into a single undo step.
class EditCommand : public QUndoCommand {
public:
    EditCommand(DocumentModel *model, QStringList paths, SmoutDocument before, SmoutDocument after);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DocumentModel *m_model;
    QStringList m_paths;
    SmoutDocument m_before, m_after;
};

} // namespace smout
