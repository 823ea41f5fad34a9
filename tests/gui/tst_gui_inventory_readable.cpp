// The inventory reads as a person would write it: an empty inventory says how to add a
// SMOUT, categories show their form labels (not codes), "Who" is the user's name (from the
// settings, else the system account; never "unknown" on a named account), and the location
// is described rather than shown as a raw path.

#include "AuditWording.h"
#include "GuiTestBase.h"
#include "InventoryWindow.h"
#include "model/FormText.h"
#include "RevisionComparison.h"
#include "store/UserName.h"

#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QTreeWidget>

using namespace guitest;

class TestGuiInventoryReadable : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase() { QSettings().setValue(u"database"_s, dir.filePath(u"office.sqlite"_s)); }

    void emptyInventorySaysHowToAdd()
    {
        InventoryWindow inventory;
        QTRY_VERIFY(!inventory.busy());
        QVERIFY2(inventory.emptyMessage().contains(u"Save to Inventory"_s),
                 qPrintable(inventory.emptyMessage()));
        const QString where = inventory.findChild<QLabel *>(u"inventoryWhere"_s)->text();
        QVERIFY2(where.startsWith(u"Inventory file office.sqlite in "_s), qPrintable(where));
    }

    void categoriesAndWhoAreReadable()
    {
        const QString account = store::userName();
        QVERIFY(!account.isEmpty());
        QVERIFY(account != u"unknown"_s || qEnvironmentVariableIsEmpty("USER"));
        QSettings().setValue(u"user/name"_s, u"Pat Example"_s);
        QCOMPARE(store::userName(), u"Pat Example"_s);

        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        QVERIFY(saveToInventoryAndWait(window));
        InventoryWindow inventory;
        inventory.show();
        QTRY_VERIFY(!inventory.busy());
        QVERIFY(inventory.emptyMessage().isEmpty());
        QTableWidget *table = inventory.table();
        QCOMPARE(table->rowCount(), 1);
        const Category category = window.model()->document().questions.q1Categories.value(0);
        QCOMPARE(table->item(0, 1)->text(), FormText::categoryLabel(category));
        table->selectRow(0);
        QTRY_VERIFY(!inventory.busy());
        auto *audit = inventory.findChild<QTreeWidget *>(u"auditTrail"_s);
        QVERIFY(audit->topLevelItemCount() >= 1);
        // The name chosen in the settings is typed; the login is what the system knows.
        QCOMPARE(audit->topLevelItem(0)->text(1), u"Pat Example (typed; entered by login %1)"_s.arg(store::systemLogin()));
        QCOMPARE(audit->topLevelItem(0)->text(2), u"Program office"_s);
        // The revisions name the role as the role switch does, not by its code.
        QTreeWidget *revisions = inventory.comparison()->revisions();
        QTRY_VERIFY(revisions->topLevelItemCount() == 1);
        QCOMPARE(revisions->topLevelItem(0)->text(3), u"Program office"_s);
        QSettings().remove(u"user/name"_s);
    }

    void auditDetailsNameFieldsAndRoles()
    {
        // As stored (and as `smout db log` prints them), and as the window shows them.
        QCOMPARE(readableAuditDetail(u"R3 about summary.contacts[0].email, dated 2026-11-25"_s),
                 u"R3 about Contact Information, entry 1: email, dated 2026-11-25"_s);
        QCOMPARE(readableAuditDetail(u"R1 about questions.q5_rules.training.explanation"_s),
                 u"R1 about Q5 Rule h) training, explanation"_s);
        QCOMPARE(readableAuditDetail(u"revision 3, signed by author CN=Dana,O=X (SHA-256 ab:cd); counsel CN=Kay,O=X (SHA-256 ef:01)"_s),
                 u"revision 3, signed by Program office CN=Dana,O=X (SHA-256 ab:cd); Counsel CN=Kay,O=X (SHA-256 ef:01)"_s);
        QCOMPARE(readableAuditDetail(u"R2 about the whole document"_s), u"R2 about the whole document"_s);
        QCOMPARE(auditRoleName(u"reviewer"_s), u"DHS Privacy reviewer"_s);
    }
};

GUITEST_MAIN(TestGuiInventoryReadable)
#include "tst_gui_inventory_readable.moc"
