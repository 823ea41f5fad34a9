#pragma once

#include "Command.h"

namespace smout::cli {

// `smout certs [--nss-dir DIR] [--format text|json] [--passphrase-file FILE]`: every
// certificate with a private key, in the database and on every registered card, and whether
// it may sign documents.
class CertsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::CertsCommand)
public:
    QString name() const override { return QStringLiteral("certs"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options,
                    po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
