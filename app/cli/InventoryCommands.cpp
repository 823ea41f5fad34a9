#include "InventoryCommands.h"

#include "Console.h"
#include "diff/DocumentDiff.h"
#include "diff/RequestChanges.h"
#include "io/JsonWriter.h"
#include "signing/LoadDocument.h"
#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"
#include "signing/RoleRegistry.h"
#include "signing/SignatureVerifier.h"
#include "signing/SignedRoles.h"
#include "workflow/CertificateDatabase.h"
#include "store/InventorySecurity.h"
#include "store/InventoryStore.h"
#include "store/StoredColumns.h"
#include "store/UserName.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace smout::cli {

namespace {

// A .smout file, or the document (as the author signed it) inside a PDF.
Result<SmoutDocument> loadAny(const QString &path)
{
    auto loaded = loadDocumentFile(path);
    if (!loaded)
        return Error{loaded.error()};
    return std::move(loaded.value().document);
}

} // namespace

namespace {

// The certificate database signed files are verified against: --nss-dir, the --trust
// anchors alone, or the user's ~/.pki/nssdb when it exists (without any, nothing is trusted
// and no signature counts).
Status openTrust(const po::variables_map &vm, const QString &scratch)
{
    QStringList anchors;
    if (vm.count("trust"))
        for (const auto &pem : vm["trust"].as<std::vector<std::string>>())
            anchors << QString::fromStdString(pem);
    return workflow::openVerifyingDatabase(vm.count("nss-dir") ? QString::fromStdString(vm["nss-dir"].as<std::string>()) : QString(),
                                           anchors, scratch);
}

} // namespace

