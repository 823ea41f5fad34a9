#include "SigningWorkflow.h"

#include "RoleRegistry.h"
#include "SeparationOfDuties.h"
#include "AdjudicatedData.h"
#include "SignatureSpans.h"
#include "SignatureVerifier.h"
#include "model/Roles.h"
#include "pdf/PdfExporter.h"

#include <QCoreApplication>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct WorkflowText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SigningWorkflow)
};

Prepared refuse(const QString &why)
{
    return {{}, why};
}

// The errors on what the signer's signature certifies (model/Roles.h, through the rule
// engine's role filter), one per line; empty when there are none.
QString certifiedErrors(const SmoutDocument &doc, RuleContext context, Role signer)
{
    context.role = signer;
    const Findings findings = RuleEngine::validate(doc, context);
    const int errors = countOf(findings, Severity::Error);
    if (errors == 0)
        return {};
    QString list;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            list += u"  %1 %2: %3\n"_s.arg(f.ruleId, f.path, f.message);
    return WorkflowText::tr("the document has %n error(s) and cannot be signed until they are fixed:\n", nullptr, errors) + list;
}

// The program office signs once the draft is complete for every role, 2a (counsel's) included:
// what it signs is then the finished form, which the verification of the signed data lays
// out the same, without a draft mark or findings appendix, and counsel's answer is inside
// the revision counsel countersigns.
QString authorRefusal(const SmoutDocument &doc, RuleContext context)
{
    context.role.reset();
    const Findings findings = RuleEngine::validate(doc, context);
    const bool counselOpen = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.severity == Severity::Error && ownerOf(f.path) == Role::Counsel;
    });
    // Every role's errors: the reviewer's signature certifies the whole document.
    const QString errors = certifiedErrors(doc, context, Role::Reviewer);
    if (!counselOpen)
        return errors;
    return WorkflowText::tr("counsel must answer question 2a before you sign: send the draft to counsel (File \u2192 Send to Counsel\u2026)")
        + u"\n"_s + errors;
}

} // namespace

Result<Prepared> prepareForSigning(const SigningInput &input)
{
    if (input.role == Role::Counsel) {
        if (signatureSpans(input.signedPdf).isEmpty())
            return refuse(WorkflowText::tr("the PDF is not signed by the program office; counsel signs the author-signed submission"));
        auto doc = pdf::importPdf(authorRevision(input.signedPdf));
        if (!doc)
            return Error{doc.error()};
        if (doc->questions.q2Authorities.isEmpty() || doc->questions.q2aCounselReviewed != YesNo::Yes)
            return refuse(WorkflowText::tr("counsel can certify only when question 2 lists authorities and 2a is answered Yes"));
        if (const QString errors = certifiedErrors(doc.value(), input.context, Role::Counsel); !errors.isEmpty())
            return refuse(errors);
        return Prepared{input.signedPdf, {}};
    }

    const QString errors = input.role == Role::Author ? authorRefusal(input.document, input.context)
                                                      : certifiedErrors(input.document, input.context, input.role);
    if (!errors.isEmpty())
        return refuse(errors);
    const RuleContext &context = input.context;
    pdf::ExportOptions options;
    options.today = context.today;
    options.attachmentDir = context.attachmentDir;
    if (input.role == Role::Reviewer) {
        if (input.document.review.determination.outcome == Outcome::Unset)
            return refuse(WorkflowText::tr("the review section has no determination yet"));
        if (input.signedPdf.isEmpty())
            return refuse(WorkflowText::tr("the reviewer signs an adjudication of the counsel-signed submission: give the submission"));
        auto submitted = pdf::importPdf(authorRevision(input.signedPdf));
        if (!submitted || submitted->id != input.document.id)
            return refuse(WorkflowText::tr("the submission is not the signed submission of this SMOUT (document ids differ)"));
        if (const QStringList changed = changedSinceCounsel(input.document, submitted.value()); !changed.isEmpty())
            return refuse(WorkflowText::tr("the document to adjudicate differs from what counsel signed outside the review "
                                           "section, at %1: adjudicate the data of the counsel-signed submission (open its PDF)")
                              .arg(changed.join(u", "_s)));
        options.submissionPdf = input.signedPdf;
    }
    options.keepLayoutForCheck = true;
    auto exported = pdf::exportPdf(input.document, options);
    if (!exported)
        return Error{exported.error()};
    return Prepared{exported->bytes, {}};
}

Status checkChainBeforeSigning(Role role, const QByteArray &signedPdf)
{
    if (role == Role::Author)
        return success();
    auto report = verifyPdf(signedPdf);
    if (!report)
        return Error{WorkflowText::tr("the signed PDF cannot be verified, so it is not signed on top of: %1").arg(report.error())};
    const bool counselSigned = std::any_of(report->signatures.begin(), report->signatures.end(),
                                           [](const SignatureReport &s) { return s.role == QLatin1String(codeOf(Role::Counsel)); });
    if (report->ok() && (role != Role::Reviewer || counselSigned))
        return success();
    QStringList problems = report->problems;
    if (role == Role::Reviewer && !counselSigned)
        problems << WorkflowText::tr("the submission is not signed by counsel");
    for (const SignatureReport &s : report->signatures) {
        if (!s.trusted && s.problems.isEmpty())
            problems << WorkflowText::tr("%1: the certificate is not trusted").arg(s.field);
        for (const QString &p : s.problems)
            problems << u"%1: %2"_s.arg(s.field, p);
    }
    return Error{WorkflowText::tr("the signatures of the PDF do not hold up, so it is not signed on top of:\n  %1")
                     .arg(problems.join(u"\n  "_s))};
}

QString componentSigned(const SigningInput &input)
{
    if (input.role != Role::Counsel)
        return input.document.summary.component;
    const auto doc = pdf::importPdf(authorRevision(input.signedPdf));
    return doc ? doc->summary.component : QString();
}

std::function<Status(const SignerIdentity &)> signerAdmission(const SigningInput &input, const RoleRegistry *registry)
{
    const QList<RoleSignature> chain = input.role == Role::Author ? QList<RoleSignature>() : signersOf(input.signedPdf);
    const std::optional<RoleRegistry> roles = registry ? std::optional(*registry) : std::nullopt;
    const QString component = roles ? componentSigned(input) : QString();
    const Role role = input.role;
    return [chain, roles, component, role](const SignerIdentity &who) -> Status {
        if (const QString same = separationRefusal(chain, role, who); !same.isEmpty())
            return Error{same};
        if (roles)
            if (const QString refused = roles->refusal(role, who, component); !refused.isEmpty())
                return Error{refused};
        return success();
    };
}

} // namespace smout::signing
