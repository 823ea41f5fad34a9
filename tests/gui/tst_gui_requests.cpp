// A full review round in the window: the reviewer asks about two fields (from a field's
// context menu and from a section's button), the program office answers both and edits one
// field (which then says "changed since the request"), an answer is undone and redone, the
// reviewer closes the requests; a determination of "met" stands as an error until both are
// closed; every role is refused what it may not do.

#include "FieldChangesView.h"
#include "GuiTestBase.h"
#include "InventoryWindow.h"
#include "ModalAnswer.h"
#include "RequestMarkers.h"
#include "RequestsDock.h"
#include "RevisionComparison.h"
#include "model/FieldNames.h"
#include "store/InventoryStore.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>

using namespace guitest;

class TestGuiRequests : public QObject {
    Q_OBJECT

    static QWidget *fieldWidget(MainWindow &w, const QString &section, const QString &path)
    {
        const int index = w.sectionIndex(section);
        w.showSection(index);
        for (QWidget *widget : w.sectionForm(index)->findChildren<QWidget *>())
            if (widget->property("smoutPath").toString() == path)
                return widget;
        qFatal("no field %s", qPrintable(path));
    }

    static RequestMarkers *markersOf(MainWindow &w, const QString &section)
    {
        const QString path = section == u"q1" ? u"questions.q1_description"_s : u"summary.date_submitted"_s;
        for (RequestMarkers *m : w.findChildren<RequestMarkers *>())
            if (m->fields().contains(path))
                return m;
        return nullptr;
    }

    // Types `text` into the modal dialog the next action opens, choosing `field` when the
    // dialog asks which field, and sends it.
    static void fillNextDialog(const QString &text, const QString &field = {})
    {
        answerNextModal([text, field](QDialog *dialog) {
            if (auto *fields = dialog->findChild<QComboBox *>(u"requestField"_s); fields && !field.isEmpty())
                fields->setCurrentIndex(fields->findData(field));
            dialog->findChild<QPlainTextEdit *>(u"requestText"_s)->setPlainText(text);
            // The first time, the sender's name is asked (the login is never put in on its own).
            if (auto *name = dialog->findChild<QLineEdit *>(u"senderName"_s))
                name->setText(u"Pat Reviewer"_s);
            dialog->accept();
        });
    }

    // Opens the context menu of `widget` as the menu key does and chooses "Request More Information…".
    static bool requestFromContextMenu(QWidget *widget)
    {
        QWidget *target = widget;
        if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            target = text->viewport();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5), target->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(target, &event);
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *menu = qobject_cast<QMenu *>(top); menu && menu->isVisible())
                if (auto *ask = menu->findChild<QAction *>(u"requestFieldAction"_s)) {
                    menu->close();
                    ask->trigger();
                    return true;
                }
        return false;
    }

    static QTreeWidgetItem *row(RequestsDock *dock, const QString &id)
    {
        for (int i = 0; i < dock->list()->topLevelItemCount(); ++i)
            if (dock->list()->topLevelItem(i)->text(0) == id)
                return dock->list()->topLevelItem(i);
        return nullptr;
    }

    static const InformationRequest &request(MainWindow &w, const QString &id)
    {
        for (const InformationRequest &r : w.model()->document().requests)
            if (r.id == id)
                return r;
        qFatal("no request %s", qPrintable(id));
    }

    static bool hasFinding(MainWindow &w, const QString &rule, Severity severity, const QString &path)
    {
        for (const Finding &f : w.model()->findings())
            if (f.ruleId == rule && f.severity == severity && f.path == path)
                return true;
        return false;
    }

