#include "VerbSummaries.h"

#include <QCoreApplication>

namespace smout::cli {

namespace {

constexpr VerbSummary summaries[] = {
    {"validate", "smout::cli::ValidateCommand",
     QT_TRANSLATE_NOOP("smout::cli::ValidateCommand", "check SMOUT files against Directive 110-01 and list what to fix")},
    {"new", "smout::cli::NewCommand",
     QT_TRANSLATE_NOOP("smout::cli::NewCommand", "write a blank SMOUT with a fresh document id")},
    {"export", "smout::cli::ExportCommand",
     QT_TRANSLATE_NOOP("smout::cli::ExportCommand", "export the filled form as PDF, with the document embedded")},
    {"import", "smout::cli::ImportCommand",
     QT_TRANSLATE_NOOP("smout::cli::ImportCommand", "get the document back out of an exported or signed PDF")},
    {"import-legacy", "smout::cli::ImportLegacyCommand",
     QT_TRANSLATE_NOOP("smout::cli::ImportLegacyCommand",
                       "bring in a filled template from Word, PDF or text, with a report of what to check")},
    {"release", "smout::cli::ReleaseCommand",
     QT_TRANSLATE_NOOP("smout::cli::ReleaseCommand",
                       "export a FOIA release copy: marked text removed and drawn as a box labelled with its exemptions, "
                       "no embedded data; refused when a marking cannot be applied or withheld text is found in the written file")},
    {"sign", "smout::cli::SignCommand",
     QT_TRANSLATE_NOOP("smout::cli::SignCommand",
                       "sign as author, counsel or reviewer with a certificate (NSS database, smart card or PKCS#12)")},
    {"verify", "smout::cli::VerifyCommand",
     QT_TRANSLATE_NOOP("smout::cli::VerifyCommand", "verify the signatures of a SMOUT PDF and detect changes made after signing")},
    {"archive", "smout::cli::ArchiveCommand",
     QT_TRANSLATE_NOOP("smout::cli::ArchiveCommand",
                       "add validation data and a document timestamp to a signed PDF, so that it verifies after its "
                       "certificates expire")},
    {"diff", "smout::cli::DiffCommand",
     QT_TRANSLATE_NOOP("smout::cli::DiffCommand",
                       "field-level differences between two SMOUTs (.smout files or exported/signed PDFs)")},
    {"db", "smout::cli::DbCommand",
     QT_TRANSLATE_NOOP("smout::cli::DbCommand",
                       "the SMOUT inventory: import, list, show and export revisions (SQLite or PostgreSQL)")},
    {"certs", "smout::cli::CertsCommand",
     QT_TRANSLATE_NOOP("smout::cli::CertsCommand",
                       "list the certificates with a private key (database and smart cards) and which may sign")},
    {"access", "smout::cli::AccessCommand",
     QT_TRANSLATE_NOOP("smout::cli::AccessCommand", "CBP access requests decided from the inventory: add, decide, approve, list")},
    {"request", "smout::cli::RequestCommand",
     QT_TRANSLATE_NOOP("smout::cli::RequestCommand", "ask for, answer, close or list requests for additional information")},
};

} // namespace

std::span<const VerbSummary> verbSummaries()
{
    return summaries;
}

QString verbSummary(const QString &verb)
{
    for (const VerbSummary &s : summaries)
        if (verb == QLatin1StringView(s.verb))
            return QCoreApplication::translate(s.context, s.text);
    return {};
}

} // namespace smout::cli
