#include "CertsCommand.h"

#include "Console.h"
#include "Passphrase.h"
#include "io/JsonWriter.h"
#include "signing/CertificateList.h"
#include "signing/NssDatabase.h"
#include "workflow/CertificateDatabase.h"

#include <QDateTime>

#include <unistd.h>

namespace smout::cli {

using namespace Qt::StringLiterals;

QString CertsCommand::synopsis() const
{
    return tr("smout certs [--nss-dir DIR] [--format text|json] [--passphrase-file FILE]");
}

void CertsCommand::addOptions(po::options_description &options, po::positional_options_description &)
{
    options.add_options()
        ("nss-dir", po::value<std::string>(), tr("NSS database (default ~/.pki/nssdb, where smart-card modules are registered)").toStdString().c_str())
        ("passphrase-file", po::value<std::string>(), tr("file whose first line unlocks a passphrase-protected database (else asked on a terminal; without either, its keys stay hidden)").toStdString().c_str());
    addFormatOption(options, tr("text or json"));
}

int CertsCommand::run(const po::variables_map &vm)
{
    const QString dir = vm.count("nss-dir") ? QString::fromStdString(vm["nss-dir"].as<std::string>()) : QString();
    const Status opened = workflow::openCertificateDatabase(dir);
    if (!opened) {
        printErr(tr("smout certs: %1").arg(opened.error()));
        return ExitUsage;
    }
    ConsoleSecrets secrets(vm.count("passphrase-file") ? QString::fromStdString(vm["passphrase-file"].as<std::string>()) : QString());
    if (!secrets.error().isEmpty()) {
        printErr(tr("smout certs: %1").arg(secrets.error()));
        return ExitUsage;
    }
    const bool canAsk = vm.count("passphrase-file") || isatty(0);
    auto listed = signing::listCertificates(canAsk ? &secrets : nullptr, QDateTime::currentDateTimeUtc());
    if (!listed) {
        printErr(tr("smout certs: %1").arg(listed.error()));
        return ExitUsage;
    }
    if (jsonFormat(vm)) {
        io::JsonWriter w;
        w.beginObject();
        w.key(u"certificates");
        w.beginArray();
        for (const signing::SigningCertificate &c : *listed) {
            w.beginObject();
            for (const auto &[k, v] : {std::pair{u"nickname", c.nickname}, {u"subject", c.subject}, {u"issuer", c.issuer},
                                       {u"not_after", c.notAfter.toString(Qt::ISODate)}, {u"token", c.token}}) {
                w.key(k);
                w.string(v);
            }
            w.key(u"key_usage");
            w.beginArray();
            for (const QString &u : c.keyUsage)
                w.string(u);
            w.endArray();
            w.key(u"signing");
            w.boolean(c.signing);
            w.key(u"reason");
            w.string(c.reason);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        writeOut(w.finish());
        return ExitOk;
    }
    QString out;
    for (const signing::SigningCertificate &c : *listed) {
        out += u"%1\n  %2\n"_s.arg(c.nickname, c.signing ? tr("signs documents") : tr("may not sign: %1").arg(c.reason));
        out += u"  "_s + tr("subject: %1").arg(c.subject) + u"\n  "_s + tr("issuer: %1").arg(c.issuer) + u"\n  "_s
               + tr("token: %1; valid until %2; key usage: %3").arg(c.token, c.notAfter.toString(Qt::ISODate), c.keyUsage.join(u", "_s))
               + u'\n';
    }
    if (listed->isEmpty())
        out = tr("no certificate with a private key in %1 or on a card").arg(signing::NssDatabase::current()) + u'\n';
    writeOut(out.toUtf8());
    return ExitOk;
}

} // namespace smout::cli
