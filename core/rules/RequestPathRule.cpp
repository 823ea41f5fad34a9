// REQ-PATH: a request must be about a field the document has. A closed request is history
// and is not checked again (a list entry it named may since have been removed).

#include "RequestRules.h"

#include "review/KeyPaths.h"

namespace smout::checks {

void reqPath(const RuleInput &in, FindingSink &out)
{
    for (qsizetype i = 0; i < in.doc.requests.size(); ++i) {
        const InformationRequest &r = in.doc.requests[i];
        if (r.status == RequestStatus::Closed || review::documentHasPath(in.doc, r.path))
            continue;
        out.error(indexed("requests", i) + u".path",
                  RuleText::tr("Request %1 is about \"%2\", which is not a field of this document.")
                      .arg(r.id, r.path));
    }
}

} // namespace smout::checks
