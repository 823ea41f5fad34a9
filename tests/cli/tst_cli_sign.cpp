// Signing and verifying as the three signers do, with a throwaway PKI (test CA, author,
// counsel and reviewer certificates, an untrusted and an expired one) and every tampering
// the verifier must catch.

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSign : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, submission, countersigned, adjudication;

    QString file(const QString &name) const { return dir.filePath(name); }
    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }
    QStringList certificate(const QString &nickname) const
    {
        return {u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, nickname, u"--passphrase-file"_s,
                pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s};
    }
    CliRun verify(const QString &pdf, const QStringList &extra = {}) const
    {
        return runSmout(QStringList{u"verify"_s, pdf, u"--trust"_s, pki + u"/test-ca.pem"_s} + extra);
    }
    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    QString tamper(const QString &mode)
    {
        const QString out = file(u"tampered-"_s + mode + u".pdf"_s);
        run(u"python3"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/tamper.py"_s, mode, countersigned, out});
        return out;
    }
    static qint64 sizeOf(const QString &path) { return QFileInfo(path).size(); }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        const QString log = run(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY2(QFile::exists(pki + u"/nssdb/cert9.db"_s), qPrintable(log));
        submission = file(u"submission.pdf"_s);
        countersigned = file(u"countersigned.pdf"_s);
        adjudication = file(u"adjudication.pdf"_s);
    }

    void authorCounselReviewerWorkflow()
    {
        const QString smout = example(u"fictional-uscis-benefit-fraud.smout"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"author"_s, u"-o"_s, submission} + certificate(u"author"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(u"NSS_Shutdown"_s));
        r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, countersigned} + certificate(u"counsel"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"reviewer"_s, u"--submission"_s, countersigned, u"-o"_s, adjudication}
                     + certificate(u"reviewer"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));

        // poppler's pdfsig, an independent reader, finds every signature of the chain valid and,
        // with the database that trusts the test CA, trusted.
        const QStringList trustingDb{u"-nssdir"_s, u"sql:"_s + pki + u"/nssdb"_s, u"-nss-pwd"_s, u"test-passphrase"_s};
        const QString pdfsig = run(u"pdfsig"_s, trustingDb + QStringList{countersigned});
        QCOMPARE(pdfsig.count(u"Signature Validation: Signature is Valid."_s), 2);
        QCOMPARE(pdfsig.count(u"Certificate Validation: Certificate is Trusted."_s), 2);
        const QString reviewed = run(u"pdfsig"_s, trustingDb + QStringList{adjudication});
        QCOMPARE(reviewed.count(u"Signature Validation: Signature is Valid."_s), 1);
        QCOMPARE(reviewed.count(u"Certificate Validation: Certificate is Trusted."_s), 1);

        r = verify(adjudication, {u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QVERIFY(report[u"ok"_s].toBool());
        const QJsonArray signatures = report[u"signatures"_s].toArray();
        QCOMPARE(signatures.size(), 3);
        QStringList roles;
        for (const auto &s : signatures) {
            const QJsonObject o = s.toObject();
            roles << o[u"role"_s].toString();
            QCOMPARE(o[u"hash"_s].toString(), u"SHA-256"_s);
            QVERIFY(o[u"valid"_s].toBool() && o[u"trusted"_s].toBool() && !o[u"modified_after"_s].toBool());
            QVERIFY(!o[u"signer"_s].toString().isEmpty() && !o[u"time"_s].toString().isEmpty());
        }
        QCOMPARE(roles, (QStringList{u"reviewer"_s, u"author"_s, u"counsel"_s}));

        // The author's signature no longer covers the whole file, yet nothing else changed.
        const QJsonArray counsel = QJsonDocument::fromJson(verify(countersigned, {u"--format=json"_s}).out)
                                       .object()[u"signatures"_s].toArray();
        QCOMPARE(counsel.size(), 2);
        QVERIFY(!counsel[0][u"covers_whole_document"_s].toBool());
        QVERIFY(counsel[1][u"covers_whole_document"_s].toBool());

        // Import gives back the document the author signed.
        const QString back = file(u"back.smout"_s);
        QCOMPARE(runSmout({u"import"_s, countersigned, u"-o"_s, back}).exitCode, 0);
        QFile a(back), b(smout);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void signedFilesStaySmall()
    {
        const QString ice = file(u"ice-signed.pdf"_s), both = file(u"ice-countersigned.pdf"_s);
        QCOMPARE(runSmout(QStringList{u"sign"_s, example(u"ice-2012-social-media-enforcement.smout"_s), u"--role"_s, u"author"_s,
                                      u"-o"_s, ice} + certificate(u"author"_s)).exitCode, 0);
        QCOMPARE(runSmout(QStringList{u"sign"_s, ice, u"--role"_s, u"counsel"_s, u"-o"_s, both} + certificate(u"counsel"_s)).exitCode, 0);
        qInfo("author-signed ICE example: %lld KB; counsel's signature adds %lld KB", sizeOf(ice) / 1024,
              (sizeOf(both) - sizeOf(ice)) / 1024);
        QVERIFY(sizeOf(ice) < 400 * 1024);
        QVERIFY(sizeOf(both) - sizeOf(ice) < 100 * 1024);
    }

    void tamperingIsCaught_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("flipped byte in a signed range") << u"flip"_s << 1 << u"digest mismatch"_s;
        QTest::newRow("incremental update replacing page text") << u"page-text"_s << 1 << u"modified after signing by Dana Whitfield: the content of page 1 was replaced"_s;
        QTest::newRow("incremental update replacing the .smout") << u"replace-data"_s << 1 << u"the data of embedded file document.smout changed"_s;
        QTest::newRow("truncated file") << u"truncate"_s << 2 << u"truncated"_s;
        QTest::newRow("zeroed /Contents") << u"zero-contents"_s << 1 << u"universal signature forgery"_s;
        QTest::newRow("changed /ByteRange") << u"byterange"_s << 1 << u"signature wrapping"_s;
    }
    void tamperingIsCaught()
    {
        QFETCH(QString, mode);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QVERIFY(QFile::exists(countersigned));
        const CliRun r = verify(tamper(mode));
        QCOMPARE(r.exitCode, exitCode);
        const QString all = r.outText() + r.errText();
        QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void brokenChainIsNotSignedOnTopOf()
    {
        QVERIFY(QFile::exists(countersigned));
        const QString broken = tamper(u"flip"_s), out = file(u"on-top-of-broken.pdf"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, broken, u"--role"_s, u"counsel"_s, u"-o"_s, out} + certificate(u"counsel"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"do not hold up"_s) && r.errText().contains(u"digest mismatch"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
        r = runSmout(QStringList{u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"reviewer"_s,
                                 u"--submission"_s, tamper(u"page-text"_s), u"-o"_s, out} + certificate(u"reviewer"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"the content of page 1 was replaced"_s), qPrintable(r.errText()));
        r = runSmout(QStringList{u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"reviewer"_s,
                                 u"--submission"_s, submission, u"-o"_s, out} + certificate(u"reviewer"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"not signed by counsel"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }

    void untrustedCertificate()
    {
        const QString out = file(u"rogue.pdf"_s);
        const CliRun s = runSmout(QStringList{u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"author"_s,
                                              u"-o"_s, out} + certificate(u"rogue"_s));
        QCOMPARE(s.exitCode, 0);
        const CliRun r = verify(out);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"does not chain to a trusted root"_s), qPrintable(r.outText()));
    }

    // An expired certificate is refused before its key is used; a PDF signed with one anyway
    // (by pdfsig, with the author's field name) is reported as expired by verify.
    void expiredCertificate()
    {
        const QString refused = file(u"expired.pdf"_s);
        const CliRun s = runSmout(QStringList{u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"author"_s,
                                              u"-o"_s, refused} + certificate(u"expired"_s));
        QCOMPARE(s.exitCode, 2);
        QVERIFY2(s.errText().contains(u"may not sign: expired on 2021-01-01"_s), qPrintable(s.errText()));
        QVERIFY(!QFile::exists(refused));

        const QString exported = file(u"expired-unsigned.pdf"_s), signedAnyway = file(u"expired-pdfsig.pdf"_s);
        QCOMPARE(runSmout({u"export"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"-o"_s, exported}).exitCode, 0);
        const QString log = run(u"pdfsig"_s, {u"-add-signature"_s, u"-nssdir"_s, u"sql:"_s + pki + u"/nssdb"_s, u"-nss-pwd"_s, u"test-passphrase"_s, u"-nick"_s, u"expired"_s,
                                              u"-kpw"_s, u"test-passphrase"_s, u"-new-signature-field-name"_s, u"smout-author"_s,
                                              exported, signedAnyway});
        QVERIFY2(QFile::exists(signedAnyway), qPrintable(log));
        const CliRun r = verify(signedAnyway);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"had expired"_s), qPrintable(r.outText()));
    }

    void wrongPassphraseWritesNothing()
    {
        QFile wrong(file(u"wrong"_s));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("not-the-passphrase\n");
        wrong.close();
        const QString out = file(u"never.pdf"_s);
        const QStringList base{u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"author"_s, u"-o"_s, out,
                               u"--passphrase-file"_s, wrong.fileName()};
        CliRun r = runSmout(base + QStringList{u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, u"author"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"wrong passphrase"_s), qPrintable(r.errText()));
        r = runSmout(base + QStringList{u"--p12"_s, pki + u"/author.p12"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"wrong passphrase"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }

    void documentWithErrorsIsNotSigned()
    {
        const QString out = file(u"refused.pdf"_s);
        const CliRun r = runSmout(QStringList{u"sign"_s, QStringLiteral(SMOUT_TEST_DATA) + u"/signing/counsel-missing.smout"_s,
                                              u"--role"_s, u"author"_s, u"-o"_s, out} + certificate(u"author"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"SUM-COUNSEL"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }

    void pkcs12FileSigns()
    {
        const QString out = file(u"p12.pdf"_s);
        const CliRun r = runSmout({u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"author"_s, u"-o"_s, out,
                                   u"--p12"_s, pki + u"/author.p12"_s, u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(verify(out).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSign)
#include "tst_cli_sign.moc"
