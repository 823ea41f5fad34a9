#include "Roles.h"

#include <QCoreApplication>

namespace smout {

namespace {

struct Ownership {
    QStringView prefix;
    Role owner;
};

// Longest prefix first: 2a is counsel's inside the author's questions.
constexpr Ownership ownership[] = {
    {u"questions.q2a_counsel_reviewed", Role::Counsel},
    {u"screening", Role::Author},
    {u"summary", Role::Author},
    {u"questions", Role::Author},
    {u"review", Role::Reviewer},
};

bool underPrefix(QStringView path, QStringView prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path[prefix.size()];
    return next == u'.' || next == u'[';
}

} // namespace

std::optional<Role> ownerOf(QStringView path)
{
    for (const Ownership &o : ownership)
        if (underPrefix(path, o.prefix))
            return o.owner;
    return std::nullopt;
}

bool roleOwns(Role role, QStringView path)
{
    const auto owner = ownerOf(path);
    return !owner || *owner == role;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Author: return QCoreApplication::translate("smout::Roles", "Program office");
    case Role::Counsel: return QCoreApplication::translate("smout::Roles", "Counsel");
    case Role::Reviewer: return QCoreApplication::translate("smout::Roles", "DHS Privacy reviewer");
    }
    return {};
}

} // namespace smout
