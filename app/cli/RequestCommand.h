#pragma once

#include "Command.h"

namespace smout::cli {

// `smout request add|answer|close|list FILE.smout …`: requests for additional information.
class RequestCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::RequestCommand)
public:
    QString name() const override { return QStringLiteral("request"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options,
                    po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
