#pragma once

// Who may see and change what in a shared PostgreSQL inventory, enforced by the server
// itself (roles, GRANT, row-level security, triggers) since the application is only one of
// the clients a user can point at it. `smout db setup` creates the group roles and the
// rules; `smout db grant` makes a login a member of a group for some components (kept in
// smout_members, which only the owner changes). A SQLite inventory is personal: its file's
// permissions are its only access control.

#include "model/Codes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smout::store {

// The group roles. Program office, counsel and component privacy act for their components;
// the Privacy Office sees and changes every component (and alone changes the review
// section); an auditor reads everything and changes nothing.
enum class InventoryRole { ProgramOffice, Counsel, ComponentPrivacy, PrivacyOffice, Auditor };
QList<InventoryRole> allInventoryRoles();
QString inventoryRoleName(InventoryRole r); // the PostgreSQL group, e.g. smout_program_office
// "program_office" or "smout_program_office"; nothing for anything else.
std::optional<InventoryRole> inventoryRoleFromName(const QString &name);
// Whether the role acts for named components (--component).
bool isComponentScoped(InventoryRole r);

} // namespace smout::store

namespace smout {
SMOUT_CODES(store::InventoryRole, 5, {store::InventoryRole::ProgramOffice, "smout_program_office"_L1},
            {store::InventoryRole::Counsel, "smout_counsel"_L1},
            {store::InventoryRole::ComponentPrivacy, "smout_component_privacy"_L1},
            {store::InventoryRole::PrivacyOffice, "smout_privacy_office"_L1},
            {store::InventoryRole::Auditor, "smout_auditor"_L1})
} // namespace smout

namespace smout::store {

struct Membership {
    QString login;
    InventoryRole role = InventoryRole::ProgramOffice;
    QStringList components; // sorted; empty for the Privacy Office and auditors
};

// What the connected user may do. Unsecured inventories (SQLite, or PostgreSQL before
// `db setup`) let them do everything.
struct InventoryAccess {
    bool secured = false;
    bool seesAll = true, changesAll = true;
    QStringList writable; // the components whose SMOUTs they may change, when not all
    bool mayChange(const QString &component) const { return !secured || changesAll || writable.contains(component); }
};

// The message for a refusal, and whether a message is one (the CLI exits 1 for them).
QString refusalMessage(const QString &what);
bool isRefusal(const QString &message);

} // namespace smout::store
