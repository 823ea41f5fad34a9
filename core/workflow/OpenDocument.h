#pragma once

// Opening a document for a user task, from one read of the file: a .smout, a PDF exported
// by SMOUT Studio with its data inside, or such a PDF after signing. A signed PDF gives the
// version as signed (to compare the document with later) and what was done to the file
// itself after signing, both taken from the same bytes as the document.

#include "model/Result.h"
#include "model/SmoutDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace smout::workflow {

struct OpenedDocument {
    SmoutDocument document;
    bool fromPdf = false;
    // The document as signed, when it came from a PDF with at least one intact signature.
    std::optional<SmoutDocument> signedVersion;
    // Changes to the signed PDF file itself after its signatures (read off the file: no
    // certificate database is needed); empty for anything but a signed PDF.
    QStringList fileFindings;
};

Result<OpenedDocument> openDocument(const QByteArray &bytes);
// Reads `path` once ("-" reads standard input, ":/" a bundled resource).
Result<OpenedDocument> openDocumentFile(const QString &path);

} // namespace smout::workflow
