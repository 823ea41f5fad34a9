// The access-request workflow in the window, as a Privacy Office analyst and a supervisor
// would go through it: a request added with the application's fields, its determination
// recorded with its reasons, approved by the connected user at the required level (refused
// below it), a list that reads as words (labels and titles, not codes or ids), one window
// however often it is opened, and a list that follows the inventory.

#include "AccessRequestForm.h"
#include "AccessRequestsWindow.h"
#include "DateField.h"
#include "GuiTestBase.h"
#include "InventoryWindow.h"
#include "model/FormText.h"
#include "store/AccessRequests.h"
#include "store/UserName.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>

using namespace guitest;
using namespace smout::store;

class TestGuiAccessWorkflow : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString location;
    SmoutDocument doc;
    QString title;

    // Fills the form for `employee` asking for `mode` under the inventory's SMOUT, with
    // training done and the Rules of Behavior signed, and submits it.
    static void fillAndAdd(AccessRequestForm *form, const QString &employee, AccessMode mode)
    {
        form->employee()->setText(employee);
        form->office()->setText(u"FDNS, Washington"_s);
        form->supervisor()->setText(u"Lee Chan"_s);
        form->smout()->setCurrentIndex(0);
        form->mode()->setCurrentIndex(form->mode()->findData(QString(codeOf(mode))));
        form->justification()->setPlainText(u"Reviews public posts of petitioners named in open benefit fraud referrals assigned to this officer."_s);
        form->trainingDate()->setDate(QDate::currentDate().addMonths(-2));
        form->rulesOfBehavior()->setChecked(true);
        form->accept();
    }

    static int rowOf(AccessRequestsWindow &window, const QString &employee)
    {
        for (int row = 0; row < window.table()->rowCount(); ++row)
            if (window.table()->item(row, 1)->text() == employee)
                return row;
        return -1;
    }

    static AccessRequest stored(const QString &location, const QString &employee)
    {
        auto inventory = InventoryStore::open(location);
        const auto all = AccessRequests(*inventory.value()).list();
        for (const AccessRequest &r : all.value())
            if (r.employee == employee)
                return r;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        location = dir.filePath(u"office.sqlite"_s);
        QSettings().setValue(u"database"_s, location);
        doc = io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s)).value();
        doc.review.dateReviewed = QDate::currentDate().addMonths(-1);
        auto inventory = InventoryStore::open(location);
        QVERIFY(inventory.ok());
        QCOMPARE(inventory.value()->save(doc, u"priya"_s, Role::Reviewer, 0, {}, {.reviewer = true})->revision, 1);
        title = inventory.value()->list().value().first().title;
        QVERIFY(!title.isEmpty());
    }

    void addDecideApprove()
    {
        AccessRequestsWindow window(location);
        QTRY_VERIFY(!window.busy());
        QVERIFY(!window.approvingAs().isEmpty());
        QCOMPARE(window.approvingAs(), systemLogin());
        fillAndAdd(window.newRequest(), u"Sam Ortega"_s, AccessMode::OvertResearch);
        QTRY_VERIFY(!window.busy());
        QVERIFY2(window.message().contains(u"was added"_s), qPrintable(window.message()));
        const int row = rowOf(window, u"Sam Ortega"_s);
        QVERIFY(row >= 0);
        QCOMPARE(window.table()->item(row, 4)->text(), determinationName(AccessDetermination::Approved));
        // The new request is selected, with its reasons and the level it needs.
        QTRY_VERIFY(window.reasons()->count() >= 1);
        QVERIFY(window.recordButton()->isEnabled());
        QTest::mouseClick(window.recordButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.busy());
        QVERIFY2(window.message().contains(u"recorded with its reasons"_s), qPrintable(window.message()));
        QTRY_VERIFY(window.approveButton()->isEnabled());
        QCOMPARE(window.levelChoice()->currentData().toString(), approverCode(ApproverLevel::FirstLine));
        QTest::mouseClick(window.approveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.busy());
        QVERIFY2(window.message().contains(u"was approved by "_s + systemLogin()), qPrintable(window.message()));
        QTRY_VERIFY(window.table()->item(rowOf(window, u"Sam Ortega"_s), 5)->text().startsWith(systemLogin()));
        // The approver is who the system says is connected, stored as such.
        const AccessRequest r = stored(location, u"Sam Ortega"_s);
        QCOMPARE(r.approver, systemLogin());
        QCOMPARE(r.approverLevel, std::optional(ApproverLevel::FirstLine));
        QTRY_VERIFY(!window.approveButton()->isEnabled()); // approved once
        if (const QString shot = qEnvironmentVariable("SMOUT_SCREENSHOT_DIR"); !shot.isEmpty()) {
            window.resize(1000, 640);
            window.show();
            QVERIFY(window.grab().save(shot + u"/access-requests.png"_s));
        }
    }

    void approvalBelowTheRequiredLevelIsRefused()
    {
        AccessRequestsWindow window(location);
        QTRY_VERIFY(!window.busy());
        fillAndAdd(window.newRequest(), u"Ana Lee"_s, AccessMode::OvertMonitoring);
        QTRY_VERIFY(!window.busy());
        QTRY_VERIFY(window.approveButton()->isEnabled());
        QCOMPARE(window.levelChoice()->currentData().toString(), approverCode(ApproverLevel::SecondLevel));
        window.levelChoice()->setCurrentIndex(window.levelChoice()->findData(approverCode(ApproverLevel::FirstLine)));
        QTest::mouseClick(window.approveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.busy());
        QVERIFY2(window.message().contains(u"not approved"_s) && window.message().contains(u"may not approve"_s),
                 qPrintable(window.message()));
        QVERIFY2(window.message().contains(FormText::accessModeName(AccessMode::OvertMonitoring)), qPrintable(window.message()));
        QVERIFY(!stored(location, u"Ana Lee"_s).approverLevel);
        QVERIFY(window.table()->item(rowOf(window, u"Ana Lee"_s), 5)->text().isEmpty());
    }

    void anIncompleteRequestSaysWhatIsMissing()
    {
        AccessRequestsWindow window(location);
        QTRY_VERIFY(!window.busy());
        const int before = window.table()->rowCount();
        AccessRequestForm *form = window.newRequest();
        form->employee()->setText(u"Kim Park"_s);
        form->accept();
        QVERIFY(form->isVisible());
        QVERIFY2(form->problem().contains(u"supervisor"_s) && form->problem().contains(u"business justification"_s),
                 qPrintable(form->problem()));
        if (const QString shot = qEnvironmentVariable("SMOUT_SCREENSHOT_DIR"); !shot.isEmpty())
            QVERIFY(form->grab().save(shot + u"/access-request-form.png"_s));
        form->reject();
        window.refresh();
        QTRY_VERIFY(!window.busy());
        QCOMPARE(window.table()->rowCount(), before);
    }

    void theListShowsLabelsNotCodes()
    {
        AccessRequestsWindow window(location);
        QTRY_VERIFY(!window.busy());
        QVERIFY(window.table()->rowCount() >= 2);
        const QRegularExpression uuid(u"[0-9a-f]{8}-[0-9a-f]{4}-"_s);
        for (int row = 0; row < window.table()->rowCount(); ++row) {
            QCOMPARE(window.table()->item(row, 6)->text(), title);
            for (int c = 0; c < window.table()->columnCount(); ++c) {
                const QString text = window.table()->item(row, c)->text();
                QVERIFY2(!text.contains(u'_') && !uuid.match(text).hasMatch(), qPrintable(text));
            }
        }
        QCOMPARE(window.table()->item(rowOf(window, u"Ana Lee"_s), 3)->text(), FormText::accessModeName(AccessMode::OvertMonitoring));
        QCOMPARE(window.table()->item(rowOf(window, u"Ana Lee"_s), 2)->text(), u"FDNS, Washington"_s);
    }

    void openingTwiceRaisesTheOneWindowAndItFollowsTheInventory()
    {
        InventoryWindow inventory;
        QTRY_VERIFY(!inventory.busy());
        QPushButton *open = nullptr;
        for (QPushButton *b : inventory.findChildren<QPushButton *>())
            if (b->text() == InventoryWindow::tr("Access &Requests…"))
                open = b;
        QVERIFY(open);
        open->click();
        open->click();
        const auto windows = inventory.findChildren<AccessRequestsWindow *>();
        QCOMPARE(windows.size(), 1);
        AccessRequestsWindow &window = *windows.first();
        QVERIFY(window.isVisible());
        QTRY_VERIFY(!window.busy());
        const int row = rowOf(window, u"Sam Ortega"_s);
        QCOMPARE(window.table()->item(row, 4)->text(), determinationName(AccessDetermination::Approved));
        // Closed and opened again: still the one window.
        window.close();
        open->click();
        QCOMPARE(inventory.findChildren<AccessRequestsWindow *>().size(), 1);
        QTRY_VERIFY(!window.busy());

        // The SMOUT is re-adjudicated "not met" elsewhere; when the inventory is read again,
        // so are the requests relying on it.
        {
            auto store = InventoryStore::open(location);
            doc.review.determination.outcome = Outcome::NotMet;
            QVERIFY(store.value()->save(doc, u"priya"_s, Role::Reviewer, 1, {}, {.reviewer = true}).ok());
        }
        inventory.refresh();
        QTRY_COMPARE(window.table()->item(rowOf(window, u"Sam Ortega"_s), 4)->text(), determinationName(AccessDetermination::Disapproved));
        QTRY_VERIFY(!window.busy());
        QVERIFY(window.table()->item(rowOf(window, u"Sam Ortega"_s), 0)->font().bold());
        QVERIFY2(window.message().contains(u"need review"_s), qPrintable(window.message()));
    }
};

GUITEST_MAIN(TestGuiAccessWorkflow)
#include "tst_gui_access_workflow.moc"
