#include "AccessCommand.h"

#include "store/UserName.h"

#include "Console.h"
#include "io/JsonWriter.h"
#include "store/AccessRequests.h"
#include "store/InventorySecurity.h"

namespace smout::cli {

namespace {

QString option(const po::variables_map &vm, const char *name)
{
    return vm.count(name) ? QString::fromStdString(vm[name].as<std::string>()) : QString();
}

void writeDecision(io::JsonWriter &w, const store::AccessRequest &r)
{
    w.key(u"id");
    w.integer(r.id);
    w.key(u"determination");
    w.string(store::determinationCode(r.decision.determination));
    w.key(u"reasons");
    w.beginArray();
    for (const QString &reason : r.decision.reasons)
        w.string(reason);
    w.endArray();
    w.key(u"required_approver");
    w.string(store::approverCode(r.decision.requiredApprover));
}

} // namespace

QString AccessCommand::synopsis() const
{
    return tr("smout access add --employee NAME --office O --supervisor NAME --mode MODE --smout ID --justification TEXT "
              "[--training-date YYYY-MM-DD] [--rob-signed yes|no] | decide ID | approve ID --level LEVEL [--approver NAME] | "
              "list [--status S] [--smout ID] [--mode MODE]   [--today YYYY-MM-DD] [--format text|json] [--database URL]");
}

void AccessCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    options.add_options()
        ("database", po::value<std::string>(), tr("the inventory: a SQLite file or postgresql://user@host:port/dbname").toStdString().c_str())
        ("employee", po::value<std::string>(), tr("add: the employee's name").toStdString().c_str())
        ("office", po::value<std::string>(), tr("add: the employee's office").toStdString().c_str())
        ("phone", po::value<std::string>(), tr("add: the employee's phone").toStdString().c_str())
        ("email", po::value<std::string>(), tr("add: the employee's e-mail").toStdString().c_str())
        ("supervisor", po::value<std::string>(), tr("add: the supervisor's name").toStdString().c_str())
        ("mode", po::value<std::string>(), tr("add, list: overt_research, overt_monitoring, overt_engagement, masked_monitoring, undercover_engagement").toStdString().c_str())
        ("smout", po::value<std::string>(), tr("add, list: the inventory id of the SMOUT the use relies on").toStdString().c_str())
        ("justification", po::value<std::string>(), tr("add: the business justification").toStdString().c_str())
        ("training-date", po::value<std::string>(), tr("add: when the mandatory training was completed (YYYY-MM-DD)").toStdString().c_str())
        ("rob-signed", po::value<std::string>()->default_value("no"), tr("add: whether signed Rules of Behavior were provided (yes or no)").toStdString().c_str())
        ("approver", po::value<std::string>(), tr("approve: the connected user's name, as a check (the approver is always the connected user, as the system knows them: the database session user, or the system login for a SQLite file)").toStdString().c_str())
        ("level", po::value<std::string>(), tr("approve: first_line, second_level or ses_or_delegated_gs15").toStdString().c_str())
        ("status", po::value<std::string>(), tr("list: approved, additional_information or disapproved").toStdString().c_str())
        ("action", po::value<std::string>()->required(), tr("add, decide, approve or list").toStdString().c_str())
        ("args", po::value<std::vector<std::string>>(), tr("the request id (decide, approve)").toStdString().c_str());
    addTodayOption(options, tr("the date to decide on (default: today)"));
    addFormatOption(options, tr("text or json"));
    positional.add("action", 1).add("args", -1);
}

