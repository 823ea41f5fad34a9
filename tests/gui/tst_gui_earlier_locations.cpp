// Certificates and an inventory that earlier versions kept in the window's own data folder are
// offered once for moving to the places the window and the smout command share (issue 28):
// with consent they move, and the question is not asked again.

#include "EarlierLocations.h"
#include "GuiTestBase.h"
#include "signing/NssDatabase.h"
#include "store/InventoryStore.h"

#include <QStandardPaths>

using namespace guitest;

class TestGuiEarlierLocations : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void movedOnceWithConsent()
    {
        const QString pki = dir.filePath(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);

        // What an earlier window left: its certificate database and its inventory.
        const QString earlier = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/SMOUT Studio/SMOUT Studio"_s;
        QVERIFY(signing::NssDatabase::create(earlier + u"/nssdb"_s, QString()));
        QVERIFY(signing::NssDatabase::importPkcs12(earlier + u"/nssdb"_s, pki + u"/author.p12"_s, u"test-passphrase"_s, QString()));
        const SmoutDocument doc = io::loadSmoutFile(example(u"ice-2012-social-media-enforcement.smout"_s)).value();
        {
            auto store = store::InventoryStore::open(earlier + u"/inventory.sqlite"_s);
            QVERIFY(store);
            QVERIFY((*store)->save(doc, u"tester"_s, Role::Author, 0));
        }
        QCOMPARE(store::InventoryStore::earlierDefaultLocations(), QStringList{earlier + u"/inventory.sqlite"_s});

        MainWindow window;
        Dialogs::setNextAnswer(QMessageBox::Yes); // move them
        Dialogs::setNextAnswer(QMessageBox::Ok);  // what was moved
        offerToMoveEarlierLocations(&window);
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);

        QVERIFY(signing::NssDatabase::nicknames(signing::NssDatabase::userDefault()).contains(u"author"_s));
        QVERIFY(QFile::exists(earlier + u"/nssdb.moved/cert9.db"_s));
        QVERIFY(!QFile::exists(earlier + u"/inventory.sqlite"_s));
        auto moved = store::InventoryStore::open(QString());
        QVERIFY(moved);
        QVERIFY((*moved)->load(doc.id));

        // Asked once: another start asks nothing, whatever is found.
        QVERIFY(signing::NssDatabase::create(earlier + u"/nssdb"_s, QString()));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        offerToMoveEarlierLocations(&window);
        QCOMPARE(Dialogs::takeUnusedAnswers(), 1);
    }
};

GUITEST_MAIN(TestGuiEarlierLocations)
#include "tst_gui_earlier_locations.moc"
