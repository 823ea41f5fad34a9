#pragma once

// Exporting a SMOUT as PDF and writing its FOIA release copy, the same for `smout export`,
// `smout release` and the window (Export PDF, Export Release Copy): the document is the open
// one or a .smout read from a path, whose folder then holds its attachments.

#include "model/SmoutDocument.h"
#include "pdf/PdfExporter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace smout::workflow {

struct ExportInputs {
    std::optional<SmoutDocument> document; // the open document
    QString documentPath;                   // or a .smout to read ("-": standard input)
    pdf::ExportOptions options;
};

struct ExportOutcome {
    enum class Stage {
        Unreadable, // the document cannot be read (the problem does not name the path)
        Export,     // it cannot be laid out, or (release) a marking cannot be applied or withheld text remains
        Saving,     // the file cannot be written
    };
    std::optional<Stage> failedAt;
    QString problem;
    int pages = 0;
    bool draft = false;       // marked DRAFT: the document has errors
    QStringList warnings;     // characters no installed font can draw
    QStringList unmarked;     // release: personal data the copy would still show (pdf::releaseWarnings)
    bool ok() const { return !failedAt; }
};

ExportOutcome exportFile(const ExportInputs &inputs, const QString &output);
// The release copy, checked after it is written: no withheld text is in it (ReleaseCopy.h).
ExportOutcome releaseFile(const ExportInputs &inputs, const QString &output);

} // namespace smout::workflow
