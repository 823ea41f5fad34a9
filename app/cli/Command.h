#pragma once

// One CLI verb, one class (KeePassXC style). The base class parses the verb's options with
// Boost.Program_options, answers --help, and turns bad usage into one line and exit 2.

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <boost/program_options.hpp>

#include <memory>
#include <string>
#include <vector>

namespace smout::cli {

namespace po = boost::program_options;

enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUsage = 2 };

class Command {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::Command)
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One translated line for `smout --help`, from the table the `smout` front reads too
    // (VerbSummaries.cpp).
    QString summary() const;
    virtual QString synopsis() const = 0; // e.g. "smout validate FILE... [options]"
    // Whether the verb lays pages out, which needs fonts and so a (never shown) GUI platform;
    // every other verb starts without one.
    virtual bool laysOutPages() const { return false; }
    // The same for the words after the verb, for verbs where only some actions lay pages out.
    virtual bool laysOutPagesFor(const std::vector<std::string> &) const { return laysOutPages(); }

    // Parses `args` (the words after the verb) and runs the verb.
    int execute(const std::vector<std::string> &args);

protected:
    // Options several verbs share, declared here once: execute() refuses a bad value of either
    // the same way for every verb (one line naming the option, exit 2) before the verb runs.
    // --format is text or json (default text); --today a real date written YYYY-MM-DD.
    static void addFormatOption(po::options_description &options, const QString &help);
    static void addTodayOption(po::options_description &options, const QString &help);
    static bool jsonFormat(const po::variables_map &vm);
    // --today, or the clock's date without it.
    static QDate todayOption(const po::variables_map &vm);

    virtual void addOptions(po::options_description &options,
                            po::positional_options_description &positional) = 0;
    virtual int run(const po::variables_map &vm) = 0;
};

// The one table of verbs, in the order `smout --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace smout::cli
