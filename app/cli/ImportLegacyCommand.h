#pragma once

#include "Command.h"

namespace smout::cli {

// `smout import-legacy FILE -o OUT.smout [--format text|json] [--component CODE]`: a filled
// template from Word, PDF or text, with a report of what a person must still check.
class ImportLegacyCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::ImportLegacyCommand)
public:
    QString name() const override { return QStringLiteral("import-legacy"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options,
                    po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
