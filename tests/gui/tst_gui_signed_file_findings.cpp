// Opening a signed PDF that was changed after signing: Edit > Changes Since Signing lists
// what was done to the file itself (here: page 1's content replaced by an incremental
// update), in the words the verifier uses, next to the field changes; the status bar says at
// once not to rely on it.

#include "GuiTestBase.h"
#include "../cli/CliRunner.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>

using namespace guitest;

class TestGuiSignedFileFindings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void changesToTheFileAreShown()
    {
        QTemporaryDir dir;
        const QString pki = dir.filePath(u"pki"_s), signedPdf = dir.filePath(u"signed.pdf"_s),
                      tampered = dir.filePath(u"tampered.pdf"_s);
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(p.waitForFinished(120000));
        const CliRun r = runSmout({u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"author"_s, u"-o"_s,
                                   signedPdf, u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, u"author"_s, u"--passphrase-file"_s,
                                   pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        p.start(u"python3"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/tamper.py"_s, u"page-text"_s, signedPdf, tampered});
        QVERIFY(p.waitForFinished(60000) && QFile::exists(tampered));

        for (const auto &[path, expectFindings] : {std::pair{signedPdf, false}, std::pair{tampered, true}}) {
            MainWindow window;
            QVERIFY(window.openFile(path));
            // The window says at once whether the signed file can be relied on.
            QCOMPARE(window.statusBar()->currentMessage().startsWith(u"Do not rely on this PDF"_s), expectFindings);
            QAction *changes = nullptr;
            for (QAction *a : window.findChildren<QAction *>())
                if (a->text() == MainWindow::tr("&Changes Since Signing…"))
                    changes = a;
            QVERIFY(changes && changes->isEnabled());
            changes->trigger();
            auto *dialog = window.findChild<QDialog *>();
            QVERIFY(dialog);
            auto *findings = dialog->findChild<QLabel *>(u"signedFileFindings"_s);
            QCOMPARE(findings != nullptr, expectFindings);
            if (findings)
                QVERIFY2(findings->text().contains(u"the content of page 1 was replaced"_s), qPrintable(findings->text()));
            dialog->close();
        }
    }
};

GUITEST_MAIN(TestGuiSignedFileFindings)
#include "tst_gui_signed_file_findings.moc"
