#pragma once

#include "Command.h"

#include <optional>

namespace smout::store {
class InventoryStore;
}

namespace smout::cli {

// `smout db import|list|show|export|check|roles … [--database URL]`
class DbCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::DbCommand)
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;

private:
    int runImport(store::InventoryStore &inventory, const QStringList &files, std::optional<int> base, const po::variables_map &vm);
    int runCheck(const store::InventoryStore &inventory);
    // `db roles add|remove|list` (DbRoles.cpp)
    int runRoles(store::InventoryStore &inventory, const QStringList &args, const po::variables_map &vm);
};

// `smout diff A B [--format text|json]`
class DiffCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::DiffCommand)
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
