#pragma once

// Which role writes which part of a SMOUT (rules.md "Roles"): the one table the editor, the
// rule engine's role filter, the window and signing all read. The program office (author)
// writes screening, summary and questions except 2a; counsel answers 2a; the DHS Privacy
// Office reviewer writes review. Paths outside these sections (format, id, redactions) are
// not owned by one role.

#include "Codes.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace smout {

// The role that writes `path`, or none for paths outside the role sections.
std::optional<Role> ownerOf(QStringView path);
// Whether `role` may change `path`.
bool roleOwns(Role role, QStringView path);
// The role as users name it ("Program office", "Counsel", "DHS Privacy reviewer").
QString roleName(Role role);

} // namespace smout