int DbCommand::runImport(store::InventoryStore &inventory, const QStringList &files, std::optional<int> base,
                         const po::variables_map &vm)
{
    if (files.isEmpty()) {
        printErr(tr("smout db import: give the files to import"));
        return ExitUsage;
    }
    if (base && files.size() != 1) {
        printErr(tr("smout db import: --base applies to one file"));
        return ExitUsage;
    }
    if (vm.count("nss-dir") && vm.count("trust")) {
        printErr(tr("smout db import: give either --nss-dir or --trust, not both"));
        return ExitUsage;
    }
    // Signed files count only by what verifies, against the role registry this inventory keeps.
    auto registry = signing::RoleRegistry::fromInventory(inventory);
    if (!registry) {
        printErr(tr("smout db import: %1").arg(registry.error()));
        return ExitUsage;
    }
    QTemporaryDir scratch;
    bool trustOpen = false;
    QList<store::ImportItem> items;
    QList<qsizetype> itemOf(files.size(), -1);
    QMap<qsizetype, QString> unreadable, unbelieved;
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto loaded = loadDocumentFile(files[i]);
        if (!loaded) {
            unreadable.insert(i, loaded.error());
            continue;
        }
        store::SignedRoles signedBy;
        if (loaded->signedPdf) {
            if (!trustOpen) {
                if (const Status opened = openTrust(vm, scratch.filePath(u"trust"_s)); !opened) {
                    printErr(tr("smout db import: %1").arg(opened.error()));
                    return ExitUsage;
                }
                trustOpen = true;
            }
            const auto bytes = io::readInputFile(files[i], MaxPdfSize);
            QString why;
            signedBy = bytes ? signing::verifiedRolesOf(bytes.value(), &registry.value(), &why) : store::SignedRoles{};
            if (!why.isEmpty())
                unbelieved.insert(i, why);
        }
        itemOf[i] = items.size();
        // A signed PDF gives the revision the author signed; its signatures count as far as
        // they hold up (after a return, the author's makes the resubmission).
        items.append({std::move(loaded->document), base, signedBy});
    }
    const bool progress = stderrIsTerminal();
    auto report = inventory.importDocuments(items, store::userName(), Role::Author, [&](qsizetype done, qsizetype total) {
        if (progress)
            std::fprintf(stderr, "\r%s", qPrintable(tr("Importing %1 of %2…").arg(done).arg(total)));
    });
    if (progress)
        std::fprintf(stderr, "\n");
    if (!report)
        return failed(u"import"_s, report.error());
    // One line per file, in the order given.
    QString out;
    int counts[4] = {};
    for (qsizetype i = 0; i < files.size(); ++i) {
        store::ImportLine line;
        if (itemOf[i] < 0)
            line = {QString(), store::ImportStatus::Failed, 0, unreadable.value(i)};
        else
            line = report->lines[itemOf[i]];
        ++counts[int(line.status)];
        switch (line.status) {
        case store::ImportStatus::Imported:
            out += line.reason.isEmpty() ? tr("imported   %1  %2 revision %3\n").arg(files[i], line.id).arg(line.revision)
                                         : tr("imported   %1  %2 revision %3 (draft: %4)\n").arg(files[i], line.id).arg(line.revision).arg(line.reason);
            break;
        case store::ImportStatus::Unchanged:
            out += tr("unchanged  %1  %2 revision %3 (identical; nothing added)\n").arg(files[i], line.id).arg(line.revision);
            break;
        case store::ImportStatus::Conflict:
            out += tr("conflict   %1  %2 skipped: %3\n").arg(files[i], line.id, line.reason);
            break;
        case store::ImportStatus::Failed:
            out += tr("failed     %1  %2\n").arg(files[i], line.reason);
            break;
        }
        if (unbelieved.contains(i) && line.status != store::ImportStatus::Failed)
            out += tr("           signatures that do not count: %1\n").arg(unbelieved.value(i));
    }
    writeOut(out.toUtf8());
    printErr(tr("Imported %1, unchanged %2, conflicts %3, failed %4")
                 .arg(counts[int(store::ImportStatus::Imported)])
                 .arg(counts[int(store::ImportStatus::Unchanged)])
                 .arg(counts[int(store::ImportStatus::Conflict)])
                 .arg(counts[int(store::ImportStatus::Failed)]));
    // Failures that are all refusals by the inventory's permissions are problems, not usage errors.
    bool refusedOnly = true;
    for (const store::ImportLine &line : report->lines)
        refusedOnly = refusedOnly && (line.status != store::ImportStatus::Failed || store::isRefusal(line.reason));
    for (qsizetype i = 0; i < files.size(); ++i)
        refusedOnly = refusedOnly && itemOf[i] >= 0;
    if (counts[int(store::ImportStatus::Failed)])
        return refusedOnly ? ExitProblems : ExitUsage;
    return counts[int(store::ImportStatus::Conflict)] ? ExitProblems : ExitOk;
}

int DbCommand::runCheck(const store::InventoryStore &inventory)
{
    const auto report = inventory.check();
    if (!report)
        return failed(u"check"_s, report.error());
    QString out;
    for (const QString &line : report->storage)
        out += tr("storage: %1\n").arg(line);
    if (!report->chainBreak.isEmpty())
        out += tr("audit chain: %1\n").arg(report->chainBreak);
    for (const store::CheckProblem &p : report->problems)
        out += p.revision ? tr("SMOUT %1 revision %2: %3\n").arg(p.smoutId).arg(p.revision).arg(p.message)
                          : tr("SMOUT %1: %2\n").arg(p.smoutId, p.message);
    writeOut(out.toUtf8());
    QSet<QString> affected;
    for (const store::CheckProblem &p : report->problems)
        affected.insert(p.smoutId);
    if (report->ok())
        printErr(tr("Checked %1 SMOUT(s), %2 revision(s): checksums, revision sequence and audit rows are in order")
                     .arg(report->smouts).arg(report->revisions));
    else
        printErr(tr("Checked %1 SMOUT(s), %2 revision(s): %3 problem(s), %4 SMOUT(s) affected")
                     .arg(report->smouts).arg(report->revisions)
                     .arg(report->problems.size() + report->storage.size() + (report->chainBreak.isEmpty() ? 0 : 1)).arg(affected.size()));
    if (!report->chainHead.isEmpty() && report->chainBreak.isEmpty())
        printErr(tr("Audit chain whole; its head (note it down elsewhere to compare later): %1").arg(report->chainHead));
    if (!report->chainUnchecked.isEmpty())
        printErr(tr("Audit chain not checked: %1").arg(report->chainUnchecked));
    return report->ok() ? ExitOk : ExitProblems;
}

