#pragma once

#include "Command.h"

namespace smout::cli {

// `smout access add|decide|approve|list … [--database URL]`: CBP access requests decided
// from the inventory.
class AccessCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::AccessCommand)
public:
    QString name() const override { return QStringLiteral("access"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
