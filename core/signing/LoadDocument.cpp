#include "LoadDocument.h"

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "SignatureSpans.h"
#include "SignatureVerifier.h"

#include <algorithm>

namespace smout {

bool isPdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF-");
}

Result<LoadedDocument> loadDocument(const QByteArray &bytes)
{
    if (!isPdf(bytes)) {
        auto doc = io::readSmout(bytes);
        if (!doc)
            return Error{doc.error()};
        return LoadedDocument{std::move(doc.value()), false, false};
    }
    auto doc = pdf::importPdf(signing::authorRevision(bytes));
    if (!doc)
        return Error{doc.error()};
    const auto spans = signing::signatureSpans(bytes);
    const bool signedPdf = std::any_of(spans.begin(), spans.end(), [](const auto &s) { return s.problems.isEmpty(); });
    return LoadedDocument{std::move(doc.value()), true, signedPdf};
}

Result<LoadedDocument> loadDocumentFile(const QString &path)
{
    auto bytes = io::readInputFile(path, MaxPdfSize);
    if (!bytes)
        return Error{bytes.error()};
    return loadDocument(bytes.value());
}

} // namespace smout
