#include "SearchText.h"

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    // Full case folding where it differs from the simple folding QString does.
    out = out.toCaseFolded();
    out.replace(u"\u00DF"_s, u"ss"_s);
    return out;
}

} // namespace

QStringList searchWords(const QString &text)
{
    QStringList words;
    QString word;
    const QString f = folded(text);
    for (qsizetype i = 0; i < f.size(); ++i) {
        const QChar c = f[i];
        if (c.isHighSurrogate() && i + 1 < f.size()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, f[i + 1]);
            if (QChar::isLetterOrNumber(ucs)) {
                word += c;
                word += f[++i];
                continue;
            }
            ++i;
        } else if (c.isLetterOrNumber()) {
            word += c;
            continue;
        }
        if (!word.isEmpty())
            words << std::exchange(word, QString());
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QString searchableText(const QStringList &parts)
{
    QStringList words;
    for (const QString &p : parts)
        words << searchWords(p);
    return words.join(u' ');
}

SearchQuery searchQuery(const QString &typed)
{
    SearchQuery q;
    QStringList fts, ts;
    for (const QString &term : typed.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const QStringList words = searchWords(term);
        if (words.isEmpty())
            continue;
        // A term ending in a letter or digit may be a word still being typed: its last word
        // matches as a prefix. One ending in punctuation ("100%") ends its word there.
        const bool prefix = term.back().isLetterOrNumber();
        // Words hold only letters and digits, so neither syntax can be broken out of.
        fts << u"\""_s + words.join(u' ') + (prefix ? u"\"*"_s : u"\""_s);
        QStringList quoted;
        for (const QString &w : words)
            quoted << u'\'' + w + u'\'';
        ts << u"("_s + quoted.join(u" <-> "_s) + (prefix ? u":*)"_s : u")"_s);
    }
    if (fts.isEmpty()) {
        q.matchesNothing = !typed.trimmed().isEmpty();
        return q;
    }
    q.fts5 = fts.join(u" AND "_s);
    q.tsquery = ts.join(u" & "_s);
    return q;
}

} // namespace smout::store
