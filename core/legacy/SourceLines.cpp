#include "SourceLines.h"

#include "LegacyText.h"

namespace smout::legacy {

SourceLines linesOfText(const QString &text)
{
    SourceLines lines;
    const QStringList raw = text.split(u'\n');
    lines.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString t = raw[i];
        if (t.endsWith(u'\r'))
            t.chop(1);
        lines.append({t, LegacyText::tr("line %1").arg(i + 1)});
    }
    return lines;
}

} // namespace smout::legacy
