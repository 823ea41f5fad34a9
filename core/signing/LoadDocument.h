#pragma once

// Opening a document the way every part of SMOUT Studio does: a .smout file, or the
// document inside a PDF exported by SMOUT Studio as its first signer (the author) signed
// it, whatever was appended after. Told apart by the bytes, not by the file name.

#include "model/Result.h"
#include "model/SmoutDocument.h"

#include <QByteArray>
#include <QString>

namespace smout {

struct LoadedDocument {
    SmoutDocument document;
    bool fromPdf = false;
    // A PDF with at least one signature whose byte ranges are intact (read off the file: no
    // verification and no certificate database needed).
    bool signedPdf = false;
};

// Largest PDF read (bytes).
inline constexpr qsizetype MaxPdfSize = 512 * 1024 * 1024;

// A PDF by its header, whatever the file is called.
bool isPdf(const QByteArray &bytes);

Result<LoadedDocument> loadDocument(const QByteArray &bytes);
// `path` "-" reads standard input.
Result<LoadedDocument> loadDocumentFile(const QString &path);

} // namespace smout
