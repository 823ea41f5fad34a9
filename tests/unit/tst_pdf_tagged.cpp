// Exported PDFs are tagged (PDF/UA-1 as the target), read through qpdf's JSON output as an
// independent reader: /MarkInfo, /Lang, the title shown, PDF/UA metadata, a structure tree
// with headings, paragraphs, lists, check-box states as text and signature boxes with
// alternative text; every glyph shown on every page is inside marked content, and every
// marked-content id is in the structure tree through the parent tree.

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestPdfTagged : public QObject {
    Q_OBJECT

    QJsonObject objects;

    QJsonValue object(const QJsonValue &ref) const
    {
        if (!ref.isString() || !ref.toString().endsWith(u" R"_s))
            return ref;
        const QJsonObject o = objects.value(u"obj:"_s + ref.toString()).toObject();
        return o.contains(u"value"_s) ? o.value(u"value"_s) : QJsonValue(o.value(u"stream"_s));
    }
    QJsonObject dict(const QJsonValue &ref) const { return object(ref).toObject(); }

    void load(const QByteArray &pdf)
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(pdf);
        file.flush();
        QProcess qpdf;
        qpdf.start(u"qpdf"_s, {u"--json=2"_s, u"--json-key=qpdf"_s, u"--json-stream-data=inline"_s,
                               u"--decode-level=generalized"_s, file.fileName()});
        QVERIFY(qpdf.waitForFinished(60000));
        const QJsonDocument json = QJsonDocument::fromJson(qpdf.readAllStandardOutput());
        QVERIFY2(json.isObject(), "qpdf gave no JSON");
        objects = json[u"qpdf"_s][1].toObject();
    }

    // Structure types below an element, and the alternative / actual texts found.
    void walk(const QJsonValue &ref, QStringList &types, QStringList &alts, QStringList &actual, int depth = 0)
    {
        QVERIFY(depth < 20);
        const QJsonValue v = object(ref);
        if (v.isArray()) {
            for (const QJsonValue &k : v.toArray())
                walk(k, types, alts, actual, depth + 1);
            return;
        }
        const QJsonObject o = v.toObject();
        if (o.value(u"/Type"_s).toString() != u"/StructElem"_s)
            return;
        types << o.value(u"/S"_s).toString();
        if (o.contains(u"/Alt"_s))
            alts << o.value(u"/Alt"_s).toString();
        if (o.contains(u"/ActualText"_s))
            actual << o.value(u"/ActualText"_s).toString();
        walk(o.value(u"/K"_s), types, alts, actual, depth + 1);
    }

private Q_SLOTS:
    void exportIsTagged()
    {
        auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(doc);
        auto pdf = pdf::exportPdf(doc.value());
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error()));
        load(pdf->bytes);

        const QJsonObject trailer = objects.value(u"trailer"_s).toObject().value(u"value"_s).toObject();
        const QJsonObject catalog = dict(trailer.value(u"/Root"_s));
        QCOMPARE(catalog.value(u"/MarkInfo"_s).toObject().value(u"/Marked"_s).toBool(), true);
        QCOMPARE(catalog.value(u"/Lang"_s).toString(), u"u:en-US"_s);
        QCOMPARE(catalog.value(u"/ViewerPreferences"_s).toObject().value(u"/DisplayDocTitle"_s).toBool(), true);
        const QByteArray xmp = QByteArray::fromBase64(dict(catalog.value(u"/Metadata"_s)).value(u"data"_s).toString().toLatin1());
        QVERIFY2(xmp.contains("<pdfuaid:part>1</pdfuaid:part>") && xmp.contains("<dc:title>"), xmp.constData());

        const QJsonObject root = dict(catalog.value(u"/StructTreeRoot"_s));
        QCOMPARE(root.value(u"/Type"_s).toString(), u"/StructTreeRoot"_s);
        QStringList types, alts, actual;
        walk(root.value(u"/K"_s), types, alts, actual);
        QCOMPARE(types.value(0), u"/Document"_s);
        for (const QString &t : {u"/H1"_s, u"/H2"_s, u"/P"_s, u"/L"_s, u"/LI"_s, u"/LBody"_s, u"/Span"_s, u"/Figure"_s})
            QVERIFY2(types.contains(t), qPrintable(t + u" missing from "_s + types.join(u' ')));
        QCOMPARE(types.count(u"/Figure"_s), 3); // one signature box per signer
        for (const QString &alt : std::as_const(alts))
            QVERIFY2(alt.contains(u"Signature box"_s), qPrintable(alt));
        QVERIFY(actual.contains(u"u:Checked: "_s));
        QVERIFY(actual.contains(u"u:Not checked: "_s));

        // The parent tree: per page, the element of each marked-content id.
        QHash<int, int> marksPerPage;
        const QJsonArray nums = dict(root.value(u"/ParentTree"_s)).value(u"/Nums"_s).toArray();
        for (int i = 0; i + 1 < nums.size(); i += 2)
            marksPerPage.insert(nums[i].toInt(), object(nums[i + 1]).toArray().size());

        const QJsonArray kids = dict(catalog.value(u"/Pages"_s)).value(u"/Kids"_s).toArray();
        QVERIFY(kids.size() >= 5);
        static const QRegularExpression token(uR"((/\w+\s*<<\s*/MCID\s+(\d+)\s*>>\s*BDC)|\bBMC\b|\bEMC\b|\bTj\b|\bTJ\b)"_s);
        for (const QJsonValue &pageRef : kids) {
            const QJsonObject page = dict(pageRef);
            const int key = page.value(u"/StructParents"_s).toInt(-1);
            QVERIFY(key >= 0);
            const QString content = QString::fromLatin1(
                QByteArray::fromBase64(dict(page.value(u"/Contents"_s)).value(u"data"_s).toString().toLatin1()));
            int depth = 0, shown = 0, maxMcid = -1;
            for (auto it = token.globalMatch(content); it.hasNext();) {
                const auto m = it.next();
                const QString t = m.captured(0);
                if (t.endsWith(u"BDC"_s)) {
                    ++depth;
                    maxMcid = std::max(maxMcid, m.captured(2).toInt());
                } else if (t == u"BMC"_s) {
                    ++depth;
                } else if (t == u"EMC"_s) {
                    --depth;
                } else {
                    ++shown;
                    QVERIFY2(depth > 0, qPrintable(u"text outside marked content on page with key "_s + QString::number(key)));
                }
            }
            QCOMPARE(depth, 0);
            QVERIFY(shown > 0);
            QCOMPARE(marksPerPage.value(key), maxMcid + 1);
        }
    }
};

QTEST_MAIN(TestPdfTagged)
#include "tst_pdf_tagged.moc"
