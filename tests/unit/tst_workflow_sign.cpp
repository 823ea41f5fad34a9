// workflow::signDocument (and verifyFile on what it signed), driven without a window or a `smout` process of its own: what is
// missing is said before the certificate database is touched, the database a certificate is
// imported into as the window does is the one `smout certs` and `smout sign` use, the
// earlier signatures and the signer's admission are checked before anything is written, and
// a signed file that would not verify is not kept.

#include "io/SmoutJson.h"
#include "signing/NssDatabase.h"
#include "signing/SecretPrompt.h"
#include "workflow/CertificateDatabase.h"
#include "workflow/SignDocument.h"
#include "workflow/VerifyFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestWorkflowSign : public QObject {
    Q_OBJECT

    QTemporaryDir home;
    QString pki;
    static inline const QString DatabasePass = u"window passphrase"_s;

    QString file(const QString &name) const { return home.filePath(name); }
    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }

    static workflow::SignInputs inputsFor(Role role)
    {
        workflow::SignInputs in;
        in.role = role;
        in.context.today = QDate(2026, 11, 25);
        return in;
    }
    QString databasePassFile() const
    {
        const QString path = file(u"database-pass"_s);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(DatabasePass.toUtf8() + '\n');
        return path;
    }
    static QProcess *runSmout(QProcess &p, const QStringList &args)
    {
        p.start(QStringLiteral(SMOUT_CLI), args);
        p.waitForFinished(120000);
        return &p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The user's certificate database is ~/.pki/nssdb: a home of the test's own.
        qputenv("HOME", home.path().toUtf8());
        pki = file(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        make.waitForFinished(120000);
        QVERIFY2(QFile::exists(pki + u"/author.p12"_s), make.readAllStandardError().constData());
    }

    // Refusals come before any database is created or a certificate asked for.
    void refusesWhatIsNotReadyBeforeTheDatabase()
    {
        workflow::SignInputs draft = inputsFor(Role::Author);
        draft.document = SmoutDocument{};
        workflow::SignOutcome outcome = workflow::signDocument(draft, {}, file(u"draft.pdf"_s));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure->stage, workflow::SignStage::Refused);
        QVERIFY2(outcome.failure->message.contains(u"error"_s), qPrintable(outcome.failure->message));

        workflow::SignInputs missing = inputsFor(Role::Author);
        missing.documentPath = file(u"no-such.smout"_s);
        outcome = workflow::signDocument(missing, {}, file(u"missing.pdf"_s));
        QCOMPARE(outcome.failure->stage, workflow::SignStage::Unreadable);
        QVERIFY2(outcome.failure->message.startsWith(missing.documentPath), qPrintable(outcome.failure->message));

        workflow::SignInputs unsigned_ = inputsFor(Role::Counsel);
        unsigned_.signedPdf = "%PDF-1.7\n%%EOF\n";
        outcome = workflow::signDocument(unsigned_, {}, file(u"counsel.pdf"_s));
        QCOMPARE(outcome.failure->stage, workflow::SignStage::Refused);
        QVERIFY2(outcome.failure->message.contains(u"program office"_s), qPrintable(outcome.failure->message));

        QVERIFY(!QFile::exists(signing::NssDatabase::userDefault() + u"/cert9.db"_s));
        QVERIFY(!QFile::exists(file(u"draft.pdf"_s)) && !QFile::exists(file(u"counsel.pdf"_s)));
    }

    // The window's import (SignaturesPanel: open the chosen database, give it a passphrase,
    // import) lands where `smout certs` looks without --nss-dir.
    void certificateImportedAsTheWindowDoesIsTheCommandsToo()
    {
        QCOMPARE(workflow::certificateDatabase(), home.path() + u"/.pki/nssdb"_s);
        QCOMPARE(workflow::certificateDatabase(), signing::NssDatabase::userDefault());
        const Status opened = workflow::openCertificateDatabase(QString(), workflow::WhenMissing::Create,
                                                                signing::NssDatabase::Access::Writable);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QVERIFY(signing::NssDatabase::protect(DatabasePass));
        const QString db = workflow::certificateDatabase();
        for (const QString &who : {u"author"_s, u"counsel"_s})
            QVERIFY(signing::NssDatabase::importPkcs12(db, pki + u'/' + who + u".p12"_s, u"test-passphrase"_s, DatabasePass));
        QVERIFY(signing::NssDatabase::importTrustAnchor(db, pki + u"/test-ca.pem"_s, u"test-ca"_s, DatabasePass));

        QProcess certs;
        runSmout(certs, {u"certs"_s, u"--format"_s, u"json"_s, u"--passphrase-file"_s, databasePassFile()});
        QCOMPARE(certs.exitCode(), 0);
        QStringList signing;
        for (const QJsonValue c : QJsonDocument::fromJson(certs.readAllStandardOutput())[u"certificates"_s].toArray())
            if (c[u"signing"_s].toBool())
                signing << c[u"nickname"_s].toString();
        signing.sort();
        QCOMPARE(signing, (QStringList{u"author"_s, u"counsel"_s}));
    }

    // The author signs through the workflow; `smout sign` without --nss-dir countersigns with
    // the counsel certificate imported above.
    void authorSignsAndTheCommandCountersigns()
    {
        workflow::SignInputs author = inputsFor(Role::Author);
        author.documentPath = example(u"fictional-uscis-benefit-fraud.smout"_s);
        signing::ListedSecrets secrets({DatabasePass});
        const QString submission = file(u"submission.pdf"_s);
        const workflow::SignOutcome outcome = workflow::signDocument(author, {u"author"_s, &secrets}, submission);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.failure->message));
        QCOMPARE(outcome.signedPdf.nickname, u"author"_s);
        QFile written(submission);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), outcome.signedPdf.bytes);
        QVERIFY(!workflow::checkSigned(outcome.signedPdf.bytes));

        QProcess sign;
        runSmout(sign, {u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, file(u"countersigned.pdf"_s), u"--cert"_s,
                        u"counsel"_s, u"--passphrase-file"_s, databasePassFile(), u"--today"_s, u"2026-11-25"_s});
        QVERIFY2(sign.exitCode() == 0, sign.readAllStandardError().constData());

        // verifyFile, as verify and the Signatures panel call it, against the same database.
        const workflow::FileVerification verified = workflow::verifyFile(file(u"countersigned.pdf"_s));
        QVERIFY2(verified.report, qPrintable(verified.problem));
        QCOMPARE(verified.report->signatures.size(), 2);
        QVERIFY2(verified.report->ok(), qPrintable(verified.report->problems.join(u'\n')));
    }

    // Nobody countersigns their own submission: refused before the key is touched.
    void counselWithTheAuthorsCertificateIsRefused()
    {
        workflow::SignInputs counsel = inputsFor(Role::Counsel);
        counsel.signedPdfPath = file(u"submission.pdf"_s);
        signing::ListedSecrets secrets({DatabasePass});
        const workflow::SignOutcome outcome = workflow::signDocument(counsel, {u"author"_s, &secrets}, file(u"self.pdf"_s));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure->stage, workflow::SignStage::Signing);
        QVERIFY2(outcome.failure->message.contains(u"same person"_s), qPrintable(outcome.failure->message));
        QVERIFY(!QFile::exists(file(u"self.pdf"_s)));
    }

    // A front end's own check of the earlier signatures (the CLI's --trust) replaces the
    // database's, and its refusal stops signing.
    void theChainCheckDecidesBeforeSigning()
    {
        workflow::SignInputs counsel = inputsFor(Role::Counsel);
        counsel.signedPdfPath = file(u"submission.pdf"_s);
        Role asked = Role::Author;
        counsel.checkChain = [&asked](Role role, const QByteArray &signedPdf) -> Status {
            asked = role;
            return signedPdf.startsWith("%PDF") ? Status(Error{u"not trusted by the given roots"_s}) : success();
        };
        signing::ListedSecrets secrets({DatabasePass});
        const workflow::SignOutcome outcome = workflow::signDocument(counsel, {u"counsel"_s, &secrets}, file(u"refused.pdf"_s));
        QCOMPARE(asked, Role::Counsel);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure->stage, workflow::SignStage::Chain);
        QCOMPARE(outcome.failure->message, u"not trusted by the given roots"_s);
        QVERIFY(!QFile::exists(file(u"refused.pdf"_s)));
    }

    // The same check the window runs before offering to save, and sign after writing.
    void aFileThatWouldNotVerifyIsNotKept()
    {
        QFile submission(file(u"submission.pdf"_s));
        QVERIFY(submission.open(QIODevice::ReadOnly));
        QByteArray broken = submission.readAll();
        broken.replace("/Reason", "/Reasom");
        const QString output = file(u"broken.pdf"_s);
        QVERIFY(workflow::checkSigned(broken).has_value());
        const auto unsound = workflow::saveSigned(output, broken);
        QVERIFY(unsound.has_value());
        QCOMPARE(unsound->stage, workflow::SignStage::Unsound);
        QVERIFY2(unsound->message.endsWith(u"it was deleted"_s), qPrintable(unsound->message));
        QVERIFY(!QFile::exists(output));
    }
};

QTEST_MAIN(TestWorkflowSign)
#include "tst_workflow_sign.moc"
