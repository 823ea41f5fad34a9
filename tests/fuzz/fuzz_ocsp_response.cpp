// Mutation fuzzing of the OCSP response reader with a fixed seed (reproducible under ctest; set
// SMOUT_FUZZ_ITERATIONS for a longer run): a "good" and a "revoked" response from `openssl
// ocsp` (make-ocsp.sh), signed by the test CA, are mutated (bytes changed, cut, duplicated,
// lengths rewritten) and read as verification reads them from a PDF. No input may crash the
// reader or take a second, and no mutation may turn the signed status into another: a
// mutated "good" never revokes, a mutated "revoked" never says good nor moves its date.

#include "signing/OcspResponses.h"
#include "signing/TrustAnchors.h"

#include "DerMutations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace smout::signing;
using namespace Qt::StringLiterals;

class FuzzOcspResponse : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QByteArray certificate, good, revoked;
    QDateTime revokedAt;

    QString file(const QString &name) const { return dir.filePath(name); }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(120000) && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pki = file(u"pki"_s), script = QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/"_s;
        QVERIFY(run(u"bash"_s, {script + u"make-test-pki.sh"_s, pki}));
        QVERIFY(openTrustingOnly(file(u"trust"_s), {pki + u"/test-ca.pem"_s}).ok());
        QVERIFY(run(u"bash"_s, {script + u"make-ocsp.sh"_s, pki, u"test-ca"_s, u"test-ca"_s, pki + u"/author.pem"_s, file(u"good.der"_s)}));
        QVERIFY(run(u"bash"_s, {script + u"make-ocsp.sh"_s, pki, u"test-ca"_s, u"test-ca"_s, pki + u"/author.pem"_s, file(u"revoked.der"_s),
                                u"20260101000000Z"_s}));
        QVERIFY(run(u"openssl"_s, {u"x509"_s, u"-in"_s, pki + u"/author.pem"_s, u"-outform"_s, u"DER"_s, u"-out"_s, file(u"author.der"_s)}));
        certificate = read(file(u"author.der"_s));
        good = read(file(u"good.der"_s));
        revoked = read(file(u"revoked.der"_s));
        QVERIFY(ocspFinding(certificate, {good}, {}).statusSince);
        const OcspFinding r = ocspFinding(certificate, {revoked}, QDateTime::currentDateTimeUtc());
        QVERIFY(r.revoked && !r.statusSince && r.forged.isEmpty());
        revokedAt = *r.revoked;
    }

    void mutatedResponsesNeverChangeTheStatus()
    {
        const int iterations = qEnvironmentVariableIsSet("SMOUT_FUZZ_ITERATIONS") ? qEnvironmentVariableIntValue("SMOUT_FUZZ_ITERATIONS") : 1500;
        QRandomGenerator rng(20261208);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int stillCounted = 0;
        double slowest = 0;
        for (int i = 0; i < iterations; ++i) {
            const bool fromGood = i % 2 == 0;
            const QByteArray input = mutateDer(fromGood ? good : revoked, rng);
            QElapsedTimer t;
            t.start();
            const OcspFinding f = ocspFinding(certificate, {input}, fromGood ? QDateTime() : now);
            const double ms = t.nsecsElapsed() / 1e6;
            slowest = std::max(slowest, ms);
            QVERIFY2(ms < 1000, qPrintable(u"iteration %1 took %2 ms"_s.arg(i).arg(ms)));
            if (fromGood) {
                QVERIFY2(!f.revoked, qPrintable(u"iteration %1: a mutated good response revokes"_s.arg(i)));
                stillCounted += f.statusSince;
            } else {
                QVERIFY2(!f.statusSince, qPrintable(u"iteration %1: a mutated revoked response says good"_s.arg(i)));
                QVERIFY2(!f.revoked || *f.revoked == revokedAt, qPrintable(u"iteration %1: another revocation date"_s.arg(i)));
                stillCounted += f.revoked.has_value();
            }
        }
        qInfo("%d mutations: %d still counted (bytes the signature does not cover), slowest %.1f ms", iterations, stillCounted, slowest);
    }
};

QTEST_GUILESS_MAIN(FuzzOcspResponse)
#include "fuzz_ocsp_response.moc"
