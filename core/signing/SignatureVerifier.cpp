#include "SignatureVerifier.h"

#include "PdfSoundness.h"
#include "RevisionDiff.h"
#include "SignatureSpans.h"
#include "io/SmoutJson.h"
#include "pdf/EmbeddedDocument.h"
#include "pdf/PdfExporter.h"
#include "pdf/SignatureSlots.h"

#include <QCoreApplication>
#include <QDateTime>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct VerifyText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignatureVerifier)
};

QString hashName(Poppler::SignatureValidationInfo::HashAlgorithm h)
{
    using H = Poppler::SignatureValidationInfo;
    switch (h) {
    case H::HashAlgorithmSha256: return u"SHA-256"_s;
    case H::HashAlgorithmSha384: return u"SHA-384"_s;
    case H::HashAlgorithmSha512: return u"SHA-512"_s;
    case H::HashAlgorithmSha224: return u"SHA-224"_s;
    case H::HashAlgorithmSha1: return u"SHA-1"_s;
    case H::HashAlgorithmMd5: return u"MD5"_s;
    case H::HashAlgorithmMd2: return u"MD2"_s;
    case H::HashAlgorithmUnknown: break;
    }
    return VerifyText::tr("unknown");
}

QString certificateProblem(Poppler::SignatureValidationInfo::CertificateStatus s)
{
    using S = Poppler::SignatureValidationInfo;
    switch (s) {
    case S::CertificateTrusted: return {};
    case S::CertificateUntrustedIssuer: return VerifyText::tr("the certificate's issuer is marked untrusted");
    case S::CertificateUnknownIssuer: return VerifyText::tr("the certificate does not chain to a trusted root (unknown or untrusted CA)");
    case S::CertificateRevoked: return VerifyText::tr("the certificate was revoked");
    case S::CertificateExpired: return VerifyText::tr("the certificate had expired or was not yet valid when it signed");
    case S::CertificateGenericError:
    case S::CertificateNotVerified: break;
    }
    return VerifyText::tr("the certificate could not be verified");
}

QString signatureProblem(Poppler::SignatureValidationInfo::SignatureStatus s)
{
    using S = Poppler::SignatureValidationInfo;
    switch (s) {
    case S::SignatureValid: return {};
    case S::SignatureDigestMismatch: return VerifyText::tr("the signed bytes were changed after signing (digest mismatch)");
    case S::SignatureDecodingError: return VerifyText::tr("the signature data is malformed");
    case S::SignatureInvalid: return VerifyText::tr("the signature is cryptographically invalid");
    case S::SignatureNotFound: return VerifyText::tr("the signature is missing");
    case S::SignatureGenericError:
    case S::SignatureNotVerified: break;
    }
    return VerifyText::tr("the signature could not be verified");
}

QString roleOfField(const QString &field)
{
    for (const Role r : allOf<Role>())
        if (field == pdf::signatureFieldName(r))
            return QString(codeOf(r));
    return {};
}

// The document the author signed must read as the PDF shows it.
QStringList visibleTextMismatch(const QByteArray &revision)
{
    const auto doc = pdf::importPdf(revision);
    if (!doc)
        return {VerifyText::tr("the signed revision holds no readable SMOUT document: %1").arg(doc.error())};
    std::unique_ptr<Poppler::Document> pdfDoc = Poppler::Document::loadFromData(revision);
    if (!pdfDoc)
        return {};
    QString text;
    for (int i = 0; i < pdfDoc->numPages(); ++i)
        if (std::unique_ptr<Poppler::Page> page = pdfDoc->page(i))
            text += page->text(QRectF()) + u' ';
    const QString flat = text.simplified().remove(u' ').remove(u'-');
    QStringList expected{doc->id};
    expected << doc->questions.q2Authorities << doc->summary.itSystems;
    for (const auto &p : doc->summary.pias)
        expected << p.id;
    QStringList missing;
    for (const QString &e : expected) {
        const QString needle = e.simplified().remove(u' ').remove(u'-').left(60);
        if (!needle.isEmpty() && !flat.contains(needle))
            missing << e.left(60);
    }
    if (missing.isEmpty())
        return {};
    return {VerifyText::tr("the visible text does not match the embedded document (not shown: %1)").arg(missing.join(u"; "_s))};
}

} // namespace

bool VerificationReport::ok() const
{
    if (!problems.isEmpty() || signatures.isEmpty())
        return false;
    return std::all_of(signatures.begin(), signatures.end(), [](const SignatureReport &s) {
        return s.valid && s.trusted && !s.modifiedAfter && s.problems.isEmpty();
    });
}

QByteArray authorRevision(const QByteArray &pdf)
{
    const QList<SignatureSpan> spans = signatureSpans(pdf);
    for (const SignatureSpan &s : spans)
        if (s.problems.isEmpty())
            return pdf.left(s.end());
    return pdf;
}

