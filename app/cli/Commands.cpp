// The one table of `smout` verbs. Adding a verb: write its class, add one line here.

#include "AccessCommand.h"
#include "ArchiveCommand.h"
#include "CertsCommand.h"
#include "Command.h"
#include "ImportLegacyCommand.h"
#include "InventoryCommands.h"
#include "NewCommand.h"
#include "PdfCommands.h"
#include "RequestCommand.h"
#include "SignCommands.h"
#include "ValidateCommand.h"

namespace smout::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(std::make_unique<ValidateCommand>());
    c.push_back(std::make_unique<NewCommand>());
    c.push_back(std::make_unique<ExportCommand>());
    c.push_back(std::make_unique<ImportCommand>());
    c.push_back(std::make_unique<ImportLegacyCommand>());
    c.push_back(std::make_unique<ReleaseCommand>());
    c.push_back(std::make_unique<SignCommand>());
    c.push_back(std::make_unique<VerifyCommand>());
    c.push_back(std::make_unique<ArchiveCommand>());
    c.push_back(std::make_unique<DiffCommand>());
    c.push_back(std::make_unique<DbCommand>());
    c.push_back(std::make_unique<CertsCommand>());
    c.push_back(std::make_unique<AccessCommand>());
    c.push_back(std::make_unique<RequestCommand>());
    return c;
}

} // namespace smout::cli
