#pragma once

// The "REQUESTS FOR ADDITIONAL INFORMATION" section of the printed form: the review round
// trip (each request, the field it is about, the answer and where it stands).

#include "model/SmoutDocument.h"

#include <QString>

namespace smout::pdf {

// Empty for a document without requests, so such a form prints as before.
QString requestsHtml(const SmoutDocument &doc);

} // namespace smout::pdf
