#pragma once

#include "Command.h"

namespace smout::cli {

// `smout export FILE.smout -o OUT.pdf [--page-size letter|a4]`
class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    bool laysOutPages() const override { return true; }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

// `smout import FILE.pdf -o FILE.smout`
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

// `smout release FILE.smout -o RELEASE.pdf`
class ReleaseCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::ReleaseCommand)
public:
    QString name() const override { return QStringLiteral("release"); }
    bool laysOutPages() const override { return true; }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