namespace {

// `depth` counts the embedded submissions around this file: the workflow makes one level.
Result<VerificationReport> verifyAt(const QByteArray &pdf, int depth)
{
    if (!pdf.startsWith("%PDF-"))
        return Error{VerifyText::tr("not a PDF file")};
    VerificationReport report;
    auto sound = soundnessProblems(pdf);
    if (!sound)
        return Error{sound.error()};
    report.problems << sound.value();
    const QList<SignatureSpan> spans = signatureSpans(pdf);
    {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        if (!doc)
            return Error{pdf.trimmed().endsWith("%%EOF") ? VerifyText::tr("not a readable PDF")
                                                         : VerifyText::tr("not a readable PDF: the file is truncated (it does not end with %%EOF)")};
        QList<SignatureReport> found;
        QList<qint64> ends;
        for (int i = 0; i < doc->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page = doc->page(i);
            if (!page)
                continue;
            for (const auto &field : page->formFields()) {
                if (field->type() != Poppler::FormField::FormSignature)
                    continue;
                const auto *sig = static_cast<const Poppler::FormFieldSignature *>(field.get());
                const Poppler::SignatureValidationInfo info = sig->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate, QDateTime());
                SignatureReport r;
                r.field = field->name();
                r.role = roleOfField(r.field);
                r.signer = info.signerName();
                r.time = info.signingTime() > 0 ? QDateTime::fromSecsSinceEpoch(info.signingTime(), Qt::UTC).toString(Qt::ISODate) : QString();
                r.hash = hashName(info.hashAlgorithm());
                r.coversWholeDocument = info.signsTotalDocument();
                r.valid = info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureValid;
                r.trusted = info.certificateStatus() == Poppler::SignatureValidationInfo::CertificateTrusted;
                if (const QString p = signatureProblem(info.signatureStatus()); !p.isEmpty())
                    r.problems << p;
                if (const QString p = certificateProblem(info.certificateStatus()); !p.isEmpty())
                    r.problems << p;
                const QList<qint64> bounds = info.signedRangeBounds();
                ends << (bounds.isEmpty() ? -1 : bounds.last());
                found << r;
            }
        }
        report.signatures = found;
        // Match the byte-level checks to each signature by the revision it ends.
        for (qsizetype i = 0; i < report.signatures.size(); ++i) {
            SignatureReport &r = report.signatures[i];
            const auto span = std::find_if(spans.begin(), spans.end(), [&](const SignatureSpan &s) { return s.end() == ends[i]; });
            const SignatureSpan *s = span != spans.end() ? &*span : (i < spans.size() ? &spans[i] : nullptr);
            if (!s) {
                r.valid = false;
                r.problems << VerifyText::tr("no signed byte range belongs to this signature");
                continue;
            }
            if (!s->problems.isEmpty()) {
                r.valid = false;
                r.problems << s->problems;
                continue;
            }
            if (s->end() < pdf.size()) {
                const auto changes = changesAfterSigning(pdf.left(s->end()), pdf);
                const QStringList what = changes ? changes.value() : QStringList{changes.error()};
                if (!what.isEmpty()) {
                    r.modifiedAfter = true;
                    r.problems << VerifyText::tr("modified after signing by %1: %2")
                                      .arg(r.signer.isEmpty() ? r.field : r.signer, what.join(u"; "_s));
                }
            }
        }
        if (spans.size() > report.signatures.size())
            report.problems << VerifyText::tr("%1 signature dictionaries are not attached to any signature field")
                                   .arg(spans.size() - report.signatures.size());
    } // poppler's objects go before NSS shuts down

    if (report.signatures.isEmpty())
        report.problems << VerifyText::tr("the PDF carries no signature");
    else
        report.problems << visibleTextMismatch(authorRevision(pdf));

    // An adjudication PDF carries the signed submission: verify it too.
    if (auto submission = pdf::embeddedFile(pdf, u"submission.pdf"_s)) {
        if (depth >= 1)
            return Error{VerifyText::tr("the embedded submission embeds a submission itself: one level of embedded "
                                        "submissions is the limit")};
        auto inner = verifyAt(submission.value(), depth + 1);
        if (!inner)
            return Error{VerifyText::tr("the embedded submission: %1").arg(inner.error())};
        else {
            for (SignatureReport s : inner->signatures) {
                s.field = u"submission/"_s + s.field;
                report.signatures << s;
            }
            for (const QString &p : inner->problems)
                report.problems << VerifyText::tr("the embedded submission: %1").arg(p);
        }
    }
    return report;
}

} // namespace

Result<VerificationReport> verifyPdf(const QByteArray &pdf)
{
    return verifyAt(pdf, 0);
}

} // namespace smout::signing
