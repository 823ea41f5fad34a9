#pragma once

// Qt draws a page of a paginated QTextDocument by clipping, and when it does it also
// paints the last line of a paragraph above the clip. On paper that line is cut away, but
// its text stays in the PDF, so text extraction, search and screen readers meet it twice.
// Splitting every paragraph that runs over a page break into two paragraphs at that
// break, without changing how anything looks, leaves each page only its own lines.

class QTextDocument;

namespace smout::pdf {

// doc must have its page size set. Returns the number of paragraphs split.
int splitParagraphsAtPageBreaks(QTextDocument &doc);

// A heading left alone at the bottom of a page ("DHS PRIVACY OFFICE COMMENTS" with its
// comments overleaf) starts the next page instead, with what it heads. doc must have its
// page size set. Returns the number of headings moved.
int keepHeadingsWithNext(QTextDocument &doc);

} // namespace smout::pdf
