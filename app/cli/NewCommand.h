#pragma once

#include "Command.h"

namespace smout::cli {

// `smout new [--component CODE] -o FILE`: a blank document with a fresh id.
class NewCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::NewCommand)
public:
    QString name() const override { return QStringLiteral("new"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options,
                    po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
