#include "StudioSettings.h"

#include "pdf/PageSizeSetting.h"
#include "store/UserName.h"

#include <QSettings>

#include <algorithm>


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
    return smout::store::accountUserName();
}

QString userName()
{
    return smout::store::userName();
}

void setUserName(const QString &name)
{
    smout::store::setUserName(name);
}

bool userNameConfirmed()
{
    return read(u"user/confirmed"_s, false).toBool() && !userName().isEmpty();
}

void confirmUserName(const QString &name)
{
    smout::store::setUserName(name);
    write(u"user/confirmed"_s, true);
}

QString suggestedUserName()
{
    const QString account = smout::store::accountUserName();
    return account == smout::store::systemLogin() ? QString() : account;
}

QPageSize::PageSizeId pageSize()
{
    return smout::pdf::pageSizeSetting();
}

void setPageSize(QPageSize::PageSizeId size)
{
    smout::pdf::setPageSizeSetting(size);
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

QString timestampAuthority()
{
    return read(u"timestampAuthority"_s).toString();
}

void setTimestampAuthority(const QString &url)
{
    write(u"timestampAuthority"_s, url);
}

bool pdfInInterfaceLanguage()
{
    return read(u"pdfInInterfaceLanguage"_s, false).toBool();
}

void setPdfInInterfaceLanguage(bool follows)
{
    write(u"pdfInInterfaceLanguage"_s, follows);
}

} // namespace StudioSettings
