#include "SignDocument.h"

#include "CertificateDatabase.h"
#include "io/SmoutJson.h"
#include "signing/NssDatabase.h"
#include "signing/SignedFileCheck.h"
#include "signing/SigningWorkflow.h"
#include "signing/TrustAnchors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace smout::workflow {

using namespace Qt::StringLiterals;

namespace {

struct SignText {
    Q_DECLARE_TR_FUNCTIONS(smout::workflow::SignDocument)
};

// A signed PDF to sign on top of, or to embed, is read up to 512 MiB.
constexpr qsizetype MaxSignedPdf = 512 * 1024 * 1024;

SignFailure failed(SignStage stage, const QString &message)
{
    return {stage, message};
}

// The document and the signed PDF the role needs, read where they are not given.
std::optional<SignFailure> readInputs(const SignInputs &inputs, signing::SigningInput &what)
{
    const RoleInputs needed = inputsOf(inputs.role);
    what.role = inputs.role;
    what.context = inputs.context;
    what.signedPdf = inputs.signedPdf;
    if (what.signedPdf.isEmpty() && !inputs.signedPdfPath.isEmpty()) {
        auto bytes = io::readInputFile(inputs.signedPdfPath, MaxSignedPdf);
        if (!bytes)
            return failed(SignStage::Unreadable, bytes.error());
        what.signedPdf = bytes.value();
    }
    if (!needed.document)
        return std::nullopt;
    if (inputs.document) {
        what.document = *inputs.document;
        return std::nullopt;
    }
    auto doc = io::loadSmoutFile(inputs.documentPath);
    if (!doc)
        return failed(SignStage::Unreadable, SignText::tr("%1: %2").arg(inputs.documentPath, doc.error()));
    what.document = doc.value();
    what.context.attachmentDir = inputs.documentPath == u"-" ? QString() : QFileInfo(inputs.documentPath).absolutePath();
    return std::nullopt;
}

// A database for this one signature, protected by the PKCS#12 file's own passphrase, which
// then answers NSS when it asks.
std::optional<SignFailure> openPkcs12(const CertificateSource &source, ReadyToSign &ready)
{
    const auto asked = source.pkcs12Passphrase ? source.pkcs12Passphrase() : Result<QString>(QString());
    if (!asked)
        return failed(SignStage::Unreadable, asked.error());
    const QString &passphrase = asked.value();
    ready.scratch = std::make_shared<QTemporaryDir>();
    const QString db = ready.scratch->filePath(u"nssdb"_s);
    Status made = signing::NssDatabase::create(db, passphrase);
    if (made)
        made = signing::NssDatabase::importPkcs12(db, source.pkcs12, passphrase, passphrase);
    if (made)
        made = signing::addTrustAnchors(db, source.trustAnchors, passphrase);
    if (!made)
        return failed(SignStage::Database, made.error());
    if (const Status opened = signing::NssDatabase::use(db); !opened)
        return failed(SignStage::Database, opened.error());
    ready.secrets = std::make_shared<signing::ListedSecrets>(QStringList{passphrase});
    return std::nullopt;
}

} // namespace

RoleInputs inputsOf(Role role)
{
    switch (role) {
    case Role::Author: return {.document = true, .signedPdf = false};
    case Role::Counsel: return {.document = false, .signedPdf = true};
    case Role::Reviewer: return {.document = true, .signedPdf = true};
    }
    return {};
}

Preparation prepareSignature(const SignInputs &inputs)
{
    Preparation out;
    signing::SigningInput what;
    if (auto unread = readInputs(inputs, what)) {
        out.failure = unread;
        return out;
    }
    auto prepared = signing::prepareForSigning(what);
    if (!prepared) {
        out.failure = failed(SignStage::Inputs, prepared.error());
        return out;
    }
    if (!prepared->ok()) {
        out.failure = failed(SignStage::Refused, prepared->refusal);
        return out;
    }
    out.ready.role = inputs.role;
    out.ready.pdf = prepared->pdf;

    const CertificateSource &source = inputs.certificates;
    if (!source.pkcs12.isEmpty()) {
        if (auto unopened = openPkcs12(source, out.ready)) {
            out.failure = unopened;
            return out;
        }
    } else {
        // The window gives its database a passphrase in this session, so it opens it writable.
        const auto access = source.createMissing ? signing::NssDatabase::Access::Writable : signing::NssDatabase::Access::ReadOnly;
        const Status opened = openCertificateDatabase(source.database, source.createMissing ? WhenMissing::Create : WhenMissing::Refuse, access);
        if (!opened) {
            out.failure = failed(SignStage::Database, opened.error());
            return out;
        }
    }
    if (inputs.databaseOpened)
        inputs.databaseOpened();
    const Status chain = inputs.checkChain ? (inputs.role == Role::Author ? success() : inputs.checkChain(inputs.role, what.signedPdf))
                                           : signing::checkChainBeforeSigning(inputs.role, what.signedPdf);
    if (!chain) {
        out.failure = failed(SignStage::Chain, chain.error());
        return out;
    }
    out.ready.admit = signing::signerAdmission(what, inputs.roles);
    return out;
}

SignOutcome signReady(const ReadyToSign &ready, const SignerChoice &choice)
{
    signing::SignRequest request{ready.role, choice.nickname, ready.secrets ? ready.secrets.get() : choice.secrets, ready.admit};
    request.tsa = choice.tsa;
    request.tsaTimeoutSeconds = choice.tsaTimeoutSeconds;
    auto signedPdf = signing::signPdf(ready.pdf, request);
    if (!signedPdf)
        return {failed(SignStage::Signing, signedPdf.error()), {}};
    return {std::nullopt, signedPdf.value()};
}

std::optional<SignFailure> checkSigned(const QByteArray &signedPdf)
{
    if (const Status sound = signing::checkSignedFile(signedPdf); !sound)
        return failed(SignStage::Unsound, sound.error());
    return std::nullopt;
}

std::optional<SignFailure> saveSigned(const QString &output, const QByteArray &signedPdf)
{
    if (const Status saved = io::writeFileAtomically(output, signedPdf); !saved)
        return failed(SignStage::Saving, saved.error());
    QFile written(output);
    const QByteArray bytes = written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray();
    written.close();
    const auto unsound = bytes.isEmpty() ? std::optional(failed(SignStage::Unsound, SignText::tr("the signed file cannot be read back")))
                                         : checkSigned(bytes);
    if (!unsound)
        return std::nullopt;
    QFile::remove(output);
    return failed(SignStage::Unsound, SignText::tr("%1; it was deleted").arg(unsound->message));
}

SignOutcome signDocument(const SignInputs &inputs, const SignerChoice &choice, const QString &output)
{
    const Preparation prepared = prepareSignature(inputs);
    if (prepared.failure)
        return {prepared.failure, {}};
    SignOutcome outcome = signReady(prepared.ready, choice);
    if (outcome.ok())
        outcome.failure = saveSigned(output, outcome.signedPdf.bytes);
    return outcome;
}

} // namespace smout::workflow
