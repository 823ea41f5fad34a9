#pragma once

// Who the user is, for the inventory's audit trail ("Who"): the name chosen in the settings
// (key "user/name"), else the full name of the system account, else its login name.

#include <QString>

namespace smout::store {

QString userName();
// Saves the name chosen in the settings; the account's own name (or nothing) clears it.
void setUserName(const QString &name);
// The login name of the system account running this program, as the system knows it
// (never a name chosen in the settings); "" when unknown.
QString systemLogin();
// The system account's full name, else its login name ("" when neither is known).
QString accountUserName();

} // namespace smout::store
