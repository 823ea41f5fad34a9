#include "EditCommand.h"

#include "DocumentModel.h"
#include "model/FieldNames.h"

#include <QCoreApplication>

namespace smout {

EditCommand::EditCommand(DocumentModel *model, QStringList paths, DocumentState before, DocumentState after,
                         Merging merging)
    : m_model(model), m_paths(std::move(paths)), m_before(std::move(before)), m_after(std::move(after)),
      m_merging(merging)
{
    setText(QCoreApplication::translate("smout::EditCommand", "Edit %1").arg(fieldName(m_paths.constFirst())));
}

void EditCommand::undo()
{
    m_model->replaceDocument(m_before, m_paths);
}

void EditCommand::redo()
{
    m_model->replaceDocument(m_after, m_paths);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (m_paths.size() != 1 || next->m_paths != m_paths)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace smout
