#include "LookAlikeSearch.h"

#include "Exemptions.h"

#include <QHash>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace smout::release {

namespace {

// ICU's spoof checker is safe to share for skeletons once opened; one per thread keeps the
// rules off the window's thread independent of it.
struct SpoofChecker {
    USpoofChecker *checker = nullptr;
    SpoofChecker()
    {
        UErrorCode status = U_ZERO_ERROR;
        checker = uspoof_open(&status);
        if (U_FAILURE(status))
            checker = nullptr;
    }
    ~SpoofChecker()
    {
        if (checker)
            uspoof_close(checker);
    }
    SpoofChecker(const SpoofChecker &) = delete;
    SpoofChecker &operator=(const SpoofChecker &) = delete;
};

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

QStringList wordsOf(const QString &skeleton)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= skeleton.size(); ++i) {
        const bool inWord = i < skeleton.size() && isWordCharacter(skeleton[i]);
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words << skeleton.mid(start, i - start);
            start = -1;
        }
    }
    return words;
}

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

QString icuSkeleton(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    thread_local SpoofChecker spoof;
    if (U_FAILURE(status) || !spoof.checker) // ICU without its data: Qt's own folding, still NFKC
        return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    const icu::UnicodeString source(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    const icu::UnicodeString folded = folding->normalize(source, status);
    icu::UnicodeString skeleton;
    uspoof_getSkeletonUnicodeString(spoof.checker, 0, folded, skeleton, &status);
    if (U_FAILURE(status))
        return fromIcu(folded);
    return fromIcu(skeleton);
}

} // namespace

// Text is cut where normalization may cut it (a character with a boundary before it), and
// each piece of one character takes its skeleton from a table filled as characters come:
// ICU one character at a time is the slow part, and most text searched is a few hundred
// different characters.
QString readerSkeleton(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status))
        return icuSkeleton(text);
    thread_local std::vector<QString> single(0x10000);
    thread_local std::vector<bool> known(0x10000, false);
    // ASCII characters always have a boundary before them.
    const auto boundaryBefore = [&](QChar c) {
        return c.unicode() < 0x80 || (!c.isLowSurrogate() && folding->hasBoundaryBefore(c.unicode()));
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype j = i + 1;
        while (j < text.size() && !boundaryBefore(text[j]))
            ++j;
        const char16_t c = text[i].unicode();
        if (j == i + 1 && !text[i].isSurrogate()) {
            if (!known[c]) {
                single[c] = icuSkeleton(QString(QChar(c)));
                known[c] = true;
            }
            out += single[c];
        } else {
            out += icuSkeleton(text.mid(i, j - i));
        }
        i = j;
    }
    return out;
}

struct LookAlikeSearch::Index {
    // The long strings, as one Aho-Corasick automaton over their skeletons without spaces.
    std::unordered_map<quint64, int> next; // (state << 16 | character) → state
    std::vector<int> fromRoot = std::vector<int>(0x10000, -1); // the same for state 0, where most characters are
    std::vector<int> fail{0}, output{-1}, outputLink{0};
    std::vector<quint32> seen{0};
    quint32 generation = 0;
    // The short strings: their skeletons' words, by first word.
    QHash<QString, QList<int>> byFirstWord;
    QList<QStringList> shortWords;
    // Each needle (long or short) → the indexes of the withheld strings it stands for.
    QList<QList<qsizetype>> owners;
    QList<bool> ignored;
    bool anyLeft = false;

    int step(int state, char16_t c) const
    {
        if (state == 0)
            return fromRoot[c];
        const auto it = next.find(quint64(state) << 16 | c);
        return it == next.end() ? -1 : it->second;
    }

    void addLong(const QString &key, int needle)
    {
        int state = 0;
        for (const QChar ch : key) {
            const quint64 k = quint64(state) << 16 | ch.unicode();
            auto it = next.find(k);
            if (it == next.end()) {
                it = next.emplace(k, int(fail.size())).first;
                if (state == 0)
                    fromRoot[ch.unicode()] = it->second;
                fail.push_back(0);
                output.push_back(-1);
                outputLink.push_back(0);
                seen.push_back(0);
            }
            state = it->second;
        }
        output[size_t(state)] = needle;
    }

