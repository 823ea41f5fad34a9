// A heading is never left alone at the bottom of a page: wherever the text before it ends,
// "DHS PRIVACY OFFICE COMMENTS" is on the same page as the first line of the comments.

#include "pdf/PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

int pageOf(const QTextBlock &block, bool lastLine)
{
    const QTextDocument *doc = block.document();
    const qreal top = doc->documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *layout = block.layout();
    const qreal y = layout->lineAt(lastLine ? layout->lineCount() - 1 : 0).y();
    return int(std::floor((top + y) / doc->pageSize().height()));
}

QTextBlock headingOf(const QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 2)
            return b;
    return {};
}

} // namespace

class TestPageBreaks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aHeadingStaysWithWhatItHeads()
    {
        // Lines before the heading, one more each time, until every place it can land has been tried.
        int orphansFound = 0;
        for (int lines = 1; lines <= 60; ++lines) {
            QString html;
            for (int i = 0; i < lines; ++i)
                html += u"<p>Line %1 of the review before the comments.</p>"_s.arg(i + 1);
            html += u"<h2>DHS PRIVACY OFFICE COMMENTS</h2><p>The comments of the DHS Privacy Office.</p>"_s;
            QTextDocument doc;
            doc.setHtml(html);
            doc.setPageSize(QSizeF(400, 300));
            doc.pageCount();
            const QTextBlock heading = headingOf(doc);
            QVERIFY(heading.isValid());
            const bool orphan = pageOf(heading.next(), false) > pageOf(heading, true);
            orphansFound += orphan;
            QCOMPARE(smout::pdf::keepHeadingsWithNext(doc), orphan ? 1 : 0);
            doc.pageCount();
            QVERIFY2(pageOf(heading.next(), false) == pageOf(heading, true),
                     qPrintable(u"%1 lines before: heading on page %2, comments on page %3"_s.arg(lines)
                                    .arg(pageOf(heading, true) + 1).arg(pageOf(heading.next(), false) + 1)));
        }
        QVERIFY2(orphansFound > 0, "no length of text left the heading alone at a page bottom");
    }
};

QTEST_MAIN(TestPageBreaks)
#include "tst_page_breaks.moc"
