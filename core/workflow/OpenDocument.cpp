#include "OpenDocument.h"

#include "io/SmoutJson.h"
#include "signing/LoadDocument.h"
#include "signing/SignatureVerifier.h"

namespace smout::workflow {

Result<OpenedDocument> openDocument(const QByteArray &bytes)
{
    auto loaded = loadDocument(bytes);
    if (!loaded)
        return Error{loaded.error()};
    OpenedDocument opened{std::move(loaded->document), loaded->fromPdf, std::nullopt, {}};
    if (loaded->signedPdf) {
        opened.signedVersion = opened.document;
        opened.fileFindings = signing::changesInFile(bytes);
    }
    return opened;
}

Result<OpenedDocument> openDocumentFile(const QString &path)
{
    const auto bytes = io::readInputFile(path, MaxPdfSize);
    if (!bytes)
        return Error{bytes.error()};
    return openDocument(bytes.value());
}

} // namespace smout::workflow
