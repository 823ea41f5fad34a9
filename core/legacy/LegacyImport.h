#pragma once

// Bringing an existing SMOUT in: a filled template as Word (.docx), PDF with a text layer,
// or text (.txt, .md), read into a document with a report of each field's origin.

#include "TemplateReader.h"

namespace smout::legacy {

// The kind is known from the file's first bytes (a zip, a PDF, an OLE container), else
// it is read as UTF-8 text. Unreadable, oversized or refused input is an Error.
Result<LegacyImport> importLegacyFile(const QString &path, const ReadOptions &options);
Result<SourceLines> sourceLinesOf(const QByteArray &bytes);

} // namespace smout::legacy
