// Timestamps in the window: Edit → Settings keeps a time-stamping authority only when it can
// be asked; the Sign dialog then offers a timestamp for each signature, checked by default,
// and signing through it with the local test TSA (tests/signing/tsa-server.py) gives a
// signature carrying the token, while unchecking it gives one without. The Signatures panel
// shows a signature's timestamp under it.

#include "Dialogs.h"
#include "GuiTestBase.h"
#include "PdfArchiving.h"
#include "SettingsDialog.h"
#include "SignDialog.h"
#include "SignaturesPanel.h"
#include "StudioSettings.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace guitest;

namespace {

// The DER of signatureTimeStampToken's object identifier, as hex in /Contents.
constexpr char TokenOidHex[] = "060b2a864886f70d010910020e";

template <typename W> W *child(QWidget &dialog, const char *name)
{
    W *w = dialog.findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s in the dialog", name);
    return w;
}

QString summaryOf(MainWindow &window)
{
    QString all;
    for (const QLabel *label : window.signaturesPanel()->findChildren<QLabel *>())
        all += label->text() + u'\n';
    return all;
}

} // namespace

class TestGuiTimestamp : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, tsa;
    QProcess server;
    QByteArray exported;

    // Signs the exported example as author through the dialog, the timestamp box as given.
    QByteArray signThroughDialog(bool timestamp)
    {
        SignDialog dialog(Role::Author, exported);
        dialog.show();
        auto *box = child<QCheckBox>(dialog, "timestamp");
        if (!box->isVisible())
            return {};
        box->setChecked(timestamp);
        child<QComboBox>(dialog, "certificate")->setCurrentText(u"author"_s);
        child<QLineEdit>(dialog, "secret")->setText(u"test-passphrase"_s);
        dialog.accept();
        if (!QTest::qWaitFor([&] { return !dialog.busy(); }, 60000))
            return {};
        if (!dialog.signedPdf())
            qWarning("not signed: %s", qPrintable(child<QLabel>(dialog, "problem")->text()));
        return dialog.signedPdf() ? dialog.signedPdf()->bytes : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = dir.filePath(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        server.start(u"python3"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/tsa-server.py"_s, pki});
        QVERIFY(server.waitForReadyRead(10000));
        tsa = u"http://127.0.0.1:%1/"_s.arg(server.readLine().trimmed().toInt());
        const auto document = io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s));
        QVERIFY(document.ok());
        const auto pdf = pdf::exportPdf(document.value());
        QVERIFY(pdf.ok());
        exported = pdf->bytes;
    }

    void cleanupTestCase()
    {
        server.closeWriteChannel();
        if (!server.waitForFinished(5000))
            server.kill();
    }

    void settingsKeepOnlyAnAddressThatCanBeAsked()
    {
        QCOMPARE(StudioSettings::timestampAuthority(), QString());
        SettingsDialog dialog;
        auto *edit = child<QLineEdit>(dialog, "tsaEdit");
        QCOMPARE(edit->text(), QString());
        edit->setText(u"ftp://tsa.example/"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(child<QLabel>(dialog, "tsaProblem")->text().contains(u"http or https"_s),
                 qPrintable(child<QLabel>(dialog, "tsaProblem")->text()));
        QCOMPARE(StudioSettings::timestampAuthority(), QString());

        edit->setText(tsa);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(StudioSettings::timestampAuthority(), tsa);
    }

    void signDialogOffersTheTimestamp()
    {
        StudioSettings::setTimestampAuthority(QString());
        {
            SignDialog dialog(Role::Author, exported);
            dialog.show();
            QVERIFY(!child<QCheckBox>(dialog, "timestamp")->isVisible());
        }
        StudioSettings::setTimestampAuthority(tsa);
        SignDialog dialog(Role::Author, exported);
        dialog.show();
        auto *box = child<QCheckBox>(dialog, "timestamp");
        QVERIFY(box->isVisible());
        QVERIFY(box->isChecked());
        QVERIFY2(box->text().contains(tsa), qPrintable(box->text()));
    }

    void eachSignatureChoosesItsTimestamp()
    {
        // The window's certificate database: the test PKI's, which trusts the test CA.
        StudioSettings::setCertificateDatabase(pki + u"/nssdb"_s);
        QVERIFY(signing::NssDatabase::use(pki + u"/nssdb"_s).ok());
        StudioSettings::setTimestampAuthority(tsa);
        const QByteArray stamped = signThroughDialog(true);
        QVERIFY(!stamped.isEmpty());
        QVERIFY(stamped.contains(TokenOidHex));
        const QByteArray plain = signThroughDialog(false);
        QVERIFY(!plain.isEmpty());
        QVERIFY(!plain.contains(TokenOidHex));

        const QString path = dir.filePath(u"stamped.pdf"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(stamped) == stamped.size());
        out.close();
        MainWindow window;
        QTreeWidget *list = window.signaturesPanel()->list();
        QVERIFY(window.signaturesPanel()->verifyFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 1, 15000);
        QStringList rows;
        for (int i = 0; i < list->topLevelItem(0)->childCount(); ++i)
            rows << list->topLevelItem(0)->child(i)->text(0);
        QVERIFY2(!rows.filter(u"Timestamp: "_s).filter(u"SMOUT Test TSA"_s).filter(u"valid and trusted"_s).isEmpty(),
                 qPrintable(rows.join(u'\n')));
        QVERIFY2(summaryOf(window).contains(u"Verifiable after the certificates expire: no — File → Archive… adds what is missing"_s),
                 qPrintable(summaryOf(window)));
    }

    // File → Archive… with the TSA of Edit → Settings: the archived file lists its document
    // timestamp in the Signatures panel.
    void archiveFromTheFileMenu()
    {
        const QString in = dir.filePath(u"stamped.pdf"_s), out = dir.filePath(u"stamped-archived.pdf"_s);
        QVERIFY(QFile::exists(in));
        MainWindow window;
        QAction *archive = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == u"Arc&hive…"_s)
                archive = a;
        QVERIFY(archive);
        QSignalSpy finished(window.pdfArchiving(), &PdfArchiving::finished);
        Dialogs::setNextAnswer(QMessageBox::No); // fetch revocation data from the network? No
        Dialogs::setNextFileName(in);
        Dialogs::setNextFileName(out);
        Dialogs::setNextAnswer(QMessageBox::Ok); // the message saying how it went
        archive->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(out));

        QTreeWidget *list = window.signaturesPanel()->list();
        QVERIFY(window.signaturesPanel()->verifyFile(out));
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 2, 15000);
        QStringList kinds;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            kinds << list->topLevelItem(i)->text(1) + u' ' + list->topLevelItem(i)->text(4);
        QVERIFY2(kinds.contains(u"document timestamp valid"_s), qPrintable(kinds.join(u'\n')));
    }

    // Without a TSA the user is asked; declining writes nothing and points at Edit → Settings.
    void archiveWithoutTsaWritesNothingUnlessAsked()
    {
        StudioSettings::setTimestampAuthority(QString());
        MainWindow window;
        QSignalSpy finished(window.pdfArchiving(), &PdfArchiving::finished);
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        window.pdfArchiving()->start();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(u"Edit → Settings"_s), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(Dialogs::takeUnusedFileNames(), 0);
        StudioSettings::setTimestampAuthority(tsa);
    }

    // Agreeing adds the validation data alone (PAdES B-LT): no document timestamp is listed.
    void archiveWithoutTsaAddsValidationDataWhenAgreed()
    {
        const QString in = dir.filePath(u"stamped.pdf"_s), out = dir.filePath(u"stamped-dss.pdf"_s);
        StudioSettings::setTimestampAuthority(QString());
        MainWindow window;
        QSignalSpy finished(window.pdfArchiving(), &PdfArchiving::finished);
        Dialogs::setNextAnswer(QMessageBox::Yes); // the validation data alone
        Dialogs::setNextAnswer(QMessageBox::No);  // nothing from the network
        Dialogs::setNextFileName(in);
        Dialogs::setNextFileName(out);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        window.pdfArchiving()->start();
        QVERIFY(finished.wait(60000));
        StudioSettings::setTimestampAuthority(tsa);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(finished.first().at(1).toString().contains(u"without a document timestamp"_s), qPrintable(finished.first().at(1).toString()));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.contains("/DSS"));
        QVERIFY(!bytes.contains("/DocTimeStamp"));

        QTreeWidget *list = window.signaturesPanel()->list();
        QVERIFY(window.signaturesPanel()->verifyFile(out));
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 1, 15000);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY(!list->topLevelItem(i)->text(1).contains(u"document timestamp"_s));
    }
};

GUITEST_MAIN(TestGuiTimestamp)
#include "tst_gui_timestamp.moc"
