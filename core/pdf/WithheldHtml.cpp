#include "WithheldHtml.h"

#include "GlyphCoverage.h"
#include "release/Exemptions.h"

#include <QRegularExpression>

namespace smout::pdf {

using namespace Qt::StringLiterals;

QString withheldBox(const QString &label)
{
    return u"<span style=\"background-color:#1a1a1a; color:#ffffff; font-family:'Liberation Sans'; font-size:9pt\">&nbsp;%1&nbsp;</span>"_s
        .arg(label.toHtmlEscaped());
}

QString documentTextHtml(const QString &text)
{
    QString out = text.toHtmlEscaped();
    if (!out.contains(QChar(release::LabelOpen)))
        return withGlyphPlaceholders(out);
    static const QRegularExpression mark(u"\uE000([^\uE001]*)\uE001"_s);
    QString boxed;
    qsizetype at = 0;
    for (auto it = mark.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        boxed += out.mid(at, m.capturedStart(0) - at) + withheldBox(m.captured(1));
        at = m.capturedEnd(0);
    }
    return withGlyphPlaceholders(boxed + out.mid(at));
}

} // namespace smout::pdf
