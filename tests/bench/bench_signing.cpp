// Signing speed: sign the exported ICE example (target: median under 100 ms, passphrase
// prompt excluded) and verify a three-signature adjudication PDF (target: under 100 ms).

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"
#include "signing/PdfSigner.h"
#include "signing/SignatureVerifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class BenchSigning : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    const QString passphrase = u"test-passphrase"_s;

    static double median(QList<double> v)
    {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY(signing::NssDatabase::use(dir.filePath(u"nssdb"_s)).ok());
    }

    void signAndVerify()
    {
        const auto ice = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s);
        QVERIFY(ice.ok());
        const auto exported = pdf::exportPdf(ice.value());
        QVERIFY(exported.ok());
        QList<double> signMs;
        QByteArray authorSigned;
        for (int i = 0; i < 11; ++i) {
            QElapsedTimer t;
            t.start();
            auto signedPdf = signing::signPdf(exported->bytes, {Role::Author, u"author"_s, passphrase});
            signMs << t.nsecsElapsed() / 1e6;
            QVERIFY2(signedPdf.ok(), qPrintable(signedPdf ? QString() : signedPdf.error()));
            authorSigned = signedPdf.value();
        }
        auto counselSigned = signing::signPdf(authorSigned, {Role::Counsel, u"counsel"_s, passphrase});
        QVERIFY(counselSigned.ok());
        pdf::ExportOptions options;
        options.submissionPdf = counselSigned.value();
        auto adjudication = pdf::exportPdf(ice.value(), options);
        QVERIFY(adjudication.ok());
        auto reviewerSigned = signing::signPdf(adjudication->bytes, {Role::Reviewer, u"reviewer"_s, passphrase});
        QVERIFY(reviewerSigned.ok());

        QList<double> verifyMs;
        for (int i = 0; i < 11; ++i) {
            QElapsedTimer t;
            t.start();
            const auto report = signing::verifyPdf(reviewerSigned.value());
            verifyMs << t.nsecsElapsed() / 1e6;
            QVERIFY(report.ok());
            QCOMPARE(report->signatures.size(), 3);
            QVERIFY(report->ok());
        }
        qInfo("sign the ICE example PDF: median %.1f ms (target: < 100 ms); author-signed size %lld KB (target: < 400 KB), "
              "counsel adds %lld KB (target: < 100 KB)",
              median(signMs), qlonglong(authorSigned.size() / 1024), qlonglong((counselSigned->size() - authorSigned.size()) / 1024));
        qInfo("verify a three-signature adjudication PDF: median %.1f ms (target: < 100 ms)", median(verifyMs));
    }
};

QTEST_MAIN(BenchSigning)
#include "bench_signing.moc"
