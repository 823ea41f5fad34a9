#include "SeverityColors.h"

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor severityColor(smout::Severity severity, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (severity) {
    case smout::Severity::Error: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case smout::Severity::Warning: return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x5a, 0x00);
    case smout::Severity::Info: return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x1f, 0x5f, 0x8b);
    }
    return palette.color(QPalette::Text);
}
