// The Access requests window: requests listed with their determinations, filters, a
// request whose determination changed with its SMOUT highlighted, and the selected
// request's reasons and required approver shown.

#include "AccessRequestsWindow.h"
#include "io/SmoutJson.h"
#include "store/AccessRequests.h"

#include <QComboBox>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;

class TestGuiAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listFiltersHighlightsAndExplains()
    {
        QTemporaryDir dir;
        const QString location = dir.filePath(u"inventory.sqlite"_s);
        const QDate today = QDate::currentDate();
        {
            auto inventory = InventoryStore::open(location);
            QVERIFY(inventory.ok());
            SmoutDocument doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s).value();
            doc.review.dateReviewed = today.addMonths(-1);
            QCOMPARE(inventory.value()->save(doc, u"priya"_s, Role::Reviewer, 0, {}, {.reviewer = true})->revision, 1);
            AccessRequests requests(*inventory.value());
            AccessRequest r;
            r.employee = u"Sam Ortega"_s;
            r.office = u"FDNS"_s;
            r.supervisor = u"Lee Chan"_s;
            r.facts = {AccessMode::OvertMonitoring, doc.id,
                       u"Reviews public posts of petitioners named in open benefit fraud referrals assigned to this officer."_s,
                       today.addMonths(-2), true};
            QVERIFY(requests.add(r, today, u"privacy"_s).ok());
            r.employee = u"Ana Lee"_s;
            r.facts.mode = AccessMode::MaskedMonitoring; // not listed by the SMOUT: disapproved before and after
            QVERIFY(requests.add(r, today, u"privacy"_s).ok());
            // The SMOUT is re-adjudicated "not met": the approved request changes and is flagged.
            doc.review.determination.outcome = Outcome::NotMet;
            QVERIFY(inventory.value()->save(doc, u"priya"_s, Role::Reviewer, 1, {}, {.reviewer = true}).ok());
        }
        AccessRequestsWindow window(location);
        QTRY_VERIFY(!window.busy());
        QCOMPARE(window.table()->rowCount(), 2);
        QVERIFY(window.table()->item(0, 0)->font().bold());  // approved → disapproved
        QVERIFY(!window.table()->item(1, 0)->font().bold()); // disapproved before and after: not flagged
        window.table()->selectRow(0);
        QTRY_VERIFY(!window.busy());
        QVERIFY(window.reasons()->count() >= 1);
        QVERIFY(window.reasons()->item(0)->text().contains(u"not adjudicated met"_s));
        window.determinationFilter()->setCurrentIndex(window.determinationFilter()->findData(u"approved"_s));
        QTRY_VERIFY(!window.busy());
        QCOMPARE(window.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestGuiAccess)
#include "tst_gui_access.moc"
