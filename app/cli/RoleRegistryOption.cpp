#include "RoleRegistryOption.h"

#include "store/InventoryStore.h"

#include <QCoreApplication>

namespace smout::cli {

namespace {
struct OptionText {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::RoleRegistryOption)
};
} // namespace

Result<signing::RoleRegistry> inventoryRoleRegistry(const QString &location)
{
    auto opened = store::InventoryStore::open(location);
    if (!opened)
        return Error{opened.error()};
    return signing::RoleRegistry::fromInventory(*opened.value());
}

Result<std::optional<signing::RoleRegistry>> roleRegistryOf(const boost::program_options::variables_map &vm)
{
    if (vm.count("roles") && vm.count("database"))
        return Error{OptionText::tr("give either --roles or --database, not both")};
    if (vm.count("roles")) {
        auto registry = signing::RoleRegistry::fromFile(QString::fromStdString(vm["roles"].as<std::string>()));
        if (!registry)
            return Error{registry.error()};
        return std::optional(registry.value());
    }
    if (vm.count("database")) {
        auto registry = inventoryRoleRegistry(QString::fromStdString(vm["database"].as<std::string>()));
        if (!registry)
            return Error{OptionText::tr("the role registry of the inventory: %1").arg(registry.error())};
        return std::optional(registry.value());
    }
    return std::optional<signing::RoleRegistry>();
}

} // namespace smout::cli
