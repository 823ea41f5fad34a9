#pragma once

// Who owns each section of the template, for the navigator: the owning role's name, and
// whether a role may edit some of the section. Whether a path is editable comes from the
// model's ownership (DocumentModel::roleOwns); swap that call for the core ownership table
// once it exists.

#include "model/Codes.h"

#include <QString>

// The role that writes the section, as the navigator shows it ("Program office, counsel (2a)").
QString sectionOwnerName(const QString &sectionId);
// Whether `role` may edit any field of the section (the signatures: every role signs).
bool roleEditsSection(smout::Role role, const QString &sectionId);
