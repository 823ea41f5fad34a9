#pragma once

// Who owns each section of the template, for the navigator and the banner of a read-only
// section: read from core's ownership table (model/Roles.h) through one path of each part
// of the section, so that the window and the model never disagree.

#include "model/Codes.h"

#include <QList>
#include <QString>

// The roles that write the section, in workflow order; empty for the signatures (every
// role signs) and for unknown ids.
QList<smout::Role> sectionOwners(const QString &sectionId);
// The role that writes the section, as the navigator shows it ("Program office, Counsel").
QString sectionOwnerName(const QString &sectionId);
// Whether `role` may edit any field of the section (the signatures: every role signs).
bool roleEditsSection(smout::Role role, const QString &sectionId);
// For a section `role` may not edit: who completes it and who the user is signed in as
// ("This section is completed by counsel. You are signed in as the program office.");
// empty for a section the role edits.
QString readOnlyNotice(smout::Role role, const QString &sectionId);
