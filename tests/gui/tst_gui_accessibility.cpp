// The window as a screen reader sees it, through Qt's accessibility tree (what AT-SPI
// exports to Orca): every focusable object has a name, radio buttons are radio buttons in
// named groups, combo boxes and tables are labelled, list buttons say what they act on,
// each finding's text is on the control that takes the focus for it, and new errors are
// announced once the typing pauses.

#include "FindingsAnnouncer.h"
#include "GuiTestBase.h"
#include "ListEditor.h"
#include "ReadOnlyChoice.h"
#include "SignDialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>

using namespace guitest;

namespace {

QString describe(QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName();
}

} // namespace

class TestGuiAccessibility : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;

    void open(const QString &name)
    {
        QVERIFY(window->openFile(example(name)));
    }

private Q_SLOTS:
    void init()
    {
        window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        window.reset();
    }

    void everyFocusableObjectHasAName()
    {
        open(u"ice-2012-social-media-enforcement.smout"_s);
        for (int s = 0; s < window->navigator()->count(); ++s) {
            window->showSection(s);
            QApplication::processEvents();
            for (QWidget *w : window->findChildren<QWidget *>()) {
                if (!w->isVisible())
                    continue;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
                QVERIFY(iface);
                if (!iface->state().focusable)
                    continue;
                QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                         qPrintable(u"no accessible name: "_s + describe(w) + u" in section "_s + QString::number(s)));
            }
        }
    }

    void radioButtonsAreRadioButtonsInNamedGroups()
    {
        const auto radios = window->findChildren<QRadioButton *>();
        QVERIFY(radios.size() >= 40);
        for (QRadioButton *r : radios) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(r);
            QVERIFY2(iface->role() == QAccessible::RadioButton, qPrintable(describe(r) + u" is not a radio button"_s));
            const QString name = iface->text(QAccessible::Name);
            const QString text = r->property("choiceText").isValid() ? r->property("choiceText").toString() : r->text();
            QVERIFY2(name.endsWith(u": "_s + QString(text).remove(u'&')) && name.size() > text.size() + 4,
                     qPrintable(describe(r) + u" is named "_s + name));
        }
        QCOMPARE(QAccessible::queryAccessibleInterface(window->findChild<QRadioButton *>(u"rule_equipment_yes"_s))
                     ->text(QAccessible::Name),
                 u"Rule a) Equipment: Yes"_s);
        // Choosing one answer leaves the others of its group; a second click clears it.
        auto *yes = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_yes"_s);
        auto *no = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_no"_s);
        auto *trainingNo = field<QRadioButton>(*window, u"q5"_s, u"rule_training_no"_s);
        QVERIFY(window->model()->setValue(u"questions.q5_rules.training.answer"_s, u"no"_s).ok());
        QVERIFY(window->model()->setValue(u"questions.q5_rules.equipment.answer"_s, QJsonValue::Null).ok());
        QTest::mouseClick(yes, Qt::LeftButton, {}, QPoint(5, yes->height() / 2));
        QTest::mouseClick(no, Qt::LeftButton, {}, QPoint(5, no->height() / 2));
        QVERIFY(!yes->isChecked() && no->isChecked() && trainingNo->isChecked());
        QCOMPARE(window->model()->value(u"questions.q5_rules.equipment.answer"_s).toString(), u"no"_s);
        QTest::mouseClick(no, Qt::LeftButton, {}, QPoint(5, no->height() / 2));
        QVERIFY(!yes->isChecked() && !no->isChecked());
        QVERIFY(window->model()->value(u"questions.q5_rules.equipment.answer"_s).isNull());
    }

    void reviewOptionsInRowsOfTheirOwnAreOneNamedGroup()
    {
        // The reviewer's item 3: each option has an indented row of its own. A screen reader
        // finds the question once, on the group holding both options, and no unnamed grouping
        // around a single option on the way there.
        auto *first = window->findChild<QRadioButton *>(u"rcEquipment_non_attributable"_s);
        auto *second = window->findChild<QRadioButton *>(u"rcEquipment_dhs_attributable"_s);
        QVERIFY(first && second);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(first);
        QVERIFY2(iface->text(QAccessible::Name).startsWith(u"a. Equipment.: Users must use government-issued equipment."_s),
                 qPrintable(iface->text(QAccessible::Name)));
        QAccessibleInterface *group = nullptr;
        for (QAccessibleInterface *up = iface->parent(); up && !group; up = up->parent()) {
            auto *widget = qobject_cast<QWidget *>(up->object());
            QVERIFY(widget);
            QVERIFY2(!up->text(QAccessible::Name).isEmpty(), qPrintable(u"an unnamed "_s + describe(widget) + u" around the option"_s));
            if (widget->isAncestorOf(second))
                group = up;
        }
        QVERIFY(group);
        QCOMPARE(group->text(QAccessible::Name), u"a. Equipment."_s);
        QVERIFY(!qobject_cast<QWidget *>(group->object())->isAncestorOf(window->findChild<QRadioButton *>(u"rcEmail_required"_s)));
    }

    void combosAndTablesAreLabelled()
    {
        for (QComboBox *box : window->findChildren<QComboBox *>()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
            QVERIFY2(!iface->relations(QAccessible::Label).isEmpty(), qPrintable(describe(box) + u" has no label"_s));
        }
        const auto lists = window->findChildren<ListEditor *>();
        QCOMPARE(lists.size(), 11);
        QStringList addNames;
        for (ListEditor *list : lists) {
            QAccessibleInterface *table = QAccessible::queryAccessibleInterface(list->table());
            QVERIFY2(!table->text(QAccessible::Name).isEmpty(), qPrintable(describe(list)));
            QVERIFY2(!table->text(QAccessible::Description).isEmpty(), qPrintable(describe(list)));
            addNames << list->findChildren<QPushButton *>().constFirst()->accessibleName();
        }
        QVERIFY(addNames.contains(u"Add a contact"_s));
        QVERIFY(addNames.contains(u"Add an authority"_s));
        QVERIFY(!addNames.contains(u"Add a row"_s));
        auto *contacts = field<ListEditor>(*window, u"summary"_s, u"contacts"_s);
        QStringList names;
        for (QPushButton *b : contacts->findChildren<QPushButton *>())
            names << b->accessibleName();
        QCOMPARE(names, (QStringList{u"Add a contact"_s, u"Remove contact"_s, u"Move contact up"_s, u"Move contact down"_s}));
    }

    // Issue 32, item 8: a table in a section the role may not edit reports read-only, the
    // table and each cell (as a screen reader reaches them: by row and column, or as the
    // table's child that Qt's focus events name); where the role may edit, the cells are editable.
    void readOnlyTablesReportReadOnly()
    {
        open(u"fictional-uscis-benefit-fraud.smout"_s);
        auto *contacts = field<ListEditor>(*window, u"summary"_s, u"contacts"_s);
        window->model()->setRole(Role::Author);
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(contacts->table());
        QVERIFY(table && table->tableInterface());
        QVERIFY(table->tableInterface()->rowCount() > 0);
        QAccessibleInterface *cell = table->tableInterface()->cellAt(0, 0);
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), contacts->table()->item(0, 0)->text());
        QVERIFY(!table->state().readOnly);
        QVERIFY(!cell->state().readOnly);
        QVERIFY(cell->state().editable);

        window->model()->setRole(Role::Reviewer);
        QCOMPARE(QAccessible::queryAccessibleInterface(contacts->table()), table);
        QVERIFY(table->state().readOnly);
        QVERIFY(cell->state().readOnly);
        QVERIFY(!cell->state().editable);
        QAccessibleInterface *child = table->child(table->indexOfChild(cell));
        QCOMPARE(child, cell);
        QCOMPARE(cell->parent(), table);
        QCOMPARE(cell->tableCellInterface()->table(), table);
        QCOMPARE(cell->tableCellInterface()->rowIndex(), 0);
        QCOMPARE(cell->tableCellInterface()->columnIndex(), 0);
        window->model()->setRole(Role::Author);
        QVERIFY(!cell->state().readOnly);
    }

    // Issue 32, item 7: Orca 43 reads a Qt 6.4 combo box's value from its text (there is no
    // selection interface): every combo box has the current choice as its text and value,
    // also where the role may only read it.
    void comboValuesAreExposedAsText()
    {
        open(u"fictional-uscis-benefit-fraud.smout"_s);
        auto heard = [](QComboBox *box) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
            QAccessibleTextInterface *text = iface ? iface->textInterface() : nullptr;
            return text ? text->text(0, text->characterCount()) : QString();
        };
        auto *role = window->findChild<QComboBox *>(u"roleSwitch"_s);
        QCOMPARE(heard(role), role->currentText());
        QCOMPARE(QAccessible::queryAccessibleInterface(role)->text(QAccessible::Value), role->currentText());
        QVERIFY(!role->currentText().isEmpty());
        role->setCurrentIndex((role->currentIndex() + 1) % role->count());
        QCOMPARE(heard(role), role->currentText());
        window->model()->setRole(Role::Author);

        auto *component = field<QComboBox>(*window, u"summary"_s, u"component"_s);
        QVERIFY(component->currentText().startsWith(u"USCIS"_s));
        QCOMPARE(heard(component), component->currentText());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(component);
        QCOMPARE(iface->childCount(), 1); // the popup's list
        QVERIFY(iface->actionInterface()->actionNames().contains(QAccessibleActionInterface::showMenuAction()));
        window->model()->setRole(Role::Reviewer); // read-only: the value stays heard, nothing opens
        QVERIFY(isChoiceReadOnly(component));
        iface = QAccessible::queryAccessibleInterface(component);
        QCOMPARE(iface->role(), QAccessible::ComboBox);
        QVERIFY(iface->state().readOnly);
        QCOMPARE(heard(component), component->currentText());
        QCOMPARE(iface->text(QAccessible::Value), component->currentText());
        QCOMPARE(iface->childCount(), 0);
        QVERIFY(!iface->text(QAccessible::Description).contains(u"Choose one"_s));
        QCOMPARE(iface->actionInterface()->actionNames(), QStringList{QAccessibleActionInterface::setFocusAction()});
        iface->actionInterface()->doAction(QAccessibleActionInterface::showMenuAction());
        QVERIFY(!component->view()->isVisible());
        window->model()->setRole(Role::Author);

        SignDialog sign(Role::Author, {});
        auto *certificate = sign.findChild<QComboBox *>(u"certificate"_s);
        QVERIFY(certificate);
        if (certificate->count() == 0) // no certificate database here: a certificate as it would be listed
            certificate->addItem(u"Pat Author (author) \u2014 Test PKI"_s);
        QCOMPARE(heard(certificate), certificate->currentText());
        for (QComboBox *box : window->findChildren<QComboBox *>())
            if (!box->isEditable())
                QVERIFY2(heard(box) == box->currentText(), qPrintable(describe(box)));
    }

    void cellEditorCarriesItsColumnsName()
    {
        open(u"fictional-uscis-benefit-fraud.smout"_s);
        auto *contacts = field<ListEditor>(*window, u"summary"_s, u"contacts"_s);
        QTableWidget *table = contacts->table();
        table->setFocus();
        table->setCurrentCell(0, 3);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table && table->isAncestorOf(editor));
        QCOMPARE(QAccessible::queryAccessibleInterface(editor)->text(QAccessible::Name), u"Phone"_s);
        QVERIFY(QAccessible::queryAccessibleInterface(editor)->text(QAccessible::Description).contains(u"row 1"_s));
        QTest::keyClick(editor, Qt::Key_Escape);
    }

    // Each finding is read where the keyboard goes for it: a finding jumped to from the dock
    // lands on a focusable control whose description holds the finding's text.
    void findingsAreOnFocusableControls()
    {
        open(u"ice-2012-social-media-enforcement.smout"_s);
        QTreeWidget *findings = window->findingsView();
        QVERIFY(findings->topLevelItemCount() >= 5);
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = findings->topLevelItem(i);
            // As the role that fills the field in (another role reads it, see the role tests).
            const QString path = item->data(0, Qt::UserRole).toString();
            for (const Role role : allOf<Role>())
                if (!window->model()->isEditable(path))
                    window->model()->setRole(role);
            findings->setCurrentItem(item);
            Q_EMIT findings->itemActivated(item, 0);
            QApplication::processEvents();
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && focus != findings, qPrintable(item->text(1)));
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(focus);
            QVERIFY2(iface->state().focusable, qPrintable(item->text(1) + u" on "_s + describe(focus)));
            QVERIFY2(iface->text(QAccessible::Description).contains(item->text(3)),
                     qPrintable(item->text(1) + u" not described on "_s + describe(focus) + u": "_s
                                + iface->text(QAccessible::Description)));
            // A choice's finding is never shown on an option that is not chosen while one is.
            if (auto *button = qobject_cast<QAbstractButton *>(focus); button && !button->isChecked()) {
                const auto siblings = focus->parentWidget()->findChildren<QAbstractButton *>();
                const QString path = focus->property("smoutPath").toString();
                for (QAbstractButton *other : siblings)
                    QVERIFY2(!(other->property("smoutPath").toString() == path && other->isChecked()),
                             qPrintable(item->text(1) + u" on an unchosen option"_s));
            }
        }
    }

    void findingsAreMarkedWhenTheWindowOpens()
    {
        // A new document: the first launch shows its errors on the fields before any edit.
        auto *description = field<QWidget>(*window, u"q1"_s, u"q1Description"_s);
        QCOMPARE(description->property("finding").toString(), u"error"_s);
    }

    void newErrorsAreAnnouncedAfterAPause()
    {
        open(u"fictional-uscis-benefit-fraud.smout"_s);
        auto *announcer = window->findChild<FindingsAnnouncer *>();
        QVERIFY(announcer);
        QCOMPARE(QAccessible::queryAccessibleInterface(announcer)->role(), QAccessible::Notification);
        QSignalSpy alerts(announcer, &FindingsAnnouncer::announced);
        auto *other = field<QPlainTextEdit>(*window, u"q1"_s, u"q1Description"_s);
        other->setFocus();
        QTest::keyClick(other, Qt::Key_A, Qt::ControlModifier);
        for (int i = 0; i < 6; ++i) // typing: nothing is said between keystrokes
            QTest::keyClick(other, Qt::Key_Backspace);
        QTest::keyClick(other, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(other, Qt::Key_Delete);
        QVERIFY(alerts.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(alerts.size(), 1, FindingsAnnouncer::PauseMs * 3);
        const QString said = QAccessible::queryAccessibleInterface(announcer)->text(QAccessible::Name);
        QCOMPARE(alerts.constFirst().constFirst().toString(), said);
        QVERIFY2(said.contains(u"New error"_s) && said.contains(u"1 error"_s), qPrintable(said));
        QTest::qWait(FindingsAnnouncer::PauseMs * 2);
        QCOMPARE(alerts.size(), 1);
    }
};

GUITEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
