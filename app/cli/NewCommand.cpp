#include "NewCommand.h"

#include "Console.h"
#include "io/SmoutJson.h"

namespace smout::cli {

QString NewCommand::synopsis() const
{
    return tr("smout new [--component CODE] -o FILE.smout");
}

void NewCommand::addOptions(po::options_description &options, po::positional_options_description &)
{
    options.add_options()
        ("component", po::value<std::string>(),
         tr("component code, e.g. CBP, ICE, USCIS").toStdString().c_str())
        ("output,o", po::value<std::string>()->required(),
         tr("file to write").toStdString().c_str());
}

int NewCommand::run(const po::variables_map &vm)
{
    QString component;
    if (vm.count("component")) {
        component = QString::fromStdString(vm["component"].as<std::string>()).toUpper();
        if (!isKnownComponent(component)) {
            QStringList codes;
            for (const auto &c : knownComponents())
                codes << QString(c.code);
            printErr(tr("smout new: unknown component '%1' (known: %2)")
                         .arg(component, codes.join(u", "_s)));
            return ExitUsage;
        }
    }
    const QString output = QString::fromStdString(vm["output"].as<std::string>());
    const SmoutDocument doc = SmoutDocument::createNew(component);
    if (output == u"-") {
        writeOut(io::writeSmout(doc).value()); // a new document holds no text from outside
        return ExitOk;
    }
    if (const Status saved = io::saveSmoutFile(doc, output); !saved) {
        printErr(tr("smout new: %1").arg(saved.error()));
        return ExitUsage;
    }
    printErr(tr("Wrote %1 (id %2)").arg(output, doc.id));
    return ExitOk;
}

} // namespace smout::cli
