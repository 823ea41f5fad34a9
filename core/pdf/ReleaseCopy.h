#pragma once

// FOIA release copies. The PDF is rendered from the redacted copy (release/RedactedCopy.h),
// so withheld text never reaches the PDF writer; after writing, the release is x-rayed
// (release/ReleaseXray.h) and deleted if any withheld text is found in it.

#include "PdfExporter.h"

#include <QHash>

namespace smout::pdf {

// The release PDF in memory, already x-rayed.
Result<ExportedPdf> exportRelease(const SmoutDocument &doc, const ExportOptions &options);

// Writes the release to `path` atomically, reads the file back and x-rays it; on a hit
// the file is deleted and the release refused. Nothing is written when it is refused.
Result<ExportedPdf> writeReleaseFile(const SmoutDocument &doc, const QString &path, const ExportOptions &options);

// Withheld answers that shown fields imply (release/ImpliedAnswers.h), and likely personal
// data the release would still show (addresses, numbers, names).
QStringList releaseWarnings(const SmoutDocument &doc);

// The export pipeline, shared with PdfExporter.cpp: `source` decides whether it is a draft,
// `doc` is what is drawn.
Result<ExportedPdf> renderPdf(const SmoutDocument &source, const SmoutDocument &doc,
                              const QHash<QString, QString> &withheld, const ExportOptions &options);

} // namespace smout::pdf
