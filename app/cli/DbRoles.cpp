// `smout db roles add|remove|list`: the role registry kept in the inventory, which `smout
// verify --database`, `smout sign --database` and `smout db import` check roles against.

#include "InventoryCommands.h"

#include "Console.h"
#include "signing/RoleRegistry.h"
#include "signing/SignerIdentity.h"
#include "store/InventoryStore.h"
#include "store/UserName.h"

namespace smout::cli {

int DbCommand::runRoles(store::InventoryStore &inventory, const QStringList &args, const po::variables_map &vm)
{
    const QString verb = args.value(0);
    if (args.size() != 1 || !QStringList{u"add"_s, u"remove"_s, u"list"_s}.contains(verb)) {
        printErr(tr("smout db roles: give add, remove or list"));
        return ExitUsage;
    }
    if (verb == u"list") {
        auto grants = inventory.roleGrants();
        if (!grants)
            return failed(u"roles"_s, grants.error());
        QString out;
        for (const store::StoredRoleGrant &g : grants.value())
            out += u"%1  %2  %3  %4\n"_s.arg(QString(codeOf(g.role)).leftJustified(8), g.component.isEmpty() ? tr("(every)").leftJustified(7) : g.component.leftJustified(7),
                                             signing::displayFingerprint(g.certificate), g.subject);
        if (auto log = inventory.roleAuditLog(); log && !log->isEmpty()) {
            out += tr("Changes:\n");
            for (const store::AuditEntry &a : log.value())
                out += u"  %1  %2  %3  %4\n"_s.arg(a.at.toString(Qt::ISODate), store::attributionOf(a), store::auditActionName(a.action), a.detail);
        }
        writeOut(out.toUtf8());
        if (grants->isEmpty())
            printErr(tr("The inventory has no role registry: each role is only stated by its signer. Add who may sign as "
                        "counsel and reviewer with smout db roles add --role counsel --cert FILE.pem."));
        return ExitOk;
    }
    const auto role = fromCode<Role>(QString::fromStdString(vm.count("role") ? vm["role"].as<std::string>() : std::string()));
    if (!role || !vm.count("cert")) {
        printErr(tr("smout db roles %1: give --role author|counsel|reviewer and --cert FILE.pem").arg(verb));
        return ExitUsage;
    }
    auto who = signing::identityOfPemFile(QString::fromStdString(vm["cert"].as<std::string>()));
    if (!who) {
        printErr(tr("smout db roles %1: %2").arg(verb, who.error()));
        return ExitUsage;
    }
    // One grant names one component (or none: every component).
    const auto components = vm.count("component") ? vm["component"].as<std::vector<std::string>>() : std::vector<std::string>();
    if (components.size() > 1) {
        printErr(tr("smout db roles %1: give --component once; add one grant per component").arg(verb));
        return ExitUsage;
    }
    const QString component = components.empty() ? QString() : QString::fromStdString(components.front()).trimmed().toUpper();
    if (!components.empty() && component.isEmpty()) {
        printErr(tr("smout db roles %1: --component is empty; give a component code such as CBP").arg(verb));
        return ExitUsage;
    }
    const store::StoredRoleGrant grant{*role, who->sha256, who->subject, component};
    auto changed = verb == u"add" ? inventory.grantRole(grant, store::userName()) : inventory.revokeRole(grant, store::userName());
    if (!changed)
        return failed(u"roles "_s + verb, changed.error());
    const QString scope = component.isEmpty() ? tr("every component") : component;
    if (verb == u"add")
        printErr(changed.value() ? tr("%1 may now sign as %2 (%3)").arg(who->subject, QString(codeOf(*role)), scope)
                                 : tr("%1 was already listed as %2 (%3); nothing changed").arg(who->subject, QString(codeOf(*role)), scope));
    else if (changed.value())
        printErr(tr("%1 may no longer sign as %2 (%3)").arg(who->subject, QString(codeOf(*role)), scope));
    else {
        printErr(tr("smout db roles remove: %1 is not listed as %2 (%3)").arg(who->subject, QString(codeOf(*role)), scope));
        return ExitProblems;
    }
    return ExitOk;
}

} // namespace smout::cli
