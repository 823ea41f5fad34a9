// Verification never reaches the network unless asked: a signer whose certificate names an
// OCSP responder, a CA issuers address and a CRL distribution point, all on a local port a
// listener of this test watches, is verified without any connection arriving; with --online
// the responder is asked.

#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliVerifyOffline : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QProcess listener;
    QString pki, signedPdf;

    // Prints its port, then the first line of every request that reaches it, answering each
    // with a closed connection.
    static constexpr const char *ListenerScript = R"(
import socket, sys
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(16)
print(s.getsockname()[1], flush=True)
while True:
    c, _ = s.accept()
    c.settimeout(2)
    try:
        print('REQUEST', c.recv(200).split(b'\r\n')[0].decode('latin-1'), flush=True)
    except OSError:
        print('REQUEST (nothing sent)', flush=True)
    c.close()
)";

    // What reached the listener since the last call.
    QString requests()
    {
        listener.waitForReadyRead(300);
        return QString::fromLatin1(listener.readAllStandardOutput()).trimmed();
    }

    static QString run(const QString &program, const QStringList &args, const QString &workingDir = {})
    {
        QProcess p;
        if (!workingDir.isEmpty())
            p.setWorkingDirectory(workingDir);
        p.start(program, args);
        p.waitForFinished(120000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    CliRun verify(const QStringList &extra) const
    {
        return runSmout(QStringList{u"verify"_s, signedPdf, u"--trust"_s, pki + u"/test-ca.pem"_s} + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        listener.start(u"python3"_s, {u"-c"_s, QString::fromLatin1(ListenerScript)});
        QVERIFY(listener.waitForReadyRead(10000));
        const int port = listener.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        pki = dir.filePath(u"pki"_s);
        const QString log = run(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY2(QFile::exists(pki + u"/test-ca.pem"_s), qPrintable(log));

        const QString url = u"http://127.0.0.1:%1"_s.arg(port);
        QFile ext(pki + u"/online.cnf"_s);
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(u"[online]\nbasicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature, nonRepudiation\n"
                  "extendedKeyUsage = emailProtection\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n"
                  "authorityInfoAccess = OCSP;URI:%1/ocsp, caIssuers;URI:%1/ca.crt\n"
                  "crlDistributionPoints = URI:%1/ca.crl\n"_s.arg(url).toUtf8());
        ext.close();
        const QString script = uR"(set -e
openssl req -newkey rsa:2048 -nodes -keyout online.key -out online.csr -subj "/O=SMOUT Studio Test/CN=Online Signer" 2>/dev/null
openssl x509 -req -in online.csr -CA test-ca.pem -CAkey test-ca.key -CAcreateserial -out online.pem -days 825 -extfile online.cnf -extensions online 2>/dev/null
openssl pkcs12 -export -inkey online.key -in online.pem -certfile test-ca.pem -name online -out online.p12 -passout pass:$(cat passphrase)
)"_s;
        const QString made = run(u"bash"_s, {u"-c"_s, script}, pki);
        QVERIFY2(QFile::exists(pki + u"/online.p12"_s), qPrintable(made));
        QVERIFY2(run(u"openssl"_s, {u"x509"_s, u"-in"_s, pki + u"/online.pem"_s, u"-noout"_s, u"-text"_s}).contains(url + u"/ocsp"_s),
                 "the certificate names the local OCSP responder");

        signedPdf = dir.filePath(u"online.pdf"_s);
        const CliRun sign = runSmout({u"sign"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s,
                                      u"--role"_s, u"author"_s, u"-o"_s, signedPdf, u"--p12"_s, pki + u"/online.p12"_s,
                                      u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s});
        QVERIFY2(sign.exitCode == 0, sign.err.constData());
        const QString reached = requests();
        QVERIFY2(reached.isEmpty(), qPrintable(u"signing reached the network: "_s + reached));
    }

    void cleanupTestCase()
    {
        listener.kill();
        listener.waitForFinished();
    }

    void verificationStaysOffline()
    {
        const CliRun r = verify({});
        const QString reached = requests();
        QVERIFY2(reached.isEmpty(), qPrintable(reached));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"Online Signer"_s) && r.outText().contains(u"valid, trusted"_s), r.out.constData());
        QVERIFY2(r.errText().contains(u"without reaching the network"_s), r.err.constData());
    }

    void jsonVerificationStaysOffline()
    {
        const CliRun r = verify({u"--format"_s, u"json"_s});
        const QString reached = requests();
        QVERIFY2(reached.isEmpty(), qPrintable(reached));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"\"trusted\": true"_s) || r.outText().contains(u"\"trusted\":true"_s), r.out.constData());
    }

    // The listener does see what reaches it: --online asks the responder the certificate names,
    // and fails closed when it cannot answer.
    void onlineAsksTheResponder()
    {
        const CliRun r = verify({u"--online"_s});
        const QString reached = requests();
        QVERIFY2(reached.contains(u"REQUEST GET /ocsp/"_s) || reached.contains(u"REQUEST POST /ocsp"_s), qPrintable(reached + r.errText()));
        QVERIFY2(!r.errText().contains(u"without reaching the network"_s), r.err.constData());
        // The responder answered nothing: the revocation status is unknown, so not trusted.
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"the certificate could not be verified"_s), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliVerifyOffline)
#include "tst_cli_verify_offline.moc"
