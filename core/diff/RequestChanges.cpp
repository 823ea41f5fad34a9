#include "RequestChanges.h"

#include <QCoreApplication>
#include <QHash>

namespace smout {

using namespace Qt::StringLiterals;

namespace {

struct ChangeText {
    Q_DECLARE_TR_FUNCTIONS(smout::RequestChanges)
};

} // namespace

std::optional<RequestChangeKind> requestChangeFromCode(const QString &code)
{
    return fromCode<RequestChangeKind>(code);
}

QString requestChangeName(RequestChangeKind kind)
{
    switch (kind) {
    case RequestChangeKind::Added: return ChangeText::tr("asked");
    case RequestChangeKind::TextChanged: return ChangeText::tr("reworded");
    case RequestChangeKind::PathChanged: return ChangeText::tr("moved to another field");
    case RequestChangeKind::Answered: return ChangeText::tr("answered");
    case RequestChangeKind::AnswerChanged: return ChangeText::tr("answer changed");
    case RequestChangeKind::Closed: return ChangeText::tr("closed");
    case RequestChangeKind::Reopened: return ChangeText::tr("reopened");
    case RequestChangeKind::Edited: return ChangeText::tr("edited");
    case RequestChangeKind::Removed: return ChangeText::tr("removed");
    }
    return {};
}

QString requestChangeCode(RequestChangeKind kind)
{
    return codeOf(kind);
}

QList<RequestChange> requestChanges(const QList<InformationRequest> &before, const QList<InformationRequest> &after)
{
    QHash<QString, qsizetype> earlier, later;
    for (qsizetype i = before.size() - 1; i >= 0; --i)
        earlier.insert(before[i].id, i);
    for (qsizetype i = after.size() - 1; i >= 0; --i)
        later.insert(after[i].id, i);

    QList<RequestChange> out;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const InformationRequest &now = after[i];
        if (later.value(now.id) != i)
            continue; // a repeated id: the first request with it stands for it
        const auto add = [&](RequestChangeKind kind, const std::optional<InformationRequest> &was) {
            out.append({kind, now.id, i, was, now});
        };
        const auto found = earlier.constFind(now.id);
        if (found == earlier.cend()) {
            add(RequestChangeKind::Added, std::nullopt);
            if (now.answer)
                add(RequestChangeKind::Answered, std::nullopt);
            if (now.closed)
                add(RequestChangeKind::Closed, std::nullopt);
            continue;
        }
        const InformationRequest &was = before[found.value()];
        if (was == now)
            continue;
        bool explained = false;
        const auto note = [&](bool changed, RequestChangeKind kind) {
            if (changed)
                add(kind, was);
            explained = explained || changed;
        };
        note(was.text != now.text, RequestChangeKind::TextChanged);
        note(was.path != now.path, RequestChangeKind::PathChanged);
        note(!was.answer && now.answer, RequestChangeKind::Answered);
        note(was.answer && was.answer != now.answer, RequestChangeKind::AnswerChanged);
        note(!was.closed && now.closed, RequestChangeKind::Closed);
        note(was.closed && !now.closed, RequestChangeKind::Reopened);
        // Whatever else differs (who asked, the date, the status alone, keys of later versions).
        InformationRequest rest = was;
        rest.text = now.text;
        rest.path = now.path;
        rest.status = now.status;
        rest.answer = now.answer;
        if (!was.closed || !now.closed)
            rest.closed = now.closed;
        if (rest != now || (!explained && was.status != now.status))
            add(RequestChangeKind::Edited, was);
    }
    for (qsizetype i = 0; i < before.size(); ++i)
        if (earlier.value(before[i].id) == i && !later.contains(before[i].id))
            out.append({RequestChangeKind::Removed, before[i].id, i, before[i], std::nullopt});
    return out;
}

} // namespace smout
