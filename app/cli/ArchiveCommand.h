#pragma once

#include "Command.h"

namespace smout::cli {

// `smout archive IN.pdf -o OUT.pdf --tsa URL [--tsa-timeout SECONDS] [--crl FILE]...
//  [--ocsp FILE]... [--nss-dir DIR] [--trust CA.pem]...`
class ArchiveCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::ArchiveCommand)
public:
    QString name() const override { return QStringLiteral("archive"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
