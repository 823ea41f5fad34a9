// Editing through the window: every kind of field edit is undoable, keystrokes into one
// field are one undo step, findings follow each edit and each undo, a finding in the dock
// takes the user to its field, the role decides which sections are editable, and findings
// stay readable in light and dark palettes.

#include "GuiTestBase.h"
#include "DateField.h"
#include "ListEditor.h"
#include "ReadOnlyChoice.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace guitest;

namespace {

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class TestGuiEditing : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;

    // The Q1-DESCRIPTION error in the findings dock and the Q1 badge are readable on their views.
    static void checkReadable(MainWindow &w)
    {
        QTreeWidget *findings = w.findingsView();
        QTreeWidgetItem *item = findings->findItems(u"Q1-DESCRIPTION"_s, Qt::MatchExactly, 1).value(0);
        QVERIFY(item);
        const QColor base = findings->palette().color(QPalette::Base);
        QVERIFY2(contrast(item->foreground(0).color(), base) >= 4.5,
                 qPrintable(item->foreground(0).color().name() + u" on "_s + base.name()));
        QListWidgetItem *q1 = w.navigator()->item(w.sectionIndex(u"q1"_s));
        const QColor navigatorBase = w.navigator()->palette().color(QPalette::Base);
        QVERIFY2(contrast(q1->foreground().color(), navigatorBase) >= 4.5,
                 qPrintable(q1->foreground().color().name() + u" on "_s + navigatorBase.name()));
    }

private Q_SLOTS:
    void init()
    {
        window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window->model()->setToday(QDate(2026, 11, 25));
        QCOMPARE(countOf(window->model()->findings(), Severity::Error), 0);
    }
    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        window.reset();
    }

    void typingIsOneUndoStepAndFindingsFollow()
    {
        auto *other = field<QLineEdit>(*window, u"q1"_s, u"q1Other"_s);
        auto *otherBox = field<QCheckBox>(*window, u"q1"_s, u"q1_other"_s);
        QTest::mouseClick(otherBox, Qt::LeftButton, {}, QPoint(5, otherBox->height() / 2));
        QCOMPARE(window->model()->value(u"questions.q1_categories"_s).toArray().size(), 2);
        QVERIFY(ruleIds(window->model()->findings()).contains(u"Q1-OTHER"_s));
        QVERIFY(ruleIds(window->model()->findings()).contains(u"Q1-MULTIPLE"_s));
        other->setFocus();
        QTest::keyClicks(other, u"Monitoring of public event pages announced by the applicant's own business accounts"_s);
        QVERIFY(!ruleIds(window->model()->findings()).contains(u"Q1-OTHER"_s));
        QCOMPARE(window->model()->undoStack()->count(), 2); // the click, and the typing as one step
        // The undo history and the findings name fields as the form does.
        QCOMPARE(window->model()->undoStack()->undoText(), u"Edit Q1 Other category"_s);
        QTreeWidgetItem *multiple = window->findingsView()->findItems(u"Q1-MULTIPLE"_s, Qt::MatchExactly, 1).value(0);
        QVERIFY(multiple);
        QCOMPARE(multiple->text(2), u"Q1 Category of use"_s);
        window->model()->undoStack()->undo();
        QCOMPARE(other->text(), QString());
        QVERIFY(ruleIds(window->model()->findings()).contains(u"Q1-OTHER"_s));
        window->model()->undoStack()->undo();
        QVERIFY(!otherBox->isChecked());
        QVERIFY(!ruleIds(window->model()->findings()).contains(u"Q1-MULTIPLE"_s));
        window->model()->undoStack()->redo();
        QVERIFY(otherBox->isChecked());
        QVERIFY(window->isWindowModified());
    }

    void everyKindOfFieldUndoes()
    {
        DocumentModel *m = window->model();
        const SmoutDocument before = m->document();
        // A multi-line answer.
        auto *description = field<QPlainTextEdit>(*window, u"q1"_s, u"q1Description"_s);
        description->setFocus();
        QTest::keyClick(description, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(description, Qt::Key_Delete);
        QVERIFY(ruleIds(m->findings()).contains(u"Q1-DESCRIPTION"_s));
        // A Yes/No answer: No makes the explanation required.
        auto *no = field<QRadioButton>(*window, u"q5"_s, u"rule_training_no"_s);
        QTest::mouseClick(no, Qt::LeftButton, {}, QPoint(5, no->height() / 2));
        QCOMPARE(m->value(u"questions.q5_rules.training.answer"_s).toString(), u"no"_s);
        QVERIFY(ruleIds(m->findings()).contains(u"ROB-EXPLAIN"_s));
        // A date: emptied, so not set.
        auto *date = field<DateField>(*window, u"summary"_s, u"dateSubmitted"_s);
        date->setFocus();
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(date, Qt::Key_Delete);
        QVERIFY(m->value(u"summary.date_submitted"_s).isNull());
        // A choice from a list.
        auto *component = field<QComboBox>(*window, u"summary"_s, u"component"_s);
        component->setFocus();
        QTest::keyClick(component, Qt::Key_Home);
        QTest::keyClick(component, Qt::Key_Down);
        component->activated(component->currentIndex());
        QCOMPARE(m->value(u"summary.component"_s).toString(), u"CBP"_s);
        // A list: add a row and type into it.
        auto *systems = field<ListEditor>(*window, u"summary"_s, u"itSystems"_s);
        QTest::mouseClick(systems->findChildren<QPushButton *>().constFirst(), Qt::LeftButton);
        QCOMPARE(m->value(u"summary.it_systems"_s).toArray().size(), 2);
        systems->table()->item(1, 0)->setText(u"ATLAS"_s);
        QCOMPARE(m->value(u"summary.it_systems[1]"_s).toString(), u"ATLAS"_s);

        while (m->undoStack()->canUndo())
            m->undoStack()->undo();
        QVERIFY(m->document() == before);
        QCOMPARE(countOf(m->findings(), Severity::Error), 0);
        QVERIFY(!window->isWindowModified());
        QCOMPARE(systems->table()->rowCount(), 1);
        QCOMPARE(component->currentData().toString(), u"USCIS"_s);
    }

    // A name typed into a list's cell is shown whole once the user leaves the table from the
    // cell's editor, not elided until some other edit refits the columns.
    void aTypedCellIsShownWholeAfterLeaving()
    {
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window->showSection(window->sectionIndex(u"summary"_s));
        auto *contacts = field<ListEditor>(*window, u"summary"_s, u"contacts"_s);
        QTableWidget *table = contacts->table();
        table->setFocus();
        table->setCurrentCell(0, 0);
        table->editItem(table->item(0, 0));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor && table->isAncestorOf(editor));
        editor->selectAll();
        QTest::keyClicks(editor, u"Jordan Alexandra Whitfield-Montgomery"_s);
        // Leave straight from the editor to a field outside the table.
        field<QLineEdit>(*window, u"summary"_s, u"dateSubmitted"_s)->setFocus();
        QTRY_VERIFY(!table->isAncestorOf(QApplication::focusWidget()) && QApplication::focusWidget() != table);
        QCOMPARE(table->item(0, 0)->text(), u"Jordan Alexandra Whitfield-Montgomery"_s);
        const int needed = table->fontMetrics().horizontalAdvance(table->item(0, 0)->text());
        QTRY_VERIFY2(table->columnWidth(0) > needed, qPrintable(u"%1 <= %2"_s.arg(table->columnWidth(0)).arg(needed)));
    }

    // The severity, rule and field columns are as wide as their widest text whenever the
    // findings change, narrow again when they go, and after a change of font.
    void findingsColumnsFitTheirTexts()
    {
        QTreeWidget *view = window->findingsView();
        auto unfitted = [view] {
            for (int row = 0; row < view->topLevelItemCount(); ++row)
                for (int column = 0; column < 3; ++column) {
                    const QString text = view->topLevelItem(row)->text(column);
                    if (view->fontMetrics().horizontalAdvance(text) > view->columnWidth(column))
                        return text;
                }
            return QString();
        };
        QCOMPARE(unfitted(), QString());
        const int fieldWidth = view->columnWidth(2);
        auto *summary = field<QPlainTextEdit>(*window, u"q1"_s, u"q1Description"_s);
        summary->setFocus();
        summary->selectAll();
        QTest::keyClick(summary, Qt::Key_Delete);
        QVERIFY(ruleIds(window->model()->findings()).contains(u"Q1-DESCRIPTION"_s));
        QCOMPARE(unfitted(), QString());
        QTest::keyClick(summary, Qt::Key_X);
        QCOMPARE(unfitted(), QString());
        window->model()->undoStack()->undo();
        QCOMPARE(countOf(window->model()->findings(), Severity::Error), 0);
        QCOMPARE(view->columnWidth(2), fieldWidth);
        QFont larger = view->font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        view->setFont(larger);
        QTest::keyClick(summary, Qt::Key_X);
        QCOMPARE(unfitted(), QString());
        QVERIFY(view->columnWidth(2) > fieldWidth);
    }

    void findingTakesTheUserToItsField()
    {
        QVERIFY(window->model()->setValue(u"summary.pias[0].id"_s, u"PIA 13"_s).ok());
        QTreeWidget *findings = window->findingsView();
        QTreeWidgetItem *item = findings->findItems(u"SUM-PIA-FORMAT"_s, Qt::MatchExactly, 1).value(0);
        QVERIFY(item);
        findings->setCurrentItem(item);
        Q_EMIT findings->itemActivated(item, 0);
        QCOMPARE(window->currentSection(), window->sectionIndex(u"summary"_s));
        auto *pias = window->sectionForm(window->currentSection())->findChild<ListEditor *>(u"pias"_s);
        QVERIFY(pias->table()->hasFocus());
        QCOMPARE(pias->table()->currentRow(), 0);
        QVERIFY(window->navigator()->currentItem()->text().contains(u"\u25b2 1"_s));
    }

    void sectionsByKeyboard()
    {
        window->showSection(0);
        QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window->currentSection(), 1);
        QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window->currentSection(), 0);
    }

    void roleLocksSectionsItDoesNotOwn()
    {
        auto *role = window->findChild<QComboBox *>(u"roleSwitch"_s);
        auto chooseRole = [&](const QString &code) {
            const int i = role->findData(code);
            role->setCurrentIndex(i);
            Q_EMIT role->activated(i);
        };
        chooseRole(u"author"_s);
        QVERIFY(field<QLineEdit>(*window, u"review"_s, u"reviewerName"_s)->isReadOnly());
        QVERIFY(isChoiceReadOnly(field<QRadioButton>(*window, u"review"_s, u"outcome_met"_s)));
        QVERIFY(!field<QLineEdit>(*window, u"q1"_s, u"q1Other"_s)->isReadOnly());

        chooseRole(u"reviewer"_s);
        QVERIFY(!field<QLineEdit>(*window, u"review"_s, u"reviewerName"_s)->isReadOnly());
        QVERIFY(field<QLineEdit>(*window, u"q1"_s, u"q1Other"_s)->isReadOnly());
        QVERIFY(isChoiceReadOnly(field<QCheckBox>(*window, u"access"_s, u"access_overt_research"_s)));
        QVERIFY(field<QPlainTextEdit>(*window, u"q5"_s, u"rule_training_explanation"_s)->isReadOnly());
        // Typing into a locked field changes nothing.
        auto *other = field<QLineEdit>(*window, u"q1"_s, u"q1Other"_s);
        QTest::keyClicks(other, u"x"_s);
        QCOMPARE(window->model()->undoStack()->count(), 0);

        chooseRole(u"counsel"_s);
        QVERIFY(field<QRadioButton>(*window, u"q2"_s, u"q2a_yes"_s)->isEnabled());
        QVERIFY(field<QLineEdit>(*window, u"q1"_s, u"q1Other"_s)->isReadOnly());
        // The role is remembered for the next start.
        MainWindow second;
        QCOMPARE(second.model()->role(), Role::Counsel);
        chooseRole(u"author"_s);
    }

    void everyInputHasANameAndADescription()
    {
        for (int i = 0; i < window->navigator()->count(); ++i)
            for (QWidget *w : window->sectionForm(i)->findChildren<QWidget *>())
                if (w->property("smoutPath").isValid()) {
                    const QString where = w->objectName() + u" in section "_s + QString::number(i);
                    QVERIFY2(!w->accessibleName().trimmed().isEmpty(), qPrintable(u"no accessible name: "_s + where));
                    QVERIFY2(!w->accessibleDescription().trimmed().isEmpty(), qPrintable(u"no accessible description: "_s + where));
                }
        // A finding is read out with its field while it lasts.
        auto *description = field<QPlainTextEdit>(*window, u"q1"_s, u"q1Description"_s);
        const QString base = description->accessibleDescription();
        const QString text = description->toPlainText();
        QVERIFY(window->model()->setValue(u"questions.q1_description"_s, u""_s).ok());
        QVERIFY(description->accessibleDescription().startsWith(base));
        QVERIFY(description->accessibleDescription().contains(u"what PII is collected"_s));
        QVERIFY(window->model()->setValue(u"questions.q1_description"_s, text).ok());
        QCOMPARE(description->accessibleDescription(), base);
    }

    void findingsStayReadableInLightAndDarkPalettes()
    {
        // A platform theme may give item views a palette of their own; switch both.
        const QPalette light = QApplication::palette();
        const QPalette lightViews = QApplication::palette("QAbstractItemView");
        auto usePalette = [&](bool dark) {
            QApplication::setPalette(dark ? darkPalette() : light);
            QApplication::setPalette(dark ? darkPalette() : lightViews, "QAbstractItemView");
            QCoreApplication::processEvents();
        };
        QVERIFY(window->model()->setValue(u"questions.q1_description"_s, u""_s).ok());

        // Switching the desktop's palette while a document is open recolours its findings.
        for (const bool dark : {true, false}) {
            usePalette(dark);
            checkReadable(*window);
            if (QTest::currentTestFailed())
                return;
        }
        // A window started on a dark desktop is readable throughout, messages beside fields too.
        usePalette(true);
        {
            MainWindow started;
            started.show();
            QVERIFY(QTest::qWaitForWindowExposed(&started));
            QVERIFY(started.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
            QVERIFY(started.model()->setValue(u"questions.q1_description"_s, u""_s).ok());
            started.showSection(started.sectionIndex(u"q1"_s));
            checkReadable(started);
            QLabel *message = nullptr;
            for (QLabel *l : started.sectionForm(started.sectionIndex(u"q1"_s))->findChildren<QLabel *>())
                if (l->property("finding").toString() == u"error"_s && !l->isHidden())
                    message = l;
            QVERIFY(message);
            const QColor text = message->palette().color(QPalette::WindowText);
            const QColor background = message->palette().color(QPalette::Window);
            QVERIFY2(contrast(text, background) >= 4.5, qPrintable(text.name() + u" on "_s + background.name()));
            if (const QString dir = qEnvironmentVariable("SMOUT_SCREENSHOT_DIR"); !dir.isEmpty())
                started.grab().save(dir + u"/dark.png"_s);
            Dialogs::setNextAnswer(QMessageBox::Discard);
        }
        usePalette(false);
    }

    void saveWritesTheFileAndClearsModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.smout"_s);
        window->model()->setRole(Role::Reviewer);
        QVERIFY(window->model()->setValue(u"review.comments"_s, u"Checked again."_s).ok());
        QVERIFY(window->windowTitle().contains(u"Untitled"_s) || window->isWindowModified());
        Dialogs::setNextFileName(path);
        QVERIFY(window->saveAs());
        QVERIFY(!window->isWindowModified());
        QVERIFY(window->windowTitle().startsWith(u"copy.smout"_s));
        const auto saved = io::loadSmoutFile(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved->review.comments, u"Checked again."_s);
    }
};

GUITEST_MAIN(TestGuiEditing)
#include "tst_gui_editing.moc"
