// The pieces of signature timestamps, each against an independent implementation where one
// exists: the DER reader and writer (BER as NSS writes it, malformed input, lengths that grow
// past a length byte), the RFC 3161 query as openssl reads it, the checks of a reply made by
// `openssl ts -reply`, the TSA certificate's usage, and the token spliced into a CMS signature
// made by `openssl cms`, which openssl still verifies afterwards.

#include "signing/Der.h"
#include "signing/SignatureTimestamp.h"
#include "signing/TimestampQuery.h"
#include "signing/TimestampToken.h"
#include "signing/TrustAnchors.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace smout::signing;
using namespace Qt::StringLiterals;

class TestSignatureTimestamp : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki;
    const QByteArray nonce = QByteArray::fromHex("1f2e3d4c5b6a7988");

    QString file(const QString &name) const { return dir.filePath(name); }
    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QByteArray derOf(const QString &pem)
    {
        const QString out = file(QFileInfo(pem).baseName() + u".der"_s);
        run(u"openssl"_s, {u"x509"_s, u"-in"_s, pem, u"-outform"_s, u"DER"_s, u"-out"_s, out});
        return read(out);
    }
    // openssl's reply to `query`, from the PKI's TSA `section`.
    QByteArray reply(const QByteArray &query, const QString &section = u"tsa"_s)
    {
        write(file(u"query.tsq"_s), query);
        int exitCode = -1;
        const QString log = run(u"openssl"_s, {u"ts"_s, u"-reply"_s, u"-config"_s, pki + u"/tsa.cnf"_s, u"-section"_s, section,
                                              u"-queryfile"_s, file(u"query.tsq"_s), u"-out"_s, file(u"reply.tsr"_s)},
                                &exitCode);
        if (exitCode != 0)
            qWarning("%s", qPrintable(log));
        return read(file(u"reply.tsr"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        const QString log = run(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY2(QFile::exists(pki + u"/tsa.cnf"_s), qPrintable(log));
        const Status opened = openTrustingOnly(file(u"trust"_s), {pki + u"/test-ca.pem"_s});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    }

    void derReadsIndefiniteLengths()
    {
        // SEQUENCE (indefinite) { INTEGER 5, OCTET STRING (empty) } end-of-contents, then padding.
        const QByteArray ber = QByteArray::fromHex("3080020105040000000000");
        const auto root = der::read(ber);
        QVERIFY(root && root->indefinite);
        QCOMPARE(root->end(), qsizetype(9));
        const auto kids = der::children(ber, *root);
        QVERIFY(kids);
        QCOMPARE(kids->size(), 2);
        QCOMPARE(der::content(ber, kids->front()), QByteArray(1, '\5'));
    }

    void derRefusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("length past the end") << QByteArray::fromHex("300502010500");
        QTest::newRow("truncated long length") << QByteArray::fromHex("3082");
        QTest::newRow("indefinite primitive") << QByteArray::fromHex("0480010000");
        QTest::newRow("indefinite without end") << QByteArray::fromHex("3080020105");
        QTest::newRow("multi-byte tag") << QByteArray::fromHex("1f810100");
        QTest::newRow("nested too deep") << QByteArray::fromHex(QByteArray("3080").repeated(40) + QByteArray("0000").repeated(40));
    }
    void derRefusesMalformedInput()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!der::read(bytes));
    }

    void insertingGrowsEveryEnclosingLength()
    {
        // SEQUENCE { SEQUENCE { OCTET STRING (120 bytes) } }: the inner length passes 127.
        const QByteArray octets = der::element(der::Tag::OctetString, QByteArray(120, 'x'));
        const QByteArray data = der::element(der::Tag::Sequence, der::element(der::Tag::Sequence, octets));
        const auto outer = der::read(data);
        QVERIFY(outer);
        const auto inner = der::children(data, *outer);
        QVERIFY(inner && inner->size() == 1);
        const QByteArray added = der::element(der::Tag::Integer, QByteArray(8, '\1'));
        const QByteArray grown = der::insertInto(data, {inner->front(), *outer}, inner->front().end(), added);
        QCOMPARE(grown, der::element(der::Tag::Sequence, der::element(der::Tag::Sequence, octets + added)));
        // Both lengths now take two bytes: 135 and 132.
        QCOMPARE(grown.left(6), QByteArray::fromHex("308187308184"));
    }

    void integersAreMinimalAndPositive()
    {
        QCOMPARE(der::unsignedInteger(QByteArray::fromHex("0000ff")), QByteArray::fromHex("020200ff"));
        QCOMPARE(der::unsignedInteger(QByteArray::fromHex("7f")), QByteArray::fromHex("02017f"));
        QCOMPARE(der::unsignedInteger(QByteArray()), QByteArray::fromHex("020100"));
    }

    void queryIsWhatOpensslReads()
    {
        const QByteArray imprint = QCryptographicHash::hash("signature value", QCryptographicHash::Sha256);
        write(file(u"mine.tsq"_s), timestampQuery(imprint, nonce));
        const QString text = run(u"openssl"_s, {u"ts"_s, u"-query"_s, u"-in"_s, file(u"mine.tsq"_s), u"-text"_s});
        QVERIFY2(text.contains(u"Hash Algorithm: sha256"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Nonce: 0x1F2E3D4C5B6A7988"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Certificate required: yes"_s), qPrintable(text));
    }

    void replyIsCheckedBeforeUse()
    {
        const QByteArray imprint = QCryptographicHash::hash("signature value", QCryptographicHash::Sha256);
        const QByteArray good = reply(timestampQuery(imprint, nonce));
        const auto token = tokenFromReply(good, imprint, nonce);
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error()));
        const auto read = readTimestampToken(*token);
        QVERIFY(read.ok());
        QVERIFY(read->authority.contains(u"SMOUT Test TSA"_s));
        QVERIFY(qAbs(read->time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(tsaTrustProblem(*read).isEmpty());

        const auto otherNonce = tokenFromReply(good, imprint, QByteArray::fromHex("01"));
        QVERIFY(!otherNonce.ok() && otherNonce.error().contains(u"nonce"_s));
        const auto otherBytes = tokenFromReply(good, QCryptographicHash::hash("other", QCryptographicHash::Sha256), nonce);
        QVERIFY(!otherBytes.ok() && otherBytes.error().contains(u"message imprint mismatch"_s));
        const auto garbage = tokenFromReply("not a reply", imprint, nonce);
        QVERIFY(!garbage.ok() && garbage.error().contains(u"not an RFC 3161 timestamp response"_s));
        // A bit flipped in the TSA's signature, at the end of the reply.
        QByteArray flipped = good;
        flipped[flipped.size() - 1] = char(flipped.back() ^ 1);
        const auto altered = tokenFromReply(flipped, imprint, nonce);
        QVERIFY(!altered.ok() && altered.error().contains(u"altered token"_s));
    }

    void rogueTsaIsNotTrusted()
    {
        const QByteArray imprint = QCryptographicHash::hash("signature value", QCryptographicHash::Sha256);
        const auto token = tokenFromReply(reply(timestampQuery(imprint, nonce), u"rogue_tsa"_s), imprint, nonce);
        QVERIFY(token.ok());
        const auto read = readTimestampToken(*token);
        QVERIFY(read.ok());
        const QString problem = tsaTrustProblem(*read);
        QVERIFY2(problem.contains(u"rogue-ca"_s) && problem.contains(u"not a root you have chosen to trust"_s), qPrintable(problem));
    }

    void tsaCertificateUsage()
    {
        QVERIFY(timestampingUsageProblem(derOf(pki + u"/tsa.pem"_s)).isEmpty());
        QVERIFY(timestampingUsageProblem(derOf(pki + u"/author.pem"_s)).contains(u"not for time-stamping only"_s));
        QVERIFY(timestampingUsageProblem(derOf(pki + u"/test-ca.pem"_s)).contains(u"no time-stamping extended key usage"_s));
        // The same usage, not marked critical.
        write(file(u"lax.cnf"_s), "[lax]\nbasicConstraints = critical, CA:FALSE\nextendedKeyUsage = timeStamping\n");
        const QString script = u"set -e; cd '%1'; openssl req -newkey rsa:2048 -nodes -keyout lax.key -out lax.csr -subj /CN=Lax 2>/dev/null;"
                               "openssl x509 -req -in lax.csr -CA '%2/test-ca.pem' -CAkey '%2/test-ca.key' -CAcreateserial -out lax.pem "
                               "-days 30 -extfile lax.cnf -extensions lax 2>/dev/null"_s.arg(dir.path(), pki);
        run(u"bash"_s, {u"-c"_s, script});
        QVERIFY(timestampingUsageProblem(derOf(file(u"lax.pem"_s))).contains(u"does not mark its time-stamping key usage critical"_s));
    }

    void tokenIsSplicedWithoutSigningAgain()
    {
        write(file(u"content.txt"_s), "the signed bytes");
        int exitCode = -1;
        const QString made = run(u"openssl"_s, {u"cms"_s, u"-sign"_s, u"-binary"_s, u"-in"_s, file(u"content.txt"_s), u"-signer"_s,
                                               pki + u"/author.pem"_s, u"-inkey"_s, pki + u"/author.key"_s, u"-md"_s, u"sha256"_s,
                                               u"-outform"_s, u"DER"_s, u"-out"_s, file(u"plain.p7s"_s)},
                                 &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(made));
        const QByteArray cms = read(file(u"plain.p7s"_s));
        QVERIFY(!signatureTimestamp(cms));
        const auto value = signatureValue(cms);
        QVERIFY(value.ok() && value->size() == 256);
        const QByteArray imprint = QCryptographicHash::hash(*value, QCryptographicHash::Sha256);
        const auto token = tokenFromReply(reply(timestampQuery(imprint, nonce)), imprint, nonce);
        QVERIFY(token.ok());
        const auto stamped = withTimestampToken(cms, *token);
        QVERIFY2(stamped.ok(), qPrintable(stamped.ok() ? QString() : stamped.error()));
        QCOMPARE(signatureValue(*stamped).value(), value.value());

        // openssl still verifies the signature, and sees the attribute.
        write(file(u"stamped.p7s"_s), *stamped);
        const QString verified = run(u"openssl"_s, {u"cms"_s, u"-verify"_s, u"-binary"_s, u"-inform"_s, u"DER"_s, u"-in"_s,
                                                   file(u"stamped.p7s"_s), u"-content"_s, file(u"content.txt"_s), u"-CAfile"_s,
                                                   pki + u"/test-ca.pem"_s, u"-purpose"_s, u"any"_s, u"-out"_s, file(u"out.txt"_s)},
                                     &exitCode);
        QVERIFY2(exitCode == 0 && verified.contains(u"Verification successful"_s), qPrintable(verified));
        const QString printed = run(u"openssl"_s, {u"cms"_s, u"-cmsout"_s, u"-print"_s, u"-inform"_s, u"DER"_s, u"-in"_s, file(u"stamped.p7s"_s)});
        QVERIFY2(printed.contains(u"id-smime-aa-timeStampToken"_s), qPrintable(printed.left(4000)));

        const auto report = signatureTimestamp(*stamped + QByteArray(64, '\0'));
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        QVERIFY(!withTimestampToken(*stamped, *token).ok());
    }
};

QTEST_GUILESS_MAIN(TestSignatureTimestamp)
#include "tst_signature_timestamp.moc"
