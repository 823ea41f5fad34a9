// `smout-studio [FILE]`: the SMOUT Studio window.

#include "ComboAccessible.h"
#include "ContrastStyle.h"
#include "EarlierLocations.h"
#include "MainWindow.h"
#include "StudioSettings.h"
#include "TableAccessible.h"
#include "model/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    installComboAccessible(); // before the first combo box is made
    installTableAccessible();
    applyContrast();
    QApplication::setApplicationName(u"SMOUT Studio"_s);
    QApplication::setOrganizationName(u"SMOUT Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(SMOUT_VERSION));
    QGuiApplication::setDesktopFileName(u"org.smoutstudio.SmoutStudio"_s);
    smout::installTranslations(StudioSettings::language());
    smout::setPdfFollowsInterfaceLanguage(StudioSettings::pdfInInterfaceLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Drafts, checks and exports SMOUTs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "The .smout file (or exported PDF) to open."));
    const QCommandLineOption screenshot(u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to FILE and quit."), u"FILE"_s);
    const QCommandLineOption section(u"section"_s, QApplication::translate("main", "Show the section with this number (0-10) first."), u"N"_s);
    const QCommandLineOption set(u"set"_s, QApplication::translate("main", "Set a field as if typed, e.g. questions.q1_other=\"text\" (a JSON value), as an undoable edit."), u"PATH=JSON"_s);
    const QCommandLineOption measureStartup(u"measure-startup"_s, QApplication::translate("main", "Print the milliseconds from launch to the first painted window, then quit."));
    parser.addOption(set);
    parser.addOption(measureStartup);
    parser.addOption(screenshot);
    parser.addOption(section);
    parser.process(app);

    MainWindow window;
    window.show();
    // Asked for a section or an edit: the forms, not the welcome page.
    if (parser.positionalArguments().isEmpty() && !parser.isSet(section) && !parser.isSet(set))
        window.showWelcome();
    window.offerRecovery();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    for (const QString &assignment : parser.values(set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        const QJsonDocument value = QJsonDocument::fromJson("[" + assignment.mid(eq + 1).toUtf8() + "]");
        if (eq < 0 || !value.isArray() || !window.model()->setValue(assignment.left(eq), value.array().at(0)))
            qWarning("cannot set %s", qPrintable(assignment));
    }
    if (parser.isSet(measureStartup)) {
        window.repaint(); // paints synchronously: the window is on screen with its document
        std::printf("%lld\n", static_cast<long long>(sinceLaunch.elapsed()));
        return 0;
    }
    if (!parser.isSet(screenshot))
        QTimer::singleShot(0, &window, [&window] { offerToMoveEarlierLocations(&window); });
    if (parser.isSet(section))
        window.showSection(parser.value(section).toInt());
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(300, &window, [&] {
            window.grab().save(parser.value(screenshot));
            app.quit();
        });
    }
    return app.exec();
}
