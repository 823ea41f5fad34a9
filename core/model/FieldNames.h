#pragma once

// What a field is called on the form, for people: "summary.sorns[0].federal_register" reads
// "System of Records Notice(s), entry 1: federal register". The window's findings and undo
// history speak these names; files, JSON output and scripts keep the paths.

#include <QString>

namespace smout {

QString fieldName(const QString &path);

} // namespace smout
