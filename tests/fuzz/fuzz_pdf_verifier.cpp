// Mutation fuzzing of the signature verifier with a fixed seed (reproducible under ctest; set
// SMOUT_FUZZ_ITERATIONS for a longer run): a countersigned submission and an adjudication PDF
// are mutated (bytes changed, cut, duplicated, PDF tokens inserted, incremental updates
// appended) and verified in this process. No input may crash it, take 5 seconds or more, or
// verify as OK unless it is the unchanged file.

#include "../cli/CliRunner.h"
#include "signing/NssDatabase.h"
#include "signing/SignatureVerifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class FuzzPdfVerifier : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QList<QByteArray> seeds;

    static QByteArray mutate(QByteArray in, QRandomGenerator &rng)
    {
        static const QByteArray tokens[] = {"obj", "endobj", " 0 R", "<<", ">>", "[", "]", "/ByteRange", "%%EOF",
                                            "stream\n", "endstream", "xref\n", "trailer", "startxref\n", "/Type /Sig",
                                            "/FT /Sig", "/Annots [", "/Kids [", "-1", "99999999999", "\xff\xfe", "(", ")",
                                            "/Filter /FlateDecode", "/Length 0", "/Prev 0", "/Names [(document.smout)"};
        const int edits = 1 + int(rng.bounded(4));
        for (int i = 0; i < edits && !in.isEmpty(); ++i) {
            const qsizetype at = rng.bounded(in.size());
            switch (rng.bounded(6)) {
            case 0: in[at] = char(rng.bounded(256)); break;
            case 1: in.remove(at, 1 + rng.bounded(64)); break;
            case 2: in.insert(at, tokens[rng.bounded(int(std::size(tokens)))]); break;
            case 3: in.truncate(at); break;
            case 4: in.insert(at, in.mid(rng.bounded(in.size()), rng.bounded(512))); break;
            default: // an incremental update redefining an object of the file
                in += "\n" + QByteArray::number(1 + rng.bounded(80)) + " 0 obj\n<< /Type /Annot /Subtype /FreeText >>\nendobj\n"
                    "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
                break;
            }
        }
        return in;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pki = dir.filePath(u"pki"_s);
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(p.waitForFinished(120000));
        const QStringList cert{u"--nss-dir"_s, pki + u"/nssdb"_s, u"--passphrase-file"_s, pki + u"/passphrase"_s,
                               u"--today"_s, u"2026-11-25"_s, u"--cert"_s};
        const QString smout = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        const QString sub = dir.filePath(u"sub.pdf"_s), cs = dir.filePath(u"cs.pdf"_s), adj = dir.filePath(u"adj.pdf"_s);
        QCOMPARE(runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"author"_s, u"-o"_s, sub} + cert + QStringList{u"author"_s}).exitCode, 0);
        QCOMPARE(runSmout(QStringList{u"sign"_s, sub, u"--role"_s, u"counsel"_s, u"-o"_s, cs} + cert + QStringList{u"counsel"_s}).exitCode, 0);
        QCOMPARE(runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"reviewer"_s, u"--submission"_s, cs, u"-o"_s, adj} + cert
                          + QStringList{u"reviewer"_s}).exitCode, 0);
        for (const QString &path : {cs, adj}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            seeds << f.readAll();
        }
        QVERIFY(signing::NssDatabase::use(pki + u"/nssdb"_s).ok());
        QVERIFY(signing::verifyPdf(seeds[0])->ok());

        // Issue 29: the submission with a million-entry document embedded instead of its own,
        // signed by poppler's pdfsig with one of the test certificates (any certificate does).
        QFile example(smout);
        QVERIFY(example.open(QIODevice::ReadOnly));
        QByteArray huge = example.readAll();
        QByteArray systems = "\"it_systems\": [";
        for (int i = 0; i < 1000000; ++i)
            systems += (i ? ",\"S" : "\"S") + QByteArray::number(i) + '"';
        huge.replace("\"it_systems\": [", QByteArray(systems + ','));
        const QString hugePath = dir.filePath(u"huge.smout"_s), swapped = dir.filePath(u"swapped.pdf"_s),
                      hugePdf = dir.filePath(u"huge.pdf"_s);
        QFile hugeFile(hugePath);
        QVERIFY(hugeFile.open(QIODevice::WriteOnly) && hugeFile.write(huge) == huge.size());
        hugeFile.close();
        QCOMPARE(QProcess::execute(u"qpdf"_s, {sub, u"--add-attachment"_s, hugePath, u"--key=document.smout"_s, u"--replace"_s,
                                               u"--"_s, swapped}),
                 0);
        QFile passphrase(pki + u"/passphrase"_s);
        QVERIFY(passphrase.open(QIODevice::ReadOnly));
        QCOMPARE(QProcess::execute(u"pdfsig"_s, {u"-add-signature"_s, u"-nssdir"_s, u"sql:"_s + pki + u"/nssdb"_s, u"-nss-pwd"_s,
                                                 QString::fromUtf8(passphrase.readAll().trimmed()), u"-nick"_s, u"author"_s, swapped, hugePdf}),
                 0);
        QFile signedHuge(hugePdf);
        QVERIFY(signedHuge.open(QIODevice::ReadOnly));
        seeds << signedHuge.readAll();
    }

    // Verifying it is quick and says the embedded document is past the limit.
    void largeEmbeddedDocument()
    {
        QElapsedTimer clock;
        clock.start();
        const auto report = signing::verifyPdf(seeds.last());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QStringList problems = report->problems;
        for (const signing::SignatureReport &s : report->signatures)
            problems << s.problems;
        QVERIFY2(problems.join(u'\n').contains(u"more than 256 KB of data"_s) || problems.join(u'\n').contains(u"the limit"_s),
                 qPrintable(problems.join(u'\n')));
    }

    void mutatedSignedPdfs()
    {
        const int iterations = qEnvironmentVariableIsSet("SMOUT_FUZZ_ITERATIONS") ? qEnvironmentVariableIntValue("SMOUT_FUZZ_ITERATIONS")
                                                                                : 120;
        QRandomGenerator rng(20261126);
        int refused = 0, reported = 0;
        qint64 slowest = 0;
        for (int i = 0; i < iterations; ++i) {
            const QByteArray &seed = seeds[i % seeds.size()];
            const QByteArray input = mutate(seed, rng);
            QElapsedTimer clock;
            clock.start();
            const auto report = signing::verifyPdf(input);
            slowest = std::max(slowest, clock.elapsed());
            QVERIFY2(clock.elapsed() < 5000, qPrintable(u"input %1 took %2 ms"_s.arg(i).arg(clock.elapsed())));
            if (!report) {
                QVERIFY(!report.error().isEmpty());
                ++refused;
            } else if (!report->ok()) {
                ++reported;
            } else {
                if (input != seed) {
                    QFile keep(QDir::temp().filePath(u"fuzz-pdf-verifier-%1.pdf"_s.arg(i)));
                    if (keep.open(QIODevice::WriteOnly))
                        keep.write(input);
                    QFile original(QDir::temp().filePath(u"fuzz-pdf-verifier-%1-seed.pdf"_s.arg(i)));
                    if (original.open(QIODevice::WriteOnly))
                        original.write(seed);
                }
                QVERIFY2(input == seed, qPrintable(u"mutated input %1 verified as OK"_s.arg(i)));
            }
        }
        qInfo("%d inputs: %d refused, %d with findings; slowest %lld ms", iterations, refused, reported, slowest);
    }
};

QTEST_MAIN(FuzzPdfVerifier)
#include "fuzz_pdf_verifier.moc"
