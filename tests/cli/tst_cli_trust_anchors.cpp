// `smout verify --trust CA.pem` trusts the given anchors and nothing else: a PDF signed under
// the test CA is trusted with that CA, and refused with an unrelated one (the built-in web
// roots NSS also loads are not anchors either: tests/unit/tst_trust_anchors.cpp).

#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTrustAnchors : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, signedPdf;

    CliRun verify(const QStringList &anchors) const
    {
        QStringList args{u"verify"_s, signedPdf};
        for (const QString &a : anchors)
            args << u"--trust"_s << pki + u"/"_s + a;
        return runSmout(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = dir.filePath(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        make.waitForFinished(120000);
        QVERIFY2(QFile::exists(pki + u"/test-ca.pem"_s), make.readAllStandardError().constData());
        signedPdf = dir.filePath(u"author.pdf"_s);
        const CliRun sign = runSmout({u"sign"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s,
                                      u"--role"_s, u"author"_s, u"-o"_s, signedPdf, u"--p12"_s, pki + u"/author.p12"_s,
                                      u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s});
        QVERIFY2(sign.exitCode == 0, sign.err.constData());
    }

    void theSignersCaIsTrusted()
    {
        const CliRun r = verify({u"test-ca.pem"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"valid, trusted"_s), r.out.constData());
    }

    void anUnrelatedCaIsNotTheSignersAnchor()
    {
        const CliRun r = verify({u"rogue-ca.pem"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.outText().contains(u"valid, trusted"_s), r.out.constData());
        QVERIFY2(r.outText().contains(u"does not chain to a trusted root"_s), r.out.constData());
    }

    void oneOfSeveralAnchorsIsEnough()
    {
        const CliRun r = verify({u"rogue-ca.pem"_s, u"test-ca.pem"_s});
        QCOMPARE(r.exitCode, 0);
    }

    // The JSON report agrees: not trusted, not ok.
    void jsonSaysNotTrusted()
    {
        const CliRun r = runSmout({u"verify"_s, signedPdf, u"--trust"_s, pki + u"/rogue-ca.pem"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        const QString out = r.outText().remove(u' ');
        QVERIFY2(out.contains(u"\"trusted\":false"_s) && out.contains(u"\"ok\":false"_s), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTrustAnchors)
#include "tst_cli_trust_anchors.moc"
