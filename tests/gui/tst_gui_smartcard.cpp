// The Sign dialog with a smart card laid out like a PIV card (tests/signing/
// make-test-piv-token.sh): the Digital Signature certificate preselected and the other three
// shown but disabled; a wrong PIN costs one PIN check and brings the card's message into the
// dialog while the window keeps running; the user retypes, or cancels and nothing is written.

#include "GuiTestBase.h"
#include "SignDialog.h"
#include "SignaturesPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeWidget>

#include <unistd.h>

using namespace guitest;

class TestGuiSmartCard : public QObject {
    Q_OBJECT

    QTemporaryDir dir{QDir::tempPath() + u"/smout-card-XXXXXX"_s}; // no spaces: SoftHSM's configuration
    QString card;

    static QString script(const QString &name) { return QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/"_s + name; }
    QStringList failedLogins() const
    {
        QFile f(card + u"/logins"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts).filter(u"rv=0xa0"_s);
    }
    static QPushButton *signButton(SignaturesPanel *panel)
    {
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text().remove(u'&').startsWith(u"Sign"_s))
                return b;
        return nullptr;
    }

    // Drives the Sign dialog: types `first`, waits for the card's complaint, then `retype`s
    // (or cancels when it is empty). Runs inside the dialog's own event loop.
    struct Run {
        QString preselected, problem;
        int disabled = 0, ticksWhileSigning = 0, failedBeforeRetype = -1;
        bool workerAliveAtProblem = false, finished = false;
    };
    Run drive(MainWindow &window, const QString &first, const QString &retype)
    {
        Run run;
        int step = 0, ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(5);
        QTimer driver;
        QElapsedTimer since;
        since.start();
        connect(&driver, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<SignDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (since.elapsed() > 30000) {
                dialog->reject();
                return;
            }
            auto *combo = dialog->findChild<QComboBox *>(u"certificate"_s);
            auto *secret = dialog->findChild<QLineEdit *>(u"secret"_s);
            const QString problem = dialog->findChild<QLabel *>(u"problem"_s)->text();
            if (step == 0) {
                run.preselected = combo->currentText();
                auto *model = qobject_cast<QStandardItemModel *>(combo->model());
                for (int i = 0; i < model->rowCount(); ++i)
                    run.disabled += model->item(i)->isEnabled() ? 0 : 1;
                secret->setText(first);
                ticks = 0;
                dialog->accept();
                step = 1;
            } else if (step == 1 && problem.contains(u"wrong PIN"_s)) {
                run.problem = problem;
                run.ticksWhileSigning = ticks;
                run.workerAliveAtProblem = dialog->busy();
                run.failedBeforeRetype = int(failedLogins().size());
                if (retype.isEmpty()) {
                    dialog->reject();
                } else {
                    secret->setText(retype);
                    dialog->accept();
                }
                step = 2;
            }
        });
        driver.start(20);
        signButton(window.signaturesPanel())->click();
        run.finished = step == 2;
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pki = dir.filePath(u"pki"_s);
        card = dir.filePath(u"card"_s);
        QProcess p;
        p.start(u"bash"_s, {script(u"make-test-pki.sh"_s), pki});
        QVERIFY(p.waitForFinished(300000));
        p.start(u"bash"_s, {script(u"make-test-piv-token.sh"_s), card, pki});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(QFile::exists(card + u"/nssdb/pkcs11.txt"_s), p.readAllStandardError().constData());
        QFile env(card + u"/env"_s);
        QVERIFY(env.open(QIODevice::ReadOnly));
        for (const QByteArray &line : env.readAll().split('\n'))
            if (line.startsWith("export ") && !line.startsWith("export LD_PRELOAD"))
                qputenv(line.mid(7, line.indexOf('=') - 7).constData(), line.mid(line.indexOf('=') + 1));
        QSettings().setValue(u"nssDir"_s, QString(card + u"/nssdb"_s));
    }

    void wrongPinThenRetype()
    {
        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        const QString output = dir.filePath(u"signed.pdf"_s);
        Dialogs::setNextFileName(output);
        QFile::remove(card + u"/logins"_s);
        const Run run = drive(window, u"999999"_s, u"123456"_s);
        QVERIFY(run.finished);
        QCOMPARE(run.preselected, u"PIV_II:Certificate for Digital Signature"_s);
        QCOMPARE(run.disabled, 3);
        QVERIFY2(run.problem.contains(u"wrong PIN for PIV_II — few tries left. Retype it, or cancel."_s), qPrintable(run.problem));
        QCOMPARE(run.failedBeforeRetype, 1);
        QVERIFY(run.workerAliveAtProblem);  // the card's answer reached the dialog while signing went on
        QVERIFY(run.ticksWhileSigning > 0); // and the window's timers kept running
        QCOMPARE(failedLogins().size(), 1);
        QVERIFY(QFile::exists(output));
        // The signed file is verified in the background.
        QTRY_COMPARE_WITH_TIMEOUT(window.signaturesPanel()->list()->topLevelItemCount(), 1, 15000);
        QCOMPARE(window.signaturesPanel()->list()->topLevelItem(0)->text(4), u"valid"_s);
    }

    void wrongPinThenCancel()
    {
        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        const QString output = dir.filePath(u"never.pdf"_s);
        Dialogs::setNextFileName(output);
        QFile::remove(card + u"/logins"_s);
        const Run run = drive(window, u"000000"_s, QString());
        QVERIFY(run.finished);
        QCOMPARE(failedLogins().size(), 1);
        QVERIFY(!QFile::exists(output));
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(Dialogs::saveFileName(nullptr, {}, {}, {}), output); // the queued name was never used
    }
};

// SoftHSM crashes at process exit unless it is loaded first: run again with it preloaded.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariable("LD_PRELOAD").contains(u"libsofthsm2"_s)) {
        qputenv("LD_PRELOAD", "/usr/lib/softhsm/libsofthsm2.so");
        execv("/proc/self/exe", argv);
    }
    guitest::isolate();
    QApplication app(argc, argv);
    guitest::nameApplication();
    smout::installTranslations();
    TestGuiSmartCard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_smartcard.moc"
