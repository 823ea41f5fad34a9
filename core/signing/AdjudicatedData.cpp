#include "AdjudicatedData.h"

#include "diff/DocumentDiff.h"

namespace smout::signing {

namespace {

// The document without the reviewer's part.
SmoutDocument certifiedPart(SmoutDocument doc)
{
    doc.review = Review{};
    doc.requests.removeIf([](const InformationRequest &r) { return r.role == Role::Reviewer; });
    return doc;
}

} // namespace

QStringList changedSinceCounsel(const SmoutDocument &adjudicated, const SmoutDocument &certified)
{
    QStringList paths;
    for (const FieldChange &c : diffDocuments(certifiedPart(certified), certifiedPart(adjudicated)))
        if (!paths.contains(c.path))
            paths << (c.path.isEmpty() ? QStringLiteral("(document)") : c.path);
    return paths;
}

} // namespace smout::signing
