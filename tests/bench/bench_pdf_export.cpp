// Export speed: the ICE example (target: median under 150 ms in process) and the long
// document of 10,000 words, 40 authorities and 30 SORNs (target: under 1 s).

#include "../unit/PdfTestSupport.h"
#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace smout;

class BenchPdfExport : public QObject {
    Q_OBJECT

    static void measure(const char *what, const SmoutDocument &doc, int runs, const char *target)
    {
        QList<double> ms;
        qsizetype bytes = 0;
        int pages = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const auto pdf = pdf::exportPdf(doc);
            ms << t.nsecsElapsed() / 1e6;
            QVERIFY(pdf.ok());
            bytes = pdf->bytes.size();
            pages = pdf->pages;
        }
        std::sort(ms.begin(), ms.end());
        qInfo("export %s: median %.1f ms, best %.1f ms, %d pages, %lld KB (target: %s)", what,
              ms[ms.size() / 2], ms.first(), pages, qlonglong(bytes / 1024), target);
    }

private Q_SLOTS:
    void exportIce()
    {
        const auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s);
        QVERIFY(doc.ok());
        measure("ICE example", doc.value(), 21, "median < 150 ms");
    }

    void exportLongDocument()
    {
        const auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(doc.ok());
        measure("long document", pdftest::longDocument(doc.value()), 5, "< 1000 ms");
    }
};

QTEST_MAIN(BenchPdfExport)
#include "bench_pdf_export.moc"
