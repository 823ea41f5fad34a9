#include "RecentFiles.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace smout::workflow {

namespace {

const QString Key = u"recentFiles"_s;

} // namespace

QStringList recentFiles()
{
    return QSettings().value(Key).toStringList().mid(0, RecentFilesKept);
}

QStringList rememberRecentFile(const QString &path)
{
    QStringList recent = QSettings().value(Key).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    recent = recent.mid(0, RecentFilesKept);
    QSettings().setValue(Key, recent);
    return recent;
}

} // namespace smout::workflow
