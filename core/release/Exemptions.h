#pragma once

// The FOIA exemptions a release marking may cite (shared spec smout-format.md, redactions),
// and the label a release copy shows in place of withheld text.

#include <QString>
#include <QStringList>

#include <optional>

namespace smout::release {

// (b)(5), (b)(6), (b)(7)(C), (b)(7)(E), in that order.
QStringList knownExemptions();

// "(b)(7)(C),(b)(6)" → "(b)(6), (b)(7)(C)"; nothing when a part is not a known exemption,
// is repeated, or the text is empty. Only labels made here reach a release copy.
std::optional<QString> exemptionLabel(const QString &exemption);

// True when `text` is made only of exemption markers and separators, as the markers a
// released SMOUT already carries ("(b)(6); (b)(7)(C)"): such text reveals nothing.
bool isOnlyExemptionMarkers(const QString &text);

// Withheld text in a release copy's strings is replaced by the label between these two
// private-use characters, which the renderer turns into a labelled box. Strings of the
// working document never carry them into a release (they are replaced on the way in).
inline constexpr char16_t LabelOpen = u'\uE000';
inline constexpr char16_t LabelClose = u'\uE001';
QString labelMark(const QString &label);
// Every label mark written as "[label]", for places without boxes (headers, PDF metadata).
QString withBracketedLabels(const QString &text);

} // namespace smout::release
