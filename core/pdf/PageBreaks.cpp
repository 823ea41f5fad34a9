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

// The positions in the document where a line of block starts a new page.
QList<int> pageBreaksInside(const QTextBlock &block, qreal pageHeight)
{
    QList<int> breaks;
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() < 2)
        return breaks;
    const qreal top = block.document()->documentLayout()->blockBoundingRect(block).top();
    int page = int(std::floor((top + layout->lineAt(0).y()) / pageHeight));
    for (int i = 1; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (const int on = int(std::floor((top + line.y()) / pageHeight)); on != page) {
            breaks << block.position() + line.textStart();
            page = on;
        }
    }
    return breaks;
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

// The page the top of `line` of `block` is on.
int pageOfLine(const QTextBlock &block, int line, qreal pageHeight)
{
    const qreal top = block.document()->documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *layout = block.layout();
    const qreal y = layout && layout->lineCount() > line ? layout->lineAt(line).y() : 0;
    return int(std::floor((top + y) / pageHeight));
}

} // namespace

int keepHeadingsWithNext(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    int moved = 0;
    // Top down, laid out again after each move: a move shifts every heading after it.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !next.isValid()
            || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        doc.pageCount();
        const int last = std::max(0, block.layout() ? block.layout()->lineCount() - 1 : 0);
        if (pageOfLine(next, 0, pageHeight) <= pageOfLine(block, last, pageHeight))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        ++moved;
    }
    return moved;
}

int splitParagraphsAtPageBreaks(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    int splits = 0;
    // Every break found in one layout of the whole document, then split from the last one
    // back, so that no split moves a break still to make: splitting does not change how
    // anything looks, and laying the document out again after each split made long
    // documents take minutes. A second look catches any break a split did move.
    for (int round = 0; round < 4; ++round) {
        doc.pageCount(); // lays the whole document out; layout is otherwise done lazily
        QList<int> breaks;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
            if (!QTextCursor(block).currentTable()) // table cells paginate with their rows
                breaks << pageBreaksInside(block, pageHeight);
        if (breaks.isEmpty())
            break;
        // One edit for all the splits: the layout follows once, not after each.
        QTextCursor all(&doc);
        all.beginEditBlock();
        for (qsizetype i = breaks.size() - 1; i >= 0; --i)
            splitAt(doc, doc.findBlock(breaks[i]), breaks[i]);
        all.endEditBlock();
        splits += int(breaks.size());
    }
    doc.pageCount();
    return splits;
}

} // namespace smout::pdf
