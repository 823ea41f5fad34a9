#pragma once

// The visible signature drawn in a role's box: the role and time centred on the left, "Signed
// by …" on the right, in the standard Helvetica (WinAnsi, Latin-1 text) of the form resources,
// named /Helv in the stream's resources. Lines are wrapped, and the size lowered, so that no
// text reaches outside the box: the verifier reads text outside the signature boxes as part
// of the page.

#include <QByteArray>
#include <QString>

namespace smout::signing {

// The content stream of an appearance `width` × `height` points.
QByteArray signatureAppearance(double width, double height, const QString &leftText,
                               const QString &rightText);

// A number as a PDF content stream writes it: at most two decimals, no exponent.
QByteArray pdfNumber(double v);

// A literal PDF string of Latin-1 text: "(Signed by A \(B\))".
QByteArray pdfLiteral(const QString &text);

} // namespace smout::signing
