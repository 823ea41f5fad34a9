#pragma once

// The role registry a verb is given: `--roles FILE`, or the one kept in the inventory
// (`--database URL`, `smout db roles`). Nothing when neither option is given.

#include "model/Result.h"
#include "signing/RoleRegistry.h"

#include <boost/program_options.hpp>

#include <optional>

namespace smout::cli {

Result<std::optional<signing::RoleRegistry>> roleRegistryOf(const boost::program_options::variables_map &vm);

// The registry kept in the inventory at `location` (empty: the default inventory).
Result<signing::RoleRegistry> inventoryRoleRegistry(const QString &location);

} // namespace smout::cli
