#pragma once

// Before a release: withheld answers that other shown fields give away. A launch date says
// the use is operational; the review's categories repeat question 1's (and the other way
// round), as does the description of the "other" category; a SORN's Federal Register
// citation names the SORN. Warnings only: the person releasing decides.

#include "RedactedCopy.h"

namespace smout::release {

struct ImpliedAnswer {
    QString withheld; // the key path withheld
    QStringList shown; // the key paths that imply it
    QString message;
};

QList<ImpliedAnswer> impliedAnswers(const RedactedCopy &copy);

} // namespace smout::release
