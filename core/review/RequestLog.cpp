#include "RequestLog.h"

#include "KeyPaths.h"
#include "io/SmoutJson.h"
#include "model/Roles.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace smout::review {

namespace {

using namespace Qt::StringLiterals;

struct RequestText {
    Q_DECLARE_TR_FUNCTIONS(smout::review::RequestLog)
};

InformationRequest *find(SmoutDocument &doc, const QString &id)
{
    for (auto &r : doc.requests)
        if (r.id == id)
            return &r;
    return nullptr;
}

Error unknownId(const SmoutDocument &doc, const QString &id)
{
    if (doc.requests.isEmpty())
        return Error{RequestText::tr("there is no request %1: the document has no requests").arg(id)};
    QStringList ids;
    for (const auto &r : doc.requests)
        ids << r.id;
    return Error{RequestText::tr("there is no request %1 (the document has %2)").arg(id, ids.join(u", "_s))};
}

} // namespace

QString nextRequestId(const SmoutDocument &doc)
{
    static const QRegularExpression numbered(u"^R(\\d{1,9})$"_s);
    qint64 highest = 0;
    for (const auto &r : doc.requests)
        if (const auto m = numbered.match(r.id); m.hasMatch())
            highest = std::max(highest, m.captured(1).toLongLong());
    return u"R%1"_s.arg(highest + 1);
}

Status mayAsk(Role actor)
{
    if (actor == Role::Author)
        return Error{RequestText::tr("only %1 or %2 asks for additional information")
                         .arg(roleInSentence(Role::Counsel), roleInSentence(Role::Reviewer))};
    return success();
}

Status mayAnswer(const InformationRequest &r, Role actor)
{
    if (actor != Role::Author)
        return Error{RequestText::tr("request %1: only %2 (%3) answers; %4 asked it")
                         .arg(r.id, roleInSentence(Role::Author), roleWord(Role::Author), roleInSentence(r.role))};
    if (r.status == RequestStatus::Closed)
        return Error{RequestText::tr("request %1 is closed and takes no more answers").arg(r.id)};
    return success();
}

Status mayClose(const InformationRequest &r, Role actor)
{
    if (actor != r.role)
        return Error{RequestText::tr("request %1: only %2, who asked it, closes it").arg(r.id, roleInSentence(r.role))};
    if (r.status == RequestStatus::Closed)
        return Error{RequestText::tr("request %1 is already closed").arg(r.id)};
    return success();
}

Result<QString> addRequest(SmoutDocument &doc, const NewRequest &request)
{
    if (const Status allowed = mayAsk(request.role); !allowed)
        return Error{allowed.error()};
    if (request.text.trimmed().isEmpty())
        return Error{RequestText::tr("the request has no text: say what information is needed")};
    if (!documentHasPath(doc, request.path))
        return Error{RequestText::tr("\"%1\" is not a field of this document (a key path such as "
                                     "questions.q1_description, or \"\" for the whole document)")
                         .arg(request.path)};
    InformationRequest r;
    r.id = nextRequestId(doc);
    r.path = request.path;
    r.text = request.text;
    r.by = request.by;
    r.role = request.role;
    r.date = request.date;
    r.valueAtRequest = valueAtPath(io::toJsonObject(doc), request.path);
    doc.requests.append(r);
    return r.id;
}

Status answerRequest(SmoutDocument &doc, const QString &id, Role actor, const QString &text,
                     const QString &by, const QDate &date)
{
    InformationRequest *r = find(doc, id);
    if (!r)
        return unknownId(doc, id);
    if (const Status allowed = mayAnswer(*r, actor); !allowed)
        return allowed;
    if (text.trimmed().isEmpty())
        return Error{RequestText::tr("request %1: the answer has no text").arg(id)};
    r->answer = RequestAnswer{text, by, date, {}};
    r->status = RequestStatus::Answered;
    return success();
}

Status closeRequest(SmoutDocument &doc, const QString &id, Role actor, const QString &by,
                    const QDate &date)
{
    InformationRequest *r = find(doc, id);
    if (!r)
        return unknownId(doc, id);
    if (const Status allowed = mayClose(*r, actor); !allowed)
        return allowed;
    r->closed = RequestClosure{by, date, {}};
    r->status = RequestStatus::Closed;
    return success();
}

bool changedSinceRequest(const QJsonObject &json, const InformationRequest &request)
{
    return request.valueAtRequest && valueAtPath(json, request.path) != request.valueAtRequest;
}

} // namespace smout::review
