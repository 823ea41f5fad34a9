// Unsaved work is never replaced or closed without asking: every way of replacing or closing
// the document (open, open recent, open example, new, open from the inventory, drop a file,
// quit, close) asks Save/Discard/Cancel first, and Cancel keeps the work in the window.

#include "GuiTestBase.h"
#include "ModalAnswer.h"

#include <QAction>
#include <QAbstractButton>
#include <QDropEvent>
#include <QMimeData>
#include <QSettings>
#include <QUrl>

using namespace guitest;

class TestGuiUnsaved : public QObject {
    Q_OBJECT

    static QAction *action(MainWindow &window, const QString &text)
    {
        for (QAction *a : window.findChildren<QAction *>()) {
            QString t = a->text();
            t.remove(u'&');
            if (t == text)
                return a;
        }
        qFatal("no action %s", qPrintable(text));
    }

    static void trigger(MainWindow &window, const QString &how, const QString &other)
    {
        if (how == u"open") {
            Dialogs::setNextFileName(other);
            action(window, u"Open…"_s)->trigger();
        } else if (how == u"open recent") {
            action(window, other)->trigger();
        } else if (how == u"open example") {
            action(window, u"Fictional USCIS benefit fraud (complete)"_s)->trigger();
        } else if (how == u"new") {
            action(window, u"New"_s)->trigger();
        } else if (how == u"open from inventory") {
            window.openFromInventory(u"00000000-0000-4000-8000-000000000000"_s);
        } else if (how == u"drop") {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(other)});
            // Straight to the window's handlers: offscreen there is no drag in progress.
            QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            static_cast<QObject &>(window).event(&enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            static_cast<QObject &>(window).event(&drop);
        } else if (how == u"quit") {
            action(window, u"Quit"_s)->trigger();
        } else if (how == u"close") {
            window.close();
        }
    }

private Q_SLOTS:
    void cancelKeepsTheWork_data()
    {
        QTest::addColumn<QString>("how");
        for (const char *how : {"open", "open recent", "open example", "new", "open from inventory", "drop", "quit", "close"})
            QTest::newRow(how) << QString::fromLatin1(how);
    }
    void cancelKeepsTheWork()
    {
        QFETCH(QString, how);
        const QString other = example(u"ice-2012-social-media-enforcement.smout"_s);
        QSettings().setValue(u"recentFiles"_s, QStringList{other});
        MainWindow window;
        window.show();
        QVERIFY(window.model()->setValue(u"questions.q1_other"_s, u"Typed, not saved"_s));
        const QString id = window.model()->document().id;

        Dialogs::setNextAnswer(QMessageBox::Cancel);
        trigger(window, how, other);
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0); // the question was asked
        QCOMPARE(window.model()->value(u"questions.q1_other"_s).toString(), u"Typed, not saved"_s);
        QCOMPARE(window.model()->document().id, id);
        QVERIFY(window.model()->isModified());
        QVERIFY(window.isVisible());

        // Discard: the user chose to let the work go, and the path goes ahead.
        if (how == u"open from inventory")
            return; // needs an inventory; cancelling is what this test is about
        Dialogs::setNextAnswer(QMessageBox::Discard);
        trigger(window, how, other);
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);
        if (how == u"quit" || how == u"close") {
            QVERIFY(!window.isVisible());
            return;
        }
        QVERIFY(window.model()->value(u"questions.q1_other"_s).toString() != u"Typed, not saved"_s);
        QVERIFY(!window.model()->isModified());
    }

    // An unmodified document is replaced without a question.
    void unmodifiedDocumentIsReplacedWithoutAsking()
    {
        MainWindow window;
        action(window, u"Fictional USCIS benefit fraud (complete)"_s)->trigger();
        QCOMPARE(window.model()->document().summary.component, u"USCIS"_s);
        Dialogs::setNextAnswer(QMessageBox::Cancel); // would stop the open if it were asked
        Dialogs::setNextFileName(example(u"ice-2012-social-media-enforcement.smout"_s));
        action(window, u"Open…"_s)->trigger();
        QCOMPARE(window.model()->document().summary.component, u"ICE"_s);
        QCOMPARE(Dialogs::takeUnusedAnswers(), 1);
    }

    // The question itself, as shown: each answer has its own Alt letter, Discard included.
    void everyAnswerHasAMnemonic()
    {
        MainWindow window;
        action(window, u"Fictional USCIS benefit fraud (complete)"_s)->trigger();
        QVERIFY(window.model()->setValue(u"questions.q1_description"_s, u"Changed."_s).ok());
        QStringList labels;
        answerNextModal([&](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                labels << b->text();
            box->button(QMessageBox::Cancel)->click();
        });
        action(window, u"New"_s)->trigger();
        QVERIFY2(labels.contains(u"&Discard"_s) && labels.contains(u"&Save"_s), qPrintable(labels.join(u", "_s)));
        QCOMPARE(window.model()->document().summary.component, u"USCIS"_s);
    }
};

GUITEST_MAIN(TestGuiUnsaved)
#include "tst_gui_unsaved.moc"
