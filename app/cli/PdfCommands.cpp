#include "PdfCommands.h"

#include "Console.h"
#include "signing/LoadDocument.h"
#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "workflow/ExportFile.h"

namespace smout::cli {

namespace {

void addInputOutput(po::options_description &options, po::positional_options_description &positional,
                    const QString &inputHelp)
{
    options.add_options()("output,o", po::value<std::string>()->required(),
                          QCoreApplication::translate("smout::cli::Command", "file to write")
                              .toStdString().c_str());
    options.add_options()("input", po::value<std::string>()->required(), inputHelp.toStdString().c_str());
    positional.add("input", 1);
}

QString text(const po::variables_map &vm, const char *key)
{
    return QString::fromStdString(vm[key].as<std::string>());
}

// Exports INPUT to OUTPUT; `verb` names the command in messages.
int writePdf(const po::variables_map &vm, const QString &verb, const pdf::ExportOptions &options)
{
    const QString input = text(vm, "input"), output = text(vm, "output");
    const workflow::ExportOutcome pdf = workflow::exportFile({std::nullopt, input, options}, output);
    if (pdf.failedAt == workflow::ExportOutcome::Stage::Unreadable) {
        printErr(u"smout %1: %2: %3"_s.arg(verb, input == u"-" ? QCoreApplication::translate("smout::cli::Command", "standard input") : input, pdf.problem));
        return ExitUsage;
    }
    if (!pdf.ok()) {
        printErr(u"smout %1: %2"_s.arg(verb, pdf.problem));
        return ExitUsage;
    }
    for (const QString &warning : pdf.warnings)
        printErr(QCoreApplication::translate("smout::cli::Command", "warning: %1").arg(warning));
    printErr(QCoreApplication::translate("smout::cli::Command", "Wrote %1 (%n page(s)%2)", nullptr, pdf.pages)
                 .arg(output, pdf.draft ? QCoreApplication::translate("smout::cli::Command", ", marked DRAFT \u2014 NOT VALIDATED: the document has errors")
                                        : QString()));
    return ExitOk;
}

} // namespace

QString ExportCommand::synopsis() const
{
    return tr("smout export FILE.smout -o OUT.pdf [--page-size letter|a4]");
}

void ExportCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    addInputOutput(options, positional, tr("the .smout file to export ('-' reads standard input)"));
    options.add_options()("page-size", po::value<std::string>()->default_value("letter"),
                          tr("letter or a4").toStdString().c_str());
    addTodayOption(options, tr("check dates as if today were YYYY-MM-DD"));
}

int ExportCommand::run(const po::variables_map &vm)
{
    pdf::ExportOptions options;
    const QString size = text(vm, "page-size").toLower();
    if (size == u"a4")
        options.pageSize = QPageSize::A4;
    else if (size != u"letter") {
        printErr(tr("smout export: --page-size must be letter or a4, not '%1'").arg(size));
        return ExitUsage;
    }
    if (vm.count("today"))
        options.today = todayOption(vm);
    return writePdf(vm, name(), options);
}

QString ImportCommand::synopsis() const
{
    return tr("smout import FILE.pdf -o FILE.smout");
}

void ImportCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    addInputOutput(options, positional, tr("the PDF exported by SMOUT Studio ('-' reads standard input)"));
}

int ImportCommand::run(const po::variables_map &vm)
{
    const QString input = text(vm, "input");
    auto bytes = io::readInputFile(input, MaxPdfSize);
    if (!bytes) {
        printErr(tr("smout import: %1").arg(bytes.error()));
        return ExitUsage;
    }
    // Only a PDF: a .smout given here is a mistake, not a copy request.
    if (!isPdf(bytes.value())) {
        printErr(tr("smout import: %1: not a PDF; import reads a PDF exported by SMOUT Studio").arg(input));
        return ExitUsage;
    }
    auto loaded = loadDocument(bytes.value());
    if (!loaded) {
        printErr(tr("smout import: %1: %2").arg(input, loaded.error()));
        return ExitUsage;
    }
    const SmoutDocument &doc = loaded->document;
    const QString output = text(vm, "output");
    const auto encoded = io::writeSmout(doc);
    if (!encoded) {
        printErr(tr("smout import: %1: %2").arg(input, encoded.error()));
        return ExitUsage;
    }
    const QByteArray &json = encoded.value();
    if (output == u"-") {
        writeOut(json);
        return ExitOk;
    }
    if (const Status saved = io::writeFileAtomically(output, json); !saved) {
        printErr(tr("smout import: %1").arg(saved.error()));
        return ExitUsage;
    }
    printErr(tr("Wrote %1 (id %2)").arg(output, doc.id));
    return ExitOk;
}

QString ReleaseCommand::synopsis() const
{
    return tr("smout release FILE.smout -o RELEASE.pdf");
}

void ReleaseCommand::addOptions(po::options_description &options, po::positional_options_description &positional)
{
    addInputOutput(options, positional, tr("the .smout file to release"));
}

int ReleaseCommand::run(const po::variables_map &vm)
{
    const QString input = text(vm, "input"), output = text(vm, "output");
    const workflow::ExportOutcome pdf = workflow::releaseFile({std::nullopt, input, {}}, output);
    if (pdf.failedAt == workflow::ExportOutcome::Stage::Unreadable) {
        printErr(tr("smout release: %1: %2").arg(input == u"-" ? tr("standard input") : input, pdf.problem));
        return ExitUsage;
    }
    for (const QString &warning : pdf.unmarked)
        printErr(tr("smout release: warning: %1").arg(warning));
    if (!pdf.ok()) {
        printErr(tr("smout release: %1").arg(pdf.problem));
        return ExitProblems;
    }
    for (const QString &warning : pdf.warnings)
        printErr(tr("smout release: warning: %1").arg(warning));
    printErr(tr("Wrote %1 (%n page(s)), checked: no withheld text in it", nullptr, pdf.pages).arg(output));
    return ExitOk;
}

} // namespace smout::cli
