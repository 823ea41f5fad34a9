#pragma once

#include "Command.h"

#include <optional>

namespace smout::store {
class InventoryStore;
}

namespace smout::cli {

// `smout db import|list|show|export|check|roles|setup|grant|revoke|who … [--database URL]`
class DbCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::DbCommand)
public:
    QString name() const override { return QStringLiteral("db"); }
    QString synopsis() const override;
    // Import verifies a signed PDF, pages included (what it believes comes from its signatures).
    bool laysOutPagesFor(const std::vector<std::string> &words) const override { return !words.empty() && words.front() == "import"; }

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;

private:
    int runImport(store::InventoryStore &inventory, const QStringList &files, std::optional<int> base, const po::variables_map &vm);
    int runCheck(const store::InventoryStore &inventory);
    // `db roles add|remove|list` (DbRoles.cpp)
    int runRoles(store::InventoryStore &inventory, const QStringList &args, const po::variables_map &vm);
    // The roles of a shared inventory (InventoryRoleCommands.cpp).
    int runSetup(store::InventoryStore &inventory);
    int runMembership(store::InventoryStore &inventory, const QString &action, const QStringList &args, const po::variables_map &vm);
    int runWho(const store::InventoryStore &inventory, bool json);
    // Exit code for a store error: 1 for a refusal by the inventory's permissions, else 2.
    static int failed(const QString &action, const QString &error);
};

// `smout diff A B [--format text|json]`
class DiffCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::DiffCommand)
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString synopsis() const override;

protected:
    void addOptions(po::options_description &options, po::positional_options_description &positional) override;
    int run(const po::variables_map &vm) override;
};

} // namespace smout::cli