private Q_SLOTS:
    void aFullRound()
    {
        auto window = activeWindowWith(u"fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(window);
        MainWindow &w = *window;
        RequestsDock *dock = w.requestsDock();
        const QString q1 = u"questions.q1_description"_s;
        const QString submitted = u"summary.date_submitted"_s;
        const QString outcome = u"review.determination.outcome"_s;

        // The program office cannot ask: the menu entry is refused, the section button off.
        w.model()->setRole(Role::Author);
        QVERIFY(requestFromContextMenu(fieldWidget(w, u"q1"_s, q1)));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"only counsel or the DHS Privacy Office reviewer"_s),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!markersOf(w, u"q1"_s)->sectionButton()->isEnabled());
        QVERIFY(w.model()->document().requests.isEmpty());

        // The reviewer leaves the determination open, then asks about two fields.
        w.model()->setRole(Role::Reviewer);
        QVERIFY(w.model()->setValue(outcome, QJsonValue::Null).ok());
        fillNextDialog(u"Which sites exactly?"_s);
        QVERIFY(requestFromContextMenu(fieldWidget(w, u"q1"_s, q1)));
        QTRY_COMPARE(w.model()->document().requests.size(), 1);
        QVERIFY(markersOf(w, u"summary"_s)->sectionButton()->isEnabled());
        fillNextDialog(u"Is this the date of the first submission?"_s, submitted);
        fieldWidget(w, u"summary"_s, submitted);
        markersOf(w, u"summary"_s)->sectionButton()->click();
        QTRY_COMPARE(w.model()->document().requests.size(), 2);
        QCOMPARE(request(w, u"R1"_s).path, q1);
        QCOMPARE(request(w, u"R1"_s).role, Role::Reviewer);
        QCOMPARE(request(w, u"R2"_s).path, submitted);
        QCOMPARE(request(w, u"R2"_s).text, u"Is this the date of the first submission?"_s);

        // Each field carries a marker, the navigator counts them, the dock lists them.
        QLabel *note = markersOf(w, u"q1"_s)->noteFor(q1);
        QVERIFY(note);
        QVERIFY2(note->text().contains(u"R1"_s) && note->text().contains(u"Which sites exactly?"_s), qPrintable(note->text()));
        QVERIFY(!note->text().contains(u"changed since the request"_s));
        QVERIFY(markersOf(w, u"summary"_s)->noteFor(submitted));
        const QListWidgetItem *q1Item = w.navigator()->item(w.sectionIndex(u"q1"_s));
        QVERIFY2(q1Item->text().contains(u"\u2691 1"_s), qPrintable(q1Item->text()));
        QVERIFY2(q1Item->data(Qt::AccessibleTextRole).toString().contains(u"1 open request"_s),
                 qPrintable(q1Item->data(Qt::AccessibleTextRole).toString()));
        QCOMPARE(dock->list()->topLevelItemCount(), 2);
        QCOMPARE(row(dock, u"R1"_s)->text(1), fieldName(q1));
        QCOMPARE(row(dock, u"R1"_s)->text(5), u"Open"_s);

        // The reviewer does not answer: the button says why, the action is refused.
        dock->list()->setCurrentItem(row(dock, u"R1"_s));
        QVERIFY(!dock->answerButton()->isEnabled());
        QVERIFY2(dock->answerButton()->toolTip().contains(u"only the program office"_s), qPrintable(dock->answerButton()->toolTip()));
        dock->answerSelected();
        QCOMPARE(request(w, u"R1"_s).status, RequestStatus::Open);

        // The program office answers both, undoes and redoes the second answer.
        w.model()->setRole(Role::Author);
        QVERIFY(dock->answerButton()->isEnabled());
        QVERIFY(!dock->closeButton()->isEnabled());
        QVERIFY2(dock->closeButton()->toolTip().contains(u"who asked it"_s), qPrintable(dock->closeButton()->toolTip()));
        fillNextDialog(u"Facebook, Instagram and X, public posts only."_s);
        dock->answerButton()->click();
        QCOMPARE(request(w, u"R1"_s).status, RequestStatus::Answered);
        QCOMPARE(request(w, u"R1"_s).answer->text, u"Facebook, Instagram and X, public posts only."_s);
        dock->list()->setCurrentItem(row(dock, u"R2"_s));
        fillNextDialog(u"Yes."_s);
        dock->answerButton()->click();
        QCOMPARE(request(w, u"R2"_s).status, RequestStatus::Answered);
        QCOMPARE(w.model()->undoStack()->undoText(), u"Answer R2"_s);
        w.model()->undoStack()->undo();
        QCOMPARE(request(w, u"R2"_s).status, RequestStatus::Open);
        QVERIFY(!request(w, u"R2"_s).answer);
        QCOMPARE(request(w, u"R1"_s).status, RequestStatus::Answered); // one step, one answer
        QCOMPARE(row(dock, u"R2"_s)->text(5), u"Open"_s);
        w.model()->undoStack()->redo();
        QCOMPARE(request(w, u"R2"_s).status, RequestStatus::Answered);
        QCOMPARE(row(dock, u"R2"_s)->text(6).left(4), u"Yes."_s);

        // Editing the field asked about: the marker and the dock say it changed.
        auto *description = qobject_cast<QPlainTextEdit *>(fieldWidget(w, u"q1"_s, q1));
        description->moveCursor(QTextCursor::End);
        QTest::keyClicks(description, u" Sites: Facebook, Instagram, X."_s);
        QVERIFY(w.model()->value(q1).toString().endsWith(u"Sites: Facebook, Instagram, X."_s));
        QVERIFY2(markersOf(w, u"q1"_s)->noteFor(q1)->text().contains(u"changed since the request"_s),
                 qPrintable(markersOf(w, u"q1"_s)->noteFor(q1)->text()));
        QVERIFY(row(dock, u"R1"_s)->text(5).contains(u"changed since the request"_s));
        QVERIFY(!row(dock, u"R2"_s)->text(5).contains(u"changed since the request"_s));
        dock->list()->setCurrentItem(row(dock, u"R1"_s));
        const QString details = dock->findChild<QLabel *>(u"requestDetails"_s)->text();
        QVERIFY2(details.contains(u"Which sites exactly?"_s) && details.contains(u"Facebook, Instagram and X"_s)
                     && details.contains(u"changed since the request"_s),
                 qPrintable(details));

        // Counsel did not ask, so counsel does not close.
        w.model()->setRole(Role::Counsel);
        dock->list()->setCurrentItem(row(dock, u"R1"_s));
        QVERIFY(!dock->closeButton()->isEnabled());
        dock->closeSelected();
        QCOMPARE(request(w, u"R1"_s).status, RequestStatus::Answered);

        // The reviewer closes one, and cannot determine "met" while the other is not closed.
        w.model()->setRole(Role::Reviewer);
        dock->list()->setCurrentItem(row(dock, u"R1"_s));
        QVERIFY(dock->closeButton()->isEnabled());
        dock->closeButton()->click();
        QCOMPARE(request(w, u"R1"_s).status, RequestStatus::Closed);
        QVERIFY(!row(dock, u"R1"_s)); // the filter shows what is not closed
        QVERIFY(!markersOf(w, u"q1"_s)->noteFor(q1));
        QVERIFY(!q1Item->text().contains(u"\u2691"_s));
        QVERIFY(!q1Item->data(Qt::AccessibleTextRole).toString().contains(u"request"_s));
        field<QAbstractButton>(w, u"review"_s, u"outcome_met"_s)->click();
        QCOMPARE(w.model()->value(outcome).toString(), u"met"_s);
        QVERIFY(hasFinding(w, u"REQ-OPEN"_s, Severity::Error, outcome));
        dock->list()->setCurrentItem(row(dock, u"R2"_s));
        dock->closeButton()->click();
        QCOMPARE(request(w, u"R2"_s).status, RequestStatus::Closed);
        QVERIFY(!hasFinding(w, u"REQ-OPEN"_s, Severity::Error, outcome));
        QCOMPARE(dock->list()->topLevelItemCount(), 0);
        dock->filter()->setCurrentIndex(1);
        QCOMPARE(dock->list()->topLevelItemCount(), 2);
        QCOMPARE(row(dock, u"R1"_s)->text(5), u"Closed, changed since the request"_s);
    }

    void aRequestLeadsToItsFieldAndTheDockToggles()
    {
        auto window = activeWindowWith(u"fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(window);
        MainWindow &w = *window;
        RequestsDock *dock = w.requestsDock();
        w.model()->setRole(Role::Counsel);
        fillNextDialog(u"Which authority?"_s);
        dock->ask(u"questions.q1_description"_s, {u"questions.q1_description"_s});
        QTRY_COMPARE(w.model()->document().requests.size(), 1);
        QCOMPARE(request(w, u"R1"_s).role, Role::Counsel);
        QCOMPARE(request(w, u"R1"_s).valueAtRequest, std::optional(w.model()->value(u"questions.q1_description"_s)));

        w.activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showSection(0);
        dock->list()->setCurrentItem(row(dock, u"R1"_s));
        dock->list()->setFocus();
        QTest::keyClick(dock->list(), Qt::Key_Return);
        QTRY_COMPARE(w.currentSection(), w.sectionIndex(u"q1"_s));
        QTRY_VERIFY(QApplication::focusWidget()
                    && QApplication::focusWidget()->property("smoutPath").toString() == u"questions.q1_description"_s);

        // The View menu's shortcut hides the dock, and shows it with the list focused.
        QVERIFY(dock->isVisible());
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!dock->isVisible());
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), dock->list());

        // A document from a file has no previous submission to compare with.
        QVERIFY(!dock->compareButton()->isEnabled());
    }

    void aRequestReachesTheChangesSinceThePreviousSubmission()
    {
        // Submitted, then resubmitted with the description the request asked about expanded.
        SmoutDocument doc = io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s)).value();
        QVERIFY(QDir().mkpath(QFileInfo(InventoryWindow::location()).absolutePath()));
        auto store = store::InventoryStore::open(InventoryWindow::location());
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error()));
        QVERIFY(store.value()->save(doc, u"Sam"_s, Role::Author, 0).ok());
        doc.questions.q1Description += u" Sites: X."_s;
        QVERIFY(store.value()->save(doc, u"Sam"_s, Role::Author, 1).ok());

        MainWindow w;
        QVERIFY(!w.requestsDock()->compareButton()->isEnabled());
        QVERIFY(openFromInventoryAndWait(w, doc.id));
        QVERIFY(w.requestsDock()->compareButton()->isEnabled());
        w.requestsDock()->compareButton()->click();
        auto *dialog = w.findChild<QDialog *>(u"previousSubmissionDialog"_s);
        QVERIFY(dialog);
        FieldChangesView *changes = dialog->findChild<RevisionComparison *>()->changes();
        QTRY_COMPARE(changes->topLevelItemCount(), 1);
        // Named as the form names it, not by its key path.
        QCOMPARE(changes->topLevelItem(0)->text(0), u"Q1 Description of the use"_s);
        QCOMPARE(changes->topLevelItem(0)->toolTip(0), u"Q1 Description of the use"_s);
        dialog->close();
    }
};

GUITEST_MAIN(TestGuiRequests)
#include "tst_gui_requests.moc"
