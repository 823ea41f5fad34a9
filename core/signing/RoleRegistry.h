#pragma once

// Which certificates may act as author, counsel and reviewer, per component: the office's
// own list, so that a role is a fact it keeps rather than whatever the signer states. Given
// as a file (`--roles FILE`):
//   {"author": [...], "counsel": [...], "reviewer": [...]}
// each entry a certificate's SHA-256 fingerprint (hex, any case, colons allowed) or an exact
// subject DN as `smout certs` shows it ("CN=…,O=…"), or an object
// {"certificate": "<fingerprint or DN>", "component": "CBP"} limiting it to one component.
// A role the file leaves out is not checked; an empty list lets nobody act in that role.
// Or kept in the inventory (`smout db roles`), read into the same grants.

#include "SignerIdentity.h"
#include "model/Codes.h"
#include "model/Result.h"

#include <QList>
#include <QSet>
#include <QString>

namespace smout::store {
class InventoryStore;
}

namespace smout::signing {

struct RoleGrant {
    Role role = Role::Author;
    QString certificate; // a SHA-256 fingerprint (64 lower-case hex digits) or a subject DN
    QString component;   // empty: every component
};

class RoleRegistry {
public:
    RoleRegistry() = default;
    // `checkedRoles`: the roles the registry speaks for (also those with no grant at all).
    RoleRegistry(QList<RoleGrant> grants, QSet<Role> checkedRoles);
    static Result<RoleRegistry> fromJson(const QByteArray &json);
    static Result<RoleRegistry> fromFile(const QString &path);
    // The grants kept in the inventory; a role granted to nobody there is not checked.
    static Result<RoleRegistry> fromInventory(const store::InventoryStore &inventory);
    // A fingerprint in canonical form (lower case, no colons or spaces); nothing when `text`
    // is not 64 hex digits.
    static std::optional<QString> canonicalFingerprint(const QString &text);

    bool checks(Role role) const { return m_checked.contains(role); }
    // Empty when `who` may act as `role` for the SMOUT's `component` (or the role is not
    // checked); otherwise what is wrong, naming the certificate.
    QString refusal(Role role, const SignerIdentity &who, const QString &component) const;
    const QList<RoleGrant> &grants() const { return m_grants; }

private:
    QList<RoleGrant> m_grants;
    QSet<Role> m_checked;
};

} // namespace smout::signing
