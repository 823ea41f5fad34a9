#pragma once

// Shared by GUI tests: an isolated settings and data location (never the user's), the
// bundled examples, and small helpers to reach a section's widgets.

#include "BackgroundExport.h"
#include "Dialogs.h"
#include "InventoryActions.h"
#include "MainWindow.h"
#include "io/SmoutJson.h"
#include "model/Translations.h"
#include "pdf/PageSizeSetting.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace guitest {

using namespace smout;
using namespace Qt::StringLiterals;

// Call first in main(): every QStandardPaths/QSettings location and the home folder go to a
// temporary folder.
inline QTemporaryDir &isolate()
{
    static QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(u"config"_s).toUtf8());
    qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());
    // The certificate database is ~/.pki/nssdb, shared with the CLI.
    qputenv("HOME", home.path().toUtf8());
    qunsetenv("SMOUT_DATABASE");
    return home;
}

inline void nameApplication()
{
    QApplication::setApplicationName(u"SMOUT Studio"_s);
    QApplication::setOrganizationName(u"SMOUT Studio"_s);
}

inline QString example(const QString &name)
{
    return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name;
}

template <typename W> W *field(MainWindow &w, const QString &section, const QString &name)
{
    const int index = w.sectionIndex(section);
    w.showSection(index);
    W *widget = w.sectionForm(index)->findChild<W *>(name);
    if (!widget)
        qFatal("no widget %s in section %s", qPrintable(name), qPrintable(section));
    return widget;
}

// Runs what starts an export (a click, a key) and waits for the background export to end;
// true when it wrote the file.
template <typename Trigger> bool exportAndWait(MainWindow &w, Trigger trigger)
{
    QSignalSpy done(w.findChild<BackgroundExport *>(), &BackgroundExport::finished);
    trigger();
    return done.wait(120000) && done.at(0).at(1).toString().isEmpty();
}

// The rows of a test run once per page size a user can choose.
inline void addPageSizeRows()
{
    QTest::addColumn<int>("size");
    QTest::newRow("letter") << int(QPageSize::Letter);
    QTest::newRow("a4") << int(QPageSize::A4);
}

// Sets the page size, opens the ICE example in `window` and exports it with the Signatures
// section's Export PDF button to `path`; true when the file was written.
inline bool exportExampleAtPageSize(MainWindow &window, QPageSize::PageSizeId size, const QString &path)
{
    pdf::setPageSizeSetting(size);
    window.show();
    if (!window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)))
        return false;
    Dialogs::setNextFileName(path);
    return exportAndWait(window, [&window] {
        window.sectionForm(window.sectionIndex(u"signatures"_s))->findChild<QPushButton *>(u"exportPdfButton"_s)->click();
    });
}

// File → Save to Inventory, waited for (it runs in the background, with any conflict
// question on the way); true when a new revision was stored.
inline bool saveToInventoryAndWait(MainWindow &w)
{
    QSignalSpy done(w.inventoryActions(), &InventoryActions::saveFinished);
    if (!w.saveToInventory())
        return false;
    return (!done.isEmpty() || done.wait(60000)) && done.at(0).at(0).toBool();
}

// Opens SMOUT `id` from the inventory and waits; true when it replaced the document.
inline bool openFromInventoryAndWait(MainWindow &w, const QString &id)
{
    QSignalSpy done(w.inventoryActions(), &InventoryActions::openFinished);
    if (!w.openFromInventory(id))
        return false;
    return (!done.isEmpty() || done.wait(60000)) && done.at(0).at(0).toBool();
}

// A window shown, exposed and active (keyboard tests need focus), with `exampleName` open.
inline std::unique_ptr<MainWindow> activeWindowWith(const QString &exampleName)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()) || !QTest::qWaitForWindowActive(window.get())
        || !window->openFile(example(exampleName)))
        return nullptr;
    return window;
}

// A throwaway PKI in `pki` (tests/signing/make-test-pki.sh) and the fictional example signed
// by its author certificate into `signedPdf` through the CLI; false when either step failed.
inline bool makeAuthorSignedPdf(const QString &pki, const QString &signedPdf)
{
    QProcess make;
    make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
    if (!make.waitForFinished(120000) || make.exitCode() != 0)
        return false;
    QProcess sign;
    sign.start(QStringLiteral(SMOUT_CLI), {u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"author"_s,
                                         u"-o"_s, signedPdf, u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, u"author"_s,
                                         u"--passphrase-file"_s, pki + u"/passphrase"_s});
    return sign.waitForFinished(60000) && sign.exitCode() == 0;
}

inline QStringList ruleIds(const Findings &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out << f.ruleId;
    return out;
}

} // namespace guitest

#define GUITEST_MAIN(Class)                                                                        \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        guitest::isolate();                                                                        \
        QApplication app(argc, argv);                                                              \
        guitest::nameApplication();                                                                \
        smout::installTranslations();                                                              \
        Class test;                                                                                \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
