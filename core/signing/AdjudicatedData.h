#pragma once

// An adjudication certifies what counsel certified: the data the reviewer signs must be the
// data of the counsel-signed submission it embeds, in every section but the reviewer's own
// (the review section and the reviewer's requests for more information).

#include "model/SmoutDocument.h"

#include <QStringList>

namespace smout::signing {

// The key paths at which `adjudicated` differs from `certified` outside the reviewer's part;
// empty when the reviewer adjudicates exactly what counsel signed.
QStringList changedSinceCounsel(const SmoutDocument &adjudicated, const SmoutDocument &certified);

} // namespace smout::signing
