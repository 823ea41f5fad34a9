#pragma once

// What happened to the requests for additional information between two revisions of a
// document, request by request (matched by id): asked, answered, closed, reworded… The
// comparison of revisions and the inventory's audit trail both read the round trip from it.

#include "model/Codes.h"
#include "model/SmoutDocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace smout {

enum class RequestChangeKind { Added, TextChanged, PathChanged, Answered, AnswerChanged, Closed, Reopened, Edited, Removed };
// added, text_changed, path_changed, answered, answer_changed, closed, reopened, edited, removed
QString requestChangeCode(RequestChangeKind kind);
std::optional<RequestChangeKind> requestChangeFromCode(const QString &code);
SMOUT_CODES(RequestChangeKind, 9, {RequestChangeKind::Added, "added"_L1},
            {RequestChangeKind::TextChanged, "text_changed"_L1}, {RequestChangeKind::PathChanged, "path_changed"_L1},
            {RequestChangeKind::Answered, "answered"_L1}, {RequestChangeKind::AnswerChanged, "answer_changed"_L1},
            {RequestChangeKind::Closed, "closed"_L1}, {RequestChangeKind::Reopened, "reopened"_L1},
            {RequestChangeKind::Edited, "edited"_L1}, {RequestChangeKind::Removed, "removed"_L1})
// How people read it ("asked", "answered", "reworded"…).
QString requestChangeName(RequestChangeKind kind);

struct RequestChange {
    RequestChangeKind kind = RequestChangeKind::Edited;
    QString id;
    // The request's place in the later list (in the earlier one when removed).
    qsizetype index = -1;
    std::optional<InformationRequest> before, after;
};

// In the order of the later list, each request's changes in the order they happen (asked,
// reworded, answered, closed); removed requests last. A request that is new and already
// answered or closed yields each of those events.
QList<RequestChange> requestChanges(const QList<InformationRequest> &before, const QList<InformationRequest> &after);

} // namespace smout
