#pragma once

// Text of the document as rich text for the PDF: HTML-escaped, each passage a release copy
// withholds (release/Exemptions.h label marks) drawn as a dark box with its exemption label,
// characters no font can draw shown as placeholders, and a run of more than 200 characters
// without a space broken after every 200.

#include <QString>

namespace smout::pdf {

QString documentTextHtml(const QString &text);
// A release copy's withheld value: a dark box with its exemption label.
QString withheldBox(const QString &label);

} // namespace smout::pdf
