#include "SignedFileCheck.h"

#include "SignatureVerifier.h"

#include <QCoreApplication>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignedFileCheck)
};

} // namespace

Status checkSignedFile(const QByteArray &signedPdf)
{
    auto report = verifyPdf(signedPdf);
    if (!report)
        return Error{CheckText::tr("the signed file cannot be verified: %1").arg(report.error())};
    QStringList problems = report->problems;
    if (report->signatures.isEmpty())
        problems << CheckText::tr("the signed file carries no signature");
    for (const SignatureReport &s : report->signatures) {
        QStringList own = s.problems;
        own.removeAll(s.certificateProblem);
        if (!s.valid && own.isEmpty())
            own << CheckText::tr("the signature is not valid");
        for (const QString &p : std::as_const(own))
            problems << u"%1: %2"_s.arg(s.field, p);
    }
    if (problems.isEmpty())
        return success();
    return Error{CheckText::tr("the signed file would not verify:\n  %1").arg(problems.join(u"\n  "_s))};
}

} // namespace smout::signing
