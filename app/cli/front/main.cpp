// `smout`, the command line face of SMOUT Studio (contract: shared spec cli.md). This front
// answers --version and --help itself, on QtCore alone, and loads the verbs library
// (libsmoutverbs: Qt GUI, poppler, NSS, qpdf) only for a verb: linking all of that costs a
// start-up of ~17 ms CPU, which a script asking for the version should not pay.

#include "Console.h"
#include "VerbSummaries.h"
#include "model/Translations.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <initializer_list>

using namespace smout::cli;

namespace {

struct Main {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::Main)
public:
    static int usage()
    {
        QString text = tr("Usage: smout VERB [options] [arguments]\n\n"
                          "Drafts, checks, exports, signs and verifies DHS Social Media "
                          "Operational Use Templates (SMOUT).\n\nVerbs:\n");
        for (const VerbSummary &s : verbSummaries())
            text += u"  %1  %2\n"_s.arg(QLatin1StringView(s.verb), -9).arg(QCoreApplication::translate(s.context, s.text));
        text += tr("\nRun 'smout VERB --help' for a verb's options. 'smout --version' prints "
                   "the version.\nExit codes: 0 nothing wrong, 1 problems found, 2 bad usage "
                   "or unreadable input.");
        printOut(text);
        return 0;
    }

    static int verbsMissing(const char *why)
    {
        printErr(tr("smout: cannot load its verbs (%1); reinstall SMOUT Studio").arg(QString::fromLocal8Bit(why)));
        return 2;
    }
};

bool is(const char *arg, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return std::strcmp(arg, n) == 0; });
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && is(argv[1], {"--version", "-V"})) {
        std::fputs("smout " SMOUT_VERSION "\n", stdout);
        return 0;
    }
    if (argc < 2 || is(argv[1], {"--help", "-h", "help"})) {
        QCoreApplication app(argc, argv);
        smout::installTranslations();
        return Main::usage();
    }
    // Found through the front's run path: beside it in the build tree, in
    // lib/smout-studio when installed.
    void *verbs = dlopen("libsmoutverbs.so", RTLD_LAZY | RTLD_LOCAL);
    using RunVerb = int (*)(int, char **);
    const auto runVerb = verbs ? reinterpret_cast<RunVerb>(dlsym(verbs, "smoutRunVerb")) : nullptr;
    if (!runVerb) {
        const QByteArray why = dlerror();
        QCoreApplication app(argc, argv);
        smout::installTranslations();
        return Main::verbsMissing(why.constData());
    }
    return runVerb(argc, argv);
}