    // The needles `skeleton` holds, each once.
    QList<int> needlesIn(const QString &skeleton, bool onlyLong)
    {
        QList<int> found;
        ++generation;
        int state = 0;
        for (const QChar ch : skeleton) {
            if (ch.isSpace())
                continue;
            int s;
            while ((s = step(state, ch.unicode())) < 0 && state != 0)
                state = fail[size_t(state)];
            state = std::max(s, 0);
            // A state seen before in this text had its whole chain of outputs reported then.
            for (int t = output[size_t(state)] >= 0 ? state : outputLink[size_t(state)]; t > 0 && seen[size_t(t)] != generation;
                 t = outputLink[size_t(t)]) {
                seen[size_t(t)] = generation;
                found << output[size_t(t)];
            }
        }
        if (onlyLong || byFirstWord.isEmpty())
            return found;
        const QStringList words = wordsOf(skeleton);
        QList<bool> reported(shortWords.size(), false);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const auto it = byFirstWord.constFind(words[i]);
            if (it == byFirstWord.cend())
                continue;
            for (const int n : *it) {
                const QStringList &w = shortWords[n];
                if (!reported[n] && i + w.size() <= words.size() && std::equal(w.cbegin(), w.cend(), words.cbegin() + i)) {
                    reported[n] = true;
                    found << n;
                }
            }
        }
        return found;
    }

    void link()
    {
        // States by depth, so that every state's failure link is known before its children's.
        std::vector<std::vector<std::pair<int, char16_t>>> children(fail.size());
        for (const auto &[key, child] : next)
            children[size_t(key >> 16)].emplace_back(child, char16_t(key & 0xffff));
        std::vector<int> queue{0};
        for (size_t at = 0; at < queue.size(); ++at) {
            const int parent = queue[at];
            for (const auto &[child, c] : children[size_t(parent)]) {
                int f = parent == 0 ? -1 : fail[size_t(parent)];
                int target = 0;
                while (f >= 0) {
                    if (const int s = step(f, c); s >= 0) {
                        target = s;
                        break;
                    }
                    f = f == 0 ? -1 : fail[size_t(f)];
                }
                fail[size_t(child)] = target;
                outputLink[size_t(child)] = output[size_t(target)] >= 0 ? target : outputLink[size_t(target)];
                queue.push_back(child);
            }
        }
    }
};

LookAlikeSearch::LookAlikeSearch(const QStringList &withheld) : m_index(std::make_unique<Index>())
{
    QHash<QString, int> longNeedles, shortNeedles;
    for (qsizetype i = 0; i < withheld.size(); ++i) {
        const QString &w = withheld[i];
        if (isOnlyExemptionMarkers(w))
            continue;
        const QString skeleton = readerSkeleton(w);
        if (!std::any_of(skeleton.cbegin(), skeleton.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        const QString key = withoutSpaces(skeleton);
        if (withoutSpaces(w).size() >= 4 && key.size() >= 4) {
            auto it = longNeedles.find(key);
            if (it == longNeedles.end()) {
                it = longNeedles.insert(key, int(m_index->owners.size()));
                m_index->owners.append(QList<qsizetype>());
                m_index->ignored.append(false);
                m_index->shortWords.append(QStringList());
                m_index->addLong(key, *it);
            }
            m_index->owners[*it].append(i);
        } else {
            const QStringList words = wordsOf(skeleton);
            const QString joined = words.join(u' ');
            auto it = shortNeedles.find(joined);
            if (it == shortNeedles.end()) {
                it = shortNeedles.insert(joined, int(m_index->owners.size()));
                m_index->owners.append(QList<qsizetype>());
                m_index->ignored.append(false);
                m_index->shortWords.append(words);
                m_index->byFirstWord[words.first()].append(*it);
            }
            m_index->owners[*it].append(i);
        }
    }
    m_index->link();
    m_index->anyLeft = !isEmpty();
}

LookAlikeSearch::~LookAlikeSearch() = default;
LookAlikeSearch::LookAlikeSearch(LookAlikeSearch &&) noexcept = default;
LookAlikeSearch &LookAlikeSearch::operator=(LookAlikeSearch &&) noexcept = default;

bool LookAlikeSearch::isEmpty() const
{
    return !m_index->ignored.contains(false);
}

void LookAlikeSearch::ignoreFoundIn(const QString &text)
{
    if (isEmpty())
        return;
    for (const int n : m_index->needlesIn(readerSkeleton(text), false))
        m_index->ignored[n] = true;
    m_index->anyLeft = !isEmpty();
}

QList<qsizetype> LookAlikeSearch::foundIn(const QString &text, bool onlyLong)
{
    QList<qsizetype> found;
    if (!m_index->anyLeft)
        return found;
    for (const int n : m_index->needlesIn(readerSkeleton(text), onlyLong))
        if (!m_index->ignored[n])
            found << m_index->owners[n];
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace smout::release
