#pragma once

#include "model/Result.h"

#include <QString>

namespace smout::cli {

// The passphrase or PIN: the first line of `file`, or, on a terminal, typed without echo.
// Never from the command line. Empty when there is neither.
Result<QString> readPassphrase(const QString &file, const QString &prompt);

} // namespace smout::cli
