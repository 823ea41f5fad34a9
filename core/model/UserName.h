#pragma once

// Who is using SMOUT Studio, as the inventory and its audit log record it: the login name.

#include <QString>

namespace smout {

// $USER (or $LOGNAME); "unknown" when neither is set.
QString userName();

} // namespace smout
