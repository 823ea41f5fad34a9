#include "SignatureVerifier.h"

#include "AdjudicatedData.h"
#include "CertificateCheck.h"
#include "LongTermValidation.h"
#include "OcspResponses.h"
#include "PdfSoundness.h"
#include "RoleFacts.h"
#include "RevisionDiff.h"
#include "RevocationLists.h"
#include "SignatureBoxes.h"
#include "SignatureSpans.h"
#include "SignedRevisionContent.h"
#include "SignerRoles.h"
#include "ValidationData.h"
#include "VisibleText.h"
#include "io/SmoutJson.h"
#include "model/FieldNames.h"
#include "model/Roles.h"
#include "pdf/EmbeddedDocument.h"
#include "pdf/PdfExporter.h"
#include "pdf/SignatureSlots.h"
#include "pdf/SubmissionSigners.h"

#include <QCoreApplication>
#include <QDateTime>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>
#include <optional>

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

std::optional<Role> roleOfFieldName(const QString &field)
{
    for (const Role r : allOf<Role>())
        if (field == pdf::signatureFieldName(r))
            return r;
    return std::nullopt;
}

QString roleOfField(const QString &field)
{
    const auto role = roleOfFieldName(field);
    return role ? QString(codeOf(*role)) : QString();
}

// Said when a certificate that has expired since still verifies thanks to its timestamp.
QStringList timestampedExpiryNote(const QString &field, const QDateTime &expiry, const QDateTime &proven)
{
    if (!expiry.isValid() || expiry > QDateTime::currentDateTimeUtc())
        return {};
    return {VerifyText::tr("%1: the signer's certificate expired on %2; the timestamp proves the signature was made on %3, before")
                .arg(field, expiry.toUTC().toString(Qt::ISODate), proven.toString(Qt::ISODate))};
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

struct RevocationEvidence {
    QList<QByteArray> crls, ocsps; // DER: the user's and the file's /DSS
};

// The earliest revocation of `certificate` the CRLs and OCSP responses prove; an OCSP response
// about it that its issuer did not sign is added to `problems`.
std::optional<QDateTime> revokedOn(const QByteArray &certificate, const RevocationEvidence &evidence, const QDateTime &since,
                                   QStringList &problems)
{
    std::optional<QDateTime> revoked = revocationDate(certificate, evidence.crls);
    const OcspFinding ocsp = ocspFinding(certificate, evidence.ocsps, since);
    problems << ocsp.forged;
    if (ocsp.revoked && (!revoked || *ocsp.revoked < *revoked))
        revoked = ocsp.revoked;
    return revoked;
}

// A TSA certificate revoked by the time it stamped proves nothing about that time.
template <typename Stamp> void judgeTsaRevocation(Stamp &t, const RevocationEvidence &evidence)
{
    const std::optional<QDateTime> revoked = revokedOn(t.certificate, evidence, t.time, t.problems);
    if (!revoked || !t.time.isValid() || *revoked > t.time)
        return;
    t.trusted = false;
    t.problems << VerifyText::tr("the TSA's certificate was revoked on %1, before the time it stamped (%2)").arg(utc(*revoked), utc(t.time));
}

// A signer certificate the revocation lists name: revoked after the time a trusted timestamp
// proves, the signature stands (with a note); revoked before, or with no such proof, it does not.
void judgeSignerRevocation(SignatureReport &r, QStringList &notes, const RevocationEvidence &evidence, const QDateTime &proven)
{
    const std::optional<QDateTime> revoked = revokedOn(r.certificate, evidence, proven, r.problems);
    if (!revoked)
        return;
    if (proven.isValid() && *revoked > proven) {
        notes << VerifyText::tr("%1: the signer's certificate was revoked on %2; the timestamp proves the signature was made on %3, before")
                     .arg(r.field, utc(*revoked), utc(proven));
        return;
    }
    const QString problem = proven.isValid()
        ? VerifyText::tr("the signer's certificate was revoked on %1, before the signature was made (timestamp: %2)").arg(utc(*revoked), utc(proven))
        : VerifyText::tr("the signer's certificate was revoked on %1, and no trusted timestamp proves the signature was made before").arg(utc(*revoked));
    r.trusted = false;
    if (r.certificateProblem.isEmpty())
        r.certificateProblem = problem;
    r.problems << problem;
}

} // namespace

