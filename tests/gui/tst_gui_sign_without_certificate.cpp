// Signing with no usable certificate: the Sign dialog says so, keeps Sign disabled and
// offers Import Certificate… in place; after the import the certificate is listed and Sign
// is enabled. The counsel and the reviewer are told which PDF is asked for before the file
// dialog, and cancelling there asks for no file.

#include "GuiTestBase.h"
#include "ModalAnswer.h"
#include "SignDialog.h"
#include "SignaturesPanel.h"
#include "signing/NssDatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>

using namespace guitest;

class TestGuiSignWithoutCertificate : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    static QPushButton *panelButton(MainWindow &window, const QString &startsWith)
    {
        for (QPushButton *b : window.signaturesPanel()->findChildren<QPushButton *>())
            if (b->text().remove(u'&').startsWith(startsWith))
                return b;
        return nullptr;
    }

private Q_SLOTS:
    void importInPlace()
    {
        const QString pki = dir.filePath(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s,
                   {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        struct Seen {
            bool signEnabledBefore = true, importVisibleBefore = false, signEnabledAfter = false,
                 importVisibleAfter = true;
            QString problem, listedAfter;
            bool askedForDatabasePassphrase = false, shortAccepted = true, protectedAfter = false;
            QString shortHint, goodHint;
        } seen;
        answerNextModal([&](QDialog *dialog) {
            auto *sign = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *import = dialog->findChild<QPushButton *>(u"importCertificate"_s);
            seen.signEnabledBefore = sign->isEnabled();
            seen.importVisibleBefore = import->isVisible();
            seen.problem = dialog->findChild<QLabel *>(u"problem"_s)->text();
            Dialogs::setNextFileName(pki + u"/author.p12"_s);
            Dialogs::setNextAnswer(QMessageBox::Ok); // "The certificate was imported."
            answerNextModal([](QDialog *passphrase) {
                passphrase->findChild<QLineEdit *>()->setText(u"test-passphrase"_s);
                passphrase->accept();
            });
            // The database has no passphrase yet: importing the first key asks for one.
            answerModalNamed(u"newPassphrase"_s, [&](QDialog *asked) {
                seen.askedForDatabasePassphrase = true;
                auto *first = asked->findChild<QLineEdit *>(u"passphrase"_s), *again = asked->findChild<QLineEdit *>(u"confirmation"_s);
                auto *ok = asked->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                first->setText(u"abc"_s);
                again->setText(u"abc"_s);
                seen.shortHint = asked->findChild<QLabel *>(u"strength"_s)->text();
                seen.shortAccepted = ok->isEnabled();
                first->setText(u"correct horse battery staple"_s);
                again->setText(u"correct horse battery staple"_s);
                seen.goodHint = asked->findChild<QLabel *>(u"strength"_s)->text();
                asked->accept();
            });
            import->click();
            seen.protectedAfter = signing::NssDatabase::isProtected();
            seen.signEnabledAfter = sign->isEnabled();
            seen.importVisibleAfter = import->isVisible();
            seen.listedAfter = dialog->findChild<QComboBox *>(u"certificate"_s)->currentText();
            dialog->reject();
        });
        panelButton(window, u"Sign"_s)->click();
        QVERIFY(!seen.signEnabledBefore);
        QVERIFY(seen.importVisibleBefore);
        QVERIFY2(seen.problem.contains(u"No certificate"_s), qPrintable(seen.problem));
        QCOMPARE(seen.listedAfter, u"author"_s);
        QVERIFY(seen.signEnabledAfter);
        QVERIFY(!seen.importVisibleAfter);
        QVERIFY(seen.askedForDatabasePassphrase);
        QVERIFY(!seen.shortAccepted);
        QVERIFY2(seen.shortHint.startsWith(u"Too short"_s), qPrintable(seen.shortHint));
        QVERIFY2(seen.goodHint.startsWith(u"Strong"_s), qPrintable(seen.goodHint));
        QVERIFY(seen.protectedAfter);
    }

    void reviewerIsToldWhatToChoose()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window.model()->setRole(Role::Reviewer);
        // Cancelling the explanation must leave the file-name answer unused.
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        const QString unused = dir.filePath(u"not-asked.pdf"_s);
        Dialogs::setNextFileName(unused);
        panelButton(window, u"Sign"_s)->click();
        QCOMPARE(Dialogs::openFileName(nullptr, QString(), QString()), unused);
    }
};

GUITEST_MAIN(TestGuiSignWithoutCertificate)
#include "tst_gui_sign_without_certificate.moc"