int AccessCommand::run(const po::variables_map &vm)
{
    const QString action = option(vm, "action");
    if (!QStringList{u"add"_s, u"decide"_s, u"approve"_s, u"list"_s}.contains(action)) {
        printErr(tr("smout access: unknown action '%1' (add, decide, approve or list)").arg(action));
        return ExitUsage;
    }
    const bool json = jsonFormat(vm);
    const QDate today = todayOption(vm);
    std::optional<AccessMode> mode;
    if (vm.count("mode")) {
        mode = fromCode<AccessMode>(option(vm, "mode"));
        if (!mode) {
            printErr(tr("smout access: unknown access mode '%1' (%2)").arg(option(vm, "mode"), codeList<AccessMode>().join(u", "_s)));
            return ExitUsage;
        }
    }
    const QString database = option(vm, "database");
    if (vm.count("database") && database.trimmed().isEmpty()) {
        printErr(tr("smout access: --database is empty"));
        return ExitUsage;
    }
    auto opened = store::InventoryStore::open(database);
    if (!opened) {
        printErr(tr("smout access: %1").arg(opened.error()));
        return store::isRefusal(opened.error()) ? ExitProblems : ExitUsage;
    }
    store::AccessRequests requests(*opened.value());

    if (action == u"add") {
        store::AccessRequest r;
        r.employee = option(vm, "employee");
        r.office = option(vm, "office");
        r.phone = option(vm, "phone");
        r.email = option(vm, "email");
        r.supervisor = option(vm, "supervisor");
        r.facts.smoutId = option(vm, "smout");
        r.facts.justification = option(vm, "justification");
        for (const auto &[value, name] : {std::pair{r.employee, "--employee"}, {r.office, "--office"}, {r.supervisor, "--supervisor"},
                                          {r.facts.smoutId, "--smout"}, {r.facts.justification, "--justification"}})
            if (value.trimmed().isEmpty()) {
                printErr(tr("smout access add: give %1").arg(QLatin1StringView(name)));
                return ExitUsage;
            }
        if (!mode) {
            printErr(tr("smout access add: give --mode"));
            return ExitUsage;
        }
        r.facts.mode = *mode;
        if (vm.count("training-date")) {
            const QDate training = QDate::fromString(option(vm, "training-date"), Qt::ISODate);
            if (!training.isValid()) {
                printErr(tr("smout access add: --training-date '%1' is not a date (YYYY-MM-DD)").arg(option(vm, "training-date")));
                return ExitUsage;
            }
            r.facts.trainingDate = training;
        }
        const QString rob = option(vm, "rob-signed");
        if (rob != u"yes" && rob != u"no") {
            printErr(tr("smout access add: --rob-signed is yes or no"));
            return ExitUsage;
        }
        r.facts.rulesOfBehaviorSigned = rob == u"yes";
        const auto id = requests.add(r, today, store::userName());
        if (!id) {
            printErr(tr("smout access add: %1").arg(id.error()));
            return store::isRefusal(id.error()) ? ExitProblems : ExitUsage;
        }
        writeOut(QByteArray::number(id.value()) + '\n');
        return ExitOk;
    }

    if (action == u"list") {
        if (const auto redecided = requests.redecide(today, store::userName()); !redecided) {
            printErr(tr("smout access list: %1").arg(redecided.error()));
            return store::isRefusal(redecided.error()) ? ExitProblems : ExitUsage;
        }
        store::AccessFilter filter;
        filter.smoutId = option(vm, "smout");
        filter.mode = mode;
        if (vm.count("status")) {
            filter.determination = store::determinationFromCode(option(vm, "status"));
            if (!filter.determination) {
                printErr(tr("smout access list: unknown status '%1' (approved, additional_information, disapproved)").arg(option(vm, "status")));
                return ExitUsage;
            }
        }
        const auto all = requests.list(filter);
        if (!all) {
            printErr(tr("smout access list: %1").arg(all.error()));
            return store::isRefusal(all.error()) ? ExitProblems : ExitUsage;
        }
        if (json) {
            io::JsonWriter w;
            w.beginObject();
            w.key(u"requests");
            w.beginArray();
            for (const auto &r : all.value()) {
                w.beginObject();
                writeDecision(w, r);
                for (const auto &[k, v] : {std::pair{u"employee", r.employee}, {u"office", r.office}, {u"supervisor", r.supervisor},
                                           {u"mode", QString(codeOf(r.facts.mode))}, {u"smout", r.facts.smoutId},
                                           {u"approver", r.approver},
                                           {u"approver_level", r.approverLevel ? store::approverCode(*r.approverLevel) : QString()}}) {
                    w.key(k);
                    w.string(v);
                }
                w.key(u"flagged");
                w.boolean(r.flagged);
                w.endObject();
            }
            w.endArray();
            w.endObject();
            writeOut(w.finish());
        } else {
            QString out;
            for (const auto &r : all.value())
                out += u"%1%2  %3  %4  %5  %6  %7\n"_s.arg(r.flagged ? u"! "_s : u"  "_s).arg(r.id)
                           .arg(store::determinationCode(r.decision.determination).leftJustified(22), r.employee,
                                QString(codeOf(r.facts.mode)), r.facts.smoutId,
                                r.approverLevel ? tr("approved by %1").arg(r.approver) : QString());
            writeOut(out.toUtf8());
        }
        return ExitOk;
    }

    QStringList args;
    if (vm.count("args"))
        for (const auto &a : vm["args"].as<std::vector<std::string>>())
            args << QString::fromStdString(a);
    bool numeric = false;
    const int id = args.size() == 1 ? args[0].toInt(&numeric) : 0;
    if (!numeric) {
        printErr(tr("smout access %1: give one request id").arg(action));
        return ExitUsage;
    }
    if (action == u"decide") {
        const auto decided = requests.decide(id, today, store::userName());
        if (!decided) {
            printErr(tr("smout access decide: %1").arg(decided.error()));
            return store::isRefusal(decided.error()) ? ExitProblems : ExitUsage;
        }
        if (json) {
            io::JsonWriter w;
            w.beginObject();
            writeDecision(w, decided.value());
            w.endObject();
            writeOut(w.finish());
        } else {
            QString out = tr("Request %1: %2\n").arg(id).arg(store::determinationName(decided->decision.determination));
            for (const QString &reason : decided->decision.reasons)
                out += u"  - "_s + reason + u'\n';
            out += tr("Approval needed from: %1\n").arg(store::approverName(decided->decision.requiredApprover));
            writeOut(out.toUtf8());
        }
        return ExitOk;
    }
    // approve
    const auto level = store::approverFromCode(option(vm, "level"));
    if (!level || (vm.count("approver") && option(vm, "approver").trimmed().isEmpty())) {
        printErr(tr("smout access approve: give --level first_line, second_level or ses_or_delegated_gs15 (and --approver NAME, or none "
                    "for the connected user)"));
        return ExitUsage;
    }
    // The approver is who the system says is connected; --approver may only confirm that name.
    const auto connected = requests.actingUser();
    if (!connected) {
        printErr(tr("smout access approve: %1").arg(connected.error()));
        return ExitProblems;
    }
    const QString approver = connected.value();
    if (const QString typed = option(vm, "approver").trimmed(); !typed.isEmpty() && typed != approver) {
        printErr(tr("smout access approve: you are connected as %1, and an approval is recorded under the connected user, "
                    "not under a typed name (%2)").arg(approver, typed));
        return ExitProblems;
    }
    const auto outcome = requests.approve(id, approver, *level, today, store::userName());
    if (!outcome) {
        printErr(tr("smout access approve: %1").arg(outcome.error()));
        return store::isRefusal(outcome.error()) ? ExitProblems : ExitUsage;
    }
    if (outcome->refused) {
        printErr(tr("smout access approve: refused: %1").arg(outcome->why));
        return ExitProblems;
    }
    printErr(tr("Request %1 approved by %2").arg(id).arg(approver));
    return ExitOk;
}

} // namespace smout::cli
