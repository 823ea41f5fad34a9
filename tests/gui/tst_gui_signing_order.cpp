// The signing order in the window (issue 28): the program office's Sign says what is missing
// while counsel has not answered 2a; File → Send to Counsel… marks the inventory revision
// "with counsel" in the inventory the smout command reads too; counsel answers 2a, the
// program office signs, counsel countersigns and the reviewer adjudicates, each file verifying
// as it is written. The certificates imported in the window sign from `smout sign` as well.

#include "GuiTestBase.h"
#include "ModalAnswer.h"
#include "SendToCounsel.h"
#include "SignaturesPanel.h"
#include "signing/NssDatabase.h"
#include "signing/UserCertificateDatabase.h"
#include "store/InventoryStore.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace guitest;

class TestGuiSigningOrder : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki;

    QString file(const QString &name) const { return dir.filePath(name); }
    static QPushButton *panelButton(MainWindow &window, const QString &startsWith)
    {
        for (QPushButton *b : window.signaturesPanel()->findChildren<QPushButton *>())
            if (b->text().remove(u'&').startsWith(startsWith))
                return b;
        return nullptr;
    }
    static QString run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(SMOUT_CLI), args);
        p.waitForFinished(120000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) + u"\nexit "_s + QString::number(p.exitCode());
    }
    // The example with counsel's 2a not yet answered, next to its Rules of Behavior file; a
    // fresh draft has no review section yet (the example's is what the reviewer adjudicates).
    QString draft(bool withReview = true) const
    {
        QFile in(example(u"fictional-uscis-benefit-fraud.smout"_s));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject questions = json[u"questions"_s].toObject();
        questions[u"q2a_counsel_reviewed"_s] = QJsonValue::Null;
        json[u"questions"_s] = questions;
        if (!withReview)
            json.remove(u"review"_s);
        QFile out(file(withReview ? u"draft.smout"_s : u"fresh-draft.smout"_s));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(json).toJson());
        QFile::copy(example(u"fictional-uscis-fdns-rules-of-behavior.txt"_s), file(u"fictional-uscis-fdns-rules-of-behavior.txt"_s));
        return out.fileName();
    }
    // Clicks Sign and answers what follows: the role's explanation and the signed PDF to sign
    // on top of (counsel, reviewer), the certificate, where to save. True when the written
    // file verified in the panel.
    static bool signInWindow(MainWindow &window, const QString &nickname, const QString &output, const QString &signedInput = {})
    {
        // The passphrase the first key imported gave the shared database (issue 27).
        if (!signedInput.isEmpty()) {
            Dialogs::setNextAnswer(QMessageBox::Ok); // "Choose that PDF next."
            Dialogs::setNextFileName(signedInput);
        }
        answerNextModal([nickname](QDialog *signing) {
            signing->findChild<QComboBox *>()->setCurrentText(nickname);
            signing->findChild<QLineEdit *>(u"secret"_s)->setText(DatabasePass);
            signing->accept();
        });
        Dialogs::setNextFileName(output);
        SignaturesPanel *panel = window.signaturesPanel();
        QSignalSpy verified(panel, &SignaturesPanel::verified);
        panelButton(window, u"Sign"_s)->click();
        if (!QFile::exists(output) || !verified.wait(60000))
            return false;
        if (!verified.at(0).at(0).toBool())
            qWarning("%s", qPrintable(panel->findChild<QLabel *>()->text()));
        return verified.at(0).at(0).toBool();
    }

    static inline const QString DatabasePass = u"Window passphrase 2026"_s;

    // "AB:CD:…", the SHA-256 of the certificate's DER as decoded here, not by the window's code.
    static QString pemFingerprint(const QString &pemFile)
    {
        QFile pem(pemFile);
        if (!pem.open(QIODevice::ReadOnly))
            return u"unreadable"_s;
        QByteArray text = pem.readAll();
        const QByteArray begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----";
        const qsizetype from = text.indexOf(begin) + begin.size();
        const QByteArray der = QByteArray::fromBase64(text.mid(from, text.indexOf(end) - from).simplified().replace(' ', ""));
        return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
    }
    // Whether the user database trusts `nickname` to issue signing certificates (the PKCS#12
    // files bring their issuer along, untrusted).
    static bool trustsRoot(const QString &nickname)
    {
        QProcess list;
        list.start(u"certutil"_s, {u"-L"_s, u"-d"_s, u"sql:"_s + signing::NssDatabase::userDefault()});
        list.waitForFinished(30000);
        for (const QString &line : QString::fromUtf8(list.readAllStandardOutput()).split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(nickname + u' ') && trimmed.endsWith(u"CT,C,C"_s))
                return true;
        }
        return false;
    }
    static void answerDatabasePassphrase()
    {
        answerNextModal([](QDialog *prompt) {
            prompt->findChild<QLineEdit *>()->setText(DatabasePass);
            prompt->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
    }

    void authorIsToldWhatIsMissing()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(draft()));
        window.model()->setRole(Role::Author);
        QString told;
        answerNextModal([&told](QDialog *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                told = box->text();
            dialog->reject();
        });
        panelButton(window, u"Sign"_s)->click();
        QVERIFY2(told.startsWith(u"counsel must answer question 2a before you sign: send the draft to counsel "
                                 "(File \u2192 Send to Counsel\u2026)"_s),
                 qPrintable(told));
        // Said before any certificate was asked for: no certificate database was opened.
        QVERIFY(signing::NssDatabase::current().isEmpty());
    }

    void sendToCounselMarksTheInventoryRevision()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(draft(false)));
        window.model()->setRole(Role::Author);
        QVERIFY(saveToInventoryAndWait(window));
        const QString id = window.model()->document().id;
        QSignalSpy sent(window.sendToCounsel(), &SendToCounsel::finished);
        QString told;
        answerNextModal([&told](QDialog *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                told = box->text();
            dialog->accept();
        });
        window.sendToCounsel()->start();
        QVERIFY(sent.wait(60000));
        QVERIFY2(sent.at(0).at(0).toBool(), qPrintable(told));
        QVERIFY2(told.startsWith(u"Revision 1 is marked \u201cwith counsel\u201d in the inventory."_s), qPrintable(told));
        QVERIFY(window.sendToCounsel()->mark()->isVisible());
        QVERIFY2(window.sendToCounsel()->mark()->text().startsWith(u"With counsel since"_s), qPrintable(window.sendToCounsel()->mark()->text()));

        // The window's default inventory is the one `smout db list` reads, with no --database.
        const QString listed = run({u"db"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(listed.contains(id) && listed.contains(u"with_counsel"_s), qPrintable(listed));
        auto store = store::InventoryStore::open(QString());
        QVERIFY(store);
        const auto audit = (*store)->auditLog(id);
        QVERIFY(audit);
        QVERIFY(std::any_of(audit->begin(), audit->end(), [](const store::AuditEntry &e) {
            return e.action == u"sent_to_counsel" && e.detail == u"revision 1";
        }));

        // Counsel answers 2a: the draft is back with the program office.
        window.model()->setRole(Role::Counsel);
        QVERIFY(window.model()->setValue(u"questions.q2a_counsel_reviewed"_s, u"yes"_s));
        QVERIFY(!window.sendToCounsel()->mark()->isVisible());
    }

    void wholeOrderInTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(draft()));

        // Certificates and the test root go into the one database, ~/.pki/nssdb.
        // The first key imported gives the database a passphrase, asked for afterwards.
        for (const QString &who : {u"author"_s, u"counsel"_s, u"reviewer"_s}) {
            Dialogs::setNextFileName(pki + u'/' + who + u".p12"_s);
            const bool first = who == u"author";
            if (first)
                answerNewPassphrase(DatabasePass);
            // The file's passphrase, then (once the database has one) the database's.
            answerNextModal([first](QDialog *prompt) {
                prompt->findChild<QLineEdit *>()->setText(u"test-passphrase"_s);
                prompt->accept();
                if (!first)
                    answerDatabasePassphrase();
            });
            Dialogs::setNextAnswer(QMessageBox::Ok); // "The certificate was imported."
            panelButton(window, u"Import certificate"_s)->click();
        }
        // Trusting a root first says whose it is; "No" trusts nothing.
        Dialogs::setNextFileName(pki + u"/test-ca.pem"_s);
        Dialogs::setNextAnswer(QMessageBox::No);
        panelButton(window, u"Trust a root"_s)->click();
        QCOMPARE(Dialogs::lastIcon(), QMessageBox::Question);
        const QString question = Dialogs::lastText();
        QVERIFY2(question.contains(u"CN=test-ca"_s) && question.contains(u"O=SMOUT Studio Test"_s), qPrintable(question));
        QVERIFY2(question.contains(pemFingerprint(pki + u"/test-ca.pem"_s)), qPrintable(question));
        QVERIFY(!trustsRoot(u"test-ca"_s));
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);

        Dialogs::setNextFileName(pki + u"/test-ca.pem"_s);
        Dialogs::setNextAnswer(QMessageBox::Yes); // trust it
        answerDatabasePassphrase();
        Dialogs::setNextAnswer(QMessageBox::Ok); // "Signatures chaining to this root are now trusted."
        panelButton(window, u"Trust a root"_s)->click();
        QCOMPARE(Dialogs::lastIcon(), QMessageBox::Information);
        QVERIFY(trustsRoot(u"test-ca"_s));
        QCOMPARE(signing::NssDatabase::current(), signing::NssDatabase::userDefault());
        // Created on first use with the smart-card module this computer has registered in it.
        if (const QString module = signing::smartCardModule(); !module.isEmpty()) {
            QProcess list;
            list.start(u"modutil"_s, {u"-list"_s, u"-dbdir"_s, u"sql:"_s + signing::NssDatabase::userDefault()});
            QVERIFY(list.waitForFinished(60000));
            const QString modules = QString::fromUtf8(list.readAllStandardOutput());
            QVERIFY2(modules.contains(u"Smart cards"_s) && modules.contains(module), qPrintable(modules));
        }

        // Counsel answers 2a in the draft, then the program office signs.
        window.model()->setRole(Role::Counsel);
        QVERIFY(window.model()->setValue(u"questions.q2a_counsel_reviewed"_s, u"yes"_s));
        QVERIFY(window.save());
        window.model()->setRole(Role::Author);
        const QString submission = file(u"window-submission.pdf"_s), countersigned = file(u"window-countersigned.pdf"_s),
                      adjudication = file(u"window-adjudication.pdf"_s);
        QVERIFY(signInWindow(window, u"author"_s, submission));
        window.model()->setRole(Role::Counsel);
        QVERIFY(signInWindow(window, u"counsel"_s, countersigned, submission));
        window.model()->setRole(Role::Reviewer);
        QVERIFY(signInWindow(window, u"reviewer"_s, adjudication, countersigned));
        // The window says which roots it trusted.
        const QString summary = window.signaturesPanel()->findChildren<QLabel *>().constLast()->text();
        QVERIFY2(summary.contains(u"Trusted roots"_s) && summary.contains(u"test-ca"_s), qPrintable(summary));

        // The smout command sees the same database and the same trust: a certificate imported
        // in the window signs with no --nss-dir, and verify without --trust trusts the same root.
        for (const QString &pdf : {submission, countersigned, adjudication}) {
            const QString verified = run({u"verify"_s, pdf});
            QVERIFY2(verified.endsWith(u"exit 0"_s) && verified.contains(u"Trusted roots: test-ca"_s), qPrintable(verified));
        }
        const QString fromCli = file(u"cli-signed.pdf"_s);
        // Protected in the window, so the command asks for the same passphrase.
        const QString passFile = file(u"database-passphrase"_s);
        {
            QFile pass(passFile);
            QVERIFY(pass.open(QIODevice::WriteOnly));
            pass.write(DatabasePass.toUtf8() + '\n');
        }
        const QString signedByCli = run({u"sign"_s, file(u"draft.smout"_s), u"--role"_s, u"author"_s, u"--cert"_s, u"author"_s,
                                         u"--passphrase-file"_s, passFile, u"-o"_s, fromCli});
        QVERIFY2(signedByCli.endsWith(u"exit 0"_s), qPrintable(signedByCli));
        QVERIFY(run({u"verify"_s, fromCli}).endsWith(u"exit 0"_s));
    }
};

GUITEST_MAIN(TestGuiSigningOrder)
#include "tst_gui_signing_order.moc"
