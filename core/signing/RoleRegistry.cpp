#include "RoleRegistry.h"

#include "io/SmoutJson.h"
#include "model/Roles.h"
#include "store/InventoryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct RegistryText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::RoleRegistry)
};

bool matches(const RoleGrant &g, const SignerIdentity &who)
{
    return g.certificate == who.sha256 || (!who.subject.isEmpty() && g.certificate == who.subject);
}

Result<RoleGrant> grantOf(Role role, const QJsonValue &entry, qsizetype index)
{
    const QString where = u"%1[%2]"_s.arg(QLatin1StringView(codeOf(role))).arg(index);
    RoleGrant g{role, {}, {}};
    QString text;
    if (entry.isString()) {
        text = entry.toString();
    } else if (entry.isObject()) {
        const QJsonObject o = entry.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != u"certificate" && it.key() != u"component")
                return Error{RegistryText::tr("%1: unknown key \"%2\" (an entry has \"certificate\" and, optionally, \"component\")")
                                 .arg(where, it.key())};
        if (!o.value(u"certificate").isString())
            return Error{RegistryText::tr("%1: \"certificate\" must be a fingerprint or a subject DN").arg(where)};
        text = o.value(u"certificate").toString();
        if (o.contains(u"component")) {
            g.component = o.value(u"component").toString().trimmed().toUpper();
            if (g.component.isEmpty())
                return Error{RegistryText::tr("%1: \"component\" must be a component code such as CBP").arg(where)};
        }
    } else {
        return Error{RegistryText::tr("%1: an entry is a fingerprint, a subject DN, or an object with \"certificate\"").arg(where)};
    }
    text = text.trimmed();
    if (text.isEmpty())
        return Error{RegistryText::tr("%1: empty certificate").arg(where)};
    g.certificate = RoleRegistry::canonicalFingerprint(text).value_or(text);
    return g;
}

} // namespace

RoleRegistry::RoleRegistry(QList<RoleGrant> grants, QSet<Role> checkedRoles)
    : m_grants(std::move(grants)), m_checked(std::move(checkedRoles))
{
}

std::optional<QString> RoleRegistry::canonicalFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(u':').remove(u' ');
    static const QRegularExpression sha256(u"^[0-9a-fA-F]{64}$"_s);
    if (!sha256.match(hex).hasMatch())
        return std::nullopt;
    return hex.toLower();
}

Result<RoleRegistry> RoleRegistry::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{RegistryText::tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)};
    if (!doc.isObject())
        return Error{RegistryText::tr("a role registry is an object {\"author\": [...], \"counsel\": [...], \"reviewer\": [...]}")};
    const QJsonObject o = doc.object();
    QList<RoleGrant> grants;
    QSet<Role> checked;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const std::optional<Role> role = fromCode<Role>(it.key());
        if (!role)
            return Error{RegistryText::tr("unknown role \"%1\" (author, counsel or reviewer)").arg(it.key())};
        if (!it.value().isArray())
            return Error{RegistryText::tr("%1: a list of certificates").arg(it.key())};
        checked.insert(*role);
        const QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto grant = grantOf(*role, list[i], i);
            if (!grant)
                return Error{grant.error()};
            grants << grant.value();
        }
    }
    return RoleRegistry(grants, checked);
}

Result<RoleRegistry> RoleRegistry::fromFile(const QString &path)
{
    auto bytes = io::readInputFile(path, 4 * 1024 * 1024);
    if (!bytes)
        return Error{bytes.error()};
    auto registry = fromJson(bytes.value());
    if (!registry)
        return Error{RegistryText::tr("the role registry %1: %2").arg(path, registry.error())};
    return registry;
}

Result<RoleRegistry> RoleRegistry::fromInventory(const store::InventoryStore &inventory)
{
    auto rows = inventory.roleGrants();
    if (!rows)
        return Error{rows.error()};
    QList<RoleGrant> grants;
    QSet<Role> checked;
    for (const store::StoredRoleGrant &g : rows.value()) {
        grants << RoleGrant{g.role, g.certificate, g.component};
        checked.insert(g.role);
    }
    return RoleRegistry(grants, checked);
}

QString RoleRegistry::refusal(Role role, const SignerIdentity &who, const QString &component) const
{
    if (!checks(role))
        return {};
    const QString whose = RegistryText::tr("the certificate of %1 (SHA-256 %2)")
                              .arg(who.commonName.isEmpty() ? who.subject : who.commonName, displayFingerprint(who.sha256));
    if (!who.known())
        return RegistryText::tr("the signer's certificate cannot be read, so it is not in the role registry for %1").arg(roleWord(role));
    bool listedElsewhere = false;
    for (const RoleGrant &g : m_grants) {
        if (g.role != role || !matches(g, who))
            continue;
        if (g.component.isEmpty() || g.component.compare(component, Qt::CaseInsensitive) == 0)
            return {};
        listedElsewhere = true;
    }
    if (listedElsewhere)
        return RegistryText::tr("%1 is listed as %2 in the role registry, but not for this SMOUT's component %3")
            .arg(whose, roleWord(role), component.isEmpty() ? RegistryText::tr("(none)") : component);
    return RegistryText::tr("%1 is not listed as %2 in the role registry").arg(whose, roleWord(role));
}

} // namespace smout::signing
