// The layout verification compares signed pages with is made once per process for the same
// data, and again for anything that changes what is drawn: the document, the page size, the page
// layout, the submission's signers, or a form printed in the interface language.

#include "PdfTestSupport.h"
#include "io/SmoutJson.h"
#include "model/Translations.h"
#include "pdf/ComparisonLayout.h"
#include "pdf/PdfExporter.h"

#include <QTest>

using namespace smout;

class TestComparisonLayout : public QObject {
    Q_OBJECT

    SmoutDocument doc;
    const QPageSize letter{QPageSize::Letter};

    std::shared_ptr<const pdf::ComparisonLayout> layout(const SmoutDocument &d, const QPageSize &size, int pageLayout = pdf::PageLayout,
                                                        const QList<pdf::SubmissionSigner> &signers = {}) const
    {
        return pdf::comparisonLayout(d, size, pageLayout, signers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(loaded.ok());
        doc = loaded.value();
    }

    void sameDataIsLaidOutOnce()
    {
        const auto first = layout(doc, letter);
        const SmoutDocument copy = doc;
        QCOMPARE(layout(copy, letter).get(), first.get());
        // It is what export's renderer draws for the data.
        pdf::PdfStructure structure;
        pdf::RenderOptions options;
        options.structure = &structure;
        QCOMPARE(pdftest::pageCount(first->pdf), pdftest::pageCount(pdf::renderPages(doc, letter, options)));
        QCOMPARE(first->structure.elements.size(), structure.elements.size());
        QCOMPARE(first->structure.regions.size(), structure.regions.size());
    }

    void whatChangesTheDrawingIsLaidOutAgain()
    {
        const auto first = layout(doc, letter);
        SmoutDocument changed = doc;
        changed.questions.q1Description += u" One more sentence."_s;
        const auto other = layout(changed, letter);
        QVERIFY(other.get() != first.get());
        QVERIFY(pdftest::pdfText(other->pdf).contains(u"One more sentence."_s));
        QVERIFY(layout(doc, QPageSize(QPageSize::A4)).get() != first.get());
        QVERIFY(layout(doc, letter, 1).get() != first.get());
        const QList<pdf::SubmissionSigner> signers{{Role::Author, u"Dana Whitfield"_s, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)}};
        QVERIFY(layout(doc, letter, pdf::PageLayout, signers).get() != first.get());
        // The interface language may change while the window runs.
        setPdfFollowsInterfaceLanguage(true);
        const auto followed = layout(doc, letter), again = layout(doc, letter);
        setPdfFollowsInterfaceLanguage(false);
        QVERIFY(followed.get() != first.get() && again.get() != followed.get());
        QCOMPARE(layout(doc, letter).get(), first.get());
    }

    // `smout sign` checks the file it writes against the pages export has just laid out for
    // the data it embeds: each export for signing leaves its own layout to compare with.
    void exportKeepsItsLayoutForTheCheck()
    {
        pdf::ExportOptions signing;
        signing.keepLayoutForCheck = true;
        const auto exported = pdf::exportPdf(doc, signing);
        QVERIFY(exported.ok() && !exported->draft);
        const auto embedded = pdf::importPdf(exported->bytes);
        QVERIFY(embedded.ok());
        const auto first = layout(embedded.value(), letter);
        QCOMPARE(pdftest::pageCount(first->pdf), exported->pages);
        QVERIFY(pdf::exportPdf(doc, signing).ok());
        const auto second = layout(embedded.value(), letter);
        QVERIFY(second.get() != first.get());
        QCOMPARE(pdftest::pageCount(second->pdf), exported->pages);
        QCOMPARE(layout(embedded.value(), letter).get(), second.get());
        // A plain export, which nothing checks right after, keeps nothing.
        QVERIFY(pdf::exportPdf(doc).ok());
        QCOMPARE(layout(embedded.value(), letter).get(), second.get());
    }
};

QTEST_MAIN(TestComparisonLayout)
#include "tst_comparison_layout.moc"
