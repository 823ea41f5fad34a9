#include "UserName.h"

#include <QSettings>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace smout::store {

namespace {
const QString Key = u"user/name"_s;
}

QString accountUserName()
{
#if defined(Q_OS_UNIX)
    if (const passwd *pw = getpwuid(getuid())) {
        // The GECOS field's first comma-separated part is the full name, when there is one.
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        if (pw->pw_name && *pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user;
}

QString systemLogin()
{
#if defined(Q_OS_UNIX)
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USERNAME");
}

QString userName()
{
    const QString chosen = QSettings().value(Key).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    const QString account = accountUserName();
    return account.isEmpty() ? u"unknown"_s : account;
}

void setUserName(const QString &name)
{
    const QString chosen = name.trimmed();
    QSettings().setValue(Key, chosen == accountUserName() ? QString() : chosen);
}

} // namespace smout::store
