#include "PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

#include <cmath>

namespace smout::pdf {

namespace {

// The position in the document where a line of block starts a new page, or -1.
int pageBreakInside(const QTextBlock &block, qreal pageHeight)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() < 2)
        return -1;
    const qreal top = block.document()->documentLayout()->blockBoundingRect(block).top();
    const int page = int(std::floor((top + layout->lineAt(0).y()) / pageHeight));
    for (int i = 1; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (int(std::floor((top + line.y()) / pageHeight)) != page)
            return block.position() + line.textStart();
    }
    return -1;
}

void splitAt(QTextDocument &doc, const QTextBlock &block, int position)
{
    QTextCursor cursor(&doc);
    cursor.setPosition(position);
    cursor.beginEditBlock();
    // A forced line break (<br>) ending the first part would become an empty line.
    if (doc.characterAt(position - 1) == QChar::LineSeparator)
        cursor.deletePreviousChar();

    QTextBlockFormat first = block.blockFormat();
    QTextBlockFormat rest = first;
    first.setBottomMargin(0);
    rest.setTopMargin(0);
    rest.setTextIndent(0);
    rest.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextList *list = block.textList();
    cursor.setBlockFormat(first);
    cursor.insertBlock(rest, cursor.charFormat());
    // The rest of a list item continues its text, not a new item with its own bullet.
    if (list) {
        list->remove(cursor.block());
        QTextBlockFormat indented = cursor.blockFormat();
        indented.setIndent(list->format().indent());
        cursor.setBlockFormat(indented);
    }
    cursor.endEditBlock();
}

} // namespace

int splitParagraphsAtPageBreaks(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    int splits = 0;
    doc.pageCount(); // lays the whole document out; layout is otherwise done lazily
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable())
            continue; // table cells paginate with their rows
        const int at = pageBreakInside(block, pageHeight);
        if (at < 0)
            continue;
        splitAt(doc, block, at);
        doc.pageCount();
        ++splits;
    }
    return splits;
}

} // namespace smout::pdf
