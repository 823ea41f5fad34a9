// workflow::exportFile, releaseFile and verifyFile, driven without a window or a process:
// a .smout read from a path takes its attachments from its folder, the open document is
// exported as it is, a release copy is written only when every marking holds and says what
// personal data it would still show, and a file that cannot be read is told apart from one
// that is not a signed PDF.

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"
#include "workflow/CertificateDatabase.h"
#include "workflow/ExportFile.h"
#include "workflow/VerifyFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestWorkflowFiles : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }
    static SmoutDocument exampleDocument() { return io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s)).value(); }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", dir.path().toUtf8()); // no certificate database of the user's
    }

    void exportsADocumentReadFromItsFile()
    {
        workflow::ExportInputs in;
        in.documentPath = example(u"fictional-uscis-benefit-fraud.smout"_s);
        in.options.today = QDate(2026, 11, 25);
        const workflow::ExportOutcome out = workflow::exportFile(in, file(u"export.pdf"_s));
        QVERIFY2(out.ok(), qPrintable(out.problem));
        QVERIFY(out.pages > 1);
        // The Rules of Behavior file beside the example is found: no error, so no DRAFT mark.
        QVERIFY(!out.draft);
        const auto back = pdf::importPdf(read(file(u"export.pdf"_s)));
        QVERIFY(back);
        QCOMPARE(back->id, exampleDocument().id);
    }

    void exportsTheOpenDocumentAsItIs()
    {
        SmoutDocument doc = exampleDocument();
        doc.summary.component = u"A component only in memory"_s;
        workflow::ExportInputs in;
        in.document = doc;
        in.options.today = QDate(2026, 11, 25);
        const workflow::ExportOutcome out = workflow::exportFile(in, file(u"open.pdf"_s));
        QVERIFY2(out.ok(), qPrintable(out.problem));
        // Without its folder the attachment cannot be checked: the export says DRAFT.
        QVERIFY(out.draft);
        QCOMPARE(pdf::importPdf(read(file(u"open.pdf"_s)))->summary.component, u"A component only in memory"_s);
    }

    void anUnreadableDocumentWritesNothing()
    {
        workflow::ExportInputs in;
        in.documentPath = file(u"missing.smout"_s);
        for (const auto &task : {&workflow::exportFile, &workflow::releaseFile}) {
            const workflow::ExportOutcome out = task(in, file(u"never.pdf"_s));
            QCOMPARE(out.failedAt, std::optional(workflow::ExportOutcome::Stage::Unreadable));
            QVERIFY(!out.problem.isEmpty());
            QVERIFY(!QFile::exists(file(u"never.pdf"_s)));
        }
    }

    void releaseCopyHoldsNoDocumentAndNamesWhatItStillShows()
    {
        workflow::ExportInputs in;
        in.documentPath = example(u"fictional-uscis-benefit-fraud.smout"_s);
        const workflow::ExportOutcome out = workflow::releaseFile(in, file(u"release.pdf"_s));
        QVERIFY2(out.ok(), qPrintable(out.problem));
        QVERIFY(out.pages > 1);
        // Nothing is marked: the contacts' names are still shown, and said so.
        QVERIFY(!out.unmarked.isEmpty());
        QVERIFY(!pdf::importPdf(read(file(u"release.pdf"_s))));
    }

    void releaseIsRefusedWhenWithheldTextRemains()
    {
        SmoutDocument doc = exampleDocument();
        doc.questions.q3LaunchNote = doc.summary.contacts[0].name + u" launched it."_s;
        doc.redactions.append({u"summary.contacts[0].name"_s, {}, {}, u"(b)(6)"_s, {}});
        workflow::ExportInputs in;
        in.document = doc;
        const workflow::ExportOutcome out = workflow::releaseFile(in, file(u"refused.pdf"_s));
        QCOMPARE(out.failedAt, std::optional(workflow::ExportOutcome::Stage::Export));
        QVERIFY2(out.problem.contains(u"questions.q3_launch_note"_s), qPrintable(out.problem));
        QVERIFY(!QFile::exists(file(u"refused.pdf"_s)));
    }

    void verifyingTellsAnUnreadableFileFromAnUnsignedOne()
    {
        const QString scratch = file(u"trust"_s);
        QVERIFY(workflow::openVerifyingDatabase(QString(), {}, scratch));
        const workflow::FileVerification missing = workflow::verifyFile(file(u"missing.pdf"_s));
        QVERIFY(!missing.report);
        QVERIFY(missing.unreadable);

        QFile text(file(u"not-a-pdf.pdf"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("plain text, not a PDF\n");
        text.close();
        const workflow::FileVerification garbage = workflow::verifyFile(text.fileName());
        QVERIFY(!garbage.unreadable);
        QVERIFY(!garbage.report || !garbage.report->ok());

        const workflow::FileVerification exported = workflow::verifyFile(file(u"export.pdf"_s));
        QVERIFY2(exported.report, qPrintable(exported.problem));
        QVERIFY(exported.report->signatures.isEmpty());
        QVERIFY(!exported.report->ok());
    }
};

QTEST_MAIN(TestWorkflowFiles)
#include "tst_workflow_files.moc"
