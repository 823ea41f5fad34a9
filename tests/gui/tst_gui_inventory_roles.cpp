// The window follows a shared inventory's permissions: it lists only the SMOUTs the user may
// see, opens one they may not change read-only (every field, whatever the role), and says
// why instead of trying to save it. Needs tests/store/with-postgres.sh.

#include "GuiTestBase.h"
#include "InventoryWindow.h"
#include "../unit/RoleTestSupport.h"

#include <QSettings>
#include <QTableWidget>

using namespace guitest;
using namespace role_test;

class TestGuiInventoryRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theWindowShowsWhatTheUserMaySeeAndChange()
    {
        SHARED_INVENTORY(location);
        QSettings().setValue(u"database"_s, asUser(location, u"cbp_author"_s));
        {
            InventoryWindow inventory;
            QTRY_VERIFY(!inventory.busy());
            QCOMPARE(inventory.table()->rowCount(), 1);
            QCOMPARE(inventory.table()->item(0, 0)->text(), u"CBP"_s);
        }
        MainWindow window;
        QVERIFY(openFromInventoryAndWait(window, CbpId));
        QVERIFY(window.model()->readOnlyReason().isEmpty());
        QVERIFY(window.model()->isEditable(u"summary.component"_s));
        Dialogs::setNextAnswer(QMessageBox::Ok); // ICE's SMOUT is not there for them
        QVERIFY(!openFromInventoryAndWait(window, IceId));
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);

        // An auditor reads CBP's SMOUT but changes nothing in it.
        QSettings().setValue(u"database"_s, asUser(location, u"oig_auditor"_s));
        QVERIFY(openFromInventoryAndWait(window, CbpId));
        QCOMPARE(window.model()->readOnlyReason(), u"you may not change CBP's SMOUTs (inventory permission)"_s);
        QVERIFY(!window.model()->isEditable(u"summary.component"_s));
        const Status edit = window.model()->setValue(u"summary.component"_s, u"ICE"_s);
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error(), window.model()->readOnlyReason());
        Dialogs::setNextAnswer(QMessageBox::Ok); // the message saying why
        QVERIFY(!window.saveToInventory());
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);
        // Another document is the user's to edit again.
        QVERIFY(window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        QVERIFY(window.model()->readOnlyReason().isEmpty());
    }
};

GUITEST_MAIN(TestGuiInventoryRoles)
#include "tst_gui_inventory_roles.moc"
