#include "SignerRoles.h"

#include "model/Roles.h"

#include <QCoreApplication>

namespace smout::signing {

namespace {

struct RoleText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignerRoles)
};

} // namespace

std::optional<Role> roleOfReason(const QString &reason)
{
    const QString r = reason.trimmed();
    for (const Role role : allOf<Role>())
        if (r == signingReasonInEnglish(role) || r == QString::fromLatin1(signingReason(role).toLatin1()))
            return role;
    return std::nullopt;
}

QList<QStringList> roleProblems(const QList<SignedRole> &signatures, bool adjudication)
{
    const QList<Role> order = adjudication ? QList<Role>{Role::Reviewer} : QList<Role>{Role::Author, Role::Counsel};
    QList<QStringList> problems;
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const SignedRole &s = signatures[i];
        QStringList p;
        const std::optional<Role> stated = roleOfReason(s.reason);
        if (!stated)
            p << RoleText::tr("its signed data states no role (its reason is \"%1\")").arg(s.reason.left(80));
        else if (s.fieldRole != stated)
            p << RoleText::tr("it was signed as %1 but sits in the signature field \"%2\"").arg(roleInSentence(*stated), s.field);
        if (stated && i < order.size() && *stated != order[i])
            p << RoleText::tr("it was signed as %1, but signature %2 of this %3 belongs to %4")
                     .arg(roleInSentence(*stated))
                     .arg(i + 1)
                     .arg(adjudication ? RoleText::tr("adjudication") : RoleText::tr("submission"), roleInSentence(order[i]));
        else if (i >= order.size())
            p << RoleText::tr("no signature after the one of %1 belongs in this %2")
                     .arg(roleInSentence(order.last()), adjudication ? RoleText::tr("adjudication") : RoleText::tr("submission"));
        problems << p;
    }
    return problems;
}

} // namespace smout::signing
