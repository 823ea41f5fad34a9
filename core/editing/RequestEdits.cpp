#include "RequestEdits.h"

#include "review/RequestLog.h"

#include <QCoreApplication>

namespace smout {

namespace {

struct RequestEditText {
    Q_DECLARE_TR_FUNCTIONS(smout::RequestEdits)
};

} // namespace

Result<QString> addRequestEdit(DocumentModel &model, const QString &path, const QString &text, const QString &by)
{
    SmoutDocument after = model.document();
    const auto added = review::addRequest(after, {path, text, by, model.role(), model.ruleContext().today});
    if (!added)
        return added;
    if (const Status pushed = model.applyEdit({QStringLiteral("requests")}, after, RequestEditText::tr("Request %1").arg(added.value())); !pushed)
        return Error{pushed.error()};
    return added;
}

Status answerRequestEdit(DocumentModel &model, const QString &id, const QString &text, const QString &by)
{
    SmoutDocument after = model.document();
    if (const Status done = review::answerRequest(after, id, model.role(), text, by, model.ruleContext().today); !done)
        return done;
    return model.applyEdit({QStringLiteral("requests")}, after, RequestEditText::tr("Answer %1").arg(id));
}

Status closeRequestEdit(DocumentModel &model, const QString &id, const QString &by)
{
    SmoutDocument after = model.document();
    if (const Status done = review::closeRequest(after, id, model.role(), by, model.ruleContext().today); !done)
        return done;
    return model.applyEdit({QStringLiteral("requests")}, after, RequestEditText::tr("Close %1").arg(id));
}

} // namespace smout
