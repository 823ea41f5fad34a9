// `smout db setup | grant | revoke | who`: the roles of a shared PostgreSQL inventory
// (store/InventorySecurity.h). Logins and their passwords are PostgreSQL's own business:
// these verbs only say which group and components a login has.

#include "Console.h"
#include "InventoryCommands.h"
#include "io/JsonWriter.h"
#include "store/InventorySecurity.h"
#include "store/InventoryStore.h"

namespace smout::cli {

int DbCommand::failed(const QString &action, const QString &error)
{
    printErr(tr("smout db %1: %2").arg(action, error));
    return store::isRefusal(error) ? ExitProblems : ExitUsage;
}

int DbCommand::runSetup(store::InventoryStore &inventory)
{
    if (const Status done = inventory.setUpSecurity(); !done)
        return failed(u"setup"_s, done.error());
    printErr(tr("The inventory's roles and rules are in place: smout_program_office, smout_counsel and smout_component_privacy "
                "(per component), smout_privacy_office and smout_auditor; give people theirs with 'smout db grant'"));
    return ExitOk;
}

int DbCommand::runMembership(store::InventoryStore &inventory, const QString &action, const QStringList &args, const po::variables_map &vm)
{
    if (args.size() != 1) {
        printErr(tr("smout db %1: give one login (a database user)").arg(action));
        return ExitUsage;
    }
    std::optional<store::InventoryRole> role;
    if (vm.count("role")) {
        const QString name = QString::fromStdString(vm["role"].as<std::string>());
        role = store::inventoryRoleFromName(name);
        if (!role) {
            printErr(tr("smout db %1: unknown role '%2' (program_office, counsel, component_privacy, privacy_office or auditor)")
                         .arg(action, name));
            return ExitUsage;
        }
    } else if (action == u"grant") {
        printErr(tr("smout db grant: give --role"));
        return ExitUsage;
    }
    QStringList components;
    if (vm.count("component"))
        for (const auto &c : vm["component"].as<std::vector<std::string>>())
            components << QString::fromStdString(c);
    if (!role && !components.isEmpty()) {
        printErr(tr("smout db revoke: --component needs --role"));
        return ExitUsage;
    }
    const Status done = action == u"grant" ? inventory.grant(args[0], *role, components) : inventory.revoke(args[0], role, components);
    if (!done)
        return failed(action, done.error());
    printErr(action == u"grant" ? tr("%1 now holds %2").arg(args[0], store::inventoryRoleName(*role))
                                : tr("Revoked from %1").arg(args[0]));
    return ExitOk;
}

int DbCommand::runWho(const store::InventoryStore &inventory, bool json)
{
    const auto members = inventory.memberships();
    if (!members)
        return failed(u"who"_s, members.error());
    if (json) {
        io::JsonWriter w;
        w.beginArray();
        for (const store::Membership &m : members.value()) {
            w.beginObject();
            w.key(u"login");
            w.string(m.login);
            w.key(u"role");
            w.string(store::inventoryRoleName(m.role));
            w.key(u"components");
            w.beginArray();
            for (const QString &c : m.components)
                w.string(c);
            w.endArray();
            w.endObject();
        }
        w.endArray();
        writeOut(w.finish());
        return ExitOk;
    }
    QString out;
    for (const store::Membership &m : members.value())
        out += u"%1  %2  %3\n"_s.arg(m.login.leftJustified(20), store::inventoryRoleName(m.role).leftJustified(24),
                                     store::isComponentScoped(m.role)
                                         ? (m.components.isEmpty() ? tr("(no component: sees nothing)") : m.components.join(u", "_s))
                                         : tr("(every component)"));
    writeOut(out.toUtf8());
    return ExitOk;
}

} // namespace smout::cli
