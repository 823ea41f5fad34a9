#include "ArchiveCommand.h"

#include "Console.h"
#include "io/SmoutJson.h"
#include "signing/ArchiveRevision.h"
#include "signing/NssDatabase.h"
#include "signing/RevocationLists.h"
#include "signing/TimestampQuery.h"
#include "signing/TrustAnchors.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace smout::cli {

using namespace Qt::StringLiterals;

namespace {

QString opt(const po::variables_map &vm, const char *key)
{
    return vm.count(key) ? QString::fromStdString(vm[key].as<std::string>()) : QString();
}

QStringList many(const po::variables_map &vm, const char *key)
{
    QStringList out;
    if (vm.count(key))
        for (const std::string &v : vm[key].as<std::vector<std::string>>())
            out << QString::fromStdString(v);
    return out;
}

// Each file read as one CRL (PEM or DER) or one DER OCSP response; NSS must be open.
Result<QList<QByteArray>> revocationFiles(const QStringList &paths, bool ocsp)
{
    QList<QByteArray> out;
    for (const QString &path : paths) {
        const auto bytes = io::readInputFile(path);
        if (!bytes)
            return Error{bytes.error()};
        const QByteArray der = ocsp ? signing::ocspResponseFromFile(bytes.value())
                                    : signing::revocationListFromFile(bytes.value());
        if (der.isEmpty())
            return Error{ocsp ? ArchiveCommand::tr("%1 is not an OCSP response (DER)").arg(path)
                              : ArchiveCommand::tr("%1 is not a certificate revocation list (PEM or DER)").arg(path)};
        out << der;
    }
    return out;
}

} // namespace

QString ArchiveCommand::synopsis() const
{
    return tr("smout archive IN.pdf -o OUT.pdf --tsa URL [--tsa-timeout SECONDS] [--crl FILE]... [--ocsp FILE]... "
              "[--nss-dir DIR] [--trust CA.pem]...");
}

void ArchiveCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    options.add_options()
        ("output,o", po::value<std::string>()->required(), tr("the archived PDF to write").toStdString().c_str())
        ("tsa", po::value<std::string>(), tr("time-stamping authority (http or https URL) for the document timestamp").toStdString().c_str())
        ("tsa-timeout", po::value<int>()->default_value(30), tr("seconds to wait for the time-stamping authority").toStdString().c_str())
        ("crl", po::value<std::vector<std::string>>(), tr("a certificate revocation list (PEM or DER) to embed; may be repeated").toStdString().c_str())
        ("ocsp", po::value<std::vector<std::string>>(), tr("an OCSP response (DER) to embed; may be repeated").toStdString().c_str())
        ("nss-dir", po::value<std::string>(), tr("NSS database in which the certificates' issuers are found (default: with --trust only its anchors, else ~/.pki/nssdb when it exists)").toStdString().c_str())
        ("trust", po::value<std::vector<std::string>>(), tr("a root certificate (PEM) that completes the chains; may be repeated").toStdString().c_str())
        ("input", po::value<std::string>()->required(), tr("the signed PDF").toStdString().c_str());
    positional.add("input", 1);
}

int ArchiveCommand::run(const po::variables_map &vm)
{
    const QString input = opt(vm, "input"), output = opt(vm, "output");
    signing::ArchiveRequest request;
    if (!vm.count("tsa")) {
        printErr(tr("smout archive: --tsa is required: the document timestamp comes from a time-stamping authority"));
        return ExitUsage;
    }
    request.tsa = QUrl(opt(vm, "tsa"), QUrl::StrictMode);
    request.timeoutSeconds = vm["tsa-timeout"].as<int>();
    if (!signing::timestampAuthorityProblem(request.tsa).isEmpty()) {
        printErr(tr("smout archive: --tsa must be an http or https URL"));
        return ExitUsage;
    }
    if (request.timeoutSeconds < 1 || request.timeoutSeconds > 600) {
        printErr(tr("smout archive: --tsa-timeout must be between 1 and 600 seconds"));
        return ExitUsage;
    }
    if (vm.count("nss-dir") && vm.count("trust")) {
        printErr(tr("smout archive: give either --nss-dir or --trust, not both"));
        return ExitUsage;
    }
    const auto bytes = io::readInputFile(input, 512 * 1024 * 1024);
    if (!bytes) {
        printErr(tr("smout archive: %1").arg(bytes.error()));
        return ExitUsage;
    }
    QTemporaryDir scratch;
    const bool userDatabase = !vm.count("nss-dir") && !vm.count("trust")
        && QFile::exists(signing::NssDatabase::userDefault() + u"/cert9.db"_s);
    const Status opened = vm.count("nss-dir") || userDatabase ? signing::NssDatabase::use(opt(vm, "nss-dir"))
                                                              : signing::openTrustingOnly(scratch.filePath(u"trust"_s), many(vm, "trust"));
    if (!opened) {
        printErr(tr("smout archive: %1").arg(opened.error()));
        return ExitUsage;
    }
    auto crls = revocationFiles(many(vm, "crl"), false);
    auto ocsps = crls ? revocationFiles(many(vm, "ocsp"), true) : Result<QList<QByteArray>>(QList<QByteArray>{});
    if (!crls || !ocsps) {
        printErr(tr("smout archive: %1").arg(!crls ? crls.error() : ocsps.error()));
        return ExitUsage;
    }
    request.crls = crls.value();
    request.ocsps = ocsps.value();
    const auto archived = signing::archivePdf(bytes.value(), request);
    if (!archived) {
        printErr(tr("smout archive: %1; nothing was written").arg(archived.error()));
        return ExitUsage;
    }
    if (const Status written = io::writeFileAtomically(output, archived.value()); !written) {
        printErr(tr("smout archive: %1").arg(written.error()));
        return ExitUsage;
    }
    printErr(tr("Archived %1 as %2: validation data and a document timestamp added.").arg(input, output));
    return ExitOk;
}

} // namespace smout::cli
