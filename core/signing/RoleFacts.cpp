#include "RoleFacts.h"

#include "RoleRegistry.h"
#include "SeparationOfDuties.h"
#include "pdf/PdfExporter.h"

#include <QCoreApplication>

namespace smout::signing {

namespace {

struct FactsText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::RoleFacts)
};

} // namespace

void checkRoleFacts(VerificationReport &report, const QByteArray &pdf, const RoleRegistry *registry)
{
    QList<std::optional<Role>> roles;
    QList<SignerIdentity> people;
    for (const SignatureReport &s : std::as_const(report.signatures)) {
        roles << fromCode<Role>(s.role);
        people << identityOfCertificate(s.certificate);
    }
    // Each pair of roles signed by one person is named once, at the later role.
    for (qsizetype i = 0; i < roles.size(); ++i)
        for (qsizetype j = 0; j < roles.size(); ++j)
            if (roles[i] && roles[j] && *roles[i] < *roles[j] && samePerson(people[i], people[j])) {
                const QString problem = sameSignerProblem(*roles[i], *roles[j]);
                if (!report.signatures[j].problems.contains(problem))
                    report.signatures[j].problems << problem;
            }
    if (!registry)
        return;
    const auto document = pdf::importPdf(authorRevision(pdf));
    const QString component = document ? document->summary.component : QString();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (!roles[i] || !registry->checks(*roles[i]))
            continue;
        const QString refused = registry->refusal(*roles[i], people[i], component);
        if (refused.isEmpty())
            report.signatures[i].roleChecked = true;
        else
            report.signatures[i].problems << refused;
    }
}

QString roleCheckText(const SignatureReport &signature)
{
    return signature.roleChecked ? FactsText::tr("checked against the role registry") : FactsText::tr("stated by the signer, not checked");
}

} // namespace smout::signing
