// `smout archive` (PAdES B-LT / B-LTA) against a local time-stamping authority
// (tests/signing/tsa-server.py): validation data and a document timestamp are added in an
// incremental update; archiving again adds a timestamp covering the first; verify lists each
// document timestamp, names one that does not match the bytes it covers, and says whether the
// file stays verifiable after its certificates expire ("ltv"). A failing TSA writes nothing.
// Other readers keep accepting the file: pdfsig calls the signature valid, qpdf --check is clean.

#include "CliRunner.h"
#include "LoopbackServers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

class TestCliArchive : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, stamped, plain, emptyCrl, tsa, once, twice;
    LoopbackServers servers;

    QString file(const QString &name) const { return dir.filePath(name); }
    QString startTsa(const QString &mode) { return servers.startTsa(pki, mode); }
    // A signer whose CRL distribution point and OCSP responder are at `base`, and a PDF it signed with a timestamp.
    QString signedByOnlineSigner(const QString &name, const QString &base)
    {
        const QString log = runProgram(u"bash"_s, {sourcePath(u"tests/signing/make-online-signer.sh"_s), pki, name, base + u"/test-ca.crl"_s, base + u"/ocsp"_s});
        const QString out = file(name + u".pdf"_s);
        const CliRun r = runSmout({u"sign"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s, u"--role"_s, u"author"_s,
                                   u"-o"_s, out, u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, name, u"--passphrase-file"_s,
                                   pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s, u"--tsa"_s, tsa});
        if (r.exitCode != 0)
            qWarning("%s %s", qPrintable(log), qPrintable(r.errText()));
        return r.exitCode == 0 ? out : QString();
    }
    CliRun archiveOnline(const QString &in, const QString &out, const QStringList &extra = {}) const
    {
        return runSmout(QStringList{u"archive"_s, in, u"-o"_s, out, u"--trust"_s, pki + u"/test-ca.pem"_s} + extra);
    }
    QByteArray addedBy(const QString &archived, const QString &original) const
    {
        return bytesOf(archived).mid(bytesOf(original).size());
    }
    CliRun archive(const QString &in, const QString &out, const QStringList &extra = {}, const QString &authority = {}) const
    {
        return runSmout(QStringList{u"archive"_s, in, u"-o"_s, out, u"--tsa"_s, authority.isEmpty() ? tsa : authority, u"--trust"_s,
                                    pki + u"/test-ca.pem"_s} + extra);
    }
    QJsonObject verifyJson(const QString &pdf, int expectedExit, const QStringList &extra = {}) const
    {
        const CliRun r = runSmout(QStringList{u"verify"_s, pdf, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--format"_s, u"json"_s} + extra);
        if (r.exitCode != expectedExit)
            qWarning("verify exited %d: %s %s", r.exitCode, r.out.constData(), r.err.constData());
        return r.exitCode == expectedExit ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }
    // verify run under faketime, `years` from now.
    QJsonObject verifyJsonLater(const QString &pdf, int years, int expectedExit) const
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(u"faketime"_s),
                {QDateTime::currentDateTimeUtc().addYears(years).toString(u"yyyy-MM-dd HH:mm:ss"_s), QStringLiteral(SMOUT_CLI), u"verify"_s,
                 pdf, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--format"_s, u"json"_s});
        p.waitForFinished(120000);
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitCode() != expectedExit)
            qWarning("verify exited %d: %s %s", p.exitCode(), out.constData(), p.readAllStandardError().constData());
        return p.exitCode() == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
    }
    // An OCSP response about `certificate` (a stem in the PKI) from make-ocsp.sh: good, or
    // revoked `revokedIn` seconds from now, signed by `signer`.
    QString ocsp(const QString &certificate, const QString &signer, std::optional<qint64> revokedIn = std::nullopt)
    {
        const QString out = file(u"ocsp-%1-%2-%3.der"_s.arg(certificate, signer, revokedIn ? QString::number(*revokedIn) : u"good"_s));
        QStringList args{sourcePath(u"tests/signing/make-ocsp.sh"_s), pki, u"test-ca"_s, signer, pki + u'/' + certificate + u".pem"_s, out};
        if (revokedIn)
            args << QDateTime::currentDateTimeUtc().addSecs(*revokedIn).toString(u"yyyyMMddHHmmss'Z'"_s);
        const QString log = runProgram(u"bash"_s, args);
        if (!QFile::exists(out))
            qWarning("make-ocsp.sh: %s", qPrintable(log));
        return out;
    }
    static QString joined(const QJsonValue &list) { return list.toVariant().toStringList().join(u'\n'); }
    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        const QString log = runProgram(u"bash"_s, {sourcePath(u"tests/signing/make-test-pki.sh"_s), pki});
        QVERIFY2(QFile::exists(pki + u"/tsa.pem"_s), qPrintable(log));
        tsa = startTsa(u"good"_s);
        QVERIFY(!tsa.isEmpty());
        stamped = file(u"stamped.pdf"_s);
        plain = file(u"plain.pdf"_s);
        for (const auto &[out, extra] : {std::pair{stamped, QStringList{u"--tsa"_s, tsa}}, {plain, QStringList{}}}) {
            const CliRun r = runSmout(QStringList{u"sign"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s,
                                                  u"--role"_s, u"author"_s, u"-o"_s, out, u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s,
                                                  u"author"_s, u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s}
                                      + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        }
        // A CRL of the test CA that revokes nothing: the revocation data an archive needs.
        emptyCrl = file(u"empty-crl.pem"_s);
        runProgram(u"bash"_s, {sourcePath(u"tests/signing/make-crl.sh"_s), pki, u"test-ca"_s, emptyCrl});
        QVERIFY(QFile::exists(emptyCrl));
        once = file(u"archived-once.pdf"_s);
        twice = file(u"archived-twice.pdf"_s);
        CliRun r = archive(stamped, once, {u"--crl"_s, emptyCrl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = archive(once, twice, {u"--crl"_s, emptyCrl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    }

    void cleanupTestCase()
    {
        servers.stopAll();
    }

    void archiveTwiceGivesTwoDocumentTimestampsThatVerify()
    {
        const QJsonObject first = verifyJson(once, 0);
        QCOMPARE(first[u"document_timestamps"_s].toArray().size(), 1);
        const QJsonObject report = verifyJson(twice, 0);
        QVERIFY(report[u"ok"_s].toBool());
        QCOMPARE(report[u"signatures"_s].toArray().size(), 1);
        const QJsonArray stamps = report[u"document_timestamps"_s].toArray();
        QCOMPARE(stamps.size(), 2);
        for (const auto &t : stamps) {
            QVERIFY(t[u"valid"_s].toBool() && t[u"trusted"_s].toBool());
            QVERIFY2(t[u"authority"_s].toString().contains(u"SMOUT Test TSA"_s), qPrintable(t[u"authority"_s].toString()));
            QVERIFY(t[u"time"_s].toString().endsWith(u'Z'));
        }
        QVERIFY(report[u"ltv"_s].toBool());
        // The second covers the first: it was made on top of the whole archived-once file.
        QVERIFY(bytesOf(twice).startsWith(bytesOf(once)));

        const CliRun text = runSmout({u"verify"_s, twice, u"--trust"_s, pki + u"/test-ca.pem"_s});
        QCOMPARE(text.outText().count(u"document timestamp smout-archive-"_s), 2);
        QVERIFY2(text.outText().contains(u"verifiable after the certificates expire: yes"_s), text.out.constData());
    }

    // The /VRI entry is keyed by the upper-case hex SHA-1 of the signature's /Contents.
    void validationDataIsKeyedBySignature()
    {
        const QByteArray pdf = bytesOf(twice);
        const QRegularExpression contents(u"/Contents <([0-9a-fA-F]+)>"_s);
        const auto m = contents.match(QString::fromLatin1(pdf));
        QVERIFY(m.hasMatch());
        const QByteArray key = QCryptographicHash::hash(QByteArray::fromHex(m.captured(1).toLatin1()), QCryptographicHash::Sha1).toHex().toUpper();
        QVERIFY2(pdf.contains(QByteArray('/' + key + " << /Type /VRI")), key.constData());
    }

    void otherReadersAcceptTheArchivedFile()
    {
        const QString pdfsig = runProgram(u"pdfsig"_s, {twice});
        // pdfsig 22.12 cannot check document timestamps ("not yet verified"); the signature it can, it calls valid.
        QCOMPARE(pdfsig.count(u"Signature Validation: Signature is Valid."_s), 1);
        QVERIFY2(!pdfsig.contains(u"Signature is Invalid"_s) && !pdfsig.contains(u"Digest Mismatch"_s), qPrintable(pdfsig));
        int exitCode = -1;
        const QString qpdf = runProgram(u"qpdf"_s, {u"--check"_s, twice}, &exitCode);
        QVERIFY2(exitCode == 0 && qpdf.contains(u"No syntax or stream encoding errors"_s), qPrintable(qpdf));
    }

    // Without a signature timestamp, or without revocation data, the file is not LTV.
    void ltvNeedsTimestampsAndRevocationData()
    {
        const QString noTimestamp = file(u"plain-archived.pdf"_s);
        QCOMPARE(archive(plain, noTimestamp, {u"--crl"_s, emptyCrl}).exitCode, 0);
        const QJsonObject a = verifyJson(noTimestamp, 0);
        QVERIFY(a[u"ok"_s].toBool());
        QVERIFY(!a[u"ltv"_s].toBool());

        const QString noCrl = file(u"no-crl-archived.pdf"_s);
        QCOMPARE(archive(stamped, noCrl).exitCode, 0);
        const QJsonObject b = verifyJson(noCrl, 0);
        QVERIFY(b[u"ok"_s].toBool());
        QCOMPARE(b[u"document_timestamps"_s].toArray().size(), 1);
        QVERIFY(!b[u"ltv"_s].toBool());

        QVERIFY(!verifyJson(stamped, 0)[u"ltv"_s].toBool());

        // A CRL issued before the signature says nothing about the time its timestamp proves.
        const QString stale = file(u"stale-crl.pem"_s);
        QProcess make;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LAST_UPDATE"_s, QDateTime::currentDateTimeUtc().addDays(-2).toString(u"yyyyMMddHHmmss'Z'"_s));
        make.setProcessEnvironment(env);
        make.start(u"bash"_s, {sourcePath(u"tests/signing/make-crl.sh"_s), pki, u"test-ca"_s, stale});
        QVERIFY(make.waitForFinished(30000) && QFile::exists(stale));
        const QString staleArchived = file(u"stale-crl-archived.pdf"_s);
        QCOMPARE(archive(stamped, staleArchived, {u"--crl"_s, stale}).exitCode, 0);
        const QJsonObject c = verifyJson(staleArchived, 0);
        QVERIFY(c[u"ok"_s].toBool());
        QVERIFY(!c[u"ltv"_s].toBool());
    }

    // A CRL embedded by archive that revokes the signer after the signature's timestamp.
    void revocationAfterTheTimestampInTheArchiveVerifies()
    {
        const QString crl = file(u"revoked-later.pem"_s);
        runProgram(u"bash"_s, {sourcePath(u"tests/signing/make-crl.sh"_s), pki, u"test-ca"_s, crl, pki + u"/author.pem"_s,
                        QDateTime::currentDateTimeUtc().addSecs(3600).toString(u"yyyyMMddHHmmss'Z'"_s)});
        const QString out = file(u"revoked-later-archived.pdf"_s);
        QCOMPARE(archive(stamped, out, {u"--crl"_s, crl}).exitCode, 0);
        const QJsonObject report = verifyJson(out, 0);
        QVERIFY(report[u"ok"_s].toBool());
        QVERIFY2(joined(report[u"notes"_s]).contains(u"the signer's certificate was revoked on"_s), qPrintable(joined(report[u"notes"_s])));
    }

    // Without --tsa: the validation data alone (PAdES B-LT), no document timestamp; ltv as usual.
    void archiveWithoutTsaAddsValidationDataOnly()
    {
        const QStringList trust{u"--trust"_s, pki + u"/test-ca.pem"_s};
        const QString lt = file(u"b-lt.pdf"_s);
        const CliRun r = runSmout(QStringList{u"archive"_s, stamped, u"-o"_s, lt, u"--crl"_s, emptyCrl} + trust);
        QVERIFY2(r.exitCode == 0 && r.errText().contains(u"no document timestamp"_s), qPrintable(r.errText()));
        const QByteArray added = bytesOf(lt).mid(bytesOf(stamped).size());
        QVERIFY(bytesOf(lt).startsWith(bytesOf(stamped)));
        QVERIFY(added.contains("/Type /DSS") && added.contains("/CRLs"));
        QVERIFY(!added.contains("/DocTimeStamp") && !added.contains("/FT /Sig"));
        const QJsonObject report = verifyJson(lt, 0);
        QVERIFY(report[u"ok"_s].toBool());
        QCOMPARE(report[u"document_timestamps"_s].toArray().size(), 0);
        QVERIFY(report[u"ltv"_s].toBool());
        QCOMPARE(runProgram(u"pdfsig"_s, {lt}).count(u"Signature Validation: Signature is Valid."_s), 1);
        int exitCode = -1;
        const QString qpdf = runProgram(u"qpdf"_s, {u"--check"_s, lt}, &exitCode);
        QVERIFY2(exitCode == 0 && qpdf.contains(u"No syntax or stream encoding errors"_s), qPrintable(qpdf));

        // Without revocation data, or over a signature without a timestamp, it is not LTV.
        const QString noCrl = file(u"b-lt-no-crl.pdf"_s);
        QCOMPARE(runSmout(QStringList{u"archive"_s, stamped, u"-o"_s, noCrl} + trust).exitCode, 0);
        QVERIFY(!verifyJson(noCrl, 0)[u"ltv"_s].toBool());
        const QString unstamped = file(u"b-lt-plain.pdf"_s);
        QCOMPARE(runSmout(QStringList{u"archive"_s, plain, u"-o"_s, unstamped, u"--crl"_s, emptyCrl} + trust).exitCode, 0);
        QVERIFY(!verifyJson(unstamped, 0)[u"ltv"_s].toBool());

        // A document timestamp can follow later.
        const QString lta = file(u"b-lt-then-lta.pdf"_s);
        QCOMPARE(archive(lt, lta).exitCode, 0);
        const QJsonObject later = verifyJson(lta, 0);
        QVERIFY(later[u"ok"_s].toBool() && later[u"ltv"_s].toBool());
        QCOMPARE(later[u"document_timestamps"_s].toArray().size(), 1);
    }

    // --online asks exactly the addresses the signer's certificate names, and nothing without it;
    // what it fetches is checked and embedded, and makes the file LTV (the test CA's CRL covers
    // the TSA's certificate too).
    void onlineFetchesWhatTheCertificatesName()
    {
        const int port = servers.start(u"tests/signing/revocation-server.py"_s, {pki, pki + u"/online.pem"_s});
        QVERIFY(port > 0);
        QProcess *server = servers.last();
        const QString in = signedByOnlineSigner(u"online"_s, u"http://127.0.0.1:%1"_s.arg(port));
        QVERIFY(!in.isEmpty());

        const QString offline = file(u"online-not-asked.pdf"_s);
        QCOMPARE(archiveOnline(in, offline).exitCode, 0);
        QVERIFY(!addedBy(offline, in).contains("/OCSPs"));
        QTest::qWait(200);
        QCOMPARE(server->readAllStandardError(), QByteArray());

        const QString out = file(u"online-archived.pdf"_s);
        const CliRun r = archiveOnline(in, out, {u"--online"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"CRL from http://127.0.0.1:%1/test-ca.crl"_s.arg(port))
                     && r.errText().contains(u"OCSP response from http://127.0.0.1:%1/ocsp"_s.arg(port)), qPrintable(r.errText()));
        QTest::qWait(200);
        const QByteArray asked = server->readAllStandardError();
        QVERIFY2(asked.contains("GET /test-ca.crl") && asked.contains("POST /ocsp"), asked.constData());
        const QByteArray added = addedBy(out, in);
        QVERIFY(added.contains("/OCSPs") && added.contains("/CRLs"));
        const QJsonObject report = verifyJson(out, 0);
        QVERIFY(report[u"ok"_s].toBool());
        QVERIFY(report[u"ltv"_s].toBool());

        // verify --online fetches the same evidence for itself.
        const CliRun v = runSmout({u"verify"_s, in, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--online"_s});
        QVERIFY2(v.exitCode == 0 && v.errText().contains(u"OCSP response from"_s), qPrintable(v.errText()));
    }

    // An address that cannot be reached, and a responder whose answers the issuer did not sign:
    // each is named, and nothing from it is embedded.
    void onlineTrustsNothingFromFailures()
    {
        const QString unreachable = signedByOnlineSigner(u"unreachable"_s, u"http://127.0.0.1:1"_s);
        QVERIFY(!unreachable.isEmpty());
        const QString out = file(u"unreachable-archived.pdf"_s);
        CliRun r = archiveOnline(unreachable, out, {u"--online"_s, u"--online-timeout"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"no CRL: http://127.0.0.1:1/test-ca.crl could not be asked"_s)
                     && r.errText().contains(u"no OCSP response: http://127.0.0.1:1/ocsp could not be asked"_s), qPrintable(r.errText()));
        QByteArray added = addedBy(out, unreachable);
        QVERIFY(!added.contains("/OCSPs") && !added.contains("/CRLs"));
        QVERIFY(!verifyJson(out, 0)[u"ltv"_s].toBool());

        const int port = servers.start(u"tests/signing/revocation-server.py"_s, {pki, pki + u"/forged.pem"_s, u"--ocsp-signer"_s, u"rogue-ca"_s});
        QVERIFY(port > 0);
        const QString forged = signedByOnlineSigner(u"forged"_s, u"http://127.0.0.1:%1"_s.arg(port));
        QVERIFY(!forged.isEmpty());
        const QString forgedOut = file(u"forged-archived.pdf"_s);
        r = archiveOnline(forged, forgedOut, {u"--online"_s});
        QVERIFY2(r.exitCode == 0 && r.errText().contains(u"it is not trusted"_s), qPrintable(r.errText()));
        added = addedBy(forgedOut, forged);
        QVERIFY(!added.contains("/OCSPs") && added.contains("/CRLs"));
    }

    // OCSP responses embedded by archive, read years later when the author's certificate has
    // expired: a genuine "good" for each certificate makes the file LTV; "revoked" counts as in a
    // CRL; a response its issuer did not sign (or delegate to an OCSP signer) is named.
    void ocspResponsesInTheArchive_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("about");
        QTest::addColumn<qint64>("revokedIn"); // seconds from now; 0: good
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("ltv");
        QTest::addColumn<QString>("expected"); // in the notes (ok) or the signature's problems
        QTest::newRow("good, signed by the issuer") << u"test-ca"_s << u"author"_s << qint64(0) << true << true << QString();
        QTest::newRow("good, from a delegated responder") << u"ocsp-responder"_s << u"author"_s << qint64(0) << true << true << QString();
        QTest::newRow("revoked after the timestamp") << u"test-ca"_s << u"author"_s << qint64(3600) << true << true
                                                     << u"the signer's certificate was revoked on"_s;
        QTest::newRow("revoked before the timestamp") << u"test-ca"_s << u"author"_s << qint64(-86400) << false << false
                                                      << u"before the signature was made"_s;
        QTest::newRow("signed by an unrelated key") << u"rogue-ca"_s << u"author"_s << qint64(-86400) << false << false
                                                    << u"which its issuer did not certify; it is not trusted"_s;
        QTest::newRow("delegated responder without the EKU") << u"ocsp-without-eku"_s << u"author"_s << qint64(-86400) << false << false
                                                             << u"is not for OCSP signing"_s;
        QTest::newRow("about another certificate") << u"test-ca"_s << u"counsel"_s << qint64(-86400) << true << false << QString();
    }
    void ocspResponsesInTheArchive()
    {
        QFETCH(QString, signer);
        QFETCH(QString, about);
        QFETCH(qint64, revokedIn);
        QFETCH(bool, ok);
        QFETCH(bool, ltv);
        QFETCH(QString, expected);
        if (QStandardPaths::findExecutable(u"faketime"_s).isEmpty())
            QSKIP("faketime is not installed (.ci/install-deps installs it)");
        const QString response = ocsp(about, signer, revokedIn ? std::optional<qint64>(revokedIn) : std::nullopt);
        const QString tsaGood = ocsp(u"tsa"_s, u"test-ca"_s);
        QVERIFY(QFile::exists(response) && QFile::exists(tsaGood));
        const QString out = file(u"ocsp-archived-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const CliRun archived = archive(stamped, out, {u"--ocsp"_s, response, u"--ocsp"_s, tsaGood});
        QVERIFY2(archived.exitCode == 0, qPrintable(archived.errText()));
        const QJsonObject report = verifyJsonLater(out, 3, ok ? 0 : 1);
        QCOMPARE(report[u"ok"_s].toBool(), ok);
        QCOMPARE(report[u"ltv"_s].toBool(), ltv);
        const QString said = joined(ok ? report[u"notes"_s] : report[u"signatures"_s].toArray().first()[u"problems"_s]);
        QVERIFY2(said.contains(expected), qPrintable(said));
        if (ok)
            QVERIFY2(said.contains(u"the signer's certificate expired on"_s), qPrintable(said));
        // A forged "revoked" is named, not believed.
        if (signer != u"test-ca" && signer != u"ocsp-responder")
            QVERIFY2(!said.contains(u"was revoked on"_s), qPrintable(said));
    }

    // A "good" produced before the signature's timestamp says nothing about the time it proves.
    void staleOcspResponseIsNoEvidence()
    {
        const QString stale = ocsp(u"author"_s, u"test-ca"_s);
        QTest::qWait(2000);
        const QString later = file(u"signed-after-the-response.pdf"_s);
        const CliRun signedLater = runSmout({u"sign"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s, u"--role"_s,
                                             u"author"_s, u"-o"_s, later, u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, u"author"_s,
                                             u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s, u"--tsa"_s, tsa});
        QVERIFY2(signedLater.exitCode == 0, qPrintable(signedLater.errText()));
        const QString out = file(u"ocsp-stale-archived.pdf"_s);
        QCOMPARE(archive(later, out, {u"--ocsp"_s, stale, u"--ocsp"_s, ocsp(u"tsa"_s, u"test-ca"_s)}).exitCode, 0);
        const QJsonObject report = verifyJson(out, 0);
        QVERIFY(report[u"ok"_s].toBool());
        QVERIFY(!report[u"ltv"_s].toBool());
        // The same archive with a response made after the signature is LTV.
        const QString fresh = file(u"ocsp-fresh-archived.pdf"_s);
        QFile::remove(file(u"ocsp-author-test-ca-good.der"_s));
        QCOMPARE(archive(later, fresh, {u"--ocsp"_s, ocsp(u"author"_s, u"test-ca"_s), u"--ocsp"_s, ocsp(u"tsa"_s, u"test-ca"_s)}).exitCode, 0);
        QVERIFY(verifyJson(fresh, 0)[u"ltv"_s].toBool());
    }

    // verify --ocsp reads a response file as it reads one in the file; a file that is not one is refused.
    void verifyReadsOcspFiles()
    {
        const QJsonObject report = verifyJson(stamped, 1, {u"--ocsp"_s, ocsp(u"author"_s, u"ocsp-responder"_s, -86400)});
        const QString problems = joined(report[u"signatures"_s].toArray().first()[u"problems"_s]);
        QVERIFY2(problems.contains(u"before the signature was made"_s), qPrintable(problems));
        QCOMPARE(verifyJson(stamped, 0, {u"--ocsp"_s, ocsp(u"author"_s, u"ocsp-responder"_s)})[u"ok"_s].toBool(), true);
        const CliRun notOcsp = runSmout({u"verify"_s, stamped, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--ocsp"_s, emptyCrl});
        QCOMPARE(notOcsp.exitCode, 2);
        QVERIFY2(notOcsp.errText().contains(u"is not an OCSP response"_s), qPrintable(notOcsp.errText()));
    }

    // The timestamp's own field renamed (same length): the bytes it covers are no longer those it stamped.
    void tamperedDocumentTimestampIsNamed()
    {
        QByteArray pdf = bytesOf(once);
        const qsizetype at = pdf.lastIndexOf("(smout-archive-1)");
        QVERIFY(at > 0);
        pdf[at + 15] = '9';
        const QString tampered = file(u"tampered.pdf"_s);
        QFile f(tampered);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(pdf) == pdf.size());
        f.close();
        const QJsonObject report = verifyJson(tampered, 1);
        QVERIFY(!report[u"ok"_s].toBool());
        const QJsonObject t = report[u"document_timestamps"_s].toArray().first().toObject();
        QVERIFY(!t[u"valid"_s].toBool());
        QVERIFY2(joined(t[u"problems"_s]).contains(u"stamps other bytes than the file it covers"_s), qPrintable(joined(t[u"problems"_s])));
    }

    void failingTsaWritesNothing_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unreachable") << u"unreachable"_s << u"could not be asked"_s;
        QTest::newRow("rejection") << u"reject"_s << u"did not grant a timestamp"_s;
        QTest::newRow("wrong imprint") << u"wrong-imprint"_s << u"message imprint mismatch"_s;
    }
    void failingTsaWritesNothing()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        const QString authority = mode == u"unreachable" ? u"http://127.0.0.1:1/"_s : startTsa(mode);
        const QString out = file(u"refused-"_s + mode + u".pdf"_s);
        const CliRun r = archive(stamped, out, {u"--tsa-timeout"_s, u"2"_s}, authority);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(expected) && r.errText().contains(u"nothing was written"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }

    void unsignedFileIsRefused()
    {
        const QString unsigned_ = file(u"unsigned.pdf"_s);
        QCOMPARE(runSmout({u"export"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s, u"-o"_s, unsigned_}).exitCode, 0);
        const QString out = file(u"unsigned-archived.pdf"_s);
        const CliRun r = archive(unsigned_, out);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"carries no signature"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliArchive)
#include "tst_cli_archive.moc"
