// REQ-OPEN: the author is reminded of every unanswered request, and no determination of
// "met" stands while a request is still open or answered but not closed.

#include "RequestRules.h"

#include "model/FieldNames.h"

namespace smout::checks {

using namespace Qt::StringLiterals;

void reqOpen(const RuleInput &in, FindingSink &out)
{
    QStringList notClosed;
    for (qsizetype i = 0; i < in.doc.requests.size(); ++i) {
        const InformationRequest &r = in.doc.requests[i];
        if (r.status != RequestStatus::Closed)
            notClosed << r.id;
        if (r.status != RequestStatus::Open)
            continue;
        // On the field it is about, so the window marks that field; the whole document's
        // requests sit on the request itself.
        if (r.path.isEmpty())
            out.warning(indexed("requests", i),
                        RuleText::tr("Answer request %1 about the whole document.").arg(r.id));
        else
            out.warning(r.path, RuleText::tr("Answer request %1 about %2.").arg(r.id, fieldName(r.path)));
    }
    if (in.doc.review.determination.outcome == Outcome::Met && !notClosed.isEmpty())
        out.error(u"review.determination.outcome"_s,
                  RuleText::tr("The program is determined to have met the requirements while "
                               "%n request(s) (%1) are not closed. Close them first, or change the "
                               "determination.", nullptr, int(notClosed.size()))
                      .arg(notClosed.join(u", "_s)));
}

} // namespace smout::checks
