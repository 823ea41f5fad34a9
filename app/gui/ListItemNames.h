#pragma once

// What one entry of each list is called, so its buttons and cells say what they act on
// ("Add a contact", "Remove SORN") instead of "Add a row". Keyed by the list's key path.

#include <QString>

struct ListItemName {
    QString indefinite; // "a contact"
    QString noun;       // "contact"
};

// A generic "an entry"/"entry" for a list not in the table.
ListItemName listItemName(const QString &path);