QString DbCommand::synopsis() const
{
    return tr("smout db import FILE... [--base N] | list [--due-within DAYS] [--status S] [--search WORDS] [--format text|json] | "
              "show ID [--revision N] | export ID -o FILE | check | roles add|remove|list [--role R --cert FILE.pem [--component CODE]] | "
              "setup | grant LOGIN --role ROLE [--component CODE]... | revoke LOGIN [--role ROLE] [--component CODE]... | "
              "who [--format text|json]   [--database URL]");
}

void DbCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    options.add_options()
        ("database", po::value<std::string>(), tr("a SQLite file, or postgresql://user@host:port/dbname[?sslmode=…&sslrootcert=…&connect_timeout=…&application_name=…]; "
                                                  "the password comes from ~/.pgpass or PGPASSWORD (default: SMOUT_DATABASE or the user's inventory)").toStdString().c_str())
        ("base", po::value<int>(), tr("import: the stored revision the file was edited from (one file)").toStdString().c_str())
        ("nss-dir", po::value<std::string>(), tr("import: NSS database whose trust settings decide whether a signed file's signatures count "
                                                 "(default: ~/.pki/nssdb when it exists)").toStdString().c_str())
        ("trust", po::value<std::vector<std::string>>(), tr("import: a trusted root certificate (PEM) for signed files; may be repeated").toStdString().c_str())
        ("due-within", po::value<int>(), tr("list: due for re-review within DAYS (overdue included)").toStdString().c_str())
        ("status", po::value<std::string>(), tr("list: draft, with_counsel, submitted, under_review, returned, resubmitted, adjudicated_met, "
                                                "adjudicated_not_met").toStdString().c_str())
        ("search", po::value<std::string>(), tr("list: words to look for").toStdString().c_str())
        ("role", po::value<std::string>(), tr("grant, revoke: program_office, counsel, component_privacy, privacy_office or auditor; "
                                              "roles: author, counsel or reviewer").toStdString().c_str())
        ("component", po::value<std::vector<std::string>>(), tr("grant, revoke: a component the role acts for (repeatable); roles: only for "
                                                                "SMOUTs of this component (e.g. CBP), default every component").toStdString().c_str())
        ("revision", po::value<int>(), tr("show/export: this revision instead of the newest").toStdString().c_str())
        ("output,o", po::value<std::string>(), tr("export: file to write").toStdString().c_str())
        ("cert", po::value<std::string>(), tr("roles: the certificate (PEM) to let act in the role, or no longer").toStdString().c_str())
        ("action", po::value<std::string>()->required(), tr("import, list, show, export, check, roles, setup, grant, revoke or who").toStdString().c_str())
        ("args", po::value<std::vector<std::string>>(), tr("files (import), the SMOUT id (show, export) or the login (grant, revoke)").toStdString().c_str());
    addFormatOption(options, tr("list, who: text or json"));
    positional.add("action", 1).add("args", -1);
}

