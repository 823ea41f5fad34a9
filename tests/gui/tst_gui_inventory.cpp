// The inventory in the window: saving revisions, the inventory table with search and the
// re-review view, opening a row, revisions compared field by field, the choice offered when
// someone else saved first, the signatures panel listing a signed PDF's signatures, a signed
// PDF opening as signed (with its changes since signing), and signing through the window.

#include "GuiTestBase.h"
#include "InventoryWindow.h"
#include "FieldChangesView.h"
#include "ModalAnswer.h"
#include "RevisionComparison.h"
#include "SignaturesPanel.h"
#include "signing/NssDatabase.h"
#include "store/InventoryStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace guitest;

namespace {

// Answers the next modal dialog (a prompt the code opens with exec()) once it is up; gives
// up after ten seconds so that it cannot answer a dialog of a later test.
void answerModal(std::function<void(QDialog *)> answer)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, since = QDateTime::currentDateTime()] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog || since.secsTo(QDateTime::currentDateTime()) > 10) {
            poll->stop();
            poll->deleteLater();
        }
        if (dialog)
            answer(dialog);
    });
    poll->start(10);
}

} // namespace

class TestGuiInventory : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().setValue(u"database"_s, dir.filePath(u"inventory.sqlite"_s));
    }

    void saveListSearchAndOpen()
    {
        MainWindow window;
        QVERIFY(window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        QVERIFY(saveToInventoryAndWait(window));
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        QVERIFY(saveToInventoryAndWait(window));
        // The window saves the typed determinations as drafts; the ICE SMOUT's adjudication then
        // arrives signed by the Privacy Office, and its re-review is long overdue.
        {
            auto store = smout::store::InventoryStore::open(dir.filePath(u"inventory.sqlite"_s));
            QVERIFY(store.ok());
            const auto ice = store.value()->load(u"3f6b2a1e-9c4d-4e8a-b7f2-1d2c3b4a5e60"_s);
            QVERIFY2(ice.ok(), qPrintable(ice ? QString() : ice.error()));
            QVERIFY(store.value()->save(ice->document, u"priya"_s, smout::Role::Reviewer, 1, {}, {.reviewer = true}).ok());
        }

        InventoryWindow inventory;
        QTRY_VERIFY(!inventory.busy());
        QCOMPARE(inventory.table()->rowCount(), 2);
        inventory.findChild<QCheckBox *>()->setChecked(true); // due within 90 days or overdue
        QTRY_VERIFY(!inventory.busy());
        QCOMPARE(inventory.table()->rowCount(), 1);
        QCOMPARE(inventory.table()->item(0, 0)->text(), u"ICE"_s);
        inventory.findChild<QCheckBox *>()->setChecked(false);
        auto *search = inventory.findChildren<QLineEdit *>().at(1);
        QTest::keyClicks(search, u"fdns"_s);
        QTRY_VERIFY(!inventory.busy());
        QCOMPARE(inventory.table()->rowCount(), 1);
        QCOMPARE(inventory.table()->item(0, 0)->text(), u"USCIS"_s);

        MainWindow other;
        connect(&inventory, &InventoryWindow::openRequested, &other, &MainWindow::openFromInventory);
        QSignalSpy opened(other.inventoryActions(), &InventoryActions::openFinished);
        inventory.table()->setCurrentCell(0, 0);
        Q_EMIT inventory.table()->itemActivated(inventory.table()->item(0, 0));
        QVERIFY(opened.wait(30000));
        QCOMPARE(other.model()->document().summary.component, u"USCIS"_s);
        QTRY_VERIFY(!inventory.busy());
        QCOMPARE(inventory.findChild<QTreeWidget *>(u"auditTrail"_s)->topLevelItemCount(), 1);
    }

    void secondSaverChooses()
    {
        MainWindow first, second;
        const QString id = u"0b8e6c1d-2f3a-4b5c-9d7e-8f9a0b1c2d3e"_s;
        QVERIFY(openFromInventoryAndWait(first, id));
        QVERIFY(openFromInventoryAndWait(second, id));
        first.model()->setRole(Role::Reviewer);
        QVERIFY(first.model()->setValue(u"review.comments"_s, u"First"_s).ok());
        QVERIFY(saveToInventoryAndWait(first));
        second.model()->setRole(Role::Reviewer);
        QVERIFY(second.model()->setValue(u"review.comments"_s, u"Second"_s).ok());
        Dialogs::setNextAnswer(QMessageBox::Reset); // reload theirs
        QVERIFY(!saveToInventoryAndWait(second));
        QCOMPARE(second.model()->value(u"review.comments"_s).toString(), u"First"_s);
        second.model()->setRole(Role::Reviewer);
        QVERIFY(second.model()->setValue(u"review.comments"_s, u"Second"_s).ok());
        QVERIFY(saveToInventoryAndWait(second)); // now on top of their revision
        auto store = store::InventoryStore::open(InventoryWindow::location());
        QCOMPARE(store.value()->revisions(id)->size(), 3);
        first.model()->setRole(Role::Reviewer);
        QVERIFY(first.model()->setValue(u"review.comments"_s, u"Third"_s).ok());
        Dialogs::setNextAnswer(QMessageBox::Save); // keep mine as a new revision
        QVERIFY(saveToInventoryAndWait(first));
        QCOMPARE(store.value()->load(id)->document.review.comments, u"Third"_s);
        QCOMPARE(store.value()->revisions(id)->size(), 4);
        Dialogs::setNextAnswer(QMessageBox::Discard);
        Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    void revisionsCompareFieldByField()
    {
        // After secondSaverChooses: four revisions of the USCIS SMOUT, comments changed in each.
        InventoryWindow inventory;
        auto *search = inventory.findChildren<QLineEdit *>().at(1);
        QTest::keyClicks(search, u"fdns"_s);
        QTRY_VERIFY(!inventory.busy());
        QCOMPARE(inventory.table()->rowCount(), 1);
        inventory.table()->selectRow(0);
        QTRY_VERIFY(!inventory.busy());
        QTreeWidget *revisions = inventory.comparison()->revisions();
        QCOMPARE(revisions->topLevelItemCount(), 4);

        revisions->topLevelItem(1)->setSelected(true); // revision 2: what it changed
        QTRY_VERIFY(!inventory.busy());
        QCOMPARE(inventory.comparison()->caption(), u"1 field changed from revision 1 to revision 2."_s);
        QTreeWidget *changes = inventory.comparison()->changes();
        QCOMPARE(changes->topLevelItemCount(), 1);
        QCOMPARE(changes->topLevelItem(0)->text(0), u"Review: comments"_s);
        QCOMPARE(changes->topLevelItem(0)->toolTip(0), u"Review: comments"_s); // the form's name, not the key path
        QVERIFY(changes->topLevelItem(0)->text(2).contains(u"First"_s));

        revisions->topLevelItem(3)->setSelected(true); // revisions 2 and 4 together
        QTRY_VERIFY(!inventory.busy());
        QCOMPARE(inventory.comparison()->caption(), u"1 field changed from revision 2 to revision 4."_s);
        QVERIFY(changes->topLevelItem(0)->text(1).contains(u"First"_s));
        QVERIFY(changes->topLevelItem(0)->text(2).contains(u"Third"_s));
        if (const QString shots = qEnvironmentVariable("SMOUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            inventory.findChild<QTabWidget *>()->setCurrentWidget(inventory.comparison());
            inventory.show();
            QVERIFY(QTest::qWaitForWindowExposed(&inventory));
            inventory.grab().save(shots + u"/inventory-revisions.png"_s);
        }

        revisions->clearSelection();
        revisions->topLevelItem(0)->setSelected(true); // the first revision: everything it set
        QTRY_VERIFY(!inventory.busy());
        QVERIFY(inventory.comparison()->caption().startsWith(u"Revision 1 is the first"_s));
        QVERIFY(changes->topLevelItemCount() > 20);
    }

    void unreachableInventoryKeepsTheWork()
    {
        QSettings().setValue(u"database"_s, u"postgresql://smout@127.0.0.1:1/nothing"_s);
        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window.model()->setRole(Role::Reviewer);
        QVERIFY(window.model()->setValue(u"review.comments"_s, u"Unsaved"_s).ok());
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!saveToInventoryAndWait(window));
        QCOMPARE(window.model()->value(u"review.comments"_s).toString(), u"Unsaved"_s);
        QVERIFY(window.model()->isModified());
        QSettings().setValue(u"database"_s, dir.filePath(u"inventory.sqlite"_s));
        Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    void signaturesPanelListsSignatures()
    {
        const QString pki = dir.filePath(u"pki"_s), signedPdf = dir.filePath(u"signed.pdf"_s);
        QVERIFY(makeAuthorSignedPdf(pki, signedPdf));
        MainWindow window;
        SignaturesPanel *panel = window.signaturesPanel();
        QSignalSpy verified(panel, &SignaturesPanel::verified);
        QVERIFY(panel->verifyFile(signedPdf));
        QVERIFY(verified.wait(60000));
        QVERIFY(!verified.at(0).at(0).toBool()); // valid, but its root is not trusted here yet
        QCOMPARE(panel->list()->topLevelItemCount(), 1);
        QCOMPARE(panel->list()->topLevelItem(0)->text(2), u"Dana Whitfield"_s);
        QCOMPARE(panel->list()->topLevelItem(0)->text(4), u"valid"_s);

        // Opened from the signed PDF, the document compares with the version signed.
        QVERIFY(!window.changesSinceSigning());
        QVERIFY(window.openFile(signedPdf));
        QCOMPARE(window.changesSinceSigning()->size(), 0);
        window.model()->setRole(Role::Reviewer);
        QVERIFY(window.model()->setValue(u"review.comments"_s, u"Reviewed again."_s).ok());
        const auto changes = window.changesSinceSigning().value();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().path, u"review.comments"_s);

        // An update appended after the signature (a replaced embedded document) is not what
        // opens: the window shows the document as it was signed.
        const QString tampered = dir.filePath(u"tampered.pdf"_s);
        QProcess tamper;
        tamper.start(u"python3"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/tamper.py"_s, u"replace-data"_s, signedPdf, tampered});
        QVERIFY(tamper.waitForFinished(60000));
        QCOMPARE(tamper.exitCode(), 0);
        QVERIFY(window.openFile(tampered));
        QVERIFY(window.model()->document().questions.q2Authorities != QStringList{u"General mission statement"_s});
        QCOMPARE(window.model()->document().questions.q2Authorities,
                 io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s))->questions.q2Authorities);
        QVERIFY(window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        QVERIFY(!window.changesSinceSigning());
    }

    void signFromTheWindow()
    {
        // The certificate database the window manages: import the author's PKCS#12 and trust
        // the test root, then sign through the Sign… dialog. (PKI made by the test before.)
        const QString pki = dir.filePath(u"pki"_s), output = dir.filePath(u"window-signed.pdf"_s);
        // Answers earlier tests pre-loaded for questions never asked ("Discard" for windows their
        // destructor closed) would otherwise answer the question whether to trust the root.
        Dialogs::takeUnusedAnswers();
        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        SignaturesPanel *panel = window.signaturesPanel();
        auto button = [&](const QString &startsWith) {
            for (QPushButton *b : panel->findChildren<QPushButton *>())
                if (b->text().remove(u'&').startsWith(startsWith))
                    return b;
            return static_cast<QPushButton *>(nullptr);
        };

        // The first key imported gives the database a passphrase, asked for when signing.
        const QString databasePass = u"Window passphrase 2026"_s;
        Dialogs::setNextFileName(pki + u"/author.p12"_s);
        answerModal([](QDialog *prompt) {
            prompt->findChild<QLineEdit *>()->setText(u"test-passphrase"_s);
            prompt->accept();
        });
        answerNewPassphrase(databasePass);
        Dialogs::setNextAnswer(QMessageBox::Ok); // "The certificate was imported."
        button(u"Import certificate"_s)->click();
        QVERIFY(signing::NssDatabase::nicknames(SignaturesPanel::certificateDatabase()).contains(u"author"_s));
        QVERIFY(signing::NssDatabase::isProtected());

        // The root's subject and fingerprint are shown first; the answers go in the order asked.
        Dialogs::setNextFileName(pki + u"/test-ca.pem"_s);
        Dialogs::setNextAnswer(QMessageBox::Yes); // trust this root
        answerModal([databasePass](QDialog *prompt) {
            prompt->findChild<QLineEdit *>()->setText(databasePass);
            prompt->accept();
        });
        Dialogs::setNextAnswer(QMessageBox::Ok); // "Signatures chaining to this root are now trusted."
        button(u"Trust a root"_s)->click();
        QCOMPARE(Dialogs::lastIcon(), QMessageBox::Information);
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);

        answerModal([databasePass](QDialog *signing) {
            signing->findChild<QComboBox *>()->setCurrentText(u"author"_s);
            signing->findChild<QLineEdit *>(u"secret"_s)->setText(databasePass);
            signing->accept();
        });
        Dialogs::setNextFileName(output);
        QSignalSpy verified(panel, &SignaturesPanel::verified);
        button(u"Sign"_s)->click();
        QVERIFY(QFile::exists(output));
        QVERIFY(verified.wait(60000));
        QCOMPARE(panel->list()->topLevelItemCount(), 1);
        QCOMPARE(panel->list()->topLevelItem(0)->text(1), u"author (stated by the signer, not checked)"_s);
        QCOMPARE(panel->list()->topLevelItem(0)->text(4), u"valid"_s);
        QCOMPARE(panel->list()->topLevelItem(0)->text(5), u"trusted"_s);
        QVERIFY(verified.at(0).at(0).toBool());

        // One certificate database for the window and the smout command: the user's own.
        auto *source = panel->findChild<QComboBox *>(u"certificateSource"_s);
        QCOMPARE(source->currentData().toString(), QString());
        QCOMPARE(SignaturesPanel::certificateDatabase(), signing::NssDatabase::userDefault());
    }
};

GUITEST_MAIN(TestGuiInventory)
#include "tst_gui_inventory.moc"
