#pragma once

// Requests for additional information made, answered and closed in the document being
// edited: each one undo step, with the role the model is in (review/RequestLog.h says who
// may do what) and dated the model's today.

#include "DocumentModel.h"

namespace smout {

// Adds an open request about `path` ("" for the whole document) as the current role;
// returns its id.
Result<QString> addRequestEdit(DocumentModel &model, const QString &path, const QString &text, const QString &by);
Status answerRequestEdit(DocumentModel &model, const QString &id, const QString &text, const QString &by);
Status closeRequestEdit(DocumentModel &model, const QString &id, const QString &by);

} // namespace smout
