#pragma once

// When an adjudicated SMOUT must be reviewed again: three years after the review date, for a
// `met` determination (CBP SOP definition of SMOUT). The rule engine reports it and the
// inventory stores it; both ask here so they cannot disagree.

#include "SmoutDocument.h"

#include <QDate>

namespace smout {

inline constexpr int RereviewYears = 3;

// Invalid unless the outcome is met and the review date is a real date.
QDate rereviewDue(const SmoutDocument &doc);

} // namespace smout
