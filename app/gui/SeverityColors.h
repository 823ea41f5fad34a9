#pragma once

// The colour a finding's severity is shown in, readable on the palette in use: deep tones
// on a light window, light tones on a dark one (both above 4.5:1 contrast on the base).

#include "rules/Finding.h"

#include <QColor>
#include <QPalette>

bool isDarkPalette(const QPalette &palette);
QColor severityColor(smout::Severity severity, const QPalette &palette);
