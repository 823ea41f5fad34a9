#pragma once

// The text layer of a PDF of a filled template, read through poppler: words gathered into
// lines by position, lines into paragraphs by the spacing between them, so that an answer
// wrapped over several lines reads as one. A PDF without text (a scan) is refused.

#include "SourceLines.h"
#include "model/Result.h"

#include <QByteArray>

namespace smout::legacy {

inline constexpr int MaxPdfPages = 500;

Result<SourceLines> pdfLines(const QByteArray &pdf);

} // namespace smout::legacy