int DbCommand::run(const po::variables_map &vm)
{
    const QString action = QString::fromStdString(vm["action"].as<std::string>());
    QStringList args;
    if (vm.count("args"))
        for (const auto &a : vm["args"].as<std::vector<std::string>>())
            args << QString::fromStdString(a);
    if (!QStringList{u"import"_s, u"list"_s, u"show"_s, u"export"_s, u"check"_s, u"roles"_s, u"setup"_s, u"grant"_s, u"revoke"_s, u"who"_s}
             .contains(action)) {
        printErr(tr("smout db: unknown action '%1' (import, list, show, export, check, roles, setup, grant, revoke or who)").arg(action));
        return ExitUsage;
    }
    const QString database = vm.count("database") ? QString::fromStdString(vm["database"].as<std::string>()) : QString();
    if (vm.count("database") && database.trimmed().isEmpty()) {
        printErr(tr("smout db: --database is empty; give a SQLite file or a postgresql:// URL, or leave the option out for your own inventory"));
        return ExitUsage;
    }
    auto opened = store::InventoryStore::open(database);
    if (!opened) {
        printErr(tr("smout db: %1").arg(opened.error()));
        return store::isRefusal(opened.error()) ? ExitProblems : ExitUsage;
    }
    store::InventoryStore &inventory = *opened.value();

    if (action == u"import")
        return runImport(inventory, args, vm.count("base") ? std::optional<int>(vm["base"].as<int>()) : std::nullopt, vm);
    if (action == u"check")
        return runCheck(inventory);
    if (action == u"roles")
        return runRoles(inventory, args, vm);
    if (action == u"setup")
        return runSetup(inventory);
    if (action == u"grant" || action == u"revoke")
        return runMembership(inventory, action, args, vm);
    if (action == u"who")
        return runWho(inventory, jsonFormat(vm));

    if (action == u"list") {
        store::ListFilter filter;
        if (vm.count("due-within"))
            filter.dueWithinDays = vm["due-within"].as<int>();
        if (vm.count("status")) {
            filter.status = store::statusFromCode(QString::fromStdString(vm["status"].as<std::string>()));
            if (!filter.status) {
                printErr(tr("smout db list: unknown status '%1'").arg(QString::fromStdString(vm["status"].as<std::string>())));
                return ExitUsage;
            }
        }
        if (vm.count("search"))
            filter.search = QString::fromStdString(vm["search"].as<std::string>());
        auto entries = inventory.list(filter);
        if (!entries)
            return failed(action, entries.error());
        if (jsonFormat(vm)) {
            io::JsonWriter w;
            w.beginArray();
            for (const auto &e : entries.value()) {
                w.beginObject();
                for (const auto &[k, v] : {std::pair{u"id", e.id}, {u"component", e.component}, {u"category", e.category},
                                           {u"title", e.title}, {u"status", store::statusCode(e.status)},
                                           {u"updated", e.updated.toString(Qt::ISODate)},
                                           {u"rereview_due", e.rereviewDue.toString(Qt::ISODate)}}) {
                    w.key(k);
                    w.string(v);
                }
                w.key(u"revision");
                w.integer(e.revision);
                w.endObject();
            }
            w.endArray();
            writeOut(w.finish());
        } else {
            QString out;
            for (const auto &e : entries.value())
                out += u"%1  %2  %3  rev %4  %5  %6\n"_s.arg(e.id, e.component.leftJustified(6), store::statusName(e.status).leftJustified(20))
                           .arg(e.revision)
                           .arg(e.rereviewDue.isValid() ? tr("re-review %1").arg(e.rereviewDue.toString(Qt::ISODate)) : QString(), e.title);
            writeOut(out.toUtf8());
        }
        return ExitOk;
    }

    if (args.size() != 1) {
        printErr(tr("smout db %1: give one SMOUT id").arg(action));
        return ExitUsage;
    }
    const std::optional<int> revision = vm.count("revision") ? std::optional<int>(vm["revision"].as<int>()) : std::nullopt;
    auto stored = inventory.load(store::canonicalSmoutId(args[0]), revision);
    if (!stored)
        return failed(action, stored.error());
    if (action == u"export") {
        if (!vm.count("output")) {
            printErr(tr("smout db export: give -o FILE"));
            return ExitUsage;
        }
        const QString output = QString::fromStdString(vm["output"].as<std::string>());
        if (const Status saved = io::saveSmoutFile(stored->document, output); !saved) {
            printErr(tr("smout db export: %1").arg(saved.error()));
            return ExitUsage;
        }
        printErr(tr("Wrote revision %1 of %2 to %3").arg(stored->revision).arg(args[0], output));
        return ExitOk;
    }
    const QString note = stored->entry.status == store::SmoutStatus::Draft ? store::unbelievedNote(stored->document, {}) : QString();
    const QString status = note.isEmpty() ? store::statusName(stored->entry.status) : tr("%1, %2").arg(store::statusName(stored->entry.status), note);
    QString out = tr("%1 — %2, %3, revision %4 of %5\n").arg(stored->entry.id, stored->entry.component, status)
                      .arg(stored->revision).arg(stored->entry.revision);
    out += stored->entry.title + u'\n';
    if (stored->entry.rereviewDue.isValid())
        out += tr("Re-review due: %1\n").arg(stored->entry.rereviewDue.toString(Qt::ISODate));
    out += tr("Revisions:\n");
    if (auto revisions = inventory.revisions(stored->entry.id))
        for (const auto &r : revisions.value())
            out += u"  %1  %2  %3 (%4)\n"_s.arg(r.revision).arg(r.saved.toString(Qt::ISODate), r.author, r.role);
    out += tr("Audit log:\n");
    if (auto log = inventory.auditLog(stored->entry.id))
        for (const auto &a : log.value())
            out += u"  %1  %2 (%3)  %4  %5\n"_s.arg(a.at.toString(Qt::ISODate), store::attributionOf(a), a.role, a.action, a.detail);
    writeOut(out.toUtf8());
    return ExitOk;
}

