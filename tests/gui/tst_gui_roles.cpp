// Roles are enforced by the model, whatever widget or command asks (rules.md "Roles"): the
// reviewer cannot attach the program's Rules of Behavior, the program office cannot answer
// counsel's 2a; attaching a file is one undo step; text outside the Basic Multilingual Plane
// is kept through a save, text that is not Unicode refused.

#include "GuiTestBase.h"

#include <QAction>
#include <QFile>
#include <QPushButton>

using namespace guitest;

class TestGuiRoles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString rulesOfBehaviorFile()
    {
        const QString path = m_dir.filePath(u"rob.pdf"_s);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("%PDF-1.4 rules of behavior\n");
        return path;
    }

private Q_SLOTS:
    void reviewerCannotAttachTheProgramsFile()
    {
        MainWindow window;
        window.model()->setRole(Role::Reviewer);
        auto *attach = field<QPushButton>(window, u"q4"_s, u"attachButton"_s);
        Dialogs::setNextFileName(rulesOfBehaviorFile());
        Dialogs::setNextAnswer(QMessageBox::Ok); // the refusal's message
        attach->click();
        QCOMPARE(window.model()->value(u"questions.q4_rules_of_behavior.file"_s).toString(), QString());
        QVERIFY(!window.model()->isModified());
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);   // the refusal was shown
        QCOMPARE(Dialogs::takeUnusedFileNames(), 1); // before any file was asked for

        const Status direct = window.model()->setValue(u"questions.q4_rules_of_behavior.file"_s, u"x.pdf"_s);
        QVERIFY(!direct.ok());
        QVERIFY2(direct.error().contains(u"Program office"_s) && direct.error().contains(u"DHS Privacy reviewer"_s),
                 qPrintable(direct.error()));
    }

    void twoAIsCounselsAlone()
    {
        MainWindow window;
        window.model()->setRole(Role::Author);
        const Status asAuthor = window.model()->setValue(u"questions.q2a_counsel_reviewed"_s, u"yes"_s);
        QVERIFY(!asAuthor.ok());
        QVERIFY2(asAuthor.error().contains(u"Counsel"_s), qPrintable(asAuthor.error()));
        QVERIFY(window.model()->value(u"questions.q2a_counsel_reviewed"_s).isNull());
        window.model()->setRole(Role::Counsel);
        QVERIFY(window.model()->setValue(u"questions.q2a_counsel_reviewed"_s, u"yes"_s).ok());
        QVERIFY(!window.model()->setValue(u"questions.q1_other"_s, u"counsel typing"_s).ok());
        QVERIFY(!window.model()->setValue(u"review.comments"_s, u"counsel typing"_s).ok());
    }

    void attachingIsOneUndoStep()
    {
        MainWindow window;
        window.model()->setRole(Role::Author);
        auto *attach = field<QPushButton>(window, u"q4"_s, u"attachButton"_s);
        QVERIFY(attach->isEnabled());
        const int before = window.model()->undoStack()->count();
        Dialogs::setNextFileName(rulesOfBehaviorFile());
        attach->click();
        QCOMPARE(window.model()->value(u"questions.q4_rules_of_behavior.file"_s).toString(), u"rob.pdf"_s);
        QCOMPARE(window.model()->value(u"questions.q4_rules_of_behavior.sha256"_s).toString().size(), 64);
        QCOMPARE(window.model()->undoStack()->count(), before + 1);
        window.model()->undoStack()->undo();
        QCOMPARE(window.model()->value(u"questions.q4_rules_of_behavior.file"_s).toString(), QString());
        QCOMPARE(window.model()->value(u"questions.q4_rules_of_behavior.sha256"_s).toString(), QString());
    }

    void textThatIsNotUnicodeIsRefused()
    {
        MainWindow window;
        window.model()->setRole(Role::Author);
        const Status lone = window.model()->setValue(u"questions.q1_other"_s, QString(u"a"_s + QChar(char16_t(0xD83D))));
        QVERIFY(!lone.ok());
        QVERIFY2(lone.error().contains(u"lone surrogate"_s), qPrintable(lone.error()));
        const QString emoji = u"\U0001F600 \U0002000B"_s;
        QVERIFY(window.model()->setValue(u"questions.q1_other"_s, emoji).ok());
        QCOMPARE(window.model()->value(u"questions.q1_other"_s).toString(), emoji);
        // Saved and opened again, every character is there.
        QTemporaryDir dir;
        Dialogs::setNextFileName(dir.filePath(u"emoji.smout"_s));
        QVERIFY(window.saveAs());
        MainWindow reopened;
        QVERIFY(reopened.openFile(dir.filePath(u"emoji.smout"_s)));
        QCOMPARE(reopened.model()->value(u"questions.q1_other"_s).toString(), emoji);
    }
};

GUITEST_MAIN(TestGuiRoles)
#include "tst_gui_roles.moc"
