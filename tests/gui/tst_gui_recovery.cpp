// Crash recovery: a SMOUT Studio process edits a document and is killed with SIGKILL before
// saving; the next start offers the unsaved work back and restores it.

#include "GuiTestBase.h"
#include "workflow/RecoveryStore.h"

#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>

#include <csignal>

using namespace guitest;
using smout::workflow::RecoveredWork;
using smout::workflow::RecoveryStore;

class TestGuiRecovery : public QObject {
    Q_OBJECT

    static QStringList recoveryFiles()
    {
        return QDir(RecoveryStore::directory()).entryList({u"session-*.smout"_s}, QDir::Files);
    }

private Q_SLOTS:
    void killedSessionIsRestored()
    {
        QDir(RecoveryStore::directory()).removeRecursively();
        const QString source = example(u"fictional-uscis-benefit-fraud.smout"_s);
        QProcess child;
        child.start(QStringLiteral(SMOUT_STUDIO),
                    {u"--set"_s, u"questions.q1_other=\"Recovered after a crash\""_s,
                     u"--set"_s, u"questions.q3_launch_note=\"Second edit\""_s, source});
        QVERIFY(child.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (recoveryFiles().isEmpty() && waited.elapsed() < 15000)
            QTest::qWait(100);
        QVERIFY2(!recoveryFiles().isEmpty(), "no recovery copy was written within 15 s");
        QTest::qWait(200); // let the copy's companion file land too
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        MainWindow window;
        Dialogs::setNextAnswer(QMessageBox::Yes);
        window.offerRecovery();
        QCOMPARE(window.model()->value(u"questions.q1_other"_s).toString(), u"Recovered after a crash"_s);
        QCOMPARE(window.model()->value(u"questions.q3_launch_note"_s).toString(), u"Second edit"_s);
        QCOMPARE(QFileInfo(window.model()->filePath()), QFileInfo(source));
        QVERIFY(window.model()->isModified());
        // The leftover copy is consumed; this session keeps its own until saved or closed.
        QVERIFY(RecoveryStore::leftovers().isEmpty());
        Dialogs::setNextAnswer(QMessageBox::Discard);
        window.close();
        QVERIFY(recoveryFiles().isEmpty());
    }

    // Two windows run at once: the second is not offered (and so cannot delete) the first
    // one's recovery copy; once the first is killed, its copy is offered.
    void runningWindowKeepsItsRecoveryCopy()
    {
        QDir(RecoveryStore::directory()).removeRecursively();
        QProcess first;
        first.start(QStringLiteral(SMOUT_STUDIO),
                    {u"--set"_s, u"questions.q1_other=\"Still being typed\""_s,
                     example(u"fictional-uscis-benefit-fraud.smout"_s)});
        QVERIFY(first.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (recoveryFiles().isEmpty() && waited.elapsed() < 15000)
            QTest::qWait(100);
        QVERIFY2(!recoveryFiles().isEmpty(), "no recovery copy was written within 15 s");
        QTest::qWait(200);
        const QStringList copies = recoveryFiles();

        QVERIFY(RecoveryStore::leftovers().isEmpty());
        {
            MainWindow second;
            Dialogs::setNextAnswer(QMessageBox::No);
            second.offerRecovery();
            QCOMPARE(Dialogs::takeUnusedAnswers(), 1); // nothing was offered
            QVERIFY(second.model()->value(u"questions.q1_other"_s).toString().isEmpty());
            QCOMPARE(recoveryFiles(), copies);
            // Its own copy, written while the first runs, is not the first one's either.
            QVERIFY(second.model()->setValue(u"questions.q1_other"_s, u"Second window"_s));
            QTest::qWait(2000);
            QCOMPARE(recoveryFiles().size(), copies.size() + 1);
            QVERIFY(RecoveryStore::leftovers().isEmpty());
            Dialogs::setNextAnswer(QMessageBox::Discard);
            second.close();
        }
        QCOMPARE(recoveryFiles(), copies);

        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished());
        const QList<RecoveredWork> left = RecoveryStore::leftovers();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].document.questions.q1Other, u"Still being typed"_s);
        for (const RecoveredWork &work : left)
            RecoveryStore::remove(work);
        QVERIFY(recoveryFiles().isEmpty());
    }

    void declinedRecoveryIsDiscarded()
    {
        QDir().mkpath(RecoveryStore::directory());
        QVERIFY(io::saveSmoutFile(SmoutDocument::createNew(u"TSA"_s),
                                  RecoveryStore::directory() + u"/session-999999.smout"_s).ok());
        MainWindow window;
        Dialogs::setNextAnswer(QMessageBox::No);
        window.offerRecovery();
        QVERIFY(window.model()->document().summary.component.isEmpty());
        QVERIFY(recoveryFiles().isEmpty());
    }
};

GUITEST_MAIN(TestGuiRecovery)
#include "tst_gui_recovery.moc"
