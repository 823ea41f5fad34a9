// Signing with a smart card laid out like a DHS PIV card (a SoftHSM2 token with the four PIV
// certificates, the signature key asking for the PIN per use), as `smout certs` and
// `smout sign` do it: the right certificate by default, the others refused before the card
// is touched, one wrong PIN costing exactly one PIN check, each token asked for its own
// secret, a removed card named as such, one private-key operation per signature (with a
// timestamp too). The token's
// module counts every C_Login and every signing operation.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString signature = u"PIV_II:Certificate for Digital Signature"_s;
const QString keyManagement = u"PIV_II:Certificate for Key Management"_s;
} // namespace

class TestCliSmartCard : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, card;

    QString file(const QString &name) const { return dir.filePath(name); }
    static QString example() { return QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s; }
    static QString script(const QString &name) { return QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/"_s + name; }
    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(300000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    QString secrets(const QString &name, const QByteArray &lines) const
    {
        QFile f(file(name));
        f.open(QIODevice::WriteOnly);
        f.write(lines);
        return f.fileName();
    }
    CliRun sign(const QString &out, const QString &secretFile, const QStringList &extra = {}, const QString &db = u"nssdb"_s)
    {
        QFile::remove(card + u"/logins"_s);
        return runSmout(QStringList{u"sign"_s, example(), u"--role"_s, u"author"_s, u"-o"_s, out, u"--nss-dir"_s, card + u'/' + db,
                                    u"--passphrase-file"_s, secretFile, u"--today"_s, u"2026-11-25"_s} + extra);
    }
    QStringList tokenLog() const
    {
        QFile f(card + u"/logins"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    // The C_Login calls that reached the token since the last sign(): "user=1 pin_length=6 rv=0x0".
    QStringList logins() const
    {
        return tokenLog().filter(QRegularExpression(u"^C_Login "_s)).replaceInStrings(u"C_Login "_s, QString());
    }
    // The private-key signing operations since the last sign(): "C_SignInit rv=0x0", "C_Sign rv=0x0".
    QStringList signingOperations() const { return tokenLog().filter(QRegularExpression(u"^C_Sign"_s)); }
    static int failed(const QStringList &logins) { return int(logins.filter(QRegularExpression(u"rv=0x(?!0$)"_s)).size()); }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        card = file(u"card"_s);
        QString log = run(u"bash"_s, {script(u"make-test-pki.sh"_s), pki});
        QVERIFY2(QFile::exists(pki + u"/test-ca.pem"_s), qPrintable(log));
        log = run(u"bash"_s, {script(u"make-test-piv-token.sh"_s), card, pki});
        QVERIFY2(QFile::exists(card + u"/nssdb/pkcs11.txt"_s), qPrintable(log));
        // The environment of the token (make-test-piv-token.sh's DIR/env) for every smout run.
        QFile env(card + u"/env"_s);
        QVERIFY(env.open(QIODevice::ReadOnly));
        for (const QByteArray &line : env.readAll().split('\n'))
            if (line.startsWith("export "))
                qputenv(line.mid(7, line.indexOf('=') - 7).constData(), line.mid(line.indexOf('=') + 1));
    }

    void certsListsTheFourPivCertificates()
    {
        const CliRun r = runSmout({u"certs"_s, u"--nss-dir"_s, card + u"/nssdb"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QMap<QString, QJsonObject> byName;
        for (const auto &c : QJsonDocument::fromJson(r.out).object()[u"certificates"_s].toArray())
            byName.insert(c[u"nickname"_s].toString(), c.toObject());
        QCOMPARE(byName.keys(), (QStringList{u"PIV_II:Certificate for Card Authentication"_s, signature, keyManagement,
                                             u"PIV_II:Certificate for PIV Authentication"_s}));
        for (const QJsonObject &c : byName) {
            const bool isSignature = c[u"nickname"_s].toString() == signature;
            QCOMPARE(c[u"signing"_s].toBool(), isSignature);
            QCOMPARE(c[u"reason"_s].toString().isEmpty(), isSignature);
            QCOMPARE(c[u"token"_s].toString(), u"PIV_II"_s);
            QVERIFY(c[u"subject"_s].toString().contains(u"Jordan Avery"_s));
            QVERIFY(c[u"issuer"_s].toString().contains(u"test-ca"_s));
            QVERIFY(QDate::fromString(c[u"not_after"_s].toString(), Qt::ISODate).isValid());
        }
        QCOMPARE(byName[signature][u"key_usage"_s].toArray(), (QJsonArray{u"digitalSignature"_s, u"nonRepudiation"_s}));
        QCOMPARE(byName[keyManagement][u"key_usage"_s].toArray(), QJsonArray{u"keyEncipherment"_s});
        QVERIFY(logins().isEmpty()); // listing needs no PIN

        const CliRun text = runSmout({u"certs"_s, u"--nss-dir"_s, card + u"/nssdb"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.outText().count(u"may not sign"_s), 3);
    }

    // Without --cert the Digital Signature certificate signs: one PIN check for the login, one
    // private-key operation for the signature, and the PIN-per-use key gets the PIN just checked
    // for it (one context-specific login), without asking again.
    void signsWithTheDigitalSignatureCertificateByDefault()
    {
        const QString out = file(u"signed.pdf"_s);
        const CliRun r = sign(out, card + u"/pin"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(signature), qPrintable(r.errText()));
        const QStringList calls = logins();
        QCOMPARE(calls.filter(u"user=1 "_s), QStringList{u"user=1 pin_length=6 rv=0x0"_s});
        QCOMPARE(calls.filter(u"user=2 "_s), QStringList{u"user=2 pin_length=6 rv=0x0"_s});
        QCOMPARE(failed(calls), 0);
        QCOMPARE(signingOperations(), (QStringList{u"C_SignInit rv=0x0"_s, u"C_Sign rv=0x0"_s}));
        const CliRun v = runSmout({u"verify"_s, out, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--format"_s, u"json"_s});
        QVERIFY2(v.exitCode == 0, qPrintable(v.outText()));
        QVERIFY(QJsonDocument::fromJson(v.out).object()[u"signatures"_s][0][u"signer"_s].toString().contains(u"Digital Signature"_s));
    }

    // Each signature of the chain costs the card exactly one signing operation: counsel's on top
    // of the author's too, and pdfsig agrees that both hold. The card that signed as author may
    // not sign as counsel: refused before its PIN is asked for or its key is used.
    void oneSigningOperationPerSignature()
    {
        const QString author = file(u"one-author.pdf"_s), counsel = file(u"one-counsel.pdf"_s);
        QVERIFY2(sign(author, card + u"/pin"_s).exitCode == 0, "author signature");
        QCOMPARE(signingOperations(), (QStringList{u"C_SignInit rv=0x0"_s, u"C_Sign rv=0x0"_s}));
        const auto counselSigns = [&](const QString &submission) {
            QFile::remove(card + u"/logins"_s);
            return runSmout({u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, counsel, u"--nss-dir"_s, card + u"/nssdb"_s,
                             u"--passphrase-file"_s, card + u"/pin"_s, u"--today"_s, u"2026-11-25"_s});
        };
        CliRun r = counselSigns(author);
        QVERIFY2(r.exitCode != 0 && r.errText().contains(u"the same person signed as author and as counsel"_s), qPrintable(r.errText()));
        QCOMPARE(signingOperations(), QStringList());
        QCOMPARE(logins(), QStringList());
        QVERIFY(!QFile::exists(counsel));

        const QString byOthers = file(u"author-by-p12.pdf"_s);
        r = runSmout({u"sign"_s, example(), u"--role"_s, u"author"_s, u"-o"_s, byOthers, u"--p12"_s, pki + u"/author.p12"_s,
                      u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = counselSigns(byOthers);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(signingOperations(), (QStringList{u"C_SignInit rv=0x0"_s, u"C_Sign rv=0x0"_s}));
        QCOMPARE(logins().filter(u"user=2 "_s).size(), 1);
        const QString pdfsig = run(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + card + u"/nssdb"_s, counsel});
        QCOMPARE(pdfsig.count(u"Signature is Valid."_s), 2);
        QCOMPARE(pdfsig.count(u"Certificate is Trusted."_s), 2);
    }

    // A timestamp is added after the card's one operation, without signing again: the per-use
    // PIN is still asked of the card exactly once.
    void timestampCostsNoSecondCardOperation()
    {
        QProcess tsa;
        tsa.start(u"python3"_s, {script(u"tsa-server.py"_s), pki});
        QVERIFY(tsa.waitForReadyRead(10000));
        const QString url = u"http://127.0.0.1:%1/"_s.arg(tsa.readLine().trimmed().toInt());
        const QString out = file(u"stamped.pdf"_s);
        const CliRun r = sign(out, card + u"/pin"_s, {u"--tsa"_s, url});
        tsa.closeWriteChannel();
        tsa.waitForFinished(10000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(signingOperations(), (QStringList{u"C_SignInit rv=0x0"_s, u"C_Sign rv=0x0"_s}));
        QCOMPARE(logins().filter(u"user=2 "_s), QStringList{u"user=2 pin_length=6 rv=0x0"_s});
        const CliRun v = runSmout({u"verify"_s, out, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--format"_s, u"json"_s});
        QVERIFY2(v.exitCode == 0, qPrintable(v.outText()));
        const QJsonValue timestamp = QJsonDocument::fromJson(v.out).object()[u"signatures"_s][0][u"timestamp"_s];
        QVERIFY(timestamp[u"valid"_s].toBool() && timestamp[u"trusted"_s].toBool());
    }

    void certificatesThatMayNotSignAreRefusedBeforeTheCard_data()
    {
        QTest::addColumn<QString>("nickname");
        QTest::addColumn<QString>("reason");
        QTest::newRow("Key Management") << keyManagement << u"its key usage (keyEncipherment) does not allow signing"_s;
        QTest::newRow("Card Authentication") << u"PIV_II:Certificate for Card Authentication"_s << u"lacks nonRepudiation"_s;
        QTest::newRow("PIV Authentication") << u"PIV_II:Certificate for PIV Authentication"_s << u"lacks nonRepudiation"_s;
    }
    void certificatesThatMayNotSignAreRefusedBeforeTheCard()
    {
        QFETCH(QString, nickname);
        QFETCH(QString, reason);
        const QString out = file(u"refused.pdf"_s);
        const CliRun r = sign(out, card + u"/pin"_s, {u"--cert"_s, nickname});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"\"%1\" may not sign"_s.arg(nickname)) && r.errText().contains(reason), qPrintable(r.errText()));
        QVERIFY(logins().isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void wrongPinCostsExactlyOneTry()
    {
        const QString out = file(u"wrong-pin.pdf"_s);
        const CliRun r = sign(out, card + u"/wrong-pin"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"wrong PIN for PIV_II — few tries left; nothing was signed"_s), qPrintable(r.errText()));
        QCOMPARE(logins(), QStringList{u"user=1 pin_length=9 rv=0xa0"_s});
        QVERIFY(!QFile::exists(out));
        // The card still signs with the right PIN.
        QCOMPARE(sign(out, card + u"/pin"_s).exitCode, 0);
    }

    void emptyPinIsNeverSent()
    {
        const CliRun r = sign(file(u"empty-pin.pdf"_s), secrets(u"empty"_s, "\n"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"an empty PIN is never sent"_s), qPrintable(r.errText()));
        QVERIFY(logins().isEmpty());
    }

    // A passphrase-protected database and the card: two secrets, each to its own token.
    void databasePassphraseAndCardPin()
    {
        const QString out = file(u"two-secrets.pdf"_s);
        CliRun r = sign(out, secrets(u"two"_s, "test-passphrase\n123456\n"), {}, u"nssdb-protected"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(logins().filter(u"user=1 "_s), QStringList{u"user=1 pin_length=6 rv=0x0"_s});
        QCOMPARE(signingOperations(), (QStringList{u"C_SignInit rv=0x0"_s, u"C_Sign rv=0x0"_s}));
        // The PIN alone goes to the database, which refuses it; the card is never asked.
        r = sign(file(u"pin-only.pdf"_s), card + u"/pin"_s, {}, u"nssdb-protected"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"wrong passphrase for the certificate database"_s), qPrintable(r.errText()));
        QVERIFY(logins().isEmpty());
    }

    void removedCardIsNamed()
    {
        QDir tokens(card);
        QVERIFY(tokens.rename(u"tokens"_s, u"tokens.removed"_s));
        const CliRun r = sign(file(u"removed.pdf"_s), card + u"/pin"_s, {u"--cert"_s, signature});
        QVERIFY(tokens.rename(u"tokens.removed"_s, u"tokens"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"the card or token PIV_II is not present"_s), qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(u"wrong"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliSmartCard)
#include "tst_cli_smartcard.moc"
