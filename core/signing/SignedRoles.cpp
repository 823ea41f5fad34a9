#include "SignedRoles.h"

#include "SignerIdentity.h"

#include <QCoreApplication>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct SignedText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignedRoles)
};

bool holdsUp(const SignatureReport &s)
{
    return s.valid && s.trusted && !s.modifiedAfter && s.problems.isEmpty();
}

} // namespace

store::SignedRoles signedRolesOf(const VerificationReport &report)
{
    store::SignedRoles roles;
    if (!report.problems.isEmpty())
        return roles;
    bool embedded = false;
    for (const SignatureReport &s : report.signatures) {
        if (s.field.startsWith(u"submission/"_s)) {
            embedded = true;
            continue;
        }
        if (!holdsUp(s))
            continue;
        const SignerIdentity who = identityOfCertificate(s.certificate);
        roles.signers << SignedText::tr("%1 %2 (SHA-256 %3)").arg(s.role, who.subject, displayFingerprint(who.sha256));
        roles.author = roles.author || s.role == QLatin1String(codeOf(Role::Author));
        roles.counsel = roles.counsel || s.role == QLatin1String(codeOf(Role::Counsel));
        roles.reviewer = roles.reviewer || s.role == QLatin1String(codeOf(Role::Reviewer));
    }
    roles.counsel = roles.counsel && roles.author;
    roles.reviewer = roles.reviewer && embedded && report.ok();
    return roles;
}

store::SignedRoles verifiedRolesOf(const QByteArray &pdf, const RoleRegistry *registry, QString *unbelieved)
{
    auto report = verifyPdf(pdf, {.roles = registry});
    if (!report) {
        if (unbelieved)
            *unbelieved = report.error();
        return {};
    }
    const store::SignedRoles roles = signedRolesOf(report.value());
    if (unbelieved) {
        QStringList why = report->problems;
        for (const SignatureReport &s : report->signatures) {
            if (!s.trusted && s.problems.isEmpty())
                why << SignedText::tr("%1: the certificate is not trusted").arg(s.field);
            for (const QString &p : s.problems)
                why << u"%1: %2"_s.arg(s.field, p);
        }
        *unbelieved = why.join(u"; "_s);
    }
    return roles;
}

} // namespace smout::signing
