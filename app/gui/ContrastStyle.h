#pragma once

// Colours a low-vision user can tell apart (WCAG 2.1, 1.4.3 and 1.4.11): the text of a
// selected row against its highlight at least 4.5:1, the border of an unfocused check box,
// radio button or line edit against the window at least 3:1, and a multi-line field that
// shows the focus with a ring, not only with its caret. Fusion (Qt's style where no desktop
// style is installed) draws those borders 2:1 and the selection 3.7:1; another style is
// left as it draws.

#include <QColor>
#include <QString>

// Applies the palette and, under Fusion, the borders to the application; once.
void applyContrast();

// The border drawn around unfocused controls, and the focus ring of multi-line fields.
QColor controlBorderColor();
QColor focusRingColor();
// The style sheet giving multi-line fields their border and focus ring (same size either way).
QString multiLineFocusStyleSheet();

double contrastRatio(const QColor &a, const QColor &b);
