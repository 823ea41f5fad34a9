// REQ-PATH: a request must be about a field the document has. A closed request is history
// and is not checked again (a list entry it named may since have been removed).

#include "RequestRules.h"

#include "io/SmoutJson.h"
#include "review/KeyPaths.h"

namespace smout::checks {

void reqPath(const RuleInput &in, FindingSink &out)
{
    // The document in file form once, not once per request (a thousand requests took minutes).
    std::optional<QJsonObject> json;
    for (qsizetype i = 0; i < in.doc.requests.size(); ++i) {
        const InformationRequest &r = in.doc.requests[i];
        if (r.status == RequestStatus::Closed || r.path.isEmpty())
            continue;
        if (!json)
            json = io::toJsonObject(in.doc);
        if (review::valueAtPath(*json, r.path))
            continue;
        out.error(indexed("requests", i) + u".path",
                  RuleText::tr("Request %1 is about \"%2\", which is not a field of this document.")
                      .arg(r.id, r.path));
    }
}

} // namespace smout::checks
