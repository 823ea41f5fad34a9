#include "InventoryLocationText.h"

#include "store/InventoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InventoryLocationText", text);
}

QString readableFolder(const QString &path)
{
    const QString home = QDir::homePath();
    QString folder = QFileInfo(path).absolutePath();
    if (folder == home || folder.startsWith(home + u'/'))
        folder = u"~"_s + folder.mid(home.size());
    return QDir::toNativeSeparators(folder);
}

} // namespace

QString describeInventoryLocation(const QString &location)
{
    if (location.startsWith(u"postgres"_s, Qt::CaseInsensitive)) {
        const QUrl url(location);
        const QString database = url.path().mid(1);
        const QString host =
            url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
        return url.userName().isEmpty()
                   ? tr("Shared PostgreSQL inventory \u201c%1\u201d on %2").arg(database, host)
                   : tr("Shared PostgreSQL inventory \u201c%1\u201d on %2, as %3")
                         .arg(database, host, url.userName());
    }
    const QString file = QFileInfo(location).fileName();
    if (QFileInfo(location).absoluteFilePath() ==
        QFileInfo(smout::store::InventoryStore::defaultLocation()).absoluteFilePath())
        return tr("Your own inventory on this computer (%1 in %2)")
            .arg(file, readableFolder(location));
    return tr("Inventory file %1 in %2").arg(file, readableFolder(location));
}
