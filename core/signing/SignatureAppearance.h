#pragma once

// The visible signature drawn in a role's box: the role and time centred on the left, "Signed
// by …" on the right, in the fonts the pages embed (AppearanceFonts.h), named /SF0, /SF1, … in
// the stream's resources: each character in the first font that has its glyph (else its base
// letter, else "?"). Without embedded fonts, in the standard Helvetica (WinAnsi, Latin-1 text)
// of the form resources, named /Helv. Lines are wrapped, and the size lowered, so that no text
// reaches outside the box: the verifier reads text outside the signature boxes as part of the
// page.

#include "AppearanceFonts.h"

#include <QByteArray>
#include <QString>

namespace smout::signing {

// The content stream of an appearance `width` × `height` points.
QByteArray signatureAppearance(double width, double height, const QString &leftText,
                               const QString &rightText, const QList<AppearanceFont> &fonts = {});

// A number as a PDF content stream writes it: at most two decimals, no exponent.
QByteArray pdfNumber(double v);

// A literal PDF string of Latin-1 text: "(Signed by A \(B\))".
QByteArray pdfLiteral(const QString &text);

} // namespace smout::signing
