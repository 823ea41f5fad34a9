#include "StructureCollector.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

struct StructureText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::StructureCollector)
};

} // namespace

QRectF PageGeometry::toPdf(const QRectF &px) const
{
    const qreal k = 72.0 / dpi;
    const qreal left = (paintRectPx.left() + px.left()) * k;
    const qreal right = (paintRectPx.left() + px.right()) * k;
    const qreal top = pageHeightPt - (paintRectPx.top() + px.top()) * k;
    const qreal bottom = pageHeightPt - (paintRectPx.top() + px.bottom()) * k;
    return QRectF(QPointF(left, bottom), QPointF(right, top));
}

void collectTextStructure(const QTextDocument &text, const PageGeometry &geometry, qreal band, qreal pageHeight,
                          PdfStructure &out, bool labels)
{
    const QAbstractTextDocumentLayout *layout = text.documentLayout();
    const int document = 0;
    const QTextList *list = nullptr;
    int listElement = -1;
    const QTextTable *table = nullptr;
    int tableElement = -1;
    QHash<int, int> rows; // table row → TR element
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QString blockText = block.text();
        if (blockText.trimmed().isEmpty() || !block.layout())
            continue;
        int element;
        int label = -1;            // a list item's Lbl
        bool fromLeftEdge = false; // a list item's bullet is drawn left of its text
        if (const QTextTable *t = QTextCursor(block).currentTable()) {
            if (t != table) {
                table = t;
                tableElement = out.add(u"Table"_s, document);
                rows.clear();
            }
            const QTextTableCell cell = t->cellAt(QTextCursor(block));
            if (!rows.contains(cell.row()))
                rows.insert(cell.row(), out.add(u"TR"_s, tableElement));
            element = out.add(cell.row() == 0 ? u"TH"_s : u"TD"_s, rows.value(cell.row()));
            // The first row heads the columns below it.
            if (cell.row() == 0)
                out.elements[element].scope = u"Column"_s;
            list = nullptr;
        } else if (const QTextList *l = block.textList()) {
            if (l != list) {
                list = l;
                listElement = out.add(u"L"_s, document);
            }
            const int item = out.add(u"LI"_s, listElement);
            label = labels ? out.add(u"Lbl"_s, item) : -1;
            element = out.add(u"LBody"_s, item);
            fromLeftEdge = true;
            table = nullptr;
        } else {
            list = nullptr;
            table = nullptr;
            const int level = block.blockFormat().headingLevel();
            element = out.add(level > 0 && level <= 6 ? u"H%1"_s.arg(level) : u"P"_s, document);
        }
        const QRectF bounds = layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        auto claim = [&](const QRectF &docRect, int owner, int priority, bool graphics = false) {
            const int page = int((docRect.center().y()) / pageHeight);
            const QRectF device(docRect.left(), band + docRect.top() - page * pageHeight, docRect.width(), docRect.height());
            out.regions.append({page, geometry.toPdf(device), owner, graphics, priority});
        };
        // The bullet (a drawn disc) or number left of the item's first line; it ends a point
        // before the text, so that the text's first glyph stays the body's.
        if (label >= 0 && lines->lineCount() > 0) {
            const QTextLine first = lines->lineAt(0);
            const QRectF marker(0, bounds.top() + first.y(), bounds.left() + first.x() - geometry.dpi / 72.0, first.height());
            if (marker.width() > 0) {
                claim(marker, label, 1);
                claim(marker, label, 1, true);
            }
        }
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal top = bounds.top() + line.y();
            const qreal left = fromLeftEdge ? 0 : bounds.left();
            claim(QRectF(left, top, bounds.right() - left, line.height()), element, 0);
        }
        // A check box drawn as a glyph is read as its state.
        for (int i = 0; i < blockText.size(); ++i) {
            const QChar c = blockText.at(i);
            if (c != QChar(0x2612) && c != QChar(0x2610))
                continue;
            const QTextLine line = lines->lineForTextPosition(i);
            if (!line.isValid())
                continue;
            const int span = out.add(u"Span"_s, element, true);
            out.elements[span].actualText = c == QChar(0x2612) ? StructureText::tr("Checked: ") : StructureText::tr("Not checked: ");
            const qreal x1 = bounds.left() + line.cursorToX(i), x2 = bounds.left() + line.cursorToX(i + 1);
            // Only a run starting on the glyph's left half: the label's run starts where it ends.
            claim(QRectF(x1 - 0.5, bounds.top() + line.y(), (x2 - x1) / 2, line.height()), span, 1);
        }
    }
}

} // namespace smout::pdf
