#include "ImportLegacyCommand.h"

#include "Console.h"
#include "io/JsonWriter.h"
#include "io/SmoutJson.h"
#include "legacy/LegacyImport.h"

namespace smout::cli {

using legacy::FieldStatus;
using legacy::LegacyImport;

namespace {

void printJson(const LegacyImport &result)
{
    io::JsonWriter w;
    w.beginObject();
    w.key(u"edition");
    w.string(result.edition);
    w.key(u"fields");
    w.beginArray();
    for (const auto &f : result.fields) {
        w.beginObject();
        w.key(u"path");
        w.string(f.path);
        w.key(u"status");
        w.string(legacy::statusCode(f.status));
        w.key(u"source");
        w.string(f.source);
        w.key(u"reason");
        w.string(f.reason);
        w.endObject();
    }
    w.endArray();
    w.key(u"unmapped");
    w.beginArray();
    for (const auto &u : result.unmapped) {
        w.beginObject();
        w.key(u"source");
        w.string(u.source);
        w.key(u"text");
        w.string(u.text);
        w.endObject();
    }
    w.endArray();
    w.key(u"withheld");
    w.beginArray();
    for (const auto &p : result.withheld)
        w.string(p);
    w.endArray();
    w.key(u"counts");
    w.beginObject();
    w.key(u"mapped");
    w.integer(result.count(FieldStatus::Mapped));
    w.key(u"inferred");
    w.integer(result.count(FieldStatus::Inferred));
    w.key(u"missing");
    w.integer(result.count(FieldStatus::Missing));
    w.endObject();
    w.endObject();
    writeOut(w.finish());
}

void printText(const LegacyImport &result, const QString &output)
{
    QString out = ImportLegacyCommand::tr("Imported a %1 edition template into %2: %3 field(s) mapped, %4 inferred, %5 missing.\n")
                      .arg(result.edition, output)
                      .arg(result.count(FieldStatus::Mapped))
                      .arg(result.count(FieldStatus::Inferred))
                      .arg(result.count(FieldStatus::Missing));
    const auto section = [&](const QString &title, FieldStatus status) {
        QString lines;
        for (const auto &f : result.fields)
            if (f.status == status)
                lines += u"  %1 — %2%3\n"_s.arg(f.path, f.reason,
                                                f.source.isEmpty() ? QString() : u" (%1)"_s.arg(f.source));
        if (!lines.isEmpty())
            out += u"\n"_s + title + u'\n' + lines;
    };
    section(ImportLegacyCommand::tr("Check these inferred values against the source:"), FieldStatus::Inferred);
    section(ImportLegacyCommand::tr("Fill in these fields (not found in the source):"), FieldStatus::Missing);
    if (!result.withheld.isEmpty()) {
        out += u"\n"_s + ImportLegacyCommand::tr("Withheld in the copy imported; fill from the office's own record:") + u'\n';
        for (const auto &p : result.withheld)
            out += u"  "_s + p + u'\n';
    }
    if (!result.unmapped.isEmpty()) {
        out += u"\n"_s + ImportLegacyCommand::tr("Text placed in no field (move it where it belongs):") + u'\n';
        for (const auto &u : result.unmapped)
            out += u"  %1: %2\n"_s.arg(u.source, u.text);
    }
    writeOut(out.toUtf8());
}

} // namespace

QString ImportLegacyCommand::synopsis() const
{
    return tr("smout import-legacy FILE(.docx|.pdf|.txt|.md) -o OUT.smout [--format text|json] "
              "[--component CODE]");
}

void ImportLegacyCommand::addOptions(po::options_description &options,
                                     po::positional_options_description &positional)
{
    options.add_options()
        ("output,o", po::value<std::string>()->required(), tr("the .smout file to write").toStdString().c_str())
        ("component", po::value<std::string>(),
         tr("component code, when the template names none").toStdString().c_str())
        ("file", po::value<std::string>()->required(), tr("the filled template").toStdString().c_str());
    addFormatOption(options, tr("report: text (what a person must check) or json"));
    positional.add("file", 1);
}

int ImportLegacyCommand::run(const po::variables_map &vm)
{
    legacy::ReadOptions options;
    if (vm.count("component")) {
        options.component = QString::fromStdString(vm["component"].as<std::string>()).toUpper();
        if (!isKnownComponent(options.component)) {
            printErr(tr("smout import-legacy: unknown component '%1'").arg(options.component));
            return ExitUsage;
        }
    }
    const QString file = QString::fromStdString(vm["file"].as<std::string>());
    const QString output = QString::fromStdString(vm["output"].as<std::string>());
    const auto result = legacy::importLegacyFile(file, options);
    if (!result) {
        // Errors of reading the file name it already; those of its content do not.
        const QString message = result.error().startsWith(file) ? result.error() : u"%1: %2"_s.arg(file, result.error());
        printErr(tr("smout import-legacy: %1").arg(message));
        return ExitUsage;
    }
    const auto bytes = io::writeSmout(result->document);
    if (!bytes) {
        printErr(tr("smout import-legacy: %1").arg(bytes.error()));
        return ExitUsage;
    }
    if (const Status saved = io::writeFileAtomically(output, *bytes); !saved) {
        printErr(tr("smout import-legacy: %1").arg(saved.error()));
        return ExitUsage;
    }
    if (jsonFormat(vm))
        printJson(*result);
    else
        printText(*result, output);
    return ExitOk;
}

} // namespace smout::cli
