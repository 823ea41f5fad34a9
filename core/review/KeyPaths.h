#pragma once

// Whether a key path such as "summary.contacts[1].email" names a value of a document.

#include "model/SmoutDocument.h"

#include <QString>

namespace smout::review {

// True when `path` names a value the document holds in its screening, summary, questions
// or review (a list entry only while the list has it); "" (the whole document) is true too.
bool documentHasPath(const SmoutDocument &doc, const QString &path);

} // namespace smout::review
