// The revision a signature adds: earlier bytes kept exactly, a cross-reference section of the
// file's own kind (a table, or a stream for a file with cross-reference streams), a signature
// that poppler and the verifier accept, and a clear refusal when the signature does not fit
// the room kept for it.

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"
#include "signing/PdfSigner.h"
#include "signing/SignatureRevision.h"
#include "signing/SignatureVerifier.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <pk11pub.h>

using namespace smout;
using namespace Qt::StringLiterals;

class TestSignatureRevision : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QByteArray exported;

    Result<signing::SignedPdf> signAsAuthor(const QByteArray &pdf)
    {
        signing::ListedSecrets secrets({u"test-passphrase"_s});
        return signing::signPdf(pdf, {Role::Author, u"author"_s, &secrets});
    }

    // The same document rewritten by qpdf with object and cross-reference streams.
    QByteArray withXrefStream(const QByteArray &pdf)
    {
        QFile in(dir.filePath(u"plain.pdf"_s));
        if (!in.open(QIODevice::WriteOnly) || in.write(pdf) != pdf.size())
            return {};
        in.close();
        QProcess p;
        p.start(u"qpdf"_s,
                {u"--object-streams=generate"_s, in.fileName(), dir.filePath(u"streams.pdf"_s)});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        QFile out(dir.filePath(u"streams.pdf"_s));
        return out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
    }

    void verifyAuthorSignature(const QByteArray &signedPdf)
    {
        // qpdf, a strict reader, finds the revision's objects and cross-references sound.
        QFile f(dir.filePath(u"signed.pdf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(signedPdf) == signedPdf.size());
        f.close();
        QProcess check;
        check.start(u"qpdf"_s, {u"--check"_s, f.fileName()});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());

        const auto report = signing::verifyPdf(signedPdf);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->signatures.size(), 1);
        const auto &s = report->signatures.front();
        QVERIFY2(report->ok(), qPrintable((report->problems + s.problems).join(u"; "_s)));
        QVERIFY(s.valid && s.trusted && s.coversWholeDocument && !s.modifiedAfter);
        QCOMPARE(s.role, u"author"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s,
                            dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY(signing::NssDatabase::use(dir.filePath(u"nssdb"_s)).ok());
        const auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) +
                                           u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(doc.ok());
        const auto pdf = pdf::exportPdf(doc.value());
        QVERIFY(pdf.ok());
        exported = pdf->bytes;
    }

    void earlierBytesStayAndATableFollowsATable()
    {
        QVERIFY(!exported.contains("/Type /XRef"));
        const auto signedPdf = signAsAuthor(exported);
        QVERIFY2(signedPdf.ok(), qPrintable(signedPdf ? QString() : signedPdf.error()));
        QVERIFY(signedPdf->bytes.startsWith(exported));
        const QByteArray revision = signedPdf->bytes.mid(exported.size());
        QVERIFY(revision.contains("\nxref\n") && revision.contains("/Prev ") &&
                revision.endsWith("%%EOF\n"));
        QVERIFY(revision.contains("/SubFilter /adbe.pkcs7.detached") &&
                revision.contains("/T (smout-author)"));
        verifyAuthorSignature(signedPdf->bytes);
    }

    void aStreamFollowsAStream()
    {
        const QByteArray streams = withXrefStream(exported);
        QVERIFY(streams.contains("/Type /XRef") && !streams.contains("\nxref\n"));
        const auto signedPdf = signAsAuthor(streams);
        QVERIFY2(signedPdf.ok(), qPrintable(signedPdf ? QString() : signedPdf.error()));
        QVERIFY(signedPdf->bytes.startsWith(streams));
        const QByteArray revision = signedPdf->bytes.mid(streams.size());
        QVERIFY(revision.contains("/Type /XRef") && !revision.contains("\nxref\n"));
        verifyAuthorSignature(signedPdf->bytes);
    }

    void aSignatureThatDoesNotFitIsRefused()
    {
        signing::SignatureFields fields;
        fields.reason = u"Submitted by the program office for DHS Privacy Office adjudication"_s;
        fields.signer = fields.rightText = fields.leftText = u"Test"_s;
        fields.time = QDateTime::currentDateTimeUtc();
        fields.reserved = 64;
        const auto revision = signing::addSignatureRevision(exported, fields);
        QVERIFY(revision.ok());
        QCOMPARE(revision->contentsEnd - revision->contentsBegin, 2 * 64 + 2);
        QCOMPARE(revision->signedBytes().size(), revision->bytes.size() - (2 * 64 + 2));
        const auto tooBig = signing::fillSignature(*revision, QByteArray(65, '\x30'));
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.error().contains(u"does not fit"_s), qPrintable(tooBig.error()));
        const auto fits = signing::fillSignature(*revision, QByteArray(64, '\x30'));
        QVERIFY(fits.ok());
        QCOMPARE(fits->size(), revision->bytes.size());
    }

    void notAPdfIsRefused()
    {
        const auto r = signAsAuthor("%PDF-1.4\nnot really\n");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"does not end with a cross-reference section"_s),
                 qPrintable(r.error()));
    }

    // poppler loads NSS's built-in web roots into the database it opens; NssDatabase::use
    // takes them out again (no signature may rest on them, and finding the signer's
    // certificate would walk all of them), and validating signatures does not bring them back.
    void theBuiltInRootsStayUnloaded()
    {
        const auto signedPdf = signAsAuthor(exported);
        QVERIFY(signedPdf.ok());
        verifyAuthorSignature(signedPdf->bytes);
        PK11SlotList *slots = PK11_GetAllTokens(CKM_INVALID_MECHANISM, PR_FALSE, PR_FALSE, nullptr);
        QVERIFY(slots);
        int tokens = 0;
        for (PK11SlotListElement *e = PK11_GetFirstSafe(slots); e; e = PK11_GetNextSafe(slots, e, PR_FALSE)) {
            ++tokens;
            QVERIFY2(!PK11_HasRootCerts(e->slot), PK11_GetTokenName(e->slot));
        }
        PK11_FreeSlotList(slots);
        QVERIFY(tokens >= 1);
    }
};

QTEST_MAIN(TestSignatureRevision)
#include "tst_signature_revision.moc"
