#include "EarlierLocations.h"

#include "Dialogs.h"
#include "StudioSettings.h"
#include "signing/NssDatabase.h"
#include "signing/UserCertificateDatabase.h"
#include "store/InventoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

struct MoveText {
    Q_DECLARE_TR_FUNCTIONS(EarlierLocations)
};

const QString AskedKey = u"earlierLocationsOffered"_s;

// An SQLite inventory with its write-ahead log, renamed into place.
Status moveInventory(const QString &from, const QString &to)
{
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return Error{MoveText::tr("%1 cannot be created").arg(QFileInfo(to).absolutePath())};
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        if (QFile::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            return Error{MoveText::tr("%1 cannot be moved to %2").arg(from + suffix, to + suffix)};
    if (!QFile::rename(from, to))
        return Error{MoveText::tr("%1 cannot be moved to %2").arg(from, to)};
    return success();
}

} // namespace

void offerToMoveEarlierLocations(QWidget *window)
{
    QSettings settings;
    if (settings.value(AskedKey, false).toBool())
        return;
    const QString certificates = signing::earlierWindowDatabase();
    const QString inventoryTarget = store::InventoryStore::defaultLocation();
    const QStringList inventories = StudioSettings::inventoryLocation().isEmpty() && !QFile::exists(inventoryTarget)
        ? store::InventoryStore::earlierDefaultLocations()
        : QStringList();
    if (certificates.isEmpty() && inventories.isEmpty())
        return;
    settings.setValue(AskedKey, true);

    QStringList found;
    if (!certificates.isEmpty())
        found << MoveText::tr("certificates in %1, to %2").arg(certificates, signing::NssDatabase::userDefault());
    if (!inventories.isEmpty())
        found << MoveText::tr("the inventory %1, to %2").arg(inventories.constFirst(), inventoryTarget);
    const QString question = MoveText::tr("Earlier versions of SMOUT Studio kept your work where the smout command does not look. "
                                          "Move it, so that the window and the smout command share it?\n\n%1\n\n"
                                          "You are asked this once.")
                                 .arg(u"\u2022 "_s + found.join(u"\n\u2022 "_s));
    if (Dialogs::ask(window, MoveText::tr("Move earlier data"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;

    QStringList outcome;
    if (!certificates.isEmpty()) {
        Status moved = signing::prepareUserDatabase();
        if (moved)
            moved = signing::moveCertificates(certificates, signing::NssDatabase::userDefault());
        outcome << (moved ? MoveText::tr("The certificates are now in %1.").arg(signing::NssDatabase::userDefault()) : moved.error());
    }
    if (!inventories.isEmpty()) {
        const Status moved = moveInventory(inventories.constFirst(), inventoryTarget);
        outcome << (moved ? MoveText::tr("The inventory is now %1.").arg(inventoryTarget) : moved.error());
        for (const QString &other : inventories.mid(1))
            outcome << MoveText::tr("Another inventory was left at %1: choose it in Settings, or bring its SMOUTs in with smout db import.")
                           .arg(other);
    }
    Dialogs::inform(window, MoveText::tr("Move earlier data"), outcome.join(u"\n"_s));
}
