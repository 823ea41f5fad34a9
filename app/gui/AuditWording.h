#pragma once

// The inventory's audit trail and revisions in the form's words: the stored rows keep key
// paths ("summary.contacts[0].email") and role codes ("author"), for scripts and `smout db
// log`; the window shows the field's name ("Contact Information, entry 1: email") and the
// role as the role switch names it ("Program office").

#include <QString>

// A role code as the role switch names it; a code the window does not know is shown as stored.
QString auditRoleName(const QString &code);
// An audit row's detail with its key paths and role codes named for people.
QString readableAuditDetail(const QString &detail);
