// The signed pages against a fresh rendering of their data: pages that are, object for object,
// what the export renderer draws (and tags) for the data are proven to show it; anything that
// could change what a page shows, however small, is not, and verification then refuses the
// pages, naming the difference. A structure tree that would make screen readers announce
// something else than the data is named.

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"
#include "signing/PdfSigner.h"
#include "signing/RenderedPages.h"
#include "signing/SignatureVerifier.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>

using namespace smout;
using namespace Qt::StringLiterals;

using PageChange = std::function<void(QPDF &, std::vector<QPDFPageObjectHelper> &)>;
Q_DECLARE_METATYPE(PageChange)

class TestRenderedPages : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    SmoutDocument doc;
    QByteArray exported;

    // The data laid out again as verification does, and compared with `signedPdf`.
    static signing::RenderedComparison compare(const QByteArray &signedPdf, const SmoutDocument &d)
    {
        pdf::PdfStructure structure;
        pdf::RenderOptions options;
        options.structure = &structure;
        const QByteArray rendered = pdf::renderPages(d, QPageSize(QSizeF(612, 792), QPageSize::Point), options);
        return signing::compareWithRendering(signedPdf, rendered, structure);
    }

    bool samePages(const QByteArray &signedPdf) { return compare(signedPdf, doc).samePages; }

    // The exported PDF after `change`, written again by qpdf.
    QByteArray edited(const PageChange &change)
    {
        QPDF q;
        q.processMemoryFile("exported", exported.constData(), size_t(exported.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(q).getAllPages();
        change(q, pages);
        QPDFWriter w(q);
        w.setOutputMemory();
        w.write();
        const auto out = w.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    }

    static void drawAlso(QPDF &q, QPDFPageObjectHelper &page, const std::string &before, const std::string &after)
    {
        if (!before.empty())
            page.addPageContents(QPDFObjectHandle::newStream(&q, before), true);
        if (!after.empty())
            page.addPageContents(QPDFObjectHandle::newStream(&q, after), false);
    }

    static QPDFObjectHandle annotation(QPDF &q, const std::string &dictionary)
    {
        return q.makeIndirectObject(QPDFObjectHandle::parse(dictionary));
    }

    // The first stream found under `key` in a font descriptor or font (FontFile2, ToUnicode).
    static QPDFObjectHandle fontStream(QPDF &q, const std::string &key)
    {
        for (QPDFObjectHandle o : q.getAllObjects())
            if (o.isDictionary() && o.getKey(key).isStream())
                return o.getKey(key);
        return QPDFObjectHandle::newNull();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(loaded.ok());
        doc = loaded.value();
        auto pdf = pdf::exportPdf(doc);
        QVERIFY(pdf.ok());
        exported = pdf->bytes;
        QVERIFY(exported.size() > 10000);
    }

    void theExportedPagesAreWhatTheRendererDraws()
    {
        // Each rendering writes the fonts in another order and names their subsets otherwise.
        for (int i = 0; i < 3; ++i) {
            const auto c = compare(exported, doc);
            QVERIFY(c.samePages);
            QVERIFY2(c.structureDifference.isEmpty(), qPrintable(c.structureDifference));
        }
    }

    void aSignedRevisionIsToo()
    {
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY(signing::NssDatabase::use(dir.filePath(u"nssdb"_s)).ok());
        signing::ListedSecrets secrets({u"test-passphrase"_s});
        const auto signedPdf = signing::signPdf(exported, {Role::Author, u"author"_s, &secrets});
        QVERIFY2(signedPdf.ok(), qPrintable(signedPdf ? QString() : signedPdf.error()));
        QVERIFY(samePages(signedPdf->bytes));
        const auto report = signing::verifyPdf(signedPdf->bytes);
        QVERIFY(report.ok() && report->ok());
        QVERIFY2(report->notes.isEmpty(), qPrintable(report->notes.join(u"; "_s)));
    }

    // Pages drawn otherwise than this installation draws the data (here an empty save and
    // restore of the graphics state, as another version might write) but reading alike: they
    // are not proven to show the data, so the signature does not verify, and the report says
    // where the drawing parts from the data's.
    void pagesDrawnOtherwiseAreNotProven()
    {
        const QByteArray drawnOtherwise = edited([](QPDF &q, std::vector<QPDFPageObjectHelper> &pages) {
            drawAlso(q, pages[0], {}, "q Q\n");
        });
        QVERIFY(!samePages(drawnOtherwise));
        signing::ListedSecrets secrets({u"test-passphrase"_s});
        const auto signedPdf = signing::signPdf(drawnOtherwise, {Role::Author, u"author"_s, &secrets});
        QVERIFY2(signedPdf.ok(), qPrintable(signedPdf ? QString() : signedPdf.error()));
        const auto report = signing::verifyPdf(signedPdf->bytes);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QVERIFY(report->notes.isEmpty());
        const QString problems = report->problems.join(u"; "_s);
        QVERIFY2(problems.contains(u"the pages are not proven to show the embedded data: page 1 is drawn otherwise than SMOUT "
                                   "Studio draws the embedded data"_s),
                 qPrintable(problems));
        QVERIFY2(!problems.contains(u"laid out by"_s), qPrintable(problems));
    }

    // A file that says another page layout drew it: the report says so beside the difference.
    void anotherPageLayoutIsNamed()
    {
        const QByteArray otherLayout = edited([](QPDF &q, std::vector<QPDFPageObjectHelper> &pages) {
            drawAlso(q, pages[0], {}, "q Q\n");
            q.getTrailer().getKey("/Info").replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("SMOUT Studio 9.0 (page layout 7)"));
        });
        signing::ListedSecrets secrets({u"test-passphrase"_s});
        const auto signedPdf = signing::signPdf(otherLayout, {Role::Author, u"author"_s, &secrets});
        QVERIFY2(signedPdf.ok(), qPrintable(signedPdf ? QString() : signedPdf.error()));
        const auto report = signing::verifyPdf(signedPdf->bytes);
        QVERIFY(report.ok() && !report->ok());
        const QString problems = report->problems.join(u"; "_s);
        QVERIFY2(problems.contains(u"the file says it was laid out by \"SMOUT Studio 9.0 (page layout 7)\"; this is SMOUT Studio "_s),
                 qPrintable(problems));
    }

    void otherDataIsNot()
    {
        SmoutDocument other = doc;
        other.id += u"-2"_s;
        QVERIFY(!compare(exported, other).samePages);
    }

    void whatCouldChangeAPageIsNot_data()
    {
        using Change = PageChange;
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("a text box added") << Change([](QPDF &q, std::vector<QPDFPageObjectHelper> &pages) {
            pages[0].getObjectHandle().getKey("/Annots").appendItem(
                annotation(q, "<< /Type /Annot /Subtype /FreeText /Rect [72 600 400 640] /Contents (APPROVED) /DA (/Helv 12 Tf 0 g) >>"));
        }) << u"page 1 holds an annotation that is not a signature box in its place"_s;
        QTest::newRow("a signature widget over the text") << Change([](QPDF &q, std::vector<QPDFPageObjectHelper> &pages) {
            pages[0].getObjectHandle().getKey("/Annots").appendItem(
                annotation(q, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (cover) /Rect [72 500 540 700] /F 4 >>"));
        }) << u"page 1 holds an annotation that is not a signature box in its place"_s;
        QTest::newRow("a page turned") << Change([](QPDF &, std::vector<QPDFPageObjectHelper> &pages) {
            pages[0].getObjectHandle().replaceKey("/Rotate", QPDFObjectHandle::newInteger(90));
        }) << u"page 1 differs from SMOUT Studio's rendering of the data in its entries (/Rotate)"_s;
        QTest::newRow("half a page cropped away") << Change([](QPDF &, std::vector<QPDFPageObjectHelper> &pages) {
            pages[0].getObjectHandle().replaceKey("/CropBox", QPDFObjectHandle::parse("[0 396 612 792]"));
        }) << u"page 1 differs from SMOUT Studio's rendering of the data in its entries (/CropBox)"_s;
        QTest::newRow("a white box drawn over the text") << Change([](QPDF &q, std::vector<QPDFPageObjectHelper> &pages) {
            drawAlso(q, pages[0], {}, "q 1 g 72 300 468 300 re f Q\n");
        }) << u"a white shape covers text on page 1"_s;
        QTest::newRow("the page put in an optional-content layer") << Change([](QPDF &q, std::vector<QPDFPageObjectHelper> &pages) {
            drawAlso(q, pages[0], "/OC /Hidden BDC\n", "\nEMC\n");
        }) << u"is drawn in an optional-content layer that viewers may hide (/OC)"_s;
        QTest::newRow("text replaced for extraction") << Change([](QPDF &q, std::vector<QPDFPageObjectHelper> &pages) {
            drawAlso(q, pages[0], "/Span <</ActualText (No)>> BDC\n", "\nEMC\n");
        }) << u"carries a replacement text that is read instead of what is drawn (/ActualText)"_s;
        QTest::newRow("a glyph of a font redrawn") << Change([](QPDF &q, std::vector<QPDFPageObjectHelper> &) {
            QPDFObjectHandle font = fontStream(q, "/FontFile2");
            auto data = font.getStreamData(qpdf_dl_generalized);
            std::string bytes(reinterpret_cast<const char *>(data->getBuffer()), data->getSize());
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
            font.replaceStreamData(bytes, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        }) << u"it differs in the glyphs it draws (/FontFile2)"_s;
        QTest::newRow("a font's glyph map redefined") << Change([](QPDF &q, std::vector<QPDFPageObjectHelper> &) {
            QPDFObjectHandle map = fontStream(q, "/ToUnicode");
            auto data = map.getStreamData(qpdf_dl_generalized);
            std::string text(reinterpret_cast<const char *>(data->getBuffer()), data->getSize());
            text.insert(text.rfind("endcmap"), "1 beginbfchar\n<0003> <2612>\nendbfchar\n");
            map.replaceStreamData(text, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        }) << u"it differs in the letters its glyphs read as (/ToUnicode)"_s;
        QTest::newRow("a page added") << Change([](QPDF &, std::vector<QPDFPageObjectHelper> &pages) {
            QPDFPageDocumentHelper(*pages[0].getObjectHandle().getOwningQPDF()).addPage(pages[0].shallowCopyPage(), false);
        }) << u"where the embedded data lays out to"_s;
    }

    void whatCouldChangeAPageIsNot()
    {
        QFETCH(PageChange, change);
        QFETCH(QString, named);
        const QByteArray changed = edited(change);
        QVERIFY(changed != exported);
        const signing::RenderedComparison c = compare(changed, doc);
        QVERIFY(!c.samePages);
        QVERIFY2(c.difference.contains(named), qPrintable(c.difference));
    }

    void rewritingAloneChangesNothing()
    {
        // The same objects written again by qpdf (other object numbers, other compression).
        QVERIFY(samePages(edited([](QPDF &, std::vector<QPDFPageObjectHelper> &) {})));
    }

    // Two check boxes' replacement texts swapped in the structure tree: the page still shows
    // the right boxes, a screen reader would announce the wrong ones.
    void aScreenReaderToldOtherwiseIsNamed()
    {
        const QByteArray swapped = edited([](QPDF &q, std::vector<QPDFPageObjectHelper> &) {
            QPDFObjectHandle checked = QPDFObjectHandle::newNull(), unchecked = QPDFObjectHandle::newNull();
            for (QPDFObjectHandle o : q.getAllObjects()) {
                if (!o.isDictionary() || !o.getKey("/ActualText").isString())
                    continue;
                const std::string text = o.getKey("/ActualText").getUTF8Value();
                if (text == "Checked: " && checked.isNull())
                    checked = o;
                else if (text == "Not checked: " && unchecked.isNull())
                    unchecked = o;
            }
            QVERIFY(!checked.isNull() && !unchecked.isNull());
            checked.replaceKey("/ActualText", QPDFObjectHandle::newUnicodeString("Not checked: "));
            unchecked.replaceKey("/ActualText", QPDFObjectHandle::newUnicodeString("Checked: "));
        });
        const auto c = compare(swapped, doc);
        QVERIFY(!c.samePages);
        QVERIFY2(c.structureDifference.contains(u"what screen readers announce differs from the embedded data"_s)
                     && c.structureDifference.contains(u"a check box announced as \"Checked\" where the data gives a check box announced as \"Not checked\""_s),
                 qPrintable(c.structureDifference));
    }

    // A signed revision with no structure tree leaves screen readers the pages' text, which
    // the text comparison checks: nothing to say about its structure.
    void noStructureTreeIsNotAStructureDifference()
    {
        const QByteArray untagged = edited([](QPDF &q, std::vector<QPDFPageObjectHelper> &) {
            q.getRoot().removeKey("/StructTreeRoot");
        });
        const auto c = compare(untagged, doc);
        QVERIFY(!c.samePages);
        QVERIFY2(c.structureDifference.isEmpty(), qPrintable(c.structureDifference));
    }

    void aStructureTreeThatLoopsIsNamed()
    {
        const QByteArray looping = edited([](QPDF &q, std::vector<QPDFPageObjectHelper> &) {
            QPDFObjectHandle root = q.getRoot().getKey("/StructTreeRoot");
            QPDFObjectHandle document = root.getKey("/K");
            document.replaceKey("/K", QPDFObjectHandle::newArray({document}));
        });
        const auto c = compare(looping, doc);
        QVERIFY(!c.samePages);
        QVERIFY2(c.structureDifference.contains(u"loops"_s), qPrintable(c.structureDifference));
    }
};

QTEST_MAIN(TestRenderedPages)
#include "tst_rendered_pages.moc"
