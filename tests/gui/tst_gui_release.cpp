// Release markings in the window: mark selected text and a whole date, edit before and
// inside the marking (it stays on its words), undo and redo, the Release review lists the
// markings in form order and goes to them, deleting the marked words is RED-RANGE and
// refuses the export, and File → Export Release Copy writes a release without the text.
// In a list: one cell, part of a cell's text or (with Shift) a whole entry is marked, the
// cells are tinted, the markings follow their row and their text, and the release drops them.

#include "DateField.h"
#include "GuiTestBase.h"
#include "ListEditor.h"
#include "RedactionMarker.h"
#include "pdf/ReleaseCopy.h"
#include "editing/MarkingCommand.h"
#include "ReleaseReviewView.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QListWidget>
#include <QLineEdit>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>

using namespace guitest;

class TestGuiRelease : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;

    template <typename W> W *bound(const QString &section, const QString &path)
    {
        const int index = window->sectionIndex(section);
        window->showSection(index);
        for (W *w : window->sectionForm(index)->findChildren<W *>())
            if (w->property("smoutPath").toString() == path)
                return w;
        qFatal("no field %s", qPrintable(path));
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {path, u"-"_s});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    const Redaction &last() const { return window->model()->document().redactions.last(); }

private Q_SLOTS:
    void init()
    {
        window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
    }

    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        window.reset();
    }

    void markEditUndoAndRelease()
    {
        const QString phrase = u"Executive Office for Immigration Review"_s;
        auto *description = bound<QPlainTextEdit>(u"q1"_s, u"questions.q1_description"_s);
        const qsizetype at = description->toPlainText().indexOf(phrase);
        QVERIFY(at > 0);
        description->setFocus();
        QTextCursor cursor = description->textCursor();
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + phrase.size()), QTextCursor::KeepAnchor);
        description->setTextCursor(cursor);
        RedactionMarker *marker = window->redactionMarker();
        QVERIFY(marker->markCurrentField(u"(b)(7)(E)"_s));
        QCOMPARE(window->model()->document().redactions.size(), 6);
        QCOMPARE(last().path, u"questions.q1_description"_s);
        QCOMPARE(*last().start, at);
        QCOMPARE(*last().end, at + phrase.size());
        QCOMPARE(description->extraSelections().size(), 1);
        QCOMPARE(description->extraSelections().first().cursor.selectedText(), phrase);

        // Typing before the marking and inside it: the marking stays on its words.
        QUndoStack *undo = window->model()->undoStack();
        const int marked = undo->index();
        cursor.setPosition(0);
        description->setTextCursor(cursor);
        QTest::keyClicks(description, u"NOTE "_s);
        QCOMPARE(*last().start, at + 5);
        cursor.setPosition(int(at + 5 + 9)); // after "Executive"
        description->setTextCursor(cursor);
        QTest::keyClicks(description, u" Branch"_s);
        const QString edited = window->model()->value(u"questions.q1_description"_s).toString();
        QCOMPARE(edited.mid(*last().start, *last().end - *last().start), u"Executive Branch Office for Immigration Review"_s);
        QVERIFY(!ruleIds(window->model()->findings()).contains(u"RED-RANGE"_s));

        // Undo both edits, then the marking itself; redo brings it back.
        undo->setIndex(marked);
        QVERIFY(!description->toPlainText().startsWith(u"NOTE"_s));
        QCOMPARE(*last().start, at);
        QCOMPARE(*last().end, at + phrase.size());
        undo->undo();
        QCOMPARE(window->model()->document().redactions.size(), 5);
        QCOMPARE(description->extraSelections().size(), 0);
        undo->redo();
        QCOMPARE(window->model()->document().redactions.size(), 6);
        QCOMPARE(undo->undoText(), u"Mark Q1 Description of the use for withholding"_s);

        // A whole date, marked by the reviewer (whose section it is).
        window->model()->setRole(Role::Reviewer);
        auto *reviewed = bound<DateField>(u"review"_s, u"review.date_reviewed"_s);
        reviewed->setFocus();
        QVERIFY(marker->markCurrentField(u"(b)(6)"_s));
        window->model()->setRole(Role::Author);
        QCOMPARE(last().path, u"review.date_reviewed"_s);
        QVERIFY(!last().start);
        QCOMPARE(reviewed->property("withheld").toString(), u"(b)(6)"_s);

        // The Release review: in the order of the form; activating one goes to its words.
        QTreeWidget *list = marker->reviewView()->list();
        QVERIFY(marker->reviewDock()->isVisible());
        QCOMPARE(list->topLevelItemCount(), 7);
        QVERIFY(list->topLevelItem(0)->toolTip(0).startsWith(u"summary.contacts[0]"_s));
        QCOMPARE(list->topLevelItem(6)->toolTip(0), u"review.comments"_s);
        QCOMPARE(list->topLevelItem(3)->text(2), phrase);
        list->setCurrentItem(list->topLevelItem(3));
        Q_EMIT list->itemActivated(list->topLevelItem(3), 0);
        QCOMPARE(window->currentSection(), window->sectionIndex(u"q1"_s));
        QCOMPARE(description->textCursor().selectedText(), phrase);

        // File → Export Release Copy: warned about the unmarked counsel name, then written.
        const QString pdf = dir.filePath(u"release.pdf"_s);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextFileName(pdf);
        QVERIFY(marker->exportRelease());
        const QString text = pdfText(pdf);
        QVERIFY(!text.contains(phrase));
        QVERIFY(!text.contains(u"November 6, 2012"_s));
        QVERIFY(text.contains(u"proceedings before the (b)(7)(E) to conduct"_s));
        QVERIFY(text.contains(u"RELEASE COPY \u2014 FOIA exemptions applied"_s));

        // Deleting the marked words: RED-RANGE, and the export is refused.
        const QString now = window->model()->value(u"questions.q1_description"_s).toString();
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + phrase.size()), QTextCursor::KeepAnchor);
        description->setFocus();
        description->setTextCursor(cursor);
        QTest::keyClick(description, Qt::Key_Delete);
        QCOMPARE(window->model()->value(u"questions.q1_description"_s).toString().size(), now.size() - phrase.size());
        QVERIFY(ruleIds(window->model()->findings()).contains(u"RED-RANGE"_s));
        QCOMPARE(list->topLevelItem(3)->text(3), u"cannot be applied"_s);
        QFile::remove(pdf);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextFileName(pdf);
        Dialogs::setNextAnswer(QMessageBox::Ok); // the refusal
        QVERIFY(!marker->exportRelease());
        QVERIFY(!QFile::exists(pdf));

        // Remove the marking from the review: one undo step, and the error is gone.
        list->setCurrentItem(list->topLevelItem(3));
        marker->reviewView()->findChild<QPushButton *>(u"removeMarking"_s)->click();
        QCOMPARE(window->model()->document().redactions.size(), 6);
        QVERIFY(!ruleIds(window->model()->findings()).contains(u"RED-RANGE"_s));
    }

    void aMarkingThatCannotBeAppliedIsNotAdded()
    {
        auto *description = bound<QPlainTextEdit>(u"q1"_s, u"questions.q1_description"_s);
        description->setFocus();
        QTextCursor cursor = description->textCursor();
        cursor.setPosition(0);
        cursor.setPosition(4, QTextCursor::KeepAnchor);
        description->setTextCursor(cursor);
        // "As t" already withheld under (b)(5) by another marking over the same words.
        QVERIFY(window->redactionMarker()->markCurrentField(u"(b)(5)"_s));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window->redactionMarker()->markCurrentField(u"(b)(6)"_s));
        QCOMPARE(window->model()->document().redactions.size(), 6);
    }

    // Issue 29: a category check box withholds the whole group, checked or not, and the
    // Release review lists the answers that shown fields would give away.
    void choicesAndImpliedAnswers()
    {
        RedactionMarker *marker = window->redactionMarker();
        const int q1 = window->sectionIndex(u"q1"_s);
        window->showSection(q1);
        QCheckBox *unchecked = nullptr;
        for (QCheckBox *b : window->sectionForm(q1)->findChildren<QCheckBox *>())
            if (b->property("smoutPath").toString() == u"questions.q1_categories" && !b->isChecked())
                unchecked = b;
        QVERIFY(unchecked);
        unchecked->setFocus();
        QVERIFY(marker->markCurrentField(u"(b)(7)(E)"_s));
        QCOMPARE(last().path, u"questions.q1_categories"_s);
        QTreeWidget *list = marker->reviewView()->list();
        QCOMPARE(list->findItems(u"(the whole choice)"_s, Qt::MatchExactly, 2).size(), 1);

        QListWidget *warnings = marker->reviewView()->warnings();
        QCOMPARE(warnings->count(), 0);
        QVERIFY(window->model()->setValue(u"questions.q3_date_first_launched"_s, u"2011-05-02"_s).ok());
        QVERIFY(release::addMarking(*window->model(), {u"questions.q3_status"_s, {}, {}, u"(b)(5)"_s, {}}).ok());
        QCOMPARE(warnings->count(), 1);
        QVERIFY2(warnings->item(0)->text().contains(u"Q3 Status is withheld, but the release shows Q3 Date first launched"_s),
                 qPrintable(warnings->item(0)->text()));
        QVERIFY(!warnings->isHidden());
        QVERIFY(release::addMarking(*window->model(), {u"questions.q3_date_first_launched"_s, {}, {}, u"(b)(5)"_s, {}}).ok());
        QCOMPARE(warnings->count(), 0);
    }

    void markCellsOfAList()
    {
        auto *counsel = bound<ListEditor>(u"summary"_s, u"summary.counsel"_s);
        QTableWidget *table = counsel->table();
        RedactionMarker *marker = window->redactionMarker();
        QUndoStack *undo = window->model()->undoStack();
        const QString name = u"Kuyomars \"Q\" Golparvar"_s;
        QCOMPARE(table->item(1, 0)->text(), name);

        // One cell: the counsel's name, whole value; only that cell is tinted.
        table->setFocus();
        table->setCurrentCell(1, 0);
        QVERIFY(marker->markCurrentField(u"(b)(6)"_s));
        QCOMPARE(window->model()->document().redactions.size(), 6);
        QCOMPARE(last().path, u"summary.counsel[1].name"_s);
        QVERIFY(!last().start && !last().end);
        QCOMPARE(table->item(1, 0)->toolTip(), u"Marked for withholding: (b)(6)"_s);
        QVERIFY(table->item(1, 0)->background().style() != Qt::NoBrush);
        QVERIFY(table->item(1, 1)->toolTip().isEmpty());
        QCOMPARE(table->item(1, 1)->background().style(), Qt::NoBrush);
        QTreeWidget *list = marker->reviewView()->list();
        QList<QTreeWidgetItem *> rows = list->findItems(name, Qt::MatchExactly, 2);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->toolTip(0), u"summary.counsel[1].name"_s);

        // Undo and redo the marking.
        undo->undo();
        QCOMPARE(window->model()->document().redactions.size(), 5);
        QVERIFY(table->item(1, 0)->toolTip().isEmpty());
        QCOMPARE(table->item(1, 0)->background().style(), Qt::NoBrush);
        undo->redo();
        QCOMPARE(last().path, u"summary.counsel[1].name"_s);
        QVERIFY(!table->item(1, 0)->toolTip().isEmpty());

        // Part of a cell: the words selected in the open cell editor.
        const QString title = table->item(1, 1)->text();
        // Words written nowhere else in any case ("immigration law" is, in the description).
        const QString words = u"Law and Practice"_s;
        const qsizetype at = title.indexOf(words);
        QVERIFY(at > 0);
        table->setCurrentCell(1, 1);
        table->editItem(table->item(1, 1));
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
        QVERIFY(editor);
        editor->setSelection(int(at), int(words.size()));
        QVERIFY(marker->markCurrentField(u"(b)(5)"_s));
        QCOMPARE(last().path, u"summary.counsel[1].title"_s);
        QCOMPARE(*last().start, at);
        QCOMPARE(*last().end, at + words.size());
        QCOMPARE(list->findItems(words, Qt::MatchExactly, 2).size(), 1);
        QTest::keyClick(editor, Qt::Key_Escape);

        // Typing before the marked words in the cell: the marking stays on them.
        table->item(1, 1)->setText(u"Acting "_s + title);
        QCOMPARE(*last().start, at + 7);
        QCOMPARE(window->model()->value(last().path).toString().mid(*last().start, words.size()), words);
        undo->undo();
        QCOMPARE(*last().start, at);

        // The markings follow their row when it moves up, and their tint with them.
        table->setCurrentCell(1, 0);
        QPushButton *up = nullptr;
        for (QPushButton *b : counsel->findChildren<QPushButton *>())
            if (b->text() == u"Up"_s)
                up = b;
        QVERIFY(up);
        up->click();
        QCOMPARE(window->model()->value(u"summary.counsel[0].name"_s).toString(), name);
        QCOMPARE(last().path, u"summary.counsel[0].title"_s);
        QCOMPARE(window->model()->document().redactions.at(5).path, u"summary.counsel[0].name"_s);
        QCOMPARE(table->item(0, 1)->toolTip(), u"Marked for withholding: (b)(5)"_s);
        QVERIFY(table->item(1, 1)->toolTip().isEmpty());
        undo->undo();
        QCOMPARE(last().path, u"summary.counsel[1].title"_s);

        // The release copy, through the same core code as `smout release`: the name and the
        // marked words are gone, the rest of the entry is there.
        const QString pdf = dir.filePath(u"cells.pdf"_s);
        if (!pdf::releaseWarnings(window->model()->document()).isEmpty())
            Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextFileName(pdf);
        QVERIFY(marker->exportRelease());
        const QString text = pdfText(pdf);
        QVERIFY(!text.contains(u"Golparvar"_s));
        QVERIFY(!text.contains(words));
        QVERIFY(text.contains(u"Chief, Immigration (b)(5) Division"_s));
        QVERIFY(text.contains(u"Chief, Enforcement and Removal Operations Division"_s));

        // With the whole row selected (Shift), the whole entry.
        auto *pias = bound<ListEditor>(u"summary"_s, u"summary.pias"_s);
        pias->table()->setFocus();
        pias->table()->setCurrentCell(0, 0);
        pias->table()->selectRow(0);
        QVERIFY(marker->markCurrentField(u"(b)(5)"_s));
        QCOMPARE(last().path, u"summary.pias[0]"_s);
        QCOMPARE(pias->table()->item(0, 1)->toolTip(), u"Marked for withholding: (b)(5)"_s);
    }
};

GUITEST_MAIN(TestGuiRelease)
#include "tst_gui_release.moc"
