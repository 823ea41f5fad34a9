#pragma once

#include "Command.h"

namespace smout::cli {

// `smout sign INPUT --role author|counsel|reviewer -o OUT.pdf [--cert NICK] [--nss-dir DIR]
//  [--p12 FILE] [--passphrase-file FILE] [--submission SIGNED.pdf]`
class SignCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::SignCommand)
public:
    QString name() const override { return QStringLiteral("sign"); }
    bool laysOutPages() const override { return true; }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

// `smout verify FILE.pdf... [--format text|json] [--nss-dir DIR] [--trust CA.pem]...`
class VerifyCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::VerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    bool laysOutPages() const override { return true; }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;

private:
    struct Batch; // what the files of one run share
    // Verifies one file, its result going to standard output (text) or into `batch.json`.
    int verifyFile(const QString &input, const po::variables_map &vm, Batch &batch);
};

} // namespace smout::cli
