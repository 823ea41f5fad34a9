// The inventory window and the review round trip: the status filter offers "returned" and
// "resubmitted", a returned SMOUT's status stands out in the table, and the audit trail
// lists each request and answer as people read them.

#include "GuiTestBase.h"
#include "InventoryWindow.h"
#include "SeverityColors.h"
#include "io/SmoutJson.h"
#include "review/RequestLog.h"
#include "store/InventoryStore.h"
#include "store/UserName.h"

#include <QComboBox>
#include <QSettings>
#include <QTableWidget>
#include <QTreeWidget>

using namespace guitest;
using namespace smout::store;

class TestGuiInventoryRequests : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void returnedSmoutsAreFoundAndTheirRequestsAudited()
    {
        const QString database = dir.filePath(u"inventory.sqlite"_s);
        QSettings().setValue(u"database"_s, database);
        {
            auto inventory = InventoryStore::open(database);
            QVERIFY(inventory.ok());
            auto returned = smout::io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s)).value();
            returned.review = smout::Review{};
            QVERIFY(smout::review::addRequest(returned, {u"questions.q1_description"_s, u"Which sites?"_s, u"Priya Raman"_s,
                                                         smout::Role::Reviewer, QDate(2026, 11, 20)}));
            QVERIFY(inventory.value()->save(returned, u"priya"_s, smout::Role::Reviewer, 0).ok());
            QVERIFY(smout::review::answerRequest(returned, u"R1"_s, smout::Role::Author, u"Facebook only."_s, u"Dana Whitfield"_s,
                                                 QDate(2026, 11, 22)));
            QVERIFY(inventory.value()->save(returned, u"dana"_s, smout::Role::Author, 1).ok());
            QVERIFY(inventory.value()->save(smout::io::loadSmoutFile(example(u"ice-2012-social-media-enforcement.smout"_s)).value(),
                                            u"dana"_s, smout::Role::Author, 0)
                        .ok());
        }

        InventoryWindow window;
        QTRY_VERIFY(!window.busy());
        QCOMPARE(window.table()->rowCount(), 2);
        QComboBox *status = nullptr;
        for (QComboBox *box : window.findChildren<QComboBox *>())
            if (box->findData(u"draft"_s) >= 0)
                status = box;
        QVERIFY(status);
        QVERIFY(status->findData(u"resubmitted"_s) > 0);
        status->setCurrentIndex(status->findData(u"returned"_s));
        QTRY_VERIFY(!window.busy());
        QCOMPARE(window.table()->rowCount(), 1);
        QTableWidgetItem *cell = window.table()->item(0, 2);
        QCOMPARE(cell->text(), statusName(SmoutStatus::Returned));
        QCOMPARE(cell->foreground().color(), severityColor(smout::Severity::Warning, window.table()->palette()));

        window.table()->setCurrentCell(0, 0);
        auto *trail = window.findChild<QTreeWidget *>(u"auditTrail"_s);
        QTRY_VERIFY(trail->topLevelItemCount() >= 2);
        QStringList rows;
        for (int i = 0; i < trail->topLevelItemCount(); ++i)
            rows << trail->topLevelItem(i)->text(1) + u" | "_s + trail->topLevelItem(i)->text(3);
        // The names in the file are shown as typed, beside the login that stored them.
        const QString typed = u" (typed; entered by login %1)"_s.arg(smout::store::systemLogin());
        QVERIFY2(rows.contains(u"Priya Raman"_s + typed + u" | request asked R1 about Q1 Description of the use, dated 2026-11-20"_s),
                 qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(u"Dana Whitfield"_s + typed + u" | request answered R1 about Q1 Description of the use, dated 2026-11-22"_s),
                 qPrintable(rows.join(u'\n')));
    }
};

GUITEST_MAIN(TestGuiInventoryRequests)
#include "tst_gui_inventory_requests.moc"
