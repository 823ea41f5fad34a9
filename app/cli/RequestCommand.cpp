#include "RequestCommand.h"

#include "store/UserName.h"

#include "Console.h"
#include "io/SmoutJson.h"
#include "model/FieldNames.h"
#include "review/RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace smout::cli {

namespace {

std::optional<std::string> option(const po::variables_map &vm, const char *key)
{
    if (!vm.count(key))
        return std::nullopt;
    return vm[key].as<std::string>();
}

QString text(const po::variables_map &vm, const char *key)
{
    return QString::fromStdString(option(vm, key).value_or(std::string()));
}

QString statusName(RequestStatus s)
{
    return QString(codeOf(s));
}

} // namespace

QString RequestCommand::synopsis() const
{
    return tr("smout request add FILE.smout --path KEYPATH --text TEXT --role counsel|reviewer "
              "[--by NAME] [--today YYYY-MM-DD]\n"
              "       smout request answer FILE.smout ID --text TEXT [--by NAME]\n"
              "       smout request close FILE.smout ID [--by NAME] [--role counsel|reviewer]\n"
              "       smout request list FILE.smout [--open] [--format text|json]");
}

void RequestCommand::addOptions(po::options_description &options,
                                po::positional_options_description &positional)
{
    options.add_options()
        ("action", po::value<std::string>()->required(), tr("add, answer, close or list").toStdString().c_str())
        ("file", po::value<std::string>()->required(), tr("the .smout document").toStdString().c_str())
        ("id", po::value<std::string>(), tr("the request, e.g. R2").toStdString().c_str())
        ("path", po::value<std::string>(),
         tr("key path the request is about, e.g. questions.q1_description (\"\" for the whole document)").toStdString().c_str())
        ("text", po::value<std::string>(), tr("the request or the answer").toStdString().c_str())
        ("role", po::value<std::string>(),
         tr("who acts: counsel or reviewer asks and closes, author answers").toStdString().c_str())
        ("by", po::value<std::string>(), tr("name of the person acting (default: the account name)").toStdString().c_str())
        ("open", po::bool_switch(), tr("list only requests not yet closed").toStdString().c_str());
    addTodayOption(options, tr("date the action as YYYY-MM-DD"));
    addFormatOption(options, tr("text or json"));
    positional.add("action", 1).add("file", 1).add("id", 1);
}

int RequestCommand::run(const po::variables_map &vm)
{
    const QString action = text(vm, "action");
    const QString file = text(vm, "file");
    const auto usage = [&](const QString &message) {
        printErr(tr("smout request %1: %2").arg(action, message));
        return int(ExitUsage);
    };
    static const QStringList actions{u"add"_s, u"answer"_s, u"close"_s, u"list"_s};
    if (!actions.contains(action))
        return usage(tr("unknown action; use add, answer, close or list"));
    const bool needsId = action == u"answer" || action == u"close";
    if (needsId != bool(vm.count("id")))
        return usage(needsId ? tr("name the request, e.g. R1") : tr("takes no request id"));
    if (action != u"list" && file == u"-")
        return usage(tr("the document is saved in place, so it cannot be standard input"));

    const QDate today = todayOption(vm);
    std::optional<Role> role;
    if (const auto given = option(vm, "role")) {
        role = fromCode<Role>(QString::fromStdString(*given));
        if (!role)
            return usage(tr("--role must be counsel, reviewer or author, not '%1'").arg(QString::fromStdString(*given)));
    }
    const QString by = vm.count("by") ? text(vm, "by") : store::userName();

    auto loaded = io::loadSmoutFile(file);
    if (!loaded)
        return usage(loaded.error());
    SmoutDocument doc = std::move(loaded).value();

    if (action == u"list") {
        SmoutDocument shown = doc;
        if (vm["open"].as<bool>())
            shown.requests.removeIf([](const InformationRequest &r) { return r.status == RequestStatus::Closed; });
        if (jsonFormat(vm)) {
            // The objects exactly as the file holds them.
            const QJsonArray list = io::toJsonObject(shown)[u"requests"_s].toArray();
            writeOut(QJsonDocument(QJsonObject{{u"requests"_s, list}}).toJson(QJsonDocument::Compact) + '\n');
            return ExitOk;
        }
        for (const auto &r : shown.requests) {
            const QString field = r.path.isEmpty() ? tr("whole document") : fieldName(r.path);
            printOut(tr("%1\t%2\t%3 (%4)\t%5\t%6: %7")
                         .arg(r.id, statusName(r.status), r.by, QString(codeOf(r.role)),
                              r.date ? r.date->toString(Qt::ISODate) : QString(), field, r.text));
            if (r.answer)
                printOut(tr("\tanswer by %1 (%2): %3")
                             .arg(r.answer->by, r.answer->date ? r.answer->date->toString(Qt::ISODate) : QString(),
                                  r.answer->text));
        }
        return ExitOk;
    }

    QString printed;
    if (action == u"add") {
        if (!role || !vm.count("path") || !vm.count("text"))
            return usage(tr("needs --path, --text and --role counsel|reviewer"));
        const auto added = review::addRequest(doc, {text(vm, "path"), text(vm, "text"), by, *role, today});
        if (!added)
            return usage(added.error());
        printed = added.value();
    } else {
        const QString id = text(vm, "id");
        Status done = success();
        if (action == u"answer") {
            if (!vm.count("text"))
                return usage(tr("needs --text with the answer"));
            done = review::answerRequest(doc, id, role.value_or(Role::Author), text(vm, "text"), by, today);
        } else {
            // Without --role the person closing is taken to be of the role that asked.
            std::optional<Role> asker;
            for (const auto &r : doc.requests)
                if (r.id == id)
                    asker = r.role;
            done = review::closeRequest(doc, id, role ? *role : asker.value_or(Role::Reviewer), by, today);
        }
        if (!done)
            return usage(done.error());
    }
    if (const Status saved = io::saveSmoutFile(doc, file); !saved) {
        printErr(tr("smout request %1: %2").arg(action, saved.error()));
        return ExitUsage;
    }
    if (!printed.isEmpty())
        printOut(printed);
    return ExitOk;
}

} // namespace smout::cli
