#include "Rereview.h"

namespace smout {

QDate rereviewDue(const SmoutDocument &doc)
{
    const Review &r = doc.review;
    if (r.determination.outcome != Outcome::Met || !r.dateReviewed || !r.dateReviewed->isValid())
        return {};
    return r.dateReviewed->addYears(RereviewYears);
}

} // namespace smout
