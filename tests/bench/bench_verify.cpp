// Verification speed, whole process, side by side with poppler's pdfsig on the same
// three-signature adjudication PDF (target: smout verify under 3x pdfsig). smout verify does
// more than pdfsig: it also verifies the embedded submission's two signatures, compares every
// revision object by object, decodes every stream under the limits, and lays the embedded
// document out again to compare the pages' text. Both use the same NSS database; smout verify
// is also timed with --trust, where it builds a scratch database with NSS's certutil.

#include "../cli/CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class BenchVerify : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, adjudication, passphrase;

    static double medianMs(const QString &program, const QStringList &args, int runs, int expectedExit)
    {
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QProcess p;
            QElapsedTimer clock;
            clock.start();
            p.start(program, args);
            p.waitForFinished(60000);
            times << clock.nsecsElapsed() / 1e6;
            if (p.exitCode() != expectedExit)
                qWarning("%s exited with %d: %s", qPrintable(program), p.exitCode(), p.readAllStandardError().constData());
        }
        std::sort(times.begin(), times.end());
        return times[times.size() / 2];
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
    }

    void verifyAgainstPdfsig()
    {
        const int runs = 15;
        const double pdfsig = medianMs(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + pki + u"/nssdb"_s, u"-nss-pwd"_s, passphrase, adjudication}, runs, 0);
        const double smout = medianMs(QStringLiteral(SMOUT_CLI), {u"verify"_s, adjudication, u"--nss-dir"_s, pki + u"/nssdb"_s}, runs, 0);
        const double smoutTrust = medianMs(QStringLiteral(SMOUT_CLI), {u"verify"_s, adjudication, u"--trust"_s, pki + u"/test-ca.pem"_s}, runs, 0);
        qInfo("three-signature adjudication PDF, whole process, median of %d runs:", runs);
        qInfo("  pdfsig (1 signature of the file)          %7.1f ms", pdfsig);
        qInfo("  smout verify --nss-dir (all 3 signatures)  %7.1f ms  (%.1fx pdfsig; target under 3x)", smout, smout / pdfsig);
        qInfo("  smout verify --trust CA.pem               %7.1f ms  (%.1fx pdfsig)", smoutTrust, smoutTrust / pdfsig);
    }
};

QTEST_GUILESS_MAIN(BenchVerify)
#include "bench_verify.moc"
