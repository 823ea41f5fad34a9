#pragma once

// Makes a rendered PDF a tagged one: marked content around every text and graphics object
// of every page, a structure tree in reading order, /MarkInfo, /Lang, the title shown as the
// window title, and XMP metadata naming PDF/UA-1.
//
// Why after writing: Qt 6.4's QPdfWriter writes no marked content and no structure tree, and
// rendering through another library (cairo's tag API) would mean a second layout engine whose
// pages differ from print preview and print. The renderer knows which element each line of
// each page shows (PdfStructure); this reads each page's content stream with libqpdf, finds
// where every text object starts and every path lies, wraps each in marked content for the
// element whose area it falls in (or as an artifact: running header, footer, draft mark),
// and builds the tree. Runs before any signature (it rewrites the file), on the document
// finishPdf() writes, so that the file is read and written once.

#include "PdfStructure.h"
#include "model/Result.h"

class QPDF;

namespace smout::pdf {

Status tagStructure(QPDF &pdf, const PdfStructure &structure);

} // namespace smout::pdf
