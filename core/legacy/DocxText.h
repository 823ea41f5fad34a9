#pragma once

// The text of a filled Word template (.docx): each paragraph of word/document.xml, in
// the body and in table cells, as one line; check boxes drawn as glyphs or as Word
// content-control check boxes (w14:checkbox) written as "[X]" / "[ ]"; hyperlink texts
// kept. The XML is read with QXmlStreamReader; a document type declaration is refused,
// so no DTD or external entity is ever read.

#include "SourceLines.h"
#include "model/Result.h"

#include <QByteArray>

namespace smout::legacy {

Result<SourceLines> docxLines(const QByteArray &zipBytes);

} // namespace smout::legacy
