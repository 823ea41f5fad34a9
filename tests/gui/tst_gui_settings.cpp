// Edit → Settings…: the defaults of a first start, and each setting changed in the dialog
// taking effect in the open window without a restart (page size of the exported PDF, the
// role, the inventory and the name recorded with a revision, the recovery delay).

#include "GuiTestBase.h"
#include "SettingsDialog.h"
#include "StudioSettings.h"
#include "store/InventoryStore.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>

using namespace guitest;

namespace {

QByteArray mediaBoxOfExport(MainWindow &window, const QString &path)
{
    Dialogs::setNextFileName(path);
    exportAndWait(window, [&window] { field<QPushButton>(window, u"signatures"_s, u"exportPdfButton"_s)->click(); });
    QFile pdf(path);
    if (!pdf.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = pdf.readAll();
    const qsizetype at = bytes.indexOf("/MediaBox");
    return at < 0 ? QByteArray() : bytes.mid(at, bytes.indexOf(']', at) - at + 1).simplified();
}

template <typename W> W *child(QDialog &dialog, const char *name)
{
    W *w = dialog.findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s in the settings dialog", name);
    return w;
}

void choose(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo->findData(data) >= 0);
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

class TestGuiSettings : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void firstStartDefaults()
    {
        QCOMPARE(StudioSettings::language(), QString());
        QCOMPARE(StudioSettings::pageSize(), QPageSize::Letter);
        QCOMPARE(StudioSettings::autosaveDelayMs(), 1500);
        QVERIFY(!StudioSettings::pdfInInterfaceLanguage());
        QVERIFY(!StudioSettings::systemUserName().isEmpty());
        QCOMPARE(StudioSettings::userName(), StudioSettings::systemUserName());

        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        QCOMPARE(mediaBoxOfExport(window, dir.filePath(u"letter.pdf"_s)), QByteArray("/MediaBox [ 0 0 612.000000 792.000000 ]"));

        SettingsDialog dialog(&window);
        QCOMPARE(child<QLineEdit>(dialog, "userNameEdit")->text(), StudioSettings::systemUserName());
        QCOMPARE(child<QComboBox>(dialog, "pageSizeCombo")->currentData().toInt(), int(QPageSize::Letter));
        QCOMPARE(child<QDoubleSpinBox>(dialog, "autosaveSpin")->value(), 1.5);
    }

    void changesApplyToTheOpenWindow()
    {
        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        QCOMPARE(window.model()->role(), Role::Author);
        const QString office = dir.filePath(u"office.sqlite"_s);

        SettingsDialog dialog(&window);
        choose(child<QComboBox>(dialog, "pageSizeCombo"), int(QPageSize::A4));
        choose(child<QComboBox>(dialog, "roleCombo"), u"counsel"_s);
        choose(child<QComboBox>(dialog, "languageCombo"), u"es"_s);
        child<QLineEdit>(dialog, "userNameEdit")->setText(u"  Ana Pérez "_s);
        child<QDoubleSpinBox>(dialog, "autosaveSpin")->setValue(4.5);
        child<QLineEdit>(dialog, "inventoryEdit")->setText(office);
        dialog.accept();

        QCOMPARE(StudioSettings::pageSize(), QPageSize::A4);
        QCOMPARE(StudioSettings::role(), u"counsel"_s);
        QCOMPARE(StudioSettings::language(), u"es"_s);
        QCOMPARE(StudioSettings::userName(), u"Ana Pérez"_s);
        QCOMPARE(StudioSettings::autosaveDelayMs(), 4500);
        QCOMPARE(StudioSettings::inventoryLocation(), office);

        window.applySettings();
        QCOMPARE(window.model()->role(), Role::Counsel);
        QCOMPARE(window.findChild<QComboBox *>(u"roleSwitch"_s)->currentData().toString(), u"counsel"_s);
        QCOMPARE(mediaBoxOfExport(window, dir.filePath(u"a4.pdf"_s)), QByteArray("/MediaBox [ 0 0 595.000000 842.000000 ]"));

        QVERIFY(saveToInventoryAndWait(window));
        auto store = store::InventoryStore::open(office);
        QVERIFY(store);
        auto log = store.value()->auditLog(window.model()->document().id);
        QVERIFY(log && !log->isEmpty());
        QCOMPARE(log->constLast().who, u"Ana Pérez"_s);

        // A new window starts with the chosen role; the name falls back to the account's
        // when cleared.
        MainWindow next;
        QCOMPARE(next.model()->role(), Role::Counsel);
        StudioSettings::setUserName(QString());
        QCOMPARE(StudioSettings::userName(), StudioSettings::systemUserName());
    }
};

GUITEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
