// A signature is never born broken (issue 28): the check sign runs on what it wrote accepts a
// properly signed submission, refuses a signed draft (its draft mark and findings appendix are
// pages that verification does not lay out again from the signed data), naming why, and leaves
// the certificate's trust to the verifier's choice of roots.

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"
#include "signing/PdfSigner.h"
#include "signing/SignedFileCheck.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestSignedFileCheck : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    SmoutDocument doc;

    QByteArray signedAs(const QString &nickname, const SmoutDocument &what)
    {
        pdf::ExportOptions options;
        options.today = QDate(2026, 11, 25);
        options.attachmentDir = QStringLiteral(SMOUT_EXAMPLES);
        const auto exported = pdf::exportPdf(what, options);
        if (!exported)
            return {};
        signing::ListedSecrets secrets({u"test-passphrase"_s});
        const auto signedPdf = signing::signPdf(exported->bytes, {Role::Author, nickname, &secrets});
        return signedPdf ? signedPdf->bytes : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY(signing::NssDatabase::use(dir.filePath(u"nssdb"_s)).ok());
        auto loaded = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(loaded);
        doc = loaded.value();
    }

    void soundSubmissionPasses()
    {
        const QByteArray pdf = signedAs(u"author"_s, doc);
        QVERIFY(!pdf.isEmpty());
        const Status checked = signing::checkSignedFile(pdf);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error()));
    }

    // What the author could sign before issue 28: the draft whose 2a counsel had not answered.
    void signedDraftIsRefused()
    {
        SmoutDocument draft = doc;
        draft.questions.q2aCounselReviewed = YesNo::Unset;
        const QByteArray pdf = signedAs(u"author"_s, draft);
        QVERIFY(!pdf.isEmpty());
        const Status checked = signing::checkSignedFile(pdf);
        QVERIFY(!checked);
        QVERIFY2(checked.error().startsWith(u"the signed file would not verify:"_s), qPrintable(checked.error()));
        QVERIFY2(checked.error().contains(u"the pages do not read as the embedded data"_s), qPrintable(checked.error()));
    }

    // A certificate from a root nobody chose to trust: the file itself is sound.
    void trustIsTheVerifiersChoice()
    {
        const QByteArray pdf = signedAs(u"rogue"_s, doc);
        QVERIFY(!pdf.isEmpty());
        const Status checked = signing::checkSignedFile(pdf);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error()));
    }
};

QTEST_MAIN(TestSignedFileCheck)
#include "tst_signed_file_check.moc"
