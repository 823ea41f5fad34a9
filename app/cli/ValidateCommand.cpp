#include "ValidateCommand.h"

#include "Console.h"
#include "io/JsonWriter.h"
#include "io/SmoutJson.h"
#include "model/SectionTitles.h"
#include "rules/RuleEngine.h"

#include <QFileInfo>

namespace smout::cli {

namespace {

struct FileReport {
    QString file;
    Findings findings;
};

QString countsLine(const Findings &f)
{
    const QStringList parts{ValidateCommand::tr("%n error(s)", nullptr, countOf(f, Severity::Error)),
                            ValidateCommand::tr("%n warning(s)", nullptr, countOf(f, Severity::Warning)),
                            ValidateCommand::tr("%n info(s)", nullptr, countOf(f, Severity::Info))};
    return parts.join(QStringLiteral(", "));
}

void printText(const QList<FileReport> &reports)
{
    QString out;
    for (const auto &r : reports) {
        out += u"%1: %2\n"_s.arg(r.file, countsLine(r.findings));
        QString current;
        for (const auto &f : r.findings) {
            const QString section = sectionOfPath(f.path);
            if (section != current) {
                current = section;
                out += u"  "_s + sectionTitle(section) + u'\n';
            }
            out += u"    %1 %2 %3\n      %4\n"_s.arg(severityCode(f.severity), -7)
                       .arg(f.ruleId, f.path, f.message);
        }
    }
    writeOut(out.toUtf8());
}

void printJson(const QList<FileReport> &reports)
{
    io::JsonWriter w;
    w.beginObject();
    w.key(u"files");
    w.beginArray();
    for (const auto &r : reports) {
        w.beginObject();
        w.key(u"file");
        w.string(r.file);
        w.key(u"findings");
        w.beginArray();
        for (const auto &f : r.findings) {
            w.beginObject();
            w.key(u"rule");
            w.string(f.ruleId);
            w.key(u"severity");
            w.string(severityCode(f.severity));
            w.key(u"path");
            w.string(f.path);
            w.key(u"message");
            w.string(f.message);
            w.endObject();
        }
        w.endArray();
        w.key(u"errors");
        w.integer(countOf(r.findings, Severity::Error));
        w.key(u"warnings");
        w.integer(countOf(r.findings, Severity::Warning));
        w.key(u"infos");
        w.integer(countOf(r.findings, Severity::Info));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    writeOut(w.finish());
}

} // namespace

QString ValidateCommand::synopsis() const
{
    return tr("smout validate FILE... [--format text|json] [--today YYYY-MM-DD] "
              "[--role author|counsel|reviewer]   ('-' reads standard input)");
}

void ValidateCommand::addOptions(po::options_description &options,
                                 po::positional_options_description &positional)
{
    addFormatOption(options, tr("output: text (grouped by section) or json"));
    addTodayOption(options, tr("check dates as if today were YYYY-MM-DD"));
    options.add_options()
        ("role", po::value<std::string>(),
         tr("only findings about the sections this role writes: author, counsel or reviewer")
             .toStdString().c_str())
        ("files", po::value<std::vector<std::string>>()->required(),
         tr("the .smout files to check").toStdString().c_str());
    positional.add("files", -1);
}

int ValidateCommand::run(const po::variables_map &vm)
{
    RuleContext context;
    if (vm.count("today"))
        context.today = todayOption(vm);
    if (vm.count("role")) {
        const QString role = QString::fromStdString(vm["role"].as<std::string>());
        context.role = fromCode<Role>(role);
        if (!context.role) {
            printErr(tr("smout validate: --role must be author, counsel or reviewer, not '%1'").arg(role));
            return ExitUsage;
        }
    }

    QList<FileReport> reports;
    bool unreadable = false;
    for (const auto &name : vm["files"].as<std::vector<std::string>>()) {
        const QString file = QString::fromStdString(name);
        auto doc = io::loadSmoutFile(file);
        if (!doc) {
            printErr(tr("%1: %2").arg(file == u"-" ? tr("standard input") : file, doc.error()));
            unreadable = true;
            continue;
        }
        context.attachmentDir = file == u"-" ? QString() : QFileInfo(file).absolutePath();
        reports.append({file, RuleEngine::validate(doc.value(), context)});
    }

    if (jsonFormat(vm))
        printJson(reports);
    else
        printText(reports);

    if (unreadable)
        return ExitUsage;
    const bool anyErrors = std::any_of(reports.begin(), reports.end(), [](const FileReport &r) {
        return countOf(r.findings, Severity::Error) > 0;
    });
    return anyErrors ? ExitProblems : ExitOk;
}

} // namespace smout::cli
