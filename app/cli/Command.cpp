#include "Command.h"

#include "Console.h"

#include <sstream>

namespace smout::cli {

int Command::execute(const std::vector<std::string> &args)
{
    po::options_description options(tr("Options").toStdString());
    options.add_options()("help,h", tr("show this help and exit").toStdString().c_str());
    po::positional_options_description positional;
    addOptions(options, positional);

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
        if (vm.count("help")) {
            std::ostringstream text;
            text << options;
            printOut(tr("Usage: %1").arg(synopsis()) + u"\n\n"_s + summary() + u"\n\n"_s
                     + QString::fromStdString(text.str()));
            return ExitOk;
        }
        po::notify(vm);
    } catch (const po::error &e) {
        printErr(tr("smout %1: %2 (see 'smout %1 --help')")
                     .arg(name(), QString::fromStdString(e.what())));
        return ExitUsage;
    }
    return run(vm);
}

} // namespace smout::cli
