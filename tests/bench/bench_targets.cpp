// The speed targets of issue 35, side by side in one run: whole processes, CPU time (user +
// system of the child, from getrusage(RUSAGE_CHILDREN)), medians, each beside what the
// alternative does on the same machine at the same moment, with the ratio and its target:
//   export of the ICE example            vs LibreOffice converting the same text (soffice --headless --convert-to pdf)
//   verify of the 3-signature adjudication vs pdfsig on it and on its embedded submission
//   verify of 100 adjudications at once  vs 200 pdfsig processes (each copy and its submission)
//   smout sign (app-managed database), smout --version, export of the 10,000-word document.
// A benchmark, not a timed test: it fails only when a command fails. Runs each command
// SMOUT_BENCH_RUNS times (default 3; the batch once), so CI stays short; set it higher for
// steadier medians.

#include "ChildCpu.h"
#include "../cli/CliRunner.h"
#include "../unit/PdfTestSupport.h"

#include "io/SmoutJson.h"
#include "pdf/EmbeddedDocument.h"
#include "signing/NssDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;

class BenchTargets : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, passphrase, adjudication, submission, appDatabase;
    const int runs = qEnvironmentVariableIsSet("SMOUT_BENCH_RUNS") ? std::max(1, qEnvironmentVariableIntValue("SMOUT_BENCH_RUNS")) : 3;
    const QString ice = QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s;

    QString file(const QString &name) const { return dir.filePath(name); }

    // CPU time of the processes one step starts (each waited for), or -1 when one fails.
    using Step = QList<std::pair<QString, QStringList>>;
    static double cpuOf(const Step &step, const QString &workingDir = {})
    {
        const double before = childrenCpuMs();
        for (const auto &[program, args] : step) {
            QProcess p;
            if (!workingDir.isEmpty())
                p.setWorkingDirectory(workingDir);
            p.start(program, args);
            if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')), p.readAllStandardError().constData());
                return -1;
            }
        }
        return childrenCpuMs() - before;
    }

    // Medians of `times` runs of each step, the runs of the steps alternating so that the
    // load of a shared machine falls on both alike.
    static QList<double> sideBySide(const QList<Step> &steps, int times, const QString &workingDir = {})
    {
        QList<QList<double>> cpu(steps.size());
        for (int i = 0; i < times; ++i)
            for (qsizetype s = 0; s < steps.size(); ++s)
                cpu[s] << cpuOf(steps[s], workingDir);
        QList<double> medians;
        for (const QList<double> &c : std::as_const(cpu))
            medians << (std::any_of(c.begin(), c.end(), [](double v) { return v < 0; }) ? -1 : median(c));
        return medians;
    }

    static void line(const char *what, double ms) { qInfo("  %-58s %8.1f ms", what, ms); }
    static void ratio(const char *what, double ratio, const char *target, bool met)
    {
        qInfo("  %-58s %8.2fx  target %s: %s", what, ratio, target, met ? "met" : "NOT MET");
    }

    QString smout() const { return QStringLiteral(SMOUT_CLI); }
    QStringList pdfsig(const QString &pdf) const
    {
        return {u"-nssdir"_s, u"sql:"_s + pki + u"/nssdb"_s, u"-nss-pwd"_s, passphrase, pdf};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("whole processes, CPU time, median of %d run(s) (SMOUT_BENCH_RUNS)", runs);
        pki = file(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(make.waitForFinished(120000));
        QFile secret(pki + u"/passphrase"_s);
        QVERIFY(secret.open(QIODevice::ReadOnly));
        passphrase = QString::fromUtf8(secret.readAll()).trimmed();
        const QStringList cert{u"--nss-dir"_s, pki + u"/nssdb"_s, u"--passphrase-file"_s, pki + u"/passphrase"_s,
                               u"--today"_s, u"2026-11-25"_s, u"--cert"_s};
        const QString uscis = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        const QString sub = file(u"sub.pdf"_s), cs = file(u"cs.pdf"_s);
        adjudication = file(u"adjudication.pdf"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, uscis, u"--role"_s, u"author"_s, u"-o"_s, sub} + cert + QStringList{u"author"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runSmout(QStringList{u"sign"_s, sub, u"--role"_s, u"counsel"_s, u"-o"_s, cs} + cert + QStringList{u"counsel"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runSmout(QStringList{u"sign"_s, uscis, u"--role"_s, u"reviewer"_s, u"--submission"_s, cs, u"-o"_s, adjudication} + cert
                     + QStringList{u"reviewer"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The submission as the adjudication carries it, for pdfsig, which does not open it.
        auto bytes = smout::io::readInputFile(adjudication, 64 * 1024 * 1024);
        QVERIFY(bytes.ok());
        auto embedded = smout::pdf::embeddedFile(bytes.value(), u"submission.pdf"_s);
        QVERIFY(embedded.ok());
        submission = file(u"embedded-submission.pdf"_s);
        QFile out(submission);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(embedded.value()) == embedded->size());
        out.close();
        // The app-managed database, as the window keeps it: a passphrase, the signer's key, the root.
        appDatabase = file(u"app-nssdb"_s);
        QVERIFY(smout::signing::NssDatabase::create(appDatabase, passphrase).ok());
        QVERIFY(smout::signing::NssDatabase::importPkcs12(appDatabase, pki + u"/author.p12"_s, passphrase, passphrase).ok());
        QVERIFY(smout::signing::NssDatabase::importTrustAnchor(appDatabase, pki + u"/test-ca.pem"_s, u"test-ca"_s, passphrase).ok());
    }

    void exportAgainstLibreOffice()
    {
        const QString pdf = file(u"ice.pdf"_s);
        QVERIFY(runSmout({u"export"_s, ice, u"-o"_s, pdf}).exitCode == 0);
        // The same text: what the exported pages say, as a text file LibreOffice lays out.
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, file(u"ice.txt"_s)});
        QVERIFY(text.waitForFinished() && text.exitCode() == 0);
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        const Step exportStep{{smout(), {u"export"_s, ice, u"-o"_s, pdf}}};
        qInfo("export of the ICE example:");
        if (soffice.isEmpty()) {
            const double cpu = sideBySide({exportStep}, runs).first();
            line("smout export", cpu);
            qInfo("  LibreOffice (soffice) is not installed: no comparison (apt-get install libreoffice-writer-nogui)");
            return;
        }
        // A profile of its own, made by a first run, so that no run pays for creating one.
        const QString profile = u"-env:UserInstallation=file://"_s + file(u"lo-profile"_s);
        const Step libreOffice{{soffice, {profile, u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, file(u"lo"_s), file(u"ice.txt"_s)}}};
        QVERIFY(cpuOf(libreOffice) >= 0);
        const QList<double> cpu = sideBySide({exportStep, libreOffice}, runs);
        QVERIFY(cpu[0] > 0 && cpu[1] > 0);
        line("smout export", cpu[0]);
        line("soffice --headless --convert-to pdf (the same text)", cpu[1]);
        ratio("LibreOffice / smout", cpu[1] / cpu[0], "at least 20x", cpu[1] / cpu[0] >= 20);
    }

    void verifyAgainstPdfsig()
    {
        const QList<double> cpu = sideBySide({{{smout(), {u"verify"_s, adjudication, u"--nss-dir"_s, pki + u"/nssdb"_s}}},
                                              {{u"pdfsig"_s, pdfsig(adjudication)}, {u"pdfsig"_s, pdfsig(submission)}}},
                                             runs);
        QVERIFY(cpu[0] > 0 && cpu[1] > 0);
        qInfo("verify of the three-signature adjudication PDF:");
        line("smout verify --nss-dir", cpu[0]);
        line("pdfsig on the adjudication + on its embedded submission", cpu[1]);
        ratio("smout / both pdfsig runs", cpu[0] / cpu[1], "at most 3x", cpu[0] / cpu[1] <= 3);
    }

    void batchAgainstPdfsig()
    {
        QStringList copies;
        Step pdfsigs;
        QVERIFY(QDir().mkpath(file(u"batch"_s)));
        for (int i = 0; i < 100; ++i) {
            const QString copy = file(u"batch/adjudication-%1.pdf"_s.arg(i)), sub = file(u"batch/submission-%1.pdf"_s.arg(i));
            QVERIFY(QFile::copy(adjudication, copy) && QFile::copy(submission, sub));
            copies << copy;
            pdfsigs << std::pair{u"pdfsig"_s, pdfsig(copy)} << std::pair{u"pdfsig"_s, pdfsig(sub)};
        }
        const int batchRuns = qEnvironmentVariableIsSet("SMOUT_BENCH_RUNS") ? runs : 1;
        const QList<double> cpu = sideBySide({{{smout(), QStringList{u"verify"_s} + copies + QStringList{u"--nss-dir"_s, pki + u"/nssdb"_s}}}, pdfsigs},
                                             batchRuns);
        QVERIFY(cpu[0] > 0 && cpu[1] > 0);
        qInfo("verify of 100 adjudication PDFs (median of %d):", batchRuns);
        line("smout verify FILE x100, one process", cpu[0]);
        line("200 pdfsig processes (each copy and its submission)", cpu[1]);
        ratio("smout / pdfsig", cpu[0] / cpu[1], "at most 1.5x", cpu[0] / cpu[1] <= 1.5);
    }

    void signVersionLongExport()
    {
        auto doc = smout::io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(doc.ok());
        const QString longSmout = file(u"long.smout"_s);
        auto longData = smout::io::writeSmout(pdftest::longDocument(doc.value()));
        QVERIFY(longData.ok());
        QFile longFile(longSmout);
        QVERIFY(longFile.open(QIODevice::WriteOnly) && longFile.write(longData.value()) == longData->size());
        longFile.close();
        const QList<double> cpu = sideBySide(
            {{{smout(), {u"sign"_s, ice, u"--role"_s, u"author"_s, u"-o"_s, file(u"signed.pdf"_s), u"--cert"_s, u"author"_s,
                         u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s, u"--nss-dir"_s, appDatabase}}},
             {{smout(), {u"--version"_s}}},
             {{smout(), {u"export"_s, longSmout, u"-o"_s, file(u"long.pdf"_s)}}}},
            runs);
        QVERIFY(cpu[0] > 0 && cpu[1] > 0 && cpu[2] > 0);
        qInfo("targets of their own:");
        qInfo("  %-58s %8.1f ms  target under 60 ms: %s", "smout sign (author, app-managed database)", cpu[0], cpu[0] < 60 ? "met" : "NOT MET");
        qInfo("  %-58s %8.1f ms  target under 8 ms: %s", "smout --version", cpu[1], cpu[1] < 8 ? "met" : "NOT MET");
        qInfo("  %-58s %8.1f ms  target under 150 ms: %s", "smout export of the 10,000-word document", cpu[2], cpu[2] < 150 ? "met" : "NOT MET");
    }
};

QTEST_GUILESS_MAIN(BenchTargets)
#include "bench_targets.moc"
