// Verification speed, whole process, side by side with poppler's pdfsig on the same
// three-signature adjudication PDF (target: smout verify under 3x pdfsig). The file itself
// carries one signature (the reviewer's); the other two are inside the embedded submission,
// which pdfsig does not open, so pdfsig is also timed on the submission as a second run: the
// sum is what pdfsig needs for all three signatures. smout verify does more than that: it
// compares every revision object by object, decodes every stream under the limits, and lays
// both embedded documents out again to compare them with the signed pages (object by object;
// their text is read back only where the objects differ). Both use the same NSS database;
// smout verify is also timed with --trust, where it builds a scratch database of the given
// anchors. Wall time is the target; CPU time (user + system) is printed beside it, because the
// layouts run in threads of their own and the machine may be shared. The floor of this design
// is printed last: a process that starts Qt and exits, and the layout of each embedded
// document again, in this process, after a first one has loaded the fonts.

#include "ChildCpu.h"
#include "../cli/CliRunner.h"

#include "io/SmoutJson.h"
#include "pdf/EmbeddedDocument.h"
#include "pdf/PdfExporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;

class BenchVerify : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, adjudication, submission, passphrase;

    struct Timing {
        double wallMs = 0, cpuMs = 0;
    };

    static Timing medianOf(const QString &program, const QStringList &args, int runs, int expectedExit)
    {
        QList<double> wall, cpu;
        for (int i = 0; i < runs; ++i) {
            QProcess p;
            const double cpuBefore = childrenCpuMs();
            QElapsedTimer clock;
            clock.start();
            p.start(program, args);
            p.waitForFinished(60000);
            wall << clock.nsecsElapsed() / 1e6;
            cpu << childrenCpuMs() - cpuBefore;
            if (p.exitCode() != expectedExit)
                qWarning("%s exited with %d: %s", qPrintable(program), p.exitCode(), p.readAllStandardError().constData());
        }
        return {median(wall), median(cpu)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = dir.filePath(u"pki"_s);
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(p.waitForFinished(120000));
        QFile f(pki + u"/passphrase"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        passphrase = QString::fromUtf8(f.readAll()).trimmed();
        const QStringList cert{u"--nss-dir"_s, pki + u"/nssdb"_s, u"--passphrase-file"_s, pki + u"/passphrase"_s,
                               u"--today"_s, u"2026-11-25"_s, u"--cert"_s};
        const QString smout = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        const QString sub = dir.filePath(u"sub.pdf"_s), cs = dir.filePath(u"cs.pdf"_s);
        adjudication = dir.filePath(u"adj.pdf"_s);
        QCOMPARE(runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"author"_s, u"-o"_s, sub} + cert + QStringList{u"author"_s}).exitCode, 0);
        QCOMPARE(runSmout(QStringList{u"sign"_s, sub, u"--role"_s, u"counsel"_s, u"-o"_s, cs} + cert + QStringList{u"counsel"_s}).exitCode, 0);
        QCOMPARE(runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"reviewer"_s, u"--submission"_s, cs, u"-o"_s, adjudication}
                          + cert + QStringList{u"reviewer"_s}).exitCode, 0);
        // The submission as the adjudication PDF carries it, for pdfsig.
        auto bytes = smout::io::readInputFile(adjudication, 64 * 1024 * 1024);
        QVERIFY(bytes.ok());
        auto embedded = smout::pdf::embeddedFile(bytes.value(), u"submission.pdf"_s);
        QVERIFY(embedded.ok());
        submission = dir.filePath(u"embedded-submission.pdf"_s);
        QFile out(submission);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(embedded.value());
    }

    void verifyAgainstPdfsig()
    {
        const int runs = 15;
        const QStringList pdfsigArgs{u"-nssdir"_s, u"sql:"_s + pki + u"/nssdb"_s, u"-nss-pwd"_s, passphrase};
        const Timing pdfsig = medianOf(u"pdfsig"_s, pdfsigArgs + QStringList{adjudication}, runs, 0);
        const Timing pdfsigSubmission = medianOf(u"pdfsig"_s, pdfsigArgs + QStringList{submission}, runs, 0);
        const Timing smout = medianOf(QStringLiteral(SMOUT_CLI), {u"verify"_s, adjudication, u"--nss-dir"_s, pki + u"/nssdb"_s}, runs, 0);
        const Timing smoutTrust = medianOf(QStringLiteral(SMOUT_CLI), {u"verify"_s, adjudication, u"--trust"_s, pki + u"/test-ca.pem"_s}, runs, 0);
        const double pdfsigAll = pdfsig.wallMs + pdfsigSubmission.wallMs;
        qInfo("three-signature adjudication PDF, whole process, median of %d runs (wall / CPU):", runs);
        qInfo("  pdfsig on the file (its 1 signature)             %7.1f ms / %6.1f ms", pdfsig.wallMs, pdfsig.cpuMs);
        qInfo("  pdfsig on the embedded submission (2 signatures) %7.1f ms / %6.1f ms", pdfsigSubmission.wallMs, pdfsigSubmission.cpuMs);
        qInfo("  smout verify --nss-dir (all 3 signatures)        %7.1f ms / %6.1f ms  (%.1fx pdfsig on the file, target under 3x; "
              "%.1fx both pdfsig runs)", smout.wallMs, smout.cpuMs, smout.wallMs / pdfsig.wallMs, smout.wallMs / pdfsigAll);
        qInfo("  smout verify --trust CA.pem                      %7.1f ms / %6.1f ms  (%.1fx pdfsig on the file)",
              smoutTrust.wallMs, smoutTrust.cpuMs, smoutTrust.wallMs / pdfsig.wallMs);

        // The floor: starting the process, and laying the two embedded documents out again.
        const Timing start = medianOf(QStringLiteral(SMOUT_CLI), {u"--version"_s}, runs, 0);
        QList<double> layouts;
        for (const QString &path : {adjudication, submission}) {
            auto bytes = smout::io::readInputFile(path, 64 * 1024 * 1024);
            QVERIFY(bytes.ok());
            const auto doc = smout::pdf::importPdf(bytes.value());
            QVERIFY(doc.ok());
            QList<double> ms;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                QVERIFY(!smout::pdf::renderPages(doc.value(), QPageSize(QPageSize::Letter), {}).isEmpty());
                ms << t.nsecsElapsed() / 1e6;
            }
            layouts << median(ms);
        }
        const double floorMs = start.wallMs + std::max(layouts[0], layouts[1]);
        qInfo("  the floor: process start (smout --version)       %7.1f ms / %6.1f ms", start.wallMs, start.cpuMs);
        qInfo("             laying out the adjudication again     %7.1f ms (in process)", layouts[0]);
        qInfo("             laying out the submission again       %7.1f ms (in process)", layouts[1]);
        qInfo("             start + the longer layout             %7.1f ms  (%.1fx pdfsig on the file, with nothing else done)",
              floorMs, floorMs / pdfsig.wallMs);
    }
};

QTEST_MAIN(BenchVerify)
#include "bench_verify.moc"