QString DiffCommand::synopsis() const
{
    return tr("smout diff A B [--format text|json]");
}

void DiffCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    addFormatOption(options, tr("text or json"));
    options.add_options()
        ("files", po::value<std::vector<std::string>>()->required(), tr("the two documents").toStdString().c_str());
    positional.add("files", 2);
}

int DiffCommand::run(const po::variables_map &vm)
{
    const auto files = vm["files"].as<std::vector<std::string>>();
    if (files.size() != 2) {
        printErr(tr("smout diff: give two documents"));
        return ExitUsage;
    }
    QList<SmoutDocument> docs;
    for (const auto &f : files) {
        auto doc = loadAny(QString::fromStdString(f));
        if (!doc) {
            printErr(tr("smout diff: %1: %2").arg(QString::fromStdString(f), doc.error()));
            return ExitUsage;
        }
        docs << doc.value();
    }
    const QList<FieldChange> changes = diffDocuments(docs[0], docs[1]);
    if (jsonFormat(vm)) {
        io::JsonWriter w;
        w.beginArray();
        for (const auto &c : changes) {
            w.beginObject();
            w.key(u"path");
            w.string(c.path);
            w.key(u"before");
            w.string(c.before);
            w.key(u"after");
            w.string(c.after);
            if (!c.request.isEmpty()) {
                w.key(u"request");
                w.string(c.request);
                w.key(u"change");
                w.string(c.change);
            }
            w.endObject();
        }
        w.endArray();
        writeOut(w.finish());
    } else {
        QString out;
        for (const auto &c : changes) {
            const QString heading = c.request.isEmpty() ? c.path : tr("%1 (request %2: %3)").arg(c.path, c.request, requestChangeName(requestChangeFromCode(c.change).value_or(RequestChangeKind::Edited)));
            out += u"%1\n  - %2\n  + %3\n"_s.arg(heading, c.before.isEmpty() ? tr("(absent)") : c.before, c.after.isEmpty() ? tr("(absent)") : c.after);
        }
        writeOut(out.toUtf8());
    }
    return changes.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace smout::cli
