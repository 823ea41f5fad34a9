#pragma once

#include "Command.h"

namespace smout::cli {

// `smout validate FILE... [--format text|json] [--today DATE] [--role ROLE]`.
class ValidateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::ValidateCommand)
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options,
                    po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
