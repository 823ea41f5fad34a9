// Revocation at the time a timestamp proves (`smout verify --crl`, and CRLs in the file's
// /DSS): a signer certificate revoked after its signature's trusted timestamp still verifies,
// with a note saying when; one revoked before does not, and neither does a revoked one whose
// signature has no timestamp. A TSA certificate revoked before it stamped makes the timestamp
// untrusted. A CRL under the issuer's name but not signed by the issuer's key counts for nothing.
// CRLs come from `openssl ca -gencrl` (tests/signing/make-crl.sh) with chosen revocation dates.

#include "CliRunner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestCliRevocation : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, smout, stamped, plain;
    std::unique_ptr<QProcess> tsaServer;

    QString file(const QString &name) const { return dir.filePath(name); }
    static QString source(const QString &path) { return QStringLiteral(SMOUT_SOURCE_DIR) + u'/' + path; }
    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    static QString at(const QDateTime &t) { return t.toUTC().toString(u"yyyyMMddHHmmss'Z'"_s); }

    // A CRL by `ca` revoking `who`'s certificate at `when`.
    QString crl(const QString &name, const QString &who, const QDateTime &when, const QString &ca = u"test-ca"_s) const
    {
        const QString out = file(name + u".pem"_s);
        const QString log = run(u"bash"_s, {source(u"tests/signing/make-crl.sh"_s), pki, ca, out, pki + u'/' + who + u".pem"_s, at(when)});
        if (!QFile::exists(out))
            qWarning("make-crl.sh: %s", qPrintable(log));
        return out;
    }
    QJsonObject verifyJson(const QString &pdf, int expectedExit, const QStringList &extra = {}) const
    {
        const CliRun r = runSmout(QStringList{u"verify"_s, pdf, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--format"_s, u"json"_s} + extra);
        if (r.exitCode != expectedExit)
            qWarning("verify exited %d: %s %s", r.exitCode, r.out.constData(), r.err.constData());
        return r.exitCode == expectedExit ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }
    static QString joined(const QJsonValue &list) { return list.toVariant().toStringList().join(u'\n'); }
    static QJsonObject first(const QJsonObject &report) { return report[u"signatures"_s].toArray().first().toObject(); }
    QString withDss(const QString &pdf, const QString &name, const QString &crlFile) const
    {
        const QString out = file(name);
        const QString log = run(u"python3"_s, {source(u"tests/signing/add-dss.py"_s), pdf, out, u"--crl"_s, crlFile,
                                               u"--cert"_s, pki + u"/test-ca.pem"_s});
        if (!QFile::exists(out))
            qWarning("add-dss.py: %s", qPrintable(log));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        const QString log = run(u"bash"_s, {source(u"tests/signing/make-test-pki.sh"_s), pki});
        QVERIFY2(QFile::exists(pki + u"/tsa.pem"_s), qPrintable(log));
        tsaServer = std::make_unique<QProcess>();
        tsaServer->start(u"python3"_s, {source(u"tests/signing/tsa-server.py"_s), pki, u"--mode"_s, u"good"_s, u"--section"_s, u"tsa"_s});
        QVERIFY(tsaServer->waitForReadyRead(10000));
        const QString tsa = u"http://127.0.0.1:%1/tsr"_s.arg(tsaServer->readLine().trimmed().toInt());
        smout = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        stamped = file(u"stamped.pdf"_s);
        plain = file(u"plain.pdf"_s);
        for (const auto &[out, extra] : {std::pair{stamped, QStringList{u"--tsa"_s, tsa}}, {plain, QStringList{}}}) {
            const CliRun r = runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"author"_s, u"-o"_s, out, u"--nss-dir"_s, pki + u"/nssdb"_s,
                                                  u"--cert"_s, u"author"_s, u"--passphrase-file"_s, pki + u"/passphrase"_s,
                                                  u"--today"_s, u"2026-11-25"_s} + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        }
    }

    void cleanupTestCase()
    {
        if (tsaServer) {
            tsaServer->closeWriteChannel(); // the server ends when its standard input closes
            if (!tsaServer->waitForFinished(5000))
                tsaServer->kill();
        }
    }

    void revokedAfterTheTimestampStillVerifies()
    {
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QJsonObject report = verifyJson(stamped, 0, {u"--crl"_s, crl(u"after"_s, u"author"_s, later)});
        QVERIFY(report[u"ok"_s].toBool());
        QVERIFY(first(report)[u"trusted"_s].toBool());
        const QString notes = joined(report[u"notes"_s]);
        QVERIFY2(notes.contains(u"the signer's certificate was revoked on "_s + later.toString(Qt::ISODate).left(16))
                     && notes.contains(u"the timestamp proves"_s),
                 qPrintable(notes));
    }

    void revokedBeforeTheTimestampFails()
    {
        const QJsonObject report = verifyJson(stamped, 1, {u"--crl"_s, crl(u"before"_s, u"author"_s, QDateTime::currentDateTimeUtc().addDays(-1))});
        QVERIFY(!report[u"ok"_s].toBool());
        QVERIFY(!first(report)[u"trusted"_s].toBool());
        const QString problems = joined(first(report)[u"problems"_s]);
        QVERIFY2(problems.contains(u"revoked on"_s) && problems.contains(u"before the signature was made"_s), qPrintable(problems));
    }

    void revokedWithoutTimestampFails()
    {
        const QJsonObject report = verifyJson(plain, 1, {u"--crl"_s, crl(u"after-plain"_s, u"author"_s, QDateTime::currentDateTimeUtc().addSecs(3600))});
        QVERIFY(!report[u"ok"_s].toBool());
        const QString problems = joined(first(report)[u"problems"_s]);
        QVERIFY2(problems.contains(u"no trusted timestamp proves the signature was made before"_s), qPrintable(problems));
    }

    // Without --crl, the CRL embedded in the file's validation data decides the same way.
    void revocationIsReadFromTheDss()
    {
        const QString before = withDss(stamped, u"dss-before.pdf"_s, crl(u"dss-before"_s, u"author"_s, QDateTime::currentDateTimeUtc().addDays(-1)));
        const QJsonObject failing = verifyJson(before, 1);
        QVERIFY(!failing[u"ok"_s].toBool());
        QVERIFY2(joined(first(failing)[u"problems"_s]).contains(u"before the signature was made"_s), qPrintable(joined(first(failing)[u"problems"_s])));

        const QString after = withDss(stamped, u"dss-after.pdf"_s, crl(u"dss-after"_s, u"author"_s, QDateTime::currentDateTimeUtc().addSecs(3600)));
        const QJsonObject passing = verifyJson(after, 0);
        QVERIFY(passing[u"ok"_s].toBool());
        QVERIFY2(joined(passing[u"notes"_s]).contains(u"the signer's certificate was revoked on"_s), qPrintable(joined(passing[u"notes"_s])));
        QVERIFY(run(u"pdfsig"_s, {after}).contains(u"Signature Validation: Signature is Valid."_s));
    }

    void tsaRevokedBeforeItStampedIsUntrusted()
    {
        const QJsonObject report = verifyJson(stamped, 1, {u"--crl"_s, crl(u"tsa-before"_s, u"tsa"_s, QDateTime::currentDateTimeUtc().addDays(-1))});
        QVERIFY(!report[u"ok"_s].toBool());
        const QJsonObject t = first(report)[u"timestamp"_s].toObject();
        QVERIFY(t[u"valid"_s].toBool());
        QVERIFY(!t[u"trusted"_s].toBool());
        QVERIFY2(joined(t[u"problems"_s]).contains(u"the TSA's certificate was revoked on"_s), qPrintable(joined(t[u"problems"_s])));
    }

    // A CA of the same name but another key: its CRL is not the issuer's and revokes nothing.
    void crlNotSignedByTheIssuerCountsForNothing()
    {
        const QString log = run(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, pki + u"/impostor-ca.key"_s,
                                               u"-out"_s, pki + u"/impostor-ca.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/O=SMOUT Studio Test/CN=test-ca"_s});
        QVERIFY2(QFile::exists(pki + u"/impostor-ca.pem"_s), qPrintable(log));
        const QString forged = crl(u"forged"_s, u"author"_s, QDateTime::currentDateTimeUtc().addDays(-1), u"impostor-ca"_s);
        const QJsonObject report = verifyJson(plain, 0, {u"--crl"_s, forged});
        QVERIFY(report[u"ok"_s].toBool());
        QVERIFY(!joined(report[u"notes"_s]).contains(u"revoked"_s));
    }

    void notACrlIsRefused()
    {
        const CliRun r = runSmout({u"verify"_s, stamped, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--crl"_s, pki + u"/author.pem"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"is not a certificate revocation list"_s), qPrintable(r.errText()));
    }
};

QTEST_GUILESS_MAIN(TestCliRevocation)
#include "tst_cli_revocation.moc"
