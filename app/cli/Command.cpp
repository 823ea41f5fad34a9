#include "Command.h"

#include "Console.h"
#include "VerbSummaries.h"

#include <sstream>

namespace smout::cli {

namespace {

QString optionText(const po::variables_map &vm, const char *name)
{
    return vm.count(name) ? QString::fromStdString(vm[name].as<std::string>()) : QString();
}

// The date --today names: ten characters, as QDate's ISO reading would also take a time after it.
QDate dateOf(const QString &text)
{
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

QString Command::summary() const
{
    return verbSummary(name());
}

void Command::addFormatOption(po::options_description &options, const QString &help)
{
    options.add_options()("format", po::value<std::string>()->default_value("text"), help.toStdString().c_str());
}

void Command::addTodayOption(po::options_description &options, const QString &help)
{
    options.add_options()("today", po::value<std::string>(), help.toStdString().c_str());
}

bool Command::jsonFormat(const po::variables_map &vm)
{
    return optionText(vm, "format") == u"json";
}

QDate Command::todayOption(const po::variables_map &vm)
{
    return vm.count("today") ? dateOf(optionText(vm, "today")) : QDate::currentDate();
}

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
    if (const QString format = optionText(vm, "format"); vm.count("format") && format != u"text" && format != u"json") {
        printErr(tr("smout %1: --format must be text or json, not '%2'").arg(name(), format));
        return ExitUsage;
    }
    if (const QString date = optionText(vm, "today"); vm.count("today") && !dateOf(date).isValid()) {
        printErr(tr("smout %1: --today must be a real date YYYY-MM-DD, not '%2'").arg(name(), date));
        return ExitUsage;
    }
    return run(vm);
}

} // namespace smout::cli
