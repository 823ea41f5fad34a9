// Mutation fuzzing of the timestamp reader with a fixed seed (reproducible under ctest; set
// SMOUT_FUZZ_ITERATIONS for a longer run): a CMS signature carrying a timestamp token from
// `openssl ts -reply` is mutated (bytes changed, cut, duplicated, lengths rewritten) and its
// timestamp read and checked, as verification does with what a PDF brings. No input may crash
// the reader or take a second, and no mutation may give a valid, trusted timestamp over
// another signature value or at another time.

#include "signing/SignatureTimestamp.h"
#include "signing/TimestampQuery.h"
#include "signing/TrustAnchors.h"

#include "DerMutations.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace smout::signing;
using namespace Qt::StringLiterals;

class FuzzSignatureTimestamp : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QByteArray stamped, value;
    QDateTime time;

    QString file(const QString &name) const { return dir.filePath(name); }
    static bool run(const QStringList &args)
    {
        QProcess p;
        p.start(u"openssl"_s, args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pki = file(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(make.waitForFinished(120000) && make.exitCode() == 0);
        QVERIFY(openTrustingOnly(file(u"trust"_s), {pki + u"/test-ca.pem"_s}).ok());
        QFile content(file(u"content.txt"_s));
        QVERIFY(content.open(QIODevice::WriteOnly));
        content.write("signed bytes");
        content.close();
        QVERIFY(run({u"cms"_s, u"-sign"_s, u"-binary"_s, u"-in"_s, file(u"content.txt"_s), u"-signer"_s, pki + u"/author.pem"_s,
                     u"-inkey"_s, pki + u"/author.key"_s, u"-md"_s, u"sha256"_s, u"-outform"_s, u"DER"_s, u"-out"_s, file(u"cms.der"_s)}));
        const QByteArray cms = read(file(u"cms.der"_s));
        value = signatureValue(cms).value();
        const QByteArray imprint = QCryptographicHash::hash(value, QCryptographicHash::Sha256);
        const QByteArray nonce = QByteArray::fromHex("0102030405060708");
        QFile query(file(u"query.tsq"_s));
        QVERIFY(query.open(QIODevice::WriteOnly));
        query.write(timestampQuery(imprint, nonce));
        query.close();
        QVERIFY(run({u"ts"_s, u"-reply"_s, u"-config"_s, pki + u"/tsa.cnf"_s, u"-section"_s, u"tsa"_s, u"-queryfile"_s,
                     file(u"query.tsq"_s), u"-out"_s, file(u"reply.tsr"_s)}));
        const auto token = tokenFromReply(read(file(u"reply.tsr"_s)), imprint, nonce);
        QVERIFY(token.ok());
        stamped = withTimestampToken(cms, *token).value();
        const auto report = signatureTimestamp(stamped);
        QVERIFY(report && report->ok());
        time = report->time;
    }

    void mutatedTimestampsNeverPass()
    {
        const int iterations = qEnvironmentVariableIsSet("SMOUT_FUZZ_ITERATIONS") ? qEnvironmentVariableIntValue("SMOUT_FUZZ_ITERATIONS") : 1500;
        QRandomGenerator rng(20261207);
        int stillOk = 0;
        double slowest = 0;
        for (int i = 0; i < iterations; ++i) {
            const QByteArray input = mutateDer(stamped, rng);
            QElapsedTimer t;
            t.start();
            const auto report = signatureTimestamp(input);
            const auto mutatedValue = signatureValue(input);
            const double ms = t.nsecsElapsed() / 1e6;
            slowest = std::max(slowest, ms);
            QVERIFY2(ms < 1000, qPrintable(u"iteration %1 took %2 ms"_s.arg(i).arg(ms)));
            if (report && report->ok()) {
                ++stillOk;
                QVERIFY2(mutatedValue.ok() && *mutatedValue == value, qPrintable(u"iteration %1: a valid timestamp over another value"_s.arg(i)));
                QVERIFY2(report->time == time, qPrintable(u"iteration %1: a valid timestamp at another time"_s.arg(i)));
            }
        }
        qInfo("%d mutations: %d left the timestamp valid (bytes it does not depend on), slowest %.1f ms", iterations, stillOk, slowest);
    }
};

QTEST_GUILESS_MAIN(FuzzSignatureTimestamp)
#include "fuzz_signature_timestamp.moc"
