#pragma once

// Withheld strings found the way a reader would find them: under Unicode case folding and
// NFKC, with default-ignorable code points (zero-width characters, soft hyphens) dropped, and
// with look-alike characters compared by their UTS #39 confusable skeleton (ICU), so that
// "JANE ROE", "Ｊａｎｅ Ｒｏｅ" and "Jаne Roe" with a Cyrillic "а" all read as "Jane Roe".
// A withheld string of 4 characters or more (white space aside) is found anywhere, white
// space ignored (lines wrap anywhere); a shorter one as whole words ("FBI", not "FBIS").
// All strings are searched in one pass over the text (Aho-Corasick), so the work grows with
// the text and the withheld strings, never with their product.

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace smout::release {

// `text` as the search compares it (folded, NFKC, ignorables dropped, skeleton).
QString readerSkeleton(const QString &text);

class LookAlikeSearch {
public:
    // `withheld`: the strings to look for. Strings made only of exemption markers ("(b)(6)",
    // which every release shows) or with no letter or digit are not looked for.
    explicit LookAlikeSearch(const QStringList &withheld);
    ~LookAlikeSearch();
    LookAlikeSearch(LookAlikeSearch &&) noexcept;
    LookAlikeSearch &operator=(LookAlikeSearch &&) noexcept;

    bool isEmpty() const;
    // Stops looking for every withheld string `text` shows (the form's own wording, which
    // every release prints whatever is withheld).
    void ignoreFoundIn(const QString &text);
    // Indexes into `withheld` of the strings `text` shows, each once, in increasing order.
    // `onlyLong`: short strings are not looked for (in binary data, where a 2-letter word
    // appears by chance).
    QList<qsizetype> foundIn(const QString &text, bool onlyLong = false);

private:
    struct Index;
    std::unique_ptr<Index> m_index;
};

} // namespace smout::release
