#include "SignCommands.h"

#include "Console.h"
#include "Passphrase.h"
#include "RoleRegistryOption.h"
#include "io/JsonWriter.h"
#include "io/SmoutJson.h"
#include "signing/NssDatabase.h"
#include "signing/RevocationLists.h"
#include "signing/RoleFacts.h"
#include "signing/SignatureVerifier.h"
#include "signing/TimestampQuery.h"
#include "signing/TrustAnchors.h"
#include "workflow/CertificateDatabase.h"
#include "workflow/SignDocument.h"
#include "workflow/VerifyFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <string_view>

namespace smout::cli {

namespace {

QString opt(const po::variables_map &vm, const char *key)
{
    return vm.count(key) ? QString::fromStdString(vm[key].as<std::string>()) : QString();
}

QStringList trustAnchors(const po::variables_map &vm)
{
    QStringList anchors;
    if (vm.count("trust"))
        for (const auto &pem : vm["trust"].as<std::vector<std::string>>())
            anchors << QString::fromStdString(pem);
    return anchors;
}

// With a certificate database, the --trust roots are not added to it: the signatures already in
// the PDF are checked by `smout verify --trust` in a process of its own (NSS opens one database
// per process), exactly as a verifier holding only those roots checks them.
Status earlierSignaturesTrustedBy(const QStringList &anchors, Role role, const QByteArray &signedPdf, const QString &scratch)
{
    const QString copy = scratch + u"/signed-input.pdf"_s;
    if (const Status written = io::writeFileAtomically(copy, signedPdf); !written)
        return written;
    QStringList args{u"verify"_s, copy, u"--format"_s, u"json"_s};
    for (const QString &anchor : anchors)
        args << u"--trust"_s << anchor;
    QProcess verify;
    verify.start(QCoreApplication::applicationFilePath(), args);
    if (!verify.waitForFinished(300000) || verify.exitStatus() != QProcess::NormalExit)
        return Error{SignCommand::tr("the signed PDF could not be verified against the --trust roots")};
    const QJsonObject report = QJsonDocument::fromJson(verify.readAllStandardOutput()).object();
    if (report.isEmpty())
        return Error{SignCommand::tr("the signed PDF cannot be verified, so it is not signed on top of: %1")
                         .arg(QString::fromUtf8(verify.readAllStandardError()).trimmed())};
    QStringList problems;
    for (const QJsonValue p : report[u"problems"_s].toArray())
        problems << p.toString();
    bool counselSigned = false;
    for (const QJsonValue s : report[u"signatures"_s].toArray()) {
        const QString field = s[u"field"_s].toString();
        counselSigned = counselSigned || s[u"role"_s].toString() == QLatin1String(codeOf(Role::Counsel));
        const QJsonArray own = s[u"problems"_s].toArray();
        if (!s[u"trusted"_s].toBool() && own.isEmpty())
            problems << SignCommand::tr("%1: the certificate is not trusted").arg(field);
        for (const QJsonValue p : own)
            problems << u"%1: %2"_s.arg(field, p.toString());
    }
    if (role == Role::Reviewer && !counselSigned)
        problems << SignCommand::tr("the submission is not signed by counsel");
    if (report[u"ok"_s].toBool() && problems.isEmpty())
        return success();
    return Error{SignCommand::tr("the signatures of the PDF do not hold up, so it is not signed on top of:\n  %1").arg(problems.join(u"\n  "_s))};
}

// A signature's "timestamp" in verify's JSON: its object, or null.
void writeTimestamp(io::JsonWriter &w, const std::optional<signing::SignatureTimestampReport> &t)
{
    w.key(u"timestamp");
    if (!t) {
        w.null();
        return;
    }
    w.beginObject();
    w.key(u"time");
    w.string(t->time.isValid() ? t->time.toString(Qt::ISODate) : QString());
    w.key(u"authority");
    w.string(t->authority);
    w.key(u"valid");
    w.boolean(t->valid);
    w.key(u"trusted");
    w.boolean(t->trusted);
    w.key(u"problems");
    w.beginArray();
    for (const QString &p : t->problems)
        w.string(p);
    w.endArray();
    w.endObject();
}

// verify's "document_timestamps": each archive timestamp, as a signature's "timestamp" reads.
void writeDocumentTimestamps(io::JsonWriter &w, const QList<signing::DocumentTimestampReport> &stamps)
{
    w.key(u"document_timestamps");
    w.beginArray();
    for (const auto &t : stamps) {
        w.beginObject();
        w.key(u"time");
        w.string(t.time.isValid() ? t.time.toString(Qt::ISODate) : QString());
        w.key(u"authority");
        w.string(t.authority);
        w.key(u"valid");
        w.boolean(t.valid);
        w.key(u"trusted");
        w.boolean(t.trusted);
        w.key(u"problems");
        w.beginArray();
        for (const QString &p : t.problems)
            w.string(p);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

// A document timestamp in verify's text output.
QString documentTimestampText(const signing::DocumentTimestampReport &t)
{
    QString out = u"  "_s + VerifyCommand::tr("document timestamp %1: %2 by %3, %4%5")
                                .arg(t.field, t.time.isValid() ? t.time.toString(Qt::ISODate) : VerifyCommand::tr("unknown time"),
                                     t.authority.isEmpty() ? VerifyCommand::tr("unknown authority") : t.authority,
                                     t.valid ? VerifyCommand::tr("valid") : VerifyCommand::tr("INVALID"),
                                     t.trusted ? VerifyCommand::tr(", trusted") : VerifyCommand::tr(", NOT trusted")) + u'\n';
    for (const QString &p : t.problems)
        out += u"    - "_s + p + u'\n';
    return out;
}

// The timestamp line of a signature in verify's text output.
QString timestampText(const signing::SignatureTimestampReport &t)
{
    QString out = u"    "_s + VerifyCommand::tr("timestamp: %1 by %2, %3%4").arg(t.time.isValid() ? t.time.toString(Qt::ISODate) : VerifyCommand::tr("unknown time"),
                                                                            t.authority.isEmpty() ? VerifyCommand::tr("unknown authority") : t.authority,
                                                                            t.valid ? VerifyCommand::tr("valid") : VerifyCommand::tr("INVALID"),
                                                                            t.trusted ? VerifyCommand::tr(", trusted") : VerifyCommand::tr(", NOT trusted")) + u'\n';
    for (const QString &p : t.problems)
        out += u"      - "_s + p + u'\n';
    return out;
}

// The --crl files, each read as one revocation list, or the --ocsp files, each one DER OCSP
// response (NSS must be open).
Result<QList<QByteArray>> revocationFilesOf(const po::variables_map &vm, const char *key)
{
    const bool ocsp = std::string_view(key) == "ocsp";
    QList<QByteArray> out;
    if (!vm.count(key))
        return out;
    for (const std::string &path : vm[key].as<std::vector<std::string>>()) {
        const QString name = QString::fromStdString(path);
        const auto bytes = io::readInputFile(name);
        if (!bytes)
            return Error{bytes.error()};
        const QByteArray der = ocsp ? signing::ocspResponseFromFile(bytes.value()) : signing::revocationListFromFile(bytes.value());
        if (der.isEmpty())
            return Error{ocsp ? VerifyCommand::tr("%1 is not an OCSP response (DER)").arg(name)
                              : VerifyCommand::tr("%1 is not a certificate revocation list (PEM or DER)").arg(name)};
        out << der;
    }
    return out;
}

// --tsa and --tsa-timeout, checked before any card is touched.
int timestampOptions(const po::variables_map &vm, workflow::SignerChoice &request)
{
    if (!vm.count("tsa"))
        return ExitOk;
    request.tsa = QUrl(opt(vm, "tsa"), QUrl::StrictMode);
    request.tsaTimeoutSeconds = vm["tsa-timeout"].as<int>();
    if (!signing::timestampAuthorityProblem(request.tsa).isEmpty()) {
        printErr(SignCommand::tr("smout sign: --tsa must be an http or https URL"));
        return ExitUsage;
    }
    if (request.tsaTimeoutSeconds < 1 || request.tsaTimeoutSeconds > 600) {
        printErr(SignCommand::tr("smout sign: --tsa-timeout must be between 1 and 600 seconds"));
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

QString SignCommand::synopsis() const
{
    return tr("smout sign INPUT --role author|counsel|reviewer -o OUT.pdf [--cert NICKNAME] [--nss-dir DIR] "
               "[--p12 FILE] [--trust CA.pem]... [--passphrase-file FILE] [--submission SIGNED.pdf] [--roles FILE | --database URL] "
               "[--tsa URL] [--tsa-timeout SECONDS]");
}

void SignCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    options.add_options()
        ("role", po::value<std::string>()->required(), tr("author (INPUT is a .smout), counsel (INPUT is the author-signed PDF) or reviewer (INPUT is the reviewed .smout)").toStdString().c_str())
        ("output,o", po::value<std::string>()->required(), tr("the signed PDF to write").toStdString().c_str())
        ("cert", po::value<std::string>(), tr("nickname of the signing certificate (see smout certs); default: the one for signing documents, the Digital Signature certificate of a PIV card").toStdString().c_str())
        ("nss-dir", po::value<std::string>(), tr("NSS database (default ~/.pki/nssdb, where smart-card modules are registered)").toStdString().c_str())
        ("p12", po::value<std::string>(), tr("PKCS#12 file to sign with, used for this signature only").toStdString().c_str())
        ("trust", po::value<std::vector<std::string>>(), tr("a trusted root certificate (PEM) for checking the signatures already in the PDF, as verify --trust: only these roots count; may be repeated").toStdString().c_str())
        ("passphrase-file", po::value<std::string>(), tr("file with the passphrase or PIN, one line per secret asked (the database's, then the card's)").toStdString().c_str())
        ("submission", po::value<std::string>(), tr("reviewer: the counsel-signed submission PDF").toStdString().c_str())
        ("roles", po::value<std::string>(), tr("role registry (JSON) listing who may sign as author, counsel and reviewer; "
                                               "a certificate it does not list for the role is refused").toStdString().c_str())
        ("database", po::value<std::string>(), tr("the inventory whose role registry (smout db roles) decides who may sign").toStdString().c_str())
        ("tsa", po::value<std::string>(), tr("time-stamping authority (http or https URL): the signature gets an RFC 3161 timestamp from it, or is refused").toStdString().c_str())
        ("tsa-timeout", po::value<int>()->default_value(30), tr("seconds to wait for the time-stamping authority").toStdString().c_str())
        ("input", po::value<std::string>()->required(), tr("the document to sign").toStdString().c_str());
    addTodayOption(options, tr("check dates as if today were YYYY-MM-DD"));
    positional.add("input", 1);
}

int SignCommand::run(const po::variables_map &vm)
{
    const auto role = fromCode<Role>(opt(vm, "role"));
    if (!role) {
        printErr(tr("smout sign: --role must be author, counsel or reviewer"));
        return ExitUsage;
    }
    const QString input = opt(vm, "input"), output = opt(vm, "output");
    workflow::SignInputs what;
    what.role = *role;
    if (vm.count("today"))
        what.context.today = todayOption(vm);
    // INPUT is the signed PDF for counsel, the document otherwise.
    const bool signsPdf = !workflow::inputsOf(*role).document;
    const QString submissionPath = signsPdf ? input : opt(vm, "submission");
    what.signedPdfPath = submissionPath;
    if (!signsPdf) {
        what.documentPath = input;
        if (workflow::inputsOf(*role).signedPdf && submissionPath.isEmpty()) {
            printErr(tr("smout sign: --role reviewer needs --submission SIGNED.pdf (the counsel-signed submission)"));
            return ExitUsage;
        }
    }
    auto registry = roleRegistryOf(vm);
    if (!registry) {
        printErr(tr("smout sign: %1").arg(registry.error()));
        return ExitUsage;
    }
    what.roles = registry->has_value() ? &registry->value() : nullptr;
    workflow::SignerChoice choice{opt(vm, "cert")};
    if (const int used = timestampOptions(vm, choice); used != ExitOk)
        return used;

    // With which certificate, and each token's secret.
    QTemporaryDir scratch;
    std::unique_ptr<ConsoleSecrets> console;
    if (vm.count("p12")) {
        const QString p12 = opt(vm, "p12"), file = opt(vm, "passphrase-file");
        what.certificates.pkcs12 = p12;
        what.certificates.pkcs12Passphrase = [p12, file] { return readPassphrase(file, tr("Passphrase of %1: ").arg(p12)); };
        what.certificates.trustAnchors = trustAnchors(vm);
    } else {
        // The user's database, shared with the window, is created on first use.
        what.certificates.database = opt(vm, "nss-dir");
        console = std::make_unique<ConsoleSecrets>(opt(vm, "passphrase-file"));
        if (!console->error().isEmpty()) {
            printErr(tr("smout sign: %1").arg(console->error()));
            return ExitUsage;
        }
        choice.secrets = console.get();
        if (vm.count("trust"))
            what.checkChain = [anchors = trustAnchors(vm), dir = scratch.path()](Role r, const QByteArray &signedPdf) {
                return earlierSignaturesTrustedBy(anchors, r, signedPdf, dir);
            };
    }

    const workflow::SignOutcome signedPdf = workflow::signDocument(what, choice, output);
    if (signedPdf.ok()) {
        printErr(tr("Signed %1 as %2 with \"%3\"").arg(output, opt(vm, "role"), signedPdf.signedPdf.nickname));
        return ExitOk;
    }
    const workflow::SignFailure &failure = *signedPdf.failure;
    switch (failure.stage) {
    case workflow::SignStage::Refused:
        printErr(tr("smout sign: %1: %2").arg(input, failure.message));
        return ExitProblems;
    case workflow::SignStage::Chain: {
        // A one-signature database trusts no root unless told which.
        const QString hint = vm.count("p12") && !vm.count("trust")
            ? u"\n"_s + tr("(with --p12, give the root certificate the earlier signatures chain to: --trust CA.pem)")
            : QString();
        printErr(tr("smout sign: %1: %2").arg(submissionPath, failure.message) + hint);
        return ExitProblems;
    }
    case workflow::SignStage::Unsound:
        printErr(tr("smout sign: %1: %2").arg(output, failure.message));
        return ExitProblems;
    case workflow::SignStage::Database:
        if (vm.count("p12")) {
            printErr(tr("smout sign: %1; nothing was signed").arg(failure.message));
            return ExitUsage;
        }
        break;
    case workflow::SignStage::Unreadable:
    case workflow::SignStage::Inputs:
    case workflow::SignStage::Signing:
    case workflow::SignStage::Saving:
        break;
    }
    printErr(tr("smout sign: %1").arg(failure.message));
    return ExitUsage;
}

QString VerifyCommand::synopsis() const
{
    return tr("smout verify FILE.pdf... [--format text|json] [--nss-dir DIR] [--trust CA.pem]... [--crl FILE]... [--ocsp FILE]... [--online] [--roles FILE | --database URL]");
}

void VerifyCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    options.add_options()
        ("nss-dir", po::value<std::string>(), tr("NSS database whose trusted roots decide (default: with --trust only its anchors, else ~/.pki/nssdb as in the window when it exists)").toStdString().c_str())
        ("trust", po::value<std::vector<std::string>>(), tr("a trusted root certificate (PEM); may be repeated").toStdString().c_str())
        ("online", tr("also ask the certificates' OCSP responders about revocation, and fetch their CRLs and OCSP responses "
                      "(http URLs the certificates name) to read with the others; one that cannot be reached "
                      "leaves the certificate unverified (default: no network; revocation is known only from the "
                      "certificate database)").toStdString().c_str())
        ("roles", po::value<std::string>(), tr("role registry (JSON) listing who may sign as author, counsel and reviewer, "
                                               "per component (default: each role is only stated by the signer)").toStdString().c_str())
        ("database", po::value<std::string>(), tr("check the roles against the role registry kept in this inventory (smout db roles)").toStdString().c_str())
        ("crl", po::value<std::vector<std::string>>(), tr("a certificate revocation list (PEM or DER), read with those in the file's "
                                                          "validation data; may be repeated").toStdString().c_str())
        ("ocsp", po::value<std::vector<std::string>>(), tr("an OCSP response (DER), read with those in the file's "
                                                           "validation data; may be repeated").toStdString().c_str())
        ("input", po::value<std::vector<std::string>>()->required(), tr("the signed PDFs, checked one after the other in this process").toStdString().c_str());
    addFormatOption(options, tr("text or json"));
    positional.add("input", -1);
}

struct VerifyCommand::Batch {
    bool asJson = false;
    QList<QByteArray> crls, ocsps;
    const signing::RoleRegistry *roles = nullptr;
    io::JsonWriter json;
    bool anySignatures = false;
};

// The certificate database, the trust anchors and the role registry are opened once for all
// the files; with several, JSON lists one object per file under "files", and the exit code is
// the worst of the files'.
int VerifyCommand::run(const po::variables_map &vm)
{
    Batch batch;
    batch.asJson = jsonFormat(vm);
    QTemporaryDir scratch;
    if (vm.count("nss-dir") && vm.count("trust")) {
        printErr(tr("smout verify: give either --nss-dir or --trust, not both"));
        return ExitUsage;
    }
    // Without a choice, the roots trusted in the user's database decide, as in the window.
    const Status opened = workflow::openVerifyingDatabase(opt(vm, "nss-dir"), trustAnchors(vm), scratch.filePath(u"trust"_s));
    if (!opened) {
        printErr(tr("smout verify: %1").arg(opened.error()));
        return ExitUsage;
    }
    auto registry = roleRegistryOf(vm);
    if (!registry) {
        printErr(tr("smout verify: %1").arg(registry.error()));
        return ExitUsage;
    }
    const auto crls = revocationFilesOf(vm, "crl");
    const auto ocsps = revocationFilesOf(vm, "ocsp");
    if (!crls || !ocsps) {
        printErr(tr("smout verify: %1").arg(!crls ? crls.error() : ocsps.error()));
        return ExitUsage;
    }
    const QStringList anchors = signing::chosenAnchorNames();
    printErr(anchors.isEmpty() ? tr("No root certificate is trusted in %1, so no signature counts as trusted.").arg(signing::NssDatabase::current())
                               : tr("Trusted roots: %1 (in %2).").arg(anchors.join(u", "_s), signing::NssDatabase::current()));
    batch.roles = registry->has_value() ? &registry->value() : nullptr;
    batch.crls = crls.value();
    batch.ocsps = ocsps.value();
    const auto inputs = vm["input"].as<std::vector<std::string>>();
    const bool several = inputs.size() > 1;
    if (several && batch.asJson) {
        batch.json.beginObject();
        batch.json.key(u"files");
        batch.json.beginArray();
    }
    int worst = ExitOk;
    for (const std::string &input : inputs)
        worst = std::max(worst, verifyFile(QString::fromStdString(input), vm, batch));
    if (several && batch.asJson) {
        batch.json.endArray();
        batch.json.endObject();
    }
    // One file that cannot be read writes no JSON at all, as before there were several.
    if (batch.asJson && (several || worst != ExitUsage))
        writeOut(batch.json.finish());
    if (!batch.roles && batch.anySignatures)
        printErr(tr("No role registry was given: each role is stated by the signer, not checked (--roles FILE or "
                    "--database URL lists who may sign as author, counsel and reviewer)."));
    if (!vm.count("online"))
        printErr(tr("Revocation was checked against the certificate database and the CRLs and OCSP responses in the file's "
                    "validation data or given with --crl and --ocsp, without reaching the network (--online asks the certificates' OCSP responders)."));
    return worst;
}

int VerifyCommand::verifyFile(const QString &input, const po::variables_map &vm, Batch &batch)
{
    const workflow::FileVerification verified =
        workflow::verifyFile(input, {.online = vm.count("online") > 0, .roles = batch.roles, .crls = batch.crls, .ocsps = batch.ocsps});
    for (const QString &f : verified.fetched)
        printErr(tr("Fetched %1.").arg(f));
    for (const QString &p : verified.notFetched)
        printErr(tr("smout verify: --online: %1").arg(p));
    if (!verified.report) {
        printErr(verified.unreadable ? tr("smout verify: %1").arg(verified.problem) : tr("smout verify: %1: %2").arg(input, verified.problem));
        return ExitUsage;
    }
    const signing::VerificationReport &r = *verified.report;
    batch.anySignatures = batch.anySignatures || !r.signatures.isEmpty();
    if (batch.asJson) {
        io::JsonWriter &w = batch.json;
        w.beginObject();
        w.key(u"file");
        w.string(input);
        w.key(u"ok");
        w.boolean(r.ok());
        w.key(u"signatures");
        w.beginArray();
        for (const auto &s : r.signatures) {
            w.beginObject();
            for (const auto &[k, v] : {std::pair{u"field", s.field}, {u"signer", s.signer}, {u"role", s.role}, {u"time", s.time}, {u"hash", s.hash}}) {
                w.key(k);
                w.string(v);
            }
            for (const auto &[k, v] : {std::pair{u"valid", s.valid}, {u"trusted", s.trusted}, {u"covers_whole_document", s.coversWholeDocument},
                                       {u"modified_after", s.modifiedAfter}, {u"role_checked", s.roleChecked}}) {
                w.key(k);
                w.boolean(v);
            }
            w.key(u"problems");
            w.beginArray();
            for (const QString &p : s.problems)
                w.string(p);
            w.endArray();
            writeTimestamp(w, s.timestamp);
            w.endObject();
        }
        w.endArray();
        w.key(u"problems");
        w.beginArray();
        for (const QString &p : r.problems)
            w.string(p);
        w.endArray();
        w.key(u"notes");
        w.beginArray();
        for (const QString &n : r.notes)
            w.string(n);
        w.endArray();
        writeDocumentTimestamps(w, r.documentTimestamps);
        w.key(u"ltv");
        w.boolean(r.ltv);
        w.endObject();
    } else {
        QString out = u"%1: %2\n"_s.arg(input, r.ok() ? tr("all signatures valid and trusted, nothing changed after signing")
                                                        : tr("NOT OK"));
        for (const auto &s : r.signatures) {
            const QString role = s.role.isEmpty() ? tr("no role") : tr("%1, %2").arg(s.role, signing::roleCheckText(s));
            out += u"  %1 (%2): %3, %4, %5, %6%7\n"_s.arg(s.field, role, s.signer, s.time, s.hash,
                                                         s.valid ? tr("valid") : tr("INVALID"), s.trusted ? tr(", trusted") : tr(", NOT trusted"));
            for (const QString &p : s.problems)
                out += u"    - "_s + p + u'\n';
            if (s.timestamp)
                out += timestampText(*s.timestamp);
        }
        for (const QString &p : r.problems)
            out += u"  - "_s + p + u'\n';
        for (const auto &t : r.documentTimestamps)
            out += documentTimestampText(t);
        out += u"  "_s + (r.ltv ? tr("verifiable after the certificates expire: yes")
                                : tr("verifiable after the certificates expire: no (smout archive adds what is missing)")) + u'\n';
        for (const QString &n : r.notes)
            out += u"  "_s + tr("note: %1").arg(n) + u'\n';
        writeOut(out.toUtf8());
    }
    return r.ok() ? ExitOk : ExitProblems;
}

} // namespace smout::cli
