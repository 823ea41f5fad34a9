#include "StudioSettings.h"

#include <QSettings>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace StudioSettings {

namespace {

QVariant read(const QString &key, const QVariant &fallback = {})
{
    return QSettings().value(key, fallback);
}

void write(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
}

} // namespace

QString language()
{
    const QString code = read(u"language"_s).toString();
    return code == u"en"_s || code == u"es"_s ? code : QString();
}

void setLanguage(const QString &code)
{
    write(u"language"_s, code);
}

QString role()
{
    return read(u"role"_s).toString();
}

void setRole(const QString &code)
{
    write(u"role"_s, code);
}

QString systemUserName()
{
    if (const passwd *account = getpwuid(getuid())) {
        // The GECOS field: "Full Name,office,phone,…".
        const QString full = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        return full.isEmpty() ? QString::fromLocal8Bit(account->pw_name) : full;
    }
    return qEnvironmentVariable("USER");
}

QString userName()
{
    const QString name = read(u"userName"_s).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

void setUserName(const QString &name)
{
    write(u"userName"_s, name.trimmed() == systemUserName() ? QString() : name.trimmed());
}

QPageSize::PageSizeId pageSize()
{
    return read(u"pageSize"_s).toString() == u"a4"_s ? QPageSize::A4 : QPageSize::Letter;
}

void setPageSize(QPageSize::PageSizeId size)
{
    write(u"pageSize"_s, size == QPageSize::A4 ? u"a4"_s : u"letter"_s);
}

int autosaveDelayMs()
{
    bool ok = false;
    const int ms = read(u"autosaveDelayMs"_s, 1500).toInt(&ok);
    return ok ? std::clamp(ms, 500, 600000) : 1500;
}

void setAutosaveDelayMs(int ms)
{
    write(u"autosaveDelayMs"_s, ms);
}

QString inventoryLocation()
{
    return read(u"database"_s).toString().trimmed();
}

void setInventoryLocation(const QString &location)
{
    write(u"database"_s, location.trimmed());
}

QString certificateDatabase()
{
    return read(u"nssDir"_s).toString();
}

void setCertificateDatabase(const QString &dir)
{
    write(u"nssDir"_s, dir);
}

bool pdfInInterfaceLanguage()
{
    return read(u"pdfInInterfaceLanguage"_s, false).toBool();
}

void setPdfInInterfaceLanguage(bool follows)
{
    write(u"pdfInInterfaceLanguage"_s, follows);
}

QStringList recentFiles()
{
    return read(u"recentFiles"_s).toStringList();
}

void setRecentFiles(const QStringList &files)
{
    write(u"recentFiles"_s, files);
}

} // namespace StudioSettings
