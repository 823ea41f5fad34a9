#pragma once

// The review round trip on a document: counsel or the reviewer asks for additional
// information about a field, the program office (author) answers, the asking role closes.
// Requests are never removed; ids ("R1", "R2"…) are never reused.

#include "model/Result.h"
#include "model/SmoutDocument.h"

#include <QDate>
#include <QString>

namespace smout::review {

struct NewRequest {
    QString path; // a key path of the document, or "" for the whole document
    QString text;
    QString by;
    Role role = Role::Reviewer; // counsel or reviewer
    QDate date;
};

// The id the next request gets: one more than the highest "R<n>" ever given.
QString nextRequestId(const SmoutDocument &doc);

// Whether `actor` may do it, with the reason when not: counsel and the reviewer ask, the
// program office (author) answers a request that is not closed, the asking role closes it.
Status mayAsk(Role actor);
Status mayAnswer(const InformationRequest &request, Role actor);
Status mayClose(const InformationRequest &request, Role actor);

// Adds an open request and returns its id.
Result<QString> addRequest(SmoutDocument &doc, const NewRequest &request);

// The author's answer; the request becomes "answered". A closed request takes no answer.
Status answerRequest(SmoutDocument &doc, const QString &id, Role actor, const QString &text,
                     const QString &by, const QDate &date);

// Only the role that asked closes its request.
Status closeRequest(SmoutDocument &doc, const QString &id, Role actor, const QString &by,
                    const QDate &date);

// Whether the field a request is about holds another value than when the request was made
// (or no longer exists). False when that value is not known: the whole document, or a
// request written before requests kept it. `json` is the document in file form.
bool changedSinceRequest(const QJsonObject &json, const InformationRequest &request);

} // namespace smout::review
