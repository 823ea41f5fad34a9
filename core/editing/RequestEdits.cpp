#include "RequestEdits.h"

#include "review/RequestLog.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace smout {

namespace {

struct RequestEditText {
    Q_DECLARE_TR_FUNCTIONS(smout::RequestEdits)
};

// The document before and after one request action. Never merged with the step before:
// each request, answer and close is undone on its own.
class RequestCommand : public QUndoCommand {
public:
    RequestCommand(DocumentModel *model, SmoutDocument before, SmoutDocument after, const QString &text)
        : m_model(model), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void undo() override { m_model->replaceDocument(m_before, {QStringLiteral("requests")}); }
    void redo() override { m_model->replaceDocument(m_after, {QStringLiteral("requests")}); }

private:
    DocumentModel *m_model;
    SmoutDocument m_before, m_after;
};

} // namespace

Result<QString> addRequestEdit(DocumentModel &model, const QString &path, const QString &text, const QString &by)
{
    SmoutDocument after = model.document();
    const auto added = review::addRequest(after, {path, text, by, model.role(), model.ruleContext().today});
    if (!added)
        return added;
    model.undoStack()->push(new RequestCommand(&model, model.document(), after,
                                               RequestEditText::tr("Request %1").arg(added.value())));
    return added;
}

Status answerRequestEdit(DocumentModel &model, const QString &id, const QString &text, const QString &by)
{
    SmoutDocument after = model.document();
    if (const Status done = review::answerRequest(after, id, model.role(), text, by, model.ruleContext().today); !done)
        return done;
    model.undoStack()->push(new RequestCommand(&model, model.document(), after, RequestEditText::tr("Answer %1").arg(id)));
    return success();
}

Status closeRequestEdit(DocumentModel &model, const QString &id, const QString &by)
{
    SmoutDocument after = model.document();
    if (const Status done = review::closeRequest(after, id, model.role(), by, model.ruleContext().today); !done)
        return done;
    model.undoStack()->push(new RequestCommand(&model, model.document(), after, RequestEditText::tr("Close %1").arg(id)));
    return success();
}

} // namespace smout
