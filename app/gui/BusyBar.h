#pragma once

// A progress bar that only says "busy", for work that reports no steps (a layout, an export,
// a query).

#include <QString>

class QProgressBar;

namespace smout {

QProgressBar *newBusyBar(const QString &accessibleName, int maximumWidth);

} // namespace smout
