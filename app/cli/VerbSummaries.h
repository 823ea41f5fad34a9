#pragma once

// The verbs' one-line summaries, in the order `smout --help` lists them. They live apart from
// the verb classes so that the small `smout` front answers --help without loading the verbs
// (and with them Qt GUI, poppler, NSS and qpdf).

#include <QString>

#include <span>

namespace smout::cli {

struct VerbSummary {
    const char *verb;
    const char *context; // the translation context: the verb's class, as when it said tr()
    const char *text;
};

std::span<const VerbSummary> verbSummaries();
// The translated summary of `verb`, or an empty string for a verb not in the table.
QString verbSummary(const QString &verb);

} // namespace smout::cli
