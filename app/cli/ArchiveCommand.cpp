#include "ArchiveCommand.h"

#include "Console.h"
#include "io/SmoutJson.h"
#include "signing/ArchiveRevision.h"
#include "signing/OnlineRevocation.h"
#include "signing/RevocationLists.h"
#include "signing/TimestampQuery.h"
#include "workflow/CertificateDatabase.h"

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
    return tr("smout archive IN.pdf -o OUT.pdf [--tsa URL [--tsa-timeout SECONDS]] [--online [--online-timeout SECONDS]] [--crl FILE]... [--ocsp FILE]... "
              "[--nss-dir DIR] [--trust CA.pem]...");
}

void ArchiveCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    options.add_options()
        ("output,o", po::value<std::string>()->required(), tr("the archived PDF to write").toStdString().c_str())
        ("tsa", po::value<std::string>(), tr("time-stamping authority (http or https URL) for the document timestamp (without it: validation data only)").toStdString().c_str())
        ("tsa-timeout", po::value<int>()->default_value(30), tr("seconds to wait for the time-stamping authority").toStdString().c_str())
        ("online", tr("also fetch each certificate's CRL from its CRL distribution points and an OCSP response from its "
                      "OCSP responder (http URLs the certificates name, nothing else); what cannot be fetched is named and left out").toStdString().c_str())
        ("online-timeout", po::value<int>()->default_value(30), tr("seconds to wait for each address --online asks").toStdString().c_str())
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
    // Without --tsa the update adds the validation data alone (PAdES B-LT).
    if (vm.count("tsa"))
        request.tsa = QUrl(opt(vm, "tsa"), QUrl::StrictMode);
    request.timeoutSeconds = vm["tsa-timeout"].as<int>();
    if (vm.count("tsa") && !signing::timestampAuthorityProblem(request.tsa).isEmpty()) {
        printErr(tr("smout archive: --tsa must be an http or https URL"));
        return ExitUsage;
    }
    if (const int t = vm["online-timeout"].as<int>(); t < 1 || t > 600) {
        printErr(tr("smout archive: --online-timeout must be between 1 and 600 seconds"));
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
    const Status opened = workflow::openVerifyingDatabase(opt(vm, "nss-dir"), many(vm, "trust"), scratch.filePath(u"trust"_s));
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
    if (vm.count("online")) {
        // Only the addresses the certificates name are asked; what fails is said and left out.
        const signing::FetchedRevocation fetched = signing::fetchRevocationData(signing::certificatesToArchive(bytes.value()),
                                                                                vm["online-timeout"].as<int>());
        for (const QString &f : fetched.fetched)
            printErr(tr("Fetched %1.").arg(f));
        for (const QString &p : fetched.problems)
            printErr(tr("smout archive: --online: %1").arg(p));
        request.crls << fetched.crls;
        request.ocsps << fetched.ocsps;
    }
    const auto archived = signing::archivePdf(bytes.value(), request);
    if (!archived) {
        printErr(tr("smout archive: %1; nothing was written").arg(archived.error()));
        return ExitUsage;
    }
    if (const Status written = io::writeFileAtomically(output, archived.value()); !written) {
        printErr(tr("smout archive: %1").arg(written.error()));
        return ExitUsage;
    }
    printErr(vm.count("tsa") ? tr("Archived %1 as %2: validation data and a document timestamp added.").arg(input, output)
                             : tr("Archived %1 as %2: validation data added, no document timestamp (no --tsa).").arg(input, output));
    return ExitOk;
}

} // namespace smout::cli
