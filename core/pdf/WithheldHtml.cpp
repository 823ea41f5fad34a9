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

namespace {

// Qt lays out a run with nowhere to break it in time that grows with the square of its
// length (a field of 256 K characters without a space took 5 s); a run this long is junk or
// a pasted blob, so it is drawn with a break after every so many characters.
constexpr qsizetype LongestUnbrokenRun = 200;

QString withBreaksInLongRuns(const QString &text)
{
    QString out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        run = c.isSpace() ? 0 : run + 1;
        if (run > LongestUnbrokenRun && !c.isLowSurrogate()) {
            out += u' ';
            run = 1;
        }
        out += c;
    }
    return out;
}

} // namespace

QString documentTextHtml(const QString &text)
{
    QString out = withBreaksInLongRuns(text).toHtmlEscaped();
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
