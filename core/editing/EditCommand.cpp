#include "EditCommand.h"

#include "DocumentModel.h"
#include "model/FieldNames.h"

#include <QCoreApplication>

namespace smout {

EditCommand::EditCommand(DocumentModel *model, QString path, SmoutDocument before, SmoutDocument after)
    : m_model(model), m_path(std::move(path)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("smout::EditCommand", "Edit %1").arg(fieldName(m_path)));
}

void EditCommand::undo()
{
    m_model->replaceDocument(m_before, m_path);
}

void EditCommand::redo()
{
    m_model->replaceDocument(m_after, m_path);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (next->m_path != m_path)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace smout