bool VerificationReport::ok() const
{
    if (!problems.isEmpty() || signatures.isEmpty())
        return false;
    return std::all_of(signatures.begin(), signatures.end(), [](const SignatureReport &s) {
        return s.valid && s.trusted && !s.modifiedAfter && s.problems.isEmpty() && (!s.timestamp || s.timestamp->ok());
    }) && std::all_of(documentTimestamps.begin(), documentTimestamps.end(), [](const DocumentTimestampReport &t) { return t.ok(); });
}

namespace {

QByteArray firstSignedRevision(const QByteArray &pdf, const QList<SignatureSpan> &spans)
{
    for (const SignatureSpan &s : spans)
        if (s.problems.isEmpty())
            return pdf.left(s.end());
    return pdf;
}

// What a later revision replaced is no longer in the file's own view, which soundnessProblems()
// reads, yet the checks read each signed revision as it was signed: it is held to the same
// limits.
Status signedRevisionsWithinLimits(const QByteArray &pdf, const QList<SignatureSpan> &spans)
{
    for (const SignatureSpan &s : spans) {
        if (!s.problems.isEmpty() || s.end() >= pdf.size())
            continue;
        if (const Status checked = withinLimits(pdf.left(s.end())); !checked)
            return Error{VerifyText::tr("the revision signed by signature %1: %2").arg(&s - spans.data() + 1).arg(checked.error())};
    }
    return success();
}

} // namespace

QByteArray authorRevision(const QByteArray &pdf)
{
    return firstSignedRevision(pdf, signatureSpans(pdf));
}

