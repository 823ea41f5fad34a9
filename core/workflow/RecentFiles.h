#pragma once

// The files last opened or saved, newest first, kept in the user's settings of SMOUT Studio
// (QSettings key "recentFiles") so that every window and every start sees the same list.

#include <QString>
#include <QStringList>

namespace smout::workflow {

inline constexpr qsizetype RecentFilesKept = 8;

QStringList recentFiles();
// Puts `path` first, once, and keeps the newest RecentFilesKept; returns the new list.
QStringList rememberRecentFile(const QString &path);

} // namespace smout::workflow
