#include "AuditWording.h"

#include "model/Codes.h"
#include "model/FieldNames.h"
#include "model/Roles.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString auditRoleName(const QString &code)
{
    const auto role = smout::fromCode<smout::Role>(code);
    return role ? smout::roleName(*role) : code;
}

QString readableAuditDetail(const QString &detail)
{
    // A key path: a section's key followed by at least one member or index.
    static const QRegularExpression path(u"\\b(?:screening|summary|questions|review|redactions)(?:\\.[A-Za-z0-9_]+|\\[\\d+\\])+"_s);
    // The signers of a signed revision: "signed by author CN=…; counsel CN=…".
    static const QRegularExpression signer(u"(signed by |; )("_s + smout::codeList<smout::Role>().join(u'|') + u")(?= )"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = path.globalMatch(detail); it.hasNext();) {
        const auto m = it.next();
        out += detail.mid(from, m.capturedStart() - from) + smout::fieldName(m.captured());
        from = m.capturedEnd();
    }
    out += detail.mid(from);
    QString named;
    from = 0;
    for (auto it = signer.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        named += out.mid(from, m.capturedStart() - from) + m.captured(1) + auditRoleName(m.captured(2));
        from = m.capturedEnd();
    }
    return named + out.mid(from);
}