namespace {

// What the reviewer signed against what counsel signed (AdjudicatedData.h).
QStringList adjudicationDiffersFromSubmission(const QByteArray &signedRevision, const QByteArray &submission)
{
    const Result<SmoutDocument> adjudicated = pdf::importPdf(signedRevision);
    const Result<SmoutDocument> certified = pdf::importPdf(authorRevision(submission));
    if (!adjudicated || !certified)
        return {}; // the page comparisons name a document that cannot be read
    QStringList out;
    for (const QString &path : changedSinceCounsel(adjudicated.value(), certified.value()))
        out << VerifyText::tr("the adjudicated data differs from what counsel signed at %1 (%2)").arg(path, fieldName(path));
    return out;
}

// poppler's answer about the certificate is not used (CertificateCheck.h), yet only a
// certificate check gives the certificate; without OCSP it stays off the network.
constexpr int ValidateOffline = Poppler::FormFieldSignature::ValidateVerifyCertificate
    | Poppler::FormFieldSignature::ValidateWithoutOCSPRevocationCheck;

// The adjudication's last page names the submission's signers as its signature dictionaries
// give them (pdf/SubmissionSigners.h); each must be who the verified signature of that role is.
QStringList shownSignerProblems(const QByteArray &submission, const VerificationReport &inner)
{
    QStringList problems;
    for (const pdf::SubmissionSigner &shown : pdf::submissionSigners(submission)) {
        const auto verified = std::find_if(inner.signatures.begin(), inner.signatures.end(), [&](const SignatureReport &s) {
            return s.field == pdf::signatureFieldName(shown.role);
        });
        if (verified == inner.signatures.end() || verified->signer != shown.name)
            problems << VerifyText::tr("the signature page names \"%1\" as the %2's signer, but the embedded submission's signature is by \"%3\"")
                            .arg(shown.name, roleInSentence(shown.role), verified == inner.signatures.end() ? VerifyText::tr("nobody") : verified->signer);
    }
    return problems;
}

// `depth` counts the embedded submissions around this file: the workflow makes one level.
// Given `pagesLeft`, the comparison of the pages with the embedded data is handed over there
// unfinished, its differences to be added to the report's problems by the caller.
Result<VerificationReport> verifyAt(const QByteArray &pdf, int depth, const VerifyOptions &options,
                                    std::unique_ptr<PageComparison> *pagesLeft = nullptr)
{
    if (!pdf.startsWith("%PDF-"))
        return Error{VerifyText::tr("not a PDF file")};
    VerificationReport report;
    auto sound = soundnessProblems(pdf);
    if (!sound)
        return Error{sound.error()};
    report.problems << sound.value();
    const QList<SignatureSpan> spans = signatureSpans(pdf);
    if (const Status limits = signedRevisionsWithinLimits(pdf, spans); !limits)
        return Error{limits.error()};
    const QByteArray signedRevision = firstSignedRevision(pdf, spans);
    // Comparing the pages with the embedded data is the slowest check and needs nothing the
    // others find: its layout half starts now and runs while the signatures are validated.
    std::unique_ptr<PageComparison> pages;
    if (!spans.isEmpty()) {
        pages = std::make_unique<PageComparison>(signedRevision);
        report.problems << unexpectedInSignedRevision(signedRevision);
    }
    const Result<QByteArray> submission = pdf::embeddedFile(signedRevision, u"submission.pdf"_s);
    const ValidationData dss = validationDataIn(pdf);
    const RevocationEvidence evidence{options.crls + dss.crls, options.ocsps + dss.ocsps};
    // Document timestamps are not signatures: they are reported on their own.
    report.documentTimestamps = documentTimestamps(pdf);
    QSet<QString> stampFields;
    for (DocumentTimestampReport &t : report.documentTimestamps) {
        stampFields.insert(t.field);
        judgeTsaRevocation(t, evidence);
    }
    // An adjudication PDF carries the signed submission: its signatures are validated first,
    // while both layouts run beside (a core each where two are free), and its pages are
    // compared last, with this file's.
    if (submission && depth >= 1)
        return Error{VerifyText::tr("the embedded submission embeds a submission itself: one level of embedded "
                                    "submissions is the limit")};
    // The adjudication's validation data speaks for the embedded submission's certificates too.
    VerifyOptions innerOptions = options;
    innerOptions.crls = evidence.crls;
    innerOptions.ocsps = evidence.ocsps;
    std::unique_ptr<PageComparison> innerPages;
    const Result<VerificationReport> inner = submission ? verifyAt(submission.value(), depth + 1, innerOptions, &innerPages)
                                                        : Result<VerificationReport>(VerificationReport{});
    if (!inner)
        return Error{VerifyText::tr("the embedded submission: %1").arg(inner.error())};
    {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        if (!doc)
            return Error{pdf.trimmed().endsWith("%%EOF") ? VerifyText::tr("not a readable PDF")
                                                         : VerifyText::tr("not a readable PDF: the file is truncated (it does not end with %%EOF)")};
        QList<SignatureReport> found;
        QList<qint64> ends;
        QStringList reasons;
        for (int i = 0; i < doc->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page = doc->page(i);
            if (!page)
                continue;
            for (const auto &field : page->formFields()) {
                if (field->type() != Poppler::FormField::FormSignature || stampFields.contains(field->name()))
                    continue;
                const auto *sig = static_cast<const Poppler::FormFieldSignature *>(field.get());
                const Poppler::SignatureValidationInfo info = sig->validate(ValidateOffline, QDateTime());
                SignatureReport r;
                r.field = field->name();
                r.role = roleOfField(r.field);
                r.signer = info.signerName();
                r.time = info.signingTime() > 0 ? QDateTime::fromSecsSinceEpoch(info.signingTime(), Qt::UTC).toString(Qt::ISODate) : QString();
                r.hash = hashName(info.hashAlgorithm());
                r.coversWholeDocument = info.signsTotalDocument();
                r.valid = info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureValid;
                r.certificate = info.certificateInfo().certificateData();
                const QList<qint64> bounds = info.signedRangeBounds();
                const QByteArray cms = bounds.size() == 4 ? QByteArray::fromHex(pdf.mid(bounds[1], bounds[2] - bounds[1])) : QByteArray();
                r.timestamp = signatureTimestamp(cms);
                if (r.timestamp)
                    judgeTsaRevocation(*r.timestamp, evidence);
                // A trusted timestamp proves when it signed: the certificate is checked as of then.
                const QDateTime proven = r.timestamp && r.timestamp->ok() ? r.timestamp->time : QDateTime();
                const CertificateVerdict verdict = checkSignerCertificate(info.certificateInfo().certificateData(), cms, {.online = options.online, .at = proven});
                if (proven.isValid() && verdict.status == Poppler::SignatureValidationInfo::CertificateTrusted)
                    report.notes << timestampedExpiryNote(r.field, info.certificateInfo().validityEnd(), proven);
                r.trusted = verdict.status == Poppler::SignatureValidationInfo::CertificateTrusted;
                if (const QString p = signatureProblem(info.signatureStatus()); !p.isEmpty())
                    r.problems << p;
                r.certificateProblem = !verdict.unchosenRoot.isEmpty()
                    ? VerifyText::tr("the signer's certificate chain ends at a root you have not chosen to trust: %1").arg(verdict.unchosenRoot)
                    : certificateProblem(verdict.status);
                if (!r.certificateProblem.isEmpty())
                    r.problems << r.certificateProblem;
                judgeSignerRevocation(r, report.notes, evidence, proven);
                ends << (bounds.isEmpty() ? -1 : bounds.last());
                reasons << info.reason();
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
        // Roles, as the signed data states them, in the order of the revisions signed.
        QList<qsizetype> byRevision;
        for (qsizetype i = 0; i < report.signatures.size(); ++i)
            byRevision << i;
        std::stable_sort(byRevision.begin(), byRevision.end(), [&](qsizetype x, qsizetype y) { return ends[x] < ends[y]; });
        QList<SignedRole> roles;
        for (const qsizetype i : byRevision)
            roles << SignedRole{report.signatures[i].field, reasons[i], roleOfFieldName(report.signatures[i].field)};
        const QList<QStringList> roleIssues = roleProblems(roles, submission.ok());
        for (qsizetype k = 0; k < byRevision.size(); ++k) {
            SignatureReport &r = report.signatures[byRevision[k]];
            if (const auto stated = roleOfReason(reasons[byRevision[k]]))
                r.role = QString(codeOf(*stated));
            r.problems << roleIssues[k];
        }
        if (spans.size() > report.signatures.size() + report.documentTimestamps.size())
            report.problems << VerifyText::tr("%1 signature dictionaries are not attached to any signature field")
                                   .arg(spans.size() - report.signatures.size() - report.documentTimestamps.size());
        QSet<QString> verified;
        for (const SignatureReport &r : std::as_const(report.signatures))
            if (r.valid)
                verified.insert(r.field);
        // A document timestamp's widget is invisible and its own; an invalid one is named above.
        for (const DocumentTimestampReport &t : std::as_const(report.documentTimestamps))
            if (t.valid)
                verified.insert(t.field);
        report.problems << signatureBoxesWithoutSignature(pdf, verified);
    } // poppler's objects go before NSS shuts down

    if (report.signatures.isEmpty())
        report.problems << VerifyText::tr("the PDF carries no signature");
    else if (pages && pagesLeft)
        *pagesLeft = std::move(pages);
    else
        report.problems << (pages ? pages->differences() : pagesDifferFromData(signedRevision));

    if (submission) {
        report.problems << shownSignerProblems(submission.value(), inner.value());
        for (SignatureReport s : inner->signatures) {
            s.field = u"submission/"_s + s.field;
            report.signatures << s;
        }
        const QStringList innerProblems = inner->problems + (innerPages ? innerPages->differences() : QStringList());
        for (const QString &p : innerProblems)
            report.problems << VerifyText::tr("the embedded submission: %1").arg(p);
        for (const QString &n : inner->notes)
            report.notes << VerifyText::tr("the embedded submission: %1").arg(n);
        if (std::none_of(inner->signatures.begin(), inner->signatures.end(),
                         [](const SignatureReport &s) { return s.role == QLatin1String(codeOf(Role::Counsel)); }))
            report.problems << VerifyText::tr("the embedded submission is not signed by counsel");
        report.problems << adjudicationDiffersFromSubmission(signedRevision, submission.value());
    }
    report.ltv = verifiableAfterExpiry(report, dss);
    return report;
}

} // namespace

Result<VerificationReport> verifyPdf(const QByteArray &pdf, const VerifyOptions &options)
{
    auto report = verifyAt(pdf, 0, options);
    if (report)
        checkRoleFacts(report.value(), pdf, options.roles);
    return report;
}

QStringList changesInFile(const QByteArray &pdf)
{
    auto sound = soundnessProblems(pdf);
    if (!sound)
        return {sound.error()};
    QStringList findings = sound.value();
    const QList<SignatureSpan> spans = signatureSpans(pdf);
    if (const Status limits = signedRevisionsWithinLimits(pdf, spans); !limits)
        return {limits.error()};
    int number = 0;
    for (const SignatureSpan &s : spans) {
        ++number;
        if (!s.problems.isEmpty()) {
            findings << VerifyText::tr("signature %1: %2").arg(number).arg(s.problems.join(u"; "_s));
            continue;
        }
        if (s.end() >= pdf.size())
            continue;
        const auto changes = changesAfterSigning(pdf.left(s.end()), pdf);
        for (const QString &c : changes ? changes.value() : QStringList{changes.error()})
            findings << VerifyText::tr("after signature %1: %2").arg(number).arg(c);
    }
    if (!spans.isEmpty()) {
        const QByteArray signedRevision = authorRevision(pdf);
        findings << unexpectedInSignedRevision(signedRevision) << pagesDifferFromData(signedRevision);
    }
    return findings;
}

} // namespace smout::signing
