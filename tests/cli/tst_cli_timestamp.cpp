// RFC 3161 timestamps on signatures (`smout sign --tsa`), against a local time-stamping
// authority (tests/signing/tsa-server.py: `openssl ts -reply` on 127.0.0.1): a timestamp is
// checked before it is embedded and any failure writes nothing; verify reports it, trusts it
// only under an anchor the user chose, names a token that was altered or taken from another
// signature, and keeps a signature whose certificate expired later verifiable (faketime).
// A reply signed by a certificate without the timeStamping usage is refused like a mismatch.

#include "CliRunner.h"
#include "LoopbackServers.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TestCliTimestamp : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, smout, stamped, plain;
    LoopbackServers servers;

    QString file(const QString &name) const { return dir.filePath(name); }
    QString startTsa(const QString &mode, const QString &section = u"tsa"_s) { return servers.startTsa(pki, mode, section); }

    CliRun sign(const QString &out, const QStringList &extra, const QString &cert = u"author"_s) const
    {
        return runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"author"_s, u"-o"_s, out, u"--nss-dir"_s, pki + u"/nssdb"_s,
                                    u"--cert"_s, cert, u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s}
                        + extra);
    }
    QJsonObject verifyJson(const QString &pdf, int expectedExit, const QStringList &prefix = {}) const
    {
        QProcess p;
        const QStringList args{u"verify"_s, pdf, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--format"_s, u"json"_s};
        if (prefix.isEmpty())
            p.start(QStringLiteral(SMOUT_CLI), args);
        else
            p.start(prefix.front(), prefix.mid(1) + QStringList{QStringLiteral(SMOUT_CLI)} + args);
        p.waitForFinished(120000);
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitCode() != expectedExit)
            qWarning("verify exited %d: %s %s", p.exitCode(), out.constData(), p.readAllStandardError().constData());
        return p.exitCode() == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
    }
    static QJsonObject firstTimestamp(const QJsonObject &report)
    {
        return report[u"signatures"_s].toArray().first().toObject()[u"timestamp"_s].toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        const QString log = runProgram(u"bash"_s, {sourcePath(u"tests/signing/make-test-pki.sh"_s), pki});
        QVERIFY2(QFile::exists(pki + u"/tsa.pem"_s) && QFile::exists(pki + u"/rogue-tsa.pem"_s), qPrintable(log));
        QVERIFY2(runProgram(u"openssl"_s, {u"x509"_s, u"-in"_s, pki + u"/tsa.pem"_s, u"-noout"_s, u"-ext"_s, u"extendedKeyUsage"_s})
                     .contains(u"critical"_s),
                 "the test TSA's timeStamping usage is critical");
        smout = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        stamped = file(u"stamped.pdf"_s);
        plain = file(u"plain.pdf"_s);
        const QString tsa = startTsa(u"good"_s);
        QVERIFY(!tsa.isEmpty());
        CliRun r = sign(stamped, {u"--tsa"_s, tsa});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = sign(plain, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    }

    void cleanupTestCase()
    {
        servers.stopAll();
    }

    void timestampIsReportedValidAndTrusted()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-120);
        const QJsonObject report = verifyJson(stamped, 0);
        QVERIFY(report[u"ok"_s].toBool());
        const QJsonObject t = firstTimestamp(report);
        QVERIFY(t[u"valid"_s].toBool());
        QVERIFY(t[u"trusted"_s].toBool());
        QCOMPARE(t[u"problems"_s].toArray().size(), 0);
        QVERIFY2(t[u"authority"_s].toString().contains(u"SMOUT Test TSA"_s), qPrintable(t[u"authority"_s].toString()));
        const QString time = t[u"time"_s].toString();
        QVERIFY2(time.endsWith(u'Z'), qPrintable(time));
        const QDateTime at = QDateTime::fromString(time, Qt::ISODate);
        QVERIFY(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(120));

        const CliRun text = runSmout({u"verify"_s, stamped, u"--trust"_s, pki + u"/test-ca.pem"_s});
        QVERIFY2(text.outText().contains(u"timestamp: "_s + time + u" by "_s), text.out.constData());
    }

    void signatureWithoutTimestampSaysNull()
    {
        const QJsonObject report = verifyJson(plain, 0);
        QVERIFY(report[u"ok"_s].toBool());
        const QJsonObject signature = report[u"signatures"_s].toArray().first().toObject();
        QVERIFY(signature.contains(u"timestamp"_s));
        QVERIFY(signature[u"timestamp"_s].isNull());
    }

    // Independent readers: pdfsig finds the signature valid, qpdf finds the file sound.
    void otherReadersAcceptTheTimestampedFile()
    {
        const QString pdfsig = runProgram(u"pdfsig"_s, {stamped});
        QVERIFY2(pdfsig.contains(u"Signature Validation: Signature is Valid."_s), qPrintable(pdfsig));
        int exitCode = -1;
        const QString qpdf = runProgram(u"qpdf"_s, {u"--check"_s, stamped}, &exitCode);
        QVERIFY2(exitCode == 0 && qpdf.contains(u"No syntax or stream encoding errors"_s), qPrintable(qpdf));
    }

    void counselTimestampsOnTopOfTheAuthor()
    {
        const QString both = file(u"both-stamped.pdf"_s);
        const CliRun r = runSmout({u"sign"_s, stamped, u"--role"_s, u"counsel"_s, u"-o"_s, both, u"--nss-dir"_s, pki + u"/nssdb"_s,
                                   u"--cert"_s, u"counsel"_s, u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s,
                                   u"2026-11-25"_s, u"--tsa"_s, startTsa(u"good"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject report = verifyJson(both, 0);
        QVERIFY(report[u"ok"_s].toBool());
        const QJsonArray signatures = report[u"signatures"_s].toArray();
        QCOMPARE(signatures.size(), 2);
        for (const auto &s : signatures)
            QVERIFY(s[u"timestamp"_s][u"valid"_s].toBool() && s[u"timestamp"_s][u"trusted"_s].toBool());
        QCOMPARE(runProgram(u"pdfsig"_s, {both}).count(u"Signature Validation: Signature is Valid."_s), 2);
    }

    // Years later the author's certificate (825 days) has expired; the TSA's (3000 days) has not.
    void timestampOutlivesTheCertificate()
    {
        const QString faketime = QStandardPaths::findExecutable(u"faketime"_s);
        if (faketime.isEmpty())
            QSKIP("faketime is not installed (.ci/install-deps installs it)");
        const QStringList later{faketime, QDateTime::currentDateTimeUtc().addYears(3).toString(u"yyyy-MM-dd HH:mm:ss"_s)};
        const QJsonObject report = verifyJson(stamped, 0, later);
        QVERIFY(report[u"ok"_s].toBool());
        const QString notes = report[u"notes"_s].toVariant().toStringList().join(u'\n');
        QVERIFY2(notes.contains(u"the signer's certificate expired on"_s) && notes.contains(u"the timestamp proves"_s), qPrintable(notes));

        // The same signature without a timestamp no longer verifies.
        const QJsonObject without = verifyJson(plain, 1, later);
        QVERIFY(!without[u"ok"_s].toBool());
        const QString problems = without[u"signatures"_s].toArray().first()[u"problems"_s].toVariant().toStringList().join(u'\n');
        QVERIFY2(problems.contains(u"expired"_s), qPrintable(problems));
    }

    void tsaUnderAnotherAnchorIsUntrusted()
    {
        const QString rogue = file(u"rogue-stamped.pdf"_s);
        const CliRun r = sign(rogue, {u"--tsa"_s, startTsa(u"good"_s, u"rogue_tsa"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject report = verifyJson(rogue, 1);
        QVERIFY(!report[u"ok"_s].toBool());
        const QJsonObject t = firstTimestamp(report);
        QVERIFY(t[u"valid"_s].toBool());
        QVERIFY(!t[u"trusted"_s].toBool());
        const QString problems = t[u"problems"_s].toVariant().toStringList().join(u'\n');
        QVERIFY2(problems.contains(u"rogue-ca"_s) && problems.contains(u"not a root you have chosen to trust"_s), qPrintable(problems));
    }

    void alteredTokenIsNamed_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bit flipped in the token") << u"flip"_s << u"altered token"_s;
        QTest::newRow("token copied from another signature") << u"copy"_s << u"other bytes than this signature's value"_s;
    }
    void alteredTokenIsNamed()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        const QString other = file(u"other-stamped.pdf"_s);
        if (!QFile::exists(other))
            QCOMPARE(sign(other, {u"--tsa"_s, startTsa(u"good"_s)}).exitCode, 0);
        const QString altered = file(u"altered-"_s + mode + u".pdf"_s);
        const QString log = runProgram(u"python3"_s, {sourcePath(u"tests/signing/timestamp-tamper.py"_s), mode, stamped, altered, other});
        QVERIFY2(QFile::exists(altered), qPrintable(log));
        const QJsonObject report = verifyJson(altered, 1);
        QVERIFY(!report[u"ok"_s].toBool());
        const QJsonObject signature = report[u"signatures"_s].toArray().first().toObject();
        QVERIFY2(signature[u"valid"_s].toBool(), "the signature itself is untouched");
        QVERIFY(!signature[u"timestamp"_s][u"valid"_s].toBool());
        const QString problems = signature[u"timestamp"_s][u"problems"_s].toVariant().toStringList().join(u'\n');
        QVERIFY2(problems.contains(expected), qPrintable(problems));
        QVERIFY(runProgram(u"pdfsig"_s, {altered}).contains(u"Signature Validation: Signature is Valid."_s));
    }

    void failingTsaWritesNothing_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong nonce") << u"wrong-nonce"_s << u"does not carry the nonce of this request"_s;
        QTest::newRow("other bytes stamped") << u"wrong-imprint"_s << u"message imprint mismatch"_s;
        QTest::newRow("rejection") << u"reject"_s << u"did not grant a timestamp (rejection: policy refuses this request)"_s;
        QTest::newRow("no answer") << u"silent"_s << u"did not answer within 2 seconds"_s;
        QTest::newRow("unreachable") << u"unreachable"_s << u"could not be asked"_s;
        QTest::newRow("redirect") << u"redirect"_s << u"answered with HTTP status 307"_s;
        QTest::newRow("no ESS signing certificate") << u"no-ess"_s << u"does not name the certificate that signed it"_s;
        QTest::newRow("not a TSA certificate") << u"not-a-tsa"_s << u"Dana Whitfield,O=SMOUT Studio Test) is not for time-stamping only"_s;
    }
    void failingTsaWritesNothing()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        QString tsa;
        if (mode == u"unreachable") {
            // tcpmux's port: nothing listens there on a test machine.
            tsa = u"http://127.0.0.1:1/"_s;
        } else {
            tsa = startTsa(mode);
        }
        const QString out = file(u"refused-"_s + mode + u".pdf"_s);
        const CliRun r = sign(out, {u"--tsa"_s, tsa, u"--tsa-timeout"_s, u"2"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(expected) && r.errText().contains(u"nothing was signed"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
        if (mode == u"redirect") {
            // Only the URL given was asked: the redirect was not followed.
            QProcess *server = servers.last();
            QTest::qWait(200);
            const QString log = QString::fromUtf8(server->readAllStandardError());
            QVERIFY2(log.contains(u"request /tsr"_s) && !log.contains(u"/elsewhere"_s), qPrintable(log));
        }
    }

    void badTsaOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not http") << QStringList{u"--tsa"_s, u"ftp://127.0.0.1/tsa"_s} << u"--tsa must be an http or https URL"_s;
        QTest::newRow("no host") << QStringList{u"--tsa"_s, u"http:///tsa"_s} << u"--tsa must be an http or https URL"_s;
        QTest::newRow("zero timeout") << QStringList{u"--tsa"_s, u"http://127.0.0.1:1/"_s, u"--tsa-timeout"_s, u"0"_s}
                                      << u"--tsa-timeout must be between 1 and 600 seconds"_s;
    }
    void badTsaOptionsAreRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        const QString out = file(u"bad-options.pdf"_s);
        const CliRun r = sign(out, options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliTimestamp)
#include "tst_cli_timestamp.moc"
