#include "InventoryLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct LocationText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::InventoryLocation)
};

// libpq options a user may pass in the URL; the rest of libpq's options either belong in the
// URL's own parts or would let a URL carry what must not be there (a password).
const QStringList &allowedOptions()
{
    static const QStringList names{u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s,
                                   u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s,
                                   // GSSAPI (Kerberos) logins, as DHS networks use.
                                   u"gssencmode"_s, u"krbsrvname"_s};
    return names;
}

Status checkOption(const QString &key, const QString &value)
{
    if (!allowedOptions().contains(key))
        return Error{LocationText::tr("unknown connection option '%1' (known: %2)").arg(key, allowedOptions().join(u", "_s))};
    if (key == u"gssencmode" && !QStringList{u"disable"_s, u"prefer"_s, u"require"_s}.contains(value))
        return Error{LocationText::tr("gssencmode '%1' is not one of disable, prefer, require").arg(value)};
    if (key == u"sslmode" && !QStringList{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s}.contains(value))
        return Error{LocationText::tr("sslmode '%1' is not one of disable, allow, prefer, require, verify-ca, verify-full").arg(value)};
    if (key == u"connect_timeout" && !QRegularExpression(u"^[0-9]{1,4}$"_s).match(value).hasMatch())
        return Error{LocationText::tr("connect_timeout '%1' is not a number of seconds").arg(value)};
    if (key == u"target_session_attrs" && !QStringList{u"any"_s, u"read-write"_s, u"read-only"_s, u"primary"_s, u"standby"_s, u"prefer-standby"_s}.contains(value))
        return Error{LocationText::tr("target_session_attrs '%1' is not a known value").arg(value)};
    // Qt joins the options with ';'; a value holding one would split into two options.
    if (value.isEmpty() || value.contains(u';') || value.contains(QChar(0)))
        return Error{LocationText::tr("the value of connection option '%1' is empty or holds ';'").arg(key)};
    return success();
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

Result<InventoryLocation> parsePostgres(const QString &text)
{
    static const QRegularExpression url(
        uR"(^[A-Za-z]+://(?:([^:@/?#]*)(?::([^@/?#]*))?@)?(\[[0-9A-Fa-f:.]+\]|[^:/?#\[\]@]*)(?::([^/?#]*))?(?:/([^?#/]*))?(?:\?([^#]*))?$)"_s);
    const auto m = url.match(text);
    if (!m.hasMatch())
        return Error{LocationText::tr("'%1' is not a PostgreSQL URL of the form postgresql://user@host:port/dbname").arg(text)};
    InventoryLocation l;
    l.kind = InventoryLocation::Kind::Postgres;
    if (m.hasCaptured(2))
        return Error{LocationText::tr("a password does not belong in the inventory URL (command lines and settings are readable by others); "
                                      "put it in ~/.pgpass or PGPASSWORD")};
    l.user = decoded(m.captured(1));
    l.host = m.captured(3);
    if (l.host.startsWith(u'['))
        l.host = l.host.mid(1, l.host.size() - 2);
    l.host = decoded(l.host);
    if (m.hasCaptured(4)) {
        const QString port = m.captured(4);
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!QRegularExpression(u"^[0-9]{1,5}$"_s).match(port).hasMatch() || !ok || number < 1 || number > 65535)
            return Error{LocationText::tr("port '%1' is not a number from 1 to 65535").arg(port)};
        l.port = number;
    }
    l.database = decoded(m.captured(5));
    if (l.database.isEmpty())
        return Error{LocationText::tr("the URL names no database: postgresql://user@host:port/dbname")};
    for (const QString &pair : m.captured(6).split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decoded(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (key == u"password" || key == u"passfile")
            return Error{LocationText::tr("a password does not belong in the inventory URL; put it in ~/.pgpass or PGPASSWORD")};
        if (const Status ok = checkOption(key, value); !ok)
            return Error{ok.error()};
        l.options.append({key, value});
    }
    return l;
}

} // namespace

Result<InventoryLocation> InventoryLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error{LocationText::tr("the inventory location is empty: give a SQLite file or a postgresql:// URL")};
    // A scheme (letters, then ':'), unless it is a Windows drive letter.
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*):"_s);
    const auto m = scheme.match(text);
    const bool drive = m.hasMatch() && m.captured(1).size() == 1 && (text.mid(2, 1) == u"/" || text.mid(2, 1) == u"\\");
    if (m.hasMatch() && !drive) {
        const QString name = m.captured(1).toLower();
        if (name == u"postgresql" || name == u"postgres") {
            if (!text.mid(m.capturedLength()).startsWith(u"//"_s))
                return Error{LocationText::tr("'%1' is not a PostgreSQL URL: write postgresql://user@host:port/dbname").arg(text)};
            return parsePostgres(text);
        }
        if (name == u"file") {
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || !url.isLocalFile() || !url.fragment().isEmpty())
                return Error{LocationText::tr("'%1' is not a file URL of the form file:///path/inventory.sqlite").arg(text)};
            const QString query = url.query();
            if (!query.isEmpty() && query != u"mode=ro")
                return Error{LocationText::tr("a file URL takes only ?mode=ro (open read-only), not '%1'").arg(query)};
            InventoryLocation l;
            l.path = url.toLocalFile();
            l.readOnly = query == u"mode=ro";
            return l;
        }
        return Error{LocationText::tr("'%1' is not a known kind of inventory: give a SQLite file path or a postgresql:// URL").arg(name)};
    }
    // A plain path whose first part is a scheme's name is a URL with its ':' missing.
    static const QRegularExpression schemeTypo(u"^(?i:postgres(?:ql)?|file|sqlite3?)(/|$)"_s);
    if (schemeTypo.match(text).hasMatch())
        return Error{LocationText::tr("'%1' looks like a URL with its ':' missing: write postgresql://user@host:port/dbname").arg(text)};
    InventoryLocation l;
    l.path = text;
    return l;
}

QString InventoryLocation::display() const
{
    if (kind == Kind::SqliteFile)
        return QDir::toNativeSeparators(path);
    QString out = u"postgresql://"_s;
    if (!user.isEmpty())
        out += user + u'@';
    out += host.contains(u':') ? u'[' + host + u']' : host;
    if (port > 0)
        out += u':' + QString::number(port);
    out += u'/' + database;
    QStringList pairs;
    for (const auto &[k, v] : options)
        pairs << k + u'=' + v;
    if (!pairs.isEmpty())
        out += u'?' + pairs.join(u'&');
    return out;
}

QString InventoryLocation::connectOptions() const
{
    QStringList parts;
    bool timeout = false, name = false;
    const auto quote = [](QString v) {
        v.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
        return QString(u"'"_s + v + u"'"_s);
    };
    for (const auto &[k, v] : options) {
        parts << QString(k + u"="_s + quote(v));
        timeout = timeout || k == u"connect_timeout";
        name = name || k == u"application_name";
    }
    if (!timeout)
        parts << u"connect_timeout=5"_s;
    if (!name)
        parts << u"application_name='SMOUT Studio'"_s;
    return parts.join(u';');
}

} // namespace smout::store
