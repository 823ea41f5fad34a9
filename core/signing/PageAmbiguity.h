#pragma once

// Where PDF readers can disagree about what a page draws, read before anything trusts the
// pages (viewers are what counsel and the reviewer look at):
// - the page tree: each node's /Count must be the number of pages under it (poppler shows
//   /Count pages, qpdf and the comparison read every leaf), no page may be reached twice, and
//   the tree goes no deeper than viewers follow;
// - content split in several streams: each part is read on its own and must end between two
//   tokens, and reading the parts joined directly (poppler) must give the same tokens as
//   reading them joined by a line break (MuPDF, qpdf). A part that ends inside a comment hides
//   the start of the next from one viewer and not from another.
// Such a file is refused as ambiguous rather than read one way.

#include <QStringList>

class QPDF;

namespace smout::signing {

// Empty when every reader reads the pages alike. Reads the page tree as written, so call it
// before anything normalises the tree (qpdf's page helpers copy a page reached twice).
QStringList pageAmbiguities(QPDF &pdf);

} // namespace smout::signing
