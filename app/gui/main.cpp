// `smout-studio [FILE]`: the SMOUT Studio window.

#include "MainWindow.h"
#include "model/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SMOUT Studio"_s);
    QApplication::setOrganizationName(u"SMOUT Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(SMOUT_VERSION));
    smout::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Drafts, checks and exports SMOUTs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "The .smout file (or exported PDF) to open."));
    const QCommandLineOption screenshot(u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to FILE and quit."), u"FILE"_s);
    const QCommandLineOption section(u"section"_s, QApplication::translate("main", "Show the section with this number (0-10) first."), u"N"_s);
    parser.addOption(screenshot);
    parser.addOption(section);
    parser.process(app);

    MainWindow window;
    window.show();
    window.offerRecovery();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
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
