#include "ContentTokens.h"

#include <algorithm>
#include <charconv>

namespace smout::pdf {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
}

class Reader {
public:
    explicit Reader(std::string_view s) : m_s(s) {}

    // Whether the last thing read ran into the end of the stream unfinished.
    ContentEnd cutShort = ContentEnd::BetweenTokens;

    void skipSpace()
    {
        while (m_at < m_s.size()) {
            if (isWhite(m_s[m_at])) {
                ++m_at;
            } else if (m_s[m_at] == '%') {
                while (m_at < m_s.size() && m_s[m_at] != '\n' && m_s[m_at] != '\r')
                    ++m_at;
                if (m_at >= m_s.size())
                    cutShort = ContentEnd::InComment;
            } else {
                break;
            }
        }
    }
    bool atEnd() const { return m_at >= m_s.size(); }
    size_t at() const { return m_at; }
    char peek(size_t ahead = 0) const { return m_at + ahead < m_s.size() ? m_s[m_at + ahead] : '\0'; }

    // A regular token: a run of characters up to white space or a delimiter.
    std::string_view word()
    {
        const size_t start = m_at;
        while (m_at < m_s.size() && !isWhite(m_s[m_at]) && !isDelimiter(m_s[m_at]))
            ++m_at;
        return m_s.substr(start, m_at - start);
    }

    void literalString()
    {
        int depth = 0;
        while (m_at < m_s.size()) {
            const char c = m_s[m_at++];
            if (c == '\\')
                ++m_at;
            else if (c == '(')
                ++depth;
            else if (c == ')' && --depth == 0)
                return;
        }
        m_at = std::min(m_at, m_s.size()); // a backslash ending the stream escapes nothing
        cutShort = ContentEnd::InString;
    }

    void hexString()
    {
        while (m_at < m_s.size()) {
            if (m_s[m_at++] == '>')
                return;
        }
        cutShort = ContentEnd::InString;
    }

    // One operand, whole, starting at a non-space character that does not start an operator.
    // Arrays and dictionaries are skipped by counting their brackets, without recursion,
    // however deeply they nest.
    void operand()
    {
        int depth = 0;
        do {
            const char c = peek();
            if (c == '(') {
                literalString();
            } else if (c == '<' && peek(1) == '<') {
                m_at += 2;
                ++depth;
            } else if (c == '>' && peek(1) == '>') {
                m_at += 2;
                --depth;
            } else if (c == '<') {
                hexString();
            } else if (c == '[') {
                ++m_at;
                ++depth;
            } else if (c == ']') {
                ++m_at;
                --depth;
            } else if (c == '/') {
                ++m_at;
                word();
            } else if (isDelimiter(c)) {
                ++m_at; // a stray delimiter: taken alone, as qpdf's tokenizer does
            } else {
                word();
            }
            if (depth > 0)
                skipSpace();
        } while (depth > 0 && !atEnd());
        if (depth > 0 && cutShort == ContentEnd::BetweenTokens)
            cutShort = ContentEnd::InArrayOrDictionary;
    }

    // Inline image data after ID: up to white space, EI and white space (or the end).
    size_t imageDataEnd()
    {
        for (size_t i = m_at; i + 2 <= m_s.size(); ++i)
            if (isWhite(m_s[i]) && m_s.substr(i + 1, 2) == "EI" && (i + 3 == m_s.size() || isWhite(m_s[i + 3])))
                return i;
        return m_s.size();
    }
    void jumpTo(size_t at) { m_at = at; }

private:
    std::string_view m_s;
    size_t m_at = 0;
};

bool startsNumber(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
}

bool parseNumber(std::string_view w, double &value)
{
    // PDF numbers have no exponent; an explicit '+' is allowed but from_chars refuses it.
    if (!w.empty() && w.front() == '+')
        w.remove_prefix(1);
    if (w.empty() || w.find_first_of("eE") != std::string_view::npos)
        return false;
    const auto [end, error] = std::from_chars(w.data(), w.data() + w.size(), value);
    return error == std::errc() && end == w.data() + w.size();
}

ContentEnd readTokens(std::string_view stream, const std::function<void(const ContentToken &)> &token)
{
    Reader r(stream);
    for (;;) {
        r.skipSpace();
        if (r.atEnd())
            return r.cutShort;
        ContentToken t;
        t.offset = r.at();
        const char c = r.peek();
        if (isDelimiter(c)) {
            r.operand();
            t.kind = ContentToken::Other;
        } else {
            const std::string_view w = r.word();
            if (startsNumber(c) && parseNumber(w, t.number)) {
                t.kind = ContentToken::Number;
            } else if (w == "true" || w == "false" || w == "null") {
                t.kind = ContentToken::Other;
            } else {
                t.kind = ContentToken::Operator;
                t.text = w;
            }
        }
        t.length = r.at() - t.offset;
        token(t);
        if (t.kind == ContentToken::Operator && t.text == "ID") {
            // The image data follows one white-space character and runs to EI.
            const size_t start = r.at() + 1;
            const size_t end = r.imageDataEnd();
            if (end >= stream.size())
                r.cutShort = ContentEnd::InInlineImage;
            if (start < end) {
                ContentToken data;
                data.offset = start;
                data.length = end - start;
                token(data);
            }
            r.jumpTo(end);
        }
    }
}

} // namespace

void readContentTokens(std::string_view stream, const std::function<void(const ContentToken &)> &token)
{
    readTokens(stream, token);
}

ContentEnd contentEnd(std::string_view stream)
{
    return readTokens(stream, [](const ContentToken &) {});
}

} // namespace smout::pdf
