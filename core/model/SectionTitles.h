#pragma once

// The one title of each section of the template, worded as the form words it ("SUMMARY
// INFORMATION", "1. Describe the category of use…"): the CLI's report, the window's
// navigator and section headers, and the field names all read them from here.

#include <QString>
#include <QStringList>
#include <QStringView>

namespace smout {

// The sections in form order, by the ids rules' sectionOfPath() gives ("screening",
// "summary", "q1" … "review", "redactions") plus the window's "signatures".
QStringList sectionIds();
// The section's title in the current language; "Document" for paths outside every section.
QString sectionTitle(QStringView sectionId);

} // namespace smout
