#pragma once

// Full-text search of the inventory, the same on both drivers: the words of a SMOUT are
// folded here (compatibility decomposition, diacritics removed, full Unicode case folding:
// "Straße" and "STRASSE" are one word, as are "Σίσυφος" and "ΣΙΣΥΦΟΣ") and split at every
// character that is not a letter or digit; SQLite's FTS5 and PostgreSQL's text search
// index those words. A search word matches the words that begin with it (unless it ends
// in punctuation: "100%" finds 100, not 1000); punctuation inside a search word joins its
// parts into a phrase ("a_c" finds "a_c" and "a-c", never "abc"), so nothing typed is a wildcard.

#include <QString>
#include <QStringList>

namespace smout::store {

QStringList searchWords(const QString &text);
// The folded words joined by spaces: what the search index holds.
QString searchableText(const QStringList &parts);

struct SearchQuery {
    QString fts5;     // an FTS5 MATCH expression
    QString tsquery;  // a to_tsquery('simple', …) expression
    bool matchesNothing = false; // a search made only of punctuation
    bool isEmpty() const { return fts5.isEmpty() && !matchesNothing; }
};
SearchQuery searchQuery(const QString &typed);

} // namespace smout::store
