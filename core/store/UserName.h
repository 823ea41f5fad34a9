#pragma once

// Who the user is, for the inventory's audit trail ("Who"): the name chosen in the settings
// (key "user/name"), else the full name of the system account, else its login name.

#include <QString>

namespace smout::store {

QString userName();

} // namespace smout::store
