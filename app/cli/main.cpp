// The verbs of `smout`, the command line face of SMOUT Studio (contract: shared spec cli.md),
// built as the library the `smout` front loads (libsmoutverbs).

#include "Command.h"
#include "Console.h"
#include "model/Translations.h"

#include <QGuiApplication>

#include <algorithm>
#include <memory>
#include <cstdio>

using namespace smout::cli;

namespace {

struct Main {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::Main)
public:
    static int unknownVerb(const QString &verb)
    {
        printErr(tr("smout: unknown verb or option '%1' (see 'smout --help')").arg(verb));
        return ExitUsage;
    }
};

} // namespace

// The tool speaks through its own messages; Qt's diagnostics (such as the offscreen
// platform's remarks about XDG_RUNTIME_DIR) are shown only when SMOUT_DEBUG is set.
static void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIsSet("SMOUT_DEBUG"))
        printErr(message);
}

// The verbs, run by the `smout` front (front/main.cpp) for everything but --help and --version.
extern "C" Q_DECL_EXPORT int smoutRunVerb(int argc, char **argv)
{
    qInstallMessageHandler(quietQtMessages);
    const auto commands = allCommands();
    const std::string verb = argc < 2 ? std::string() : argv[1];
    const auto it = std::find_if(commands.begin(), commands.end(), [&](const auto &c) {
        return c->name() == QString::fromStdString(verb);
    });
    // Laying pages out needs fonts, hence a QGuiApplication on the offscreen platform; the
    // tool never opens a window, and verbs that lay nothing out start without a platform.
    std::unique_ptr<QCoreApplication> app;
    if (it != commands.end() && (*it)->laysOutPagesFor(std::vector<std::string>(argv + std::min(argc, 2), argv + argc))) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"smout"_s);
    QCoreApplication::setOrganizationName(u"SMOUT Studio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SMOUT_VERSION));
    smout::installTranslations();

    if (it == commands.end())
        return Main::unknownVerb(QString::fromStdString(verb));
    const int code = (*it)->execute(std::vector<std::string>(argv + 2, argv + argc));
    // NSS, shut down by poppler after main returns, reports objects it still holds on
    // standard error; every message of ours is out by now, so nothing useful is lost.
    std::fflush(stderr);
    if (!qEnvironmentVariableIsSet("SMOUT_DEBUG") && !std::freopen("/dev/null", "w", stderr))
        return code;
    return code;
}
