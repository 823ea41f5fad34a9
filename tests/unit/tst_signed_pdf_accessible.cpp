// Signed PDFs stay accessible (PDF/UA-1 as the target), read through qpdf's JSON output as an
// independent reader: each signature widget is in the structure tree (its /StructParent leads
// through the parent tree to a Form element whose object reference is the widget, under the
// document element), is described ("Signature of counsel, <name>, <date>"), is drawn in the
// fonts the pages embed (no standard Helvetica), and the signed
// file still verifies, passes qpdf --check and pdfsig. The findings appendix's header cells
// say which cells they head, and each list item's bullet or number is its label (Lbl).

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"
#include "signing/PdfSigner.h"
#include "signing/SignatureVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestSignedPdfAccessible : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QByteArray countersigned;
    QJsonObject objects;

    QJsonValue object(const QJsonValue &ref) const
    {
        if (!ref.isString() || !ref.toString().endsWith(u" R"_s))
            return ref;
        const QJsonObject o = objects.value(u"obj:"_s + ref.toString()).toObject();
        return o.contains(u"value"_s) ? o.value(u"value"_s) : QJsonValue(o.value(u"stream"_s).toObject().value(u"dict"_s));
    }
    QJsonObject dict(const QJsonValue &ref) const { return object(ref).toObject(); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

    void load(const QByteArray &pdf)
    {
        QProcess qpdf;
        qpdf.start(u"qpdf"_s, {u"--json=2"_s, u"--json-key=qpdf"_s, write(u"read.pdf"_s, pdf)});
        QVERIFY(qpdf.waitForFinished(60000));
        const QJsonDocument json = QJsonDocument::fromJson(qpdf.readAllStandardOutput());
        QVERIFY2(json.isObject(), "qpdf gave no JSON");
        objects = json[u"qpdf"_s][1].toObject();
    }

    static Result<signing::SignedPdf> sign(const QByteArray &pdf, Role role, const QString &nickname)
    {
        signing::ListedSecrets secrets({u"test-passphrase"_s});
        return signing::signPdf(pdf, {role, nickname, &secrets});
    }

    QJsonObject catalog() const { return dict(objects.value(u"trailer"_s).toObject().value(u"value"_s).toObject().value(u"/Root"_s)); }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, dir.filePath(u"pki"_s)});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY(signing::NssDatabase::use(dir.filePath(u"pki/nssdb"_s)).ok());
        const auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(doc.ok());
        const auto exported = pdf::exportPdf(doc.value());
        QVERIFY(exported.ok());
        const auto submitted = sign(exported->bytes, Role::Author, u"author"_s);
        QVERIFY2(submitted.ok(), qPrintable(submitted ? QString() : submitted.error()));
        const auto both = sign(submitted->bytes, Role::Counsel, u"counsel"_s);
        QVERIFY2(both.ok(), qPrintable(both ? QString() : both.error()));
        countersigned = both->bytes;
    }

    void eachSignatureWidgetIsTaggedAndDescribed()
    {
        load(countersigned);
        const QJsonObject tree = dict(catalog().value(u"/StructTreeRoot"_s));
        const QString documentRef = tree.value(u"/K"_s).toString();
        const QJsonArray documentKids = dict(documentRef).value(u"/K"_s).toArray();
        const QJsonArray nums = dict(tree.value(u"/ParentTree"_s)).value(u"/Nums"_s).toArray();
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QHash<QString, QString> described{
            {u"u:smout-author"_s, u"u:Signature of the program office, Dana Whitfield, "_s + today},
            {u"u:smout-counsel"_s, u"u:Signature of counsel, Marcus Oyelaran, "_s + today}};
        int widgets = 0;
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonObject widget = it.value().toObject().value(u"value"_s).toObject();
            if (widget.value(u"/FT"_s).toString() != u"/Sig")
                continue;
            ++widgets;
            const QString ref = it.key().mid(4);
            const QString name = widget.value(u"/T"_s).toString();
            QCOMPARE(widget.value(u"/TU"_s).toString(), described.value(name));
            QVERIFY2(widget.value(u"/StructParent"_s).isDouble(), qPrintable(name));
            const int key = widget.value(u"/StructParent"_s).toInt();
            QJsonValue entry;
            for (qsizetype i = 0; i + 1 < nums.size(); i += 2)
                if (nums[i].toInt(-1) == key)
                    entry = nums[i + 1];
            QVERIFY2(entry.isString(), qPrintable(name));
            const QJsonObject form = dict(entry);
            QCOMPARE(form.value(u"/S"_s).toString(), u"/Form"_s);
            QCOMPARE(form.value(u"/P"_s).toString(), documentRef);
            const QJsonObject objr = form.value(u"/K"_s).toObject();
            QCOMPARE(objr.value(u"/Type"_s).toString(), u"/OBJR"_s);
            QCOMPARE(objr.value(u"/Obj"_s).toString(), ref);
            QCOMPARE(objr.value(u"/Pg"_s).toString(), widget.value(u"/P"_s).toString());
            QVERIFY2(documentKids.contains(entry), qPrintable(name));
        }
        QCOMPARE(widgets, 2);
        QCOMPARE(tree.value(u"/ParentTreeNextKey"_s).toInt(), nums[nums.size() - 2].toInt() + 1);
    }

    void signatureAppearancesUseTheEmbeddedFonts()
    {
        load(countersigned);
        int widgets = 0;
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonObject widget = it.value().toObject().value(u"value"_s).toObject();
            if (widget.value(u"/FT"_s).toString() != u"/Sig")
                continue;
            ++widgets;
            const QJsonObject look = dict(widget.value(u"/AP"_s).toObject().value(u"/N"_s));
            const QJsonObject fonts = look.value(u"/Resources"_s).toObject().value(u"/Font"_s).toObject();
            QVERIFY(!fonts.isEmpty());
            for (const QJsonValue &ref : fonts) {
                const QJsonObject font = dict(ref);
                QVERIFY2(font.value(u"/BaseFont"_s).toString() != u"/Helvetica"_s, qPrintable(ref.toString()));
                QCOMPARE(font.value(u"/Subtype"_s).toString(), u"/Type0"_s);
                const QJsonObject cid = dict(font.value(u"/DescendantFonts"_s).toArray().first());
                QVERIFY2(dict(cid.value(u"/FontDescriptor"_s)).contains(u"/FontFile2"_s), qPrintable(ref.toString()));
            }
        }
        QCOMPARE(widgets, 2);
        // What a viewer shows in the box reads as written, through the fonts' own character maps.
        QProcess text;
        text.start(u"pdftotext"_s, {u"-l"_s, u"99"_s, write(u"shown.pdf"_s, countersigned), u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString shown = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(shown.contains(u"Signed by Marcus Oyelaran"_s) && shown.contains(u"Signed by Dana Whitfield"_s), qPrintable(shown.right(400)));
    }

    void theTaggedSignaturesVerify()
    {
        const auto report = signing::verifyPdf(countersigned);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->signatures.size(), 2);
        QStringList problems = report->problems;
        for (const auto &s : report->signatures)
            problems << s.problems;
        QVERIFY2(report->ok(), qPrintable(problems.join(u"; "_s)));
        for (const auto &s : report->signatures)
            QVERIFY(s.valid && s.trusted && !s.modifiedAfter);

        const QString file = write(u"countersigned.pdf"_s, countersigned);
        QProcess check;
        check.start(u"qpdf"_s, {u"--check"_s, file});
        QVERIFY(check.waitForFinished(60000));
        const QByteArray said = check.readAll();
        QVERIFY2(check.exitCode() == 0 && !said.contains("WARNING"), said.constData());

        QProcess pdfsig;
        pdfsig.start(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + dir.filePath(u"pki/nssdb"_s), file});
        QVERIFY(pdfsig.waitForFinished(60000));
        const QByteArray out = pdfsig.readAllStandardOutput();
        QVERIFY2(out.count("Signature Validation: Signature is Valid.") == 2, out.constData());
    }

    void findingsTableHeadersHaveAScope()
    {
        SmoutDocument empty; // every required answer missing: a draft with its findings appendix
        const auto exported = pdf::exportPdf(empty);
        QVERIFY(exported.ok());
        load(exported->bytes);
        int headers = 0;
        for (const QJsonValue &o : std::as_const(objects)) {
            const QJsonObject element = o.toObject().value(u"value"_s).toObject();
            if (element.value(u"/S"_s).toString() != u"/TH")
                continue;
            ++headers;
            const QJsonObject attributes = element.value(u"/A"_s).toObject();
            QCOMPARE(attributes.value(u"/O"_s).toString(), u"/Table"_s);
            QCOMPARE(attributes.value(u"/Scope"_s).toString(), u"/Column"_s);
        }
        QVERIFY(headers >= 2);
    }

    void listItemsHaveTheirLabels()
    {
        const auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        const auto exported = pdf::exportPdf(doc.value());
        QVERIFY(exported.ok());
        load(exported->bytes);
        int items = 0, labelsWithContent = 0;
        for (const QJsonValue &o : std::as_const(objects)) {
            const QJsonObject item = o.toObject().value(u"value"_s).toObject();
            if (item.value(u"/S"_s).toString() != u"/LI")
                continue;
            ++items;
            const QJsonArray kids = item.value(u"/K"_s).toArray();
            QCOMPARE(kids.size(), 2);
            const QJsonObject label = dict(kids[0]);
            QCOMPARE(label.value(u"/S"_s).toString(), u"/Lbl"_s);
            QCOMPARE(dict(kids[1]).value(u"/S"_s).toString(), u"/LBody"_s);
            // The bullet or number drawn is inside the label's marked content.
            if (!label.value(u"/K"_s).toArray().isEmpty())
                ++labelsWithContent;
        }
        QVERIFY(items >= 2);
        QCOMPARE(labelsWithContent, items);
    }
};

QTEST_MAIN(TestSignedPdfAccessible)
#include "tst_signed_pdf_accessible.moc"
