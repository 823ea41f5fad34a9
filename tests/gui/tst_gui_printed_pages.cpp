// Print Preview and Print show the exported pages (issue 28): the page images the preview
// paints equal the exported PDF's page images, within antialiasing, for Letter and A4, and
// the printer gets the same pages.

#include "GuiTestBase.h"
#include "ModalAnswer.h"
#include "BackgroundPrint.h"
#include "pdf/PageSizeSetting.h"
#include "pdf/PdfExporter.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

#include <poppler-qt6.h>

using namespace guitest;

namespace {

QList<QImage> pageImages(const QString &pdfPath)
{
    QList<QImage> images;
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadOnly))
        return images;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(f.readAll());
    if (!doc)
        return images;
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < doc->numPages(); ++i)
        images << doc->page(i)->renderToImage(60, 60).convertToFormat(QImage::Format_Grayscale8);
    return images;
}

// The mean difference of two page images, 0..255, once both are blurred to an eighth of their
// size: what antialiasing draws differently (a vector glyph against a rasterised one) evens
// out; a moved line or a missing word does not. 255 when their sizes differ.
double meanDifference(const QImage &first, const QImage &second)
{
    if (first.size() != second.size())
        return 255;
    const QImage a = first.scaledToWidth(first.width() / 8, Qt::SmoothTransformation),
                 b = second.scaledToWidth(second.width() / 8, Qt::SmoothTransformation);
    qint64 sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *p = a.constScanLine(y), *q = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x)
            sum += std::abs(int(p[x]) - int(q[x]));
    }
    return double(sum) / (a.width() * a.height());
}

// The pages of `printed` against those of `exported`: empty when they agree. Printed pages
// are images of the exported ones, so they differ from them by antialiasing only.
QString compare(const QString &exported, const QString &printed)
{
    const QList<QImage> want = pageImages(exported), got = pageImages(printed);
    if (want.isEmpty() || want.size() != got.size())
        return u"%1 exported pages, %2 printed"_s.arg(want.size()).arg(got.size());
    double largest = 0;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const double d = meanDifference(want[i], got[i]);
        // Antialiasing alone stays under 4 here; the form laid out again for the printer
        // differs by 5.7 on its first page and 11.5 on its fourth.
        if (d > 4.5)
            return u"page %1 differs (mean difference %2 of 255)"_s.arg(i + 1).arg(d);
        largest = std::max(largest, d);
    }
    qInfo("%lld pages alike; the largest mean difference %.2f of 255", qlonglong(want.size()), largest);
    return {};
}

} // namespace

class TestGuiPrintedPages : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void previewAndPrintShowTheExportedPages_data() { addPageSizeRows(); }

    void previewAndPrintShowTheExportedPages()
    {
        QFETCH(int, size);
        MainWindow window;
        const QString exported = dir.filePath(u"export-%1.pdf"_s.arg(size));
        QVERIFY(exportExampleAtPageSize(window, QPageSize::PageSizeId(size), exported));

        // What the preview paints, on a PDF printer of the preview's own page layout.
        const QString previewed = dir.filePath(u"preview-%1.pdf"_s.arg(size));
        answerNextModal([previewed](QDialog *dialog) {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog)) {
                QPrinter printer(QPrinter::HighResolution);
                printer.setPageLayout(preview->printer()->pageLayout());
                printer.setOutputFormat(QPrinter::PdfFormat);
                printer.setOutputFileName(previewed);
                Q_EMIT preview->paintRequested(&printer);
            }
            dialog->reject();
        });
        window.sectionForm(window.sectionIndex(u"signatures"_s))->findChild<QPushButton *>(u"printPreviewButton"_s)->click();
        const QString previewDifference = compare(exported, previewed);
        QVERIFY2(previewDifference.isEmpty(), qPrintable(previewDifference));

        // What is sent to the printer.
        const QString printedPath = dir.filePath(u"printed-%1.pdf"_s.arg(size));
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setPageLayout(pdf::pageLayoutFor(QPageSize(QPageSize::PageSizeId(size))));
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printedPath);
        auto *print = window.findChild<BackgroundPrint *>();
        QSignalSpy done(print, &BackgroundPrint::finished);
        pdf::ExportOptions options;
        options.pageSize = QPageSize::PageSizeId(size);
        QVERIFY(print->start(window.model()->document(), options, std::move(printer)));
        QVERIFY(done.wait(60000));
        const QString printDifference = compare(exported, printedPath);
        QVERIFY2(printDifference.isEmpty(), qPrintable(printDifference));
    }

    // Guards the comparison: the form laid out again for the printer (as print did before it
    // printed the export's pages) is not taken for the exported pages.
    void anotherLayoutIsCaught()
    {
        const SmoutDocument doc = io::loadSmoutFile(example(u"ice-2012-social-media-enforcement.smout"_s)).value();
        const QString exported = dir.filePath(u"letter.pdf"_s), laidOut = dir.filePath(u"laid-out-for-printer.pdf"_s);
        QVERIFY(pdf::exportPdfFile(doc, exported, {}));
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(pdf::pageLayoutFor(QPageSize(QPageSize::Letter)));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(laidOut);
        QVERIFY(pdf::PdfRenderer::render(doc, {}, &printer) > 1);
        QVERIFY(!compare(exported, laidOut).isEmpty());
    }
};

GUITEST_MAIN(TestGuiPrintedPages)
#include "tst_gui_printed_pages.moc"
