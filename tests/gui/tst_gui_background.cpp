// Long work runs off the GUI thread: the window keeps answering while a PDF is exported,
// the file appears when the export ends, and a second export cannot start meanwhile.

#include "BackgroundPrint.h"
#include "GuiTestBase.h"
#include "SignaturesPanel.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>
#include <QTimer>

using namespace smout;
using namespace guitest;
using namespace Qt::StringLiterals;

class TestGuiBackground : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolate(); }

    void exportKeepsTheWindowResponsive()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.pdf"_s);
        const QString second = dir.filePath(u"second.pdf"_s);
        auto *exporter = window.findChild<BackgroundExport *>();
        auto *button = field<QPushButton>(window, u"signatures"_s, u"exportPdfButton"_s);

        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start();
        QSignalSpy done(exporter, &BackgroundExport::finished);
        Dialogs::setNextFileName(first);
        button->click();
        // The click came back before the export ended: the export runs in the background.
        QVERIFY(exporter->running());
        QVERIFY(!QFile::exists(first));
        // A second export is refused while the first runs; its file name is never asked for.
        Dialogs::setNextFileName(second);
        button->click();
        QCOMPARE(Dialogs::takeUnusedFileNames(), 1);

        QVERIFY(done.wait(120000));
        QVERIFY2(ticks > 0, "the event loop did not turn while the PDF was exported");
        QCOMPARE(done.at(0).at(0).toString(), first);
        QCOMPARE(done.at(0).at(1).toString(), QString());
        QFile pdf(first);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(!QFile::exists(second));
    }

    void verificationKeepsTheWindowResponsive()
    {
        QTemporaryDir dir;
        const QString pki = dir.filePath(u"pki"_s), signedPdf = dir.filePath(u"signed.pdf"_s);
        QVERIFY(makeAuthorSignedPdf(pki, signedPdf));

        MainWindow window;
        SignaturesPanel *panel = window.signaturesPanel();
        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start();
        QSignalSpy verified(panel, &SignaturesPanel::verified);
        QVERIFY(panel->verifyFile(signedPdf));
        // Back before the verification ended; a second one is refused meanwhile.
        QVERIFY(panel->verifying());
        QVERIFY(!panel->verifyFile(signedPdf));
        QVERIFY(verified.wait(60000));
        QVERIFY2(ticks > 0, "the event loop did not turn while the PDF was verified");
        QCOMPARE(panel->list()->topLevelItemCount(), 1);
        QCOMPARE(panel->list()->topLevelItem(0)->text(4), u"valid"_s);
    }

    // A finding is a sentence: it gets a row of its own across the whole list, not a column.
    void findingsReadWholeInTheList()
    {
        QTemporaryDir dir;
        const QString pki = dir.filePath(u"pki"_s), signedPdf = dir.filePath(u"signed.pdf"_s);
        QVERIFY(makeAuthorSignedPdf(pki, signedPdf));
        QFile file(signedPdf);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\nThis file was approved.\n");
        file.close();

        MainWindow window;
        window.resize(1024, 700);
        SignaturesPanel *panel = window.signaturesPanel();
        QSignalSpy verified(panel, &SignaturesPanel::verified);
        QVERIFY(panel->verifyFile(signedPdf));
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.at(0).at(0).toBool(), false);
        QTreeWidgetItem *whole = nullptr;
        for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
            if (panel->list()->topLevelItem(i)->text(0) == u"The file as a whole"_s)
                whole = panel->list()->topLevelItem(i);
        QVERIFY(whole && whole->childCount() >= 1);
        QTreeWidgetItem *finding = whole->child(0);
        QVERIFY2(finding->text(0).contains(u"follow the end of the file"_s), qPrintable(finding->text(0)));
        QVERIFY(finding->isFirstColumnSpanned());
        QCOMPARE(finding->toolTip(0), finding->text(0));
    }

    void printingPreparesThePagesInTheBackground()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        QTemporaryDir dir;
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(dir.filePath(u"printed.pdf"_s));
        auto *print = window.findChild<BackgroundPrint *>();
        QVERIFY(print);
        QSignalSpy done(print, &BackgroundPrint::finished);
        QVERIFY(print->start(window.model()->document(), {}, std::move(printer)));
        // One job at a time; the document stays editable while the pages are prepared.
        QVERIFY(!print->start(window.model()->document(), {}, std::make_unique<QPrinter>()));
        QVERIFY(window.model()->setValue(u"summary.component"_s, u"ICE"_s).ok());
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).toInt() >= 5, qPrintable(QString::number(done.at(0).at(0).toInt())));
        QVERIFY(!window.findChild<QWidget *>(u"printBusy"_s)->isVisible());
        QProcess info;
        info.start(u"pdfinfo"_s, {dir.filePath(u"printed.pdf"_s)});
        QVERIFY(info.waitForFinished(30000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(u"Pages:"_s) && out.contains(QString::number(done.at(0).at(0).toInt())), qPrintable(out));
    }
};

QTEST_MAIN(TestGuiBackground)
#include "tst_gui_background.moc"
