#pragma once

// The inventory's location as a person reads it: "Your own inventory on this computer",
// or "Shared PostgreSQL inventory dbname on host as user" (never a password), with the
// folder shown with ~ for the home folder.

#include <QString>

QString describeInventoryLocation(const QString &location);
