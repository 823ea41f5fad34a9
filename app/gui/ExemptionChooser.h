#pragma once

// Asks which FOIA exemptions a marking cites: one check box per exemption, several allowed.

#include <QString>

class QWidget;

namespace ExemptionChooser {
// "(b)(6), (b)(7)(C)", or empty when cancelled or nothing was chosen. Tests answer it
// through setNextAnswer, so no dialog blocks them.
QString choose(QWidget *parent, const QString &current = {});
void setNextAnswer(const QString &exemption);
} // namespace ExemptionChooser
