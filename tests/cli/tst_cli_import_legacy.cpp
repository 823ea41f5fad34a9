// `smout import-legacy` (issue 33): the verb's files, report, exit codes and bad input.

#include "../unit/LegacyFixtures.h"
#include "VerbRunner.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smout;
using namespace legacyfixtures;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A PDF holding only a drawing, as a scanner without OCR makes one.
QByteArray pdfWithoutText()
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.fillRect(QRect(100, 100, 2000, 3000), Qt::gray);
    painter.end();
    return pdf;
}

QByteArray zeros(qsizetype n)
{
    return QByteArray(n, '\0');
}

} // namespace

class TestCliImportLegacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void iceTextImportsWithAJsonReport()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, u"ice.txt"_s, iceText().toUtf8());
        const QString out = dir.filePath(u"ice.smout"_s);
        const CliRun r = runVerb({u"import-legacy"_s, in, u"-o"_s, out, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonArray fields = report.value(u"fields"_s).toArray();
        const QJsonObject counts = report.value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"mapped"_s).toInt() + counts.value(u"inferred"_s).toInt()
                     + counts.value(u"missing"_s).toInt(),
                 int(fields.size()));
        for (const auto &f : fields) {
            const QJsonObject o = f.toObject();
            QVERIFY(o.contains(u"path"_s) && o.contains(u"status"_s) && o.contains(u"source"_s)
                    && o.contains(u"reason"_s));
        }
        QVERIFY(report.value(u"unmapped"_s).isArray());
        const auto doc = io::loadSmoutFile(out);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error()));
        int nonEmpty = 0;
        const QStringList differing = differingLeaves(*doc, iceExample(), &nonEmpty);
        QVERIFY2(double(nonEmpty - differing.size()) / nonEmpty >= 0.95, qPrintable(differing.join(u", "_s)));
        for (const auto &f : fields) {
            const QJsonObject o = f.toObject();
            if (differing.contains(o.value(u"path"_s).toString()))
                QVERIFY2(o.value(u"status"_s).toString() != u"mapped", qPrintable(o.value(u"path"_s).toString()));
        }
    }

    void textReportSaysWhatAPersonMustCheck()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, u"ice.md"_s, iceText().toUtf8());
        const CliRun r = runVerb({u"import-legacy"_s, in, u"-o"_s, dir.filePath(u"x.smout"_s)});
        QCOMPARE(r.exitCode, 0);
        const QString text = r.outText();
        QVERIFY(text.contains(u"Check these inferred values against the source:"_s));
        QVERIFY(text.contains(u"questions.q5_rules.equipment.answer"_s));
        QVERIFY(text.contains(u"Fill in these fields"_s));
        QVERIFY(text.contains(u"questions.q2a_counsel_reviewed — no box is clearly checked at line 93"_s));
        QVERIFY(text.contains(u"Withheld in the copy imported"_s));
        QVERIFY(text.contains(u"review.reviewer_name"_s));
    }

    void wordAndPdfCopiesImportToTheExample_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("docx, glyph boxes") << u"ice.docx"_s << iceDocx(BoxStyle::Glyphs);
        QTest::newRow("docx, w14:checkbox") << u"ice.docx"_s << iceDocx(BoxStyle::ContentControls);
        QTest::newRow("pdf") << u"ice.pdf"_s << pdfOf(iceLinesWithBoxes());
    }

    void wordAndPdfCopiesImportToTheExample()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"ice.smout"_s);
        const CliRun r = runVerb({u"import-legacy"_s, writeFile(dir, name, bytes), u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        int nonEmpty = 0;
        const QStringList differing = differingLeaves(io::loadSmoutFile(out).value(), iceExample(), &nonEmpty);
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
    }

    void badInputExitsTwoAndWritesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray xml = documentXml(iceLinesWithBoxes(), BoxStyle::Glyphs);
        QByteArray withDtd = xml;
        withDtd.insert(withDtd.indexOf("<w:document"), "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        QTest::newRow("text, not a SMOUT") << u"minutes.txt"_s << QByteArray("Minutes of the meeting\nNothing else.\n")
                                           << u"no SMOUT headings found"_s;
        QTest::newRow("pdf, not a SMOUT") << u"letter.pdf"_s << pdfOf({u"Dear colleague,"_s, u"the minutes follow."_s})
                                          << u"no SMOUT headings found"_s;
        QTest::newRow("pdf, a scan") << u"scan.pdf"_s << pdfWithoutText() << u"OCR"_s;
        QTest::newRow("docx with a DTD and an external entity") << u"dtd.docx"_s << docxOf(withDtd)
                                                                << u"document type declaration (DTD)"_s;
        QTest::newRow("docx without its document part")
            << u"empty.docx"_s << zipOf({{u"[Content_Types].xml"_s, contentTypes()}})
            << u"the part word/document.xml is missing"_s;
        QTest::newRow("zip bomb") << u"bomb.docx"_s
                                  << zipOf({{u"[Content_Types].xml"_s, contentTypes()}, {u"word/document.xml"_s, zeros(8 * 1024 * 1024)}})
                                  << u"zip bomb"_s;
        QTest::newRow("oversized part") << u"big.docx"_s
                                        << zipOf({{u"word/document.xml"_s, xml, true, 64ll * 1024 * 1024}})
                                        << u"more than the 16777216 read"_s;
        QTest::newRow("part larger than declared") << u"lie.docx"_s
                                                   << zipOf({{u"word/document.xml"_s, xml, true, 1000}})
                                                   << u"inflates beyond the size the zip declares"_s;
        QTest::newRow("password-protected docx")
            << u"secret.docx"_s << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").append(zeros(4096))
            << u"password-protected"_s;
        QTest::newRow("truncated zip") << u"cut.docx"_s << iceDocx(BoxStyle::Glyphs).left(2000)
                                       << u"not a readable .docx"_s;
    }

    void badInputExitsTwoAndWritesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.smout"_s);
        const CliRun r = runVerb({u"import-legacy"_s, writeFile(dir, name, bytes), u"-o"_s, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.crashed);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
        QVERIFY(r.out.isEmpty());
    }

    void passwordProtectedPdfIsRefused()
    {
        QTemporaryDir dir;
        const QString plain = writeFile(dir, u"ice.pdf"_s, pdfOf(iceLinesWithBoxes()));
        const QString locked = dir.filePath(u"locked.pdf"_s);
        QProcess qpdf;
        qpdf.start(u"qpdf"_s, {u"--encrypt"_s, u"secret"_s, u"owner"_s, u"256"_s, u"--"_s, plain, locked});
        QVERIFY(qpdf.waitForFinished(60000) && qpdf.exitCode() == 0);
        const QString out = dir.filePath(u"out.smout"_s);
        const CliRun r = runVerb({u"import-legacy"_s, locked, u"-o"_s, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"password-protected"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }

    void componentOption()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, u"t.txt"_s, "SUMMARY INFORMATION\nName of Component:\nSPECIFIC QUESTIONS\nDHS PRIVACY OFFICE COMMENTS\n");
        const QString out = dir.filePath(u"t.smout"_s);
        CliRun r = runVerb({u"import-legacy"_s, in, u"-o"_s, out, u"--component"_s, u"tsa"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(io::loadSmoutFile(out)->summary.component, u"TSA"_s);
        QVERIFY(r.outText().contains(u"given with --component"_s));
        // A component the text contradicts is refused; an unknown code is bad usage.
        const QString ice = writeFile(dir, u"ice.txt"_s, iceText().toUtf8());
        r = runVerb({u"import-legacy"_s, ice, u"-o"_s, dir.filePath(u"c.smout"_s), u"--component"_s, u"CBP"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"names the component ICE, not CBP"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"c.smout"_s)));
        r = runVerb({u"import-legacy"_s, ice, u"-o"_s, dir.filePath(u"d.smout"_s), u"--component"_s, u"NASA"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void roundTripImportExportImport_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << u"ice.txt"_s << iceText().toUtf8();
        QTest::newRow("docx") << u"ice.docx"_s << iceDocx(BoxStyle::ContentControls);
    }

    // Import, export the result as SMOUT Studio's PDF, import that PDF again: the same
    // document (its id and the record of the file it came from aside), nothing unplaced.
    void roundTripImportExportImport()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.smout"_s);
        QCOMPARE(runVerb({u"import-legacy"_s, writeFile(dir, name, bytes), u"-o"_s, first}).exitCode, 0);
        const QString pdf = dir.filePath(u"first.pdf"_s);
        QCOMPARE(runVerb({u"export"_s, first, u"-o"_s, pdf}).exitCode, 0);
        const QString second = dir.filePath(u"second.smout"_s);
        const CliRun again = runVerb({u"import-legacy"_s, pdf, u"-o"_s, second, u"--format"_s, u"json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"unmapped"_s).toArray().size(), 0);
        SmoutDocument a = io::loadSmoutFile(first).value();
        SmoutDocument b = io::loadSmoutFile(second).value();
        for (SmoutDocument *d : {&a, &b}) {
            d->id.clear();
            d->unknown.remove(u"legacy_import"_s);
        }
        QCOMPARE(b, a);
        // The embedded copy comes back byte for byte through `smout import`.
        const QString embedded = dir.filePath(u"embedded.smout"_s);
        QCOMPARE(runVerb({u"import"_s, pdf, u"-o"_s, embedded}).exitCode, 0);
        QFile x(first), y(embedded);
        QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
        QCOMPARE(y.readAll(), x.readAll());
    }
};

QTEST_MAIN(TestCliImportLegacy)
#include "tst_cli_import_legacy.moc"
