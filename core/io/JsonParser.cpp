#include "JsonParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringDecoder>

#include <cmath>

namespace smout::io {

namespace {

using namespace Qt::StringLiterals;

struct ParseFailure {
    QString message;
};

class Parser {
    Q_DECLARE_TR_FUNCTIONS(smout::io::JsonParser)
public:
    Parser(const QString &text, const JsonLimits &limits) : m_text(text), m_limits(limits) {}

    QJsonObject document()
    {
        skipSpace();
        if (atEnd())
            fail(tr("the file is empty"));
        if (peek() != u'{')
            fail(tr("expected a JSON object '{' at the start of the document"));
        QJsonObject root = object(0);
        skipSpace();
        if (!atEnd())
            fail(tr("unexpected text after the end of the document"));
        return root;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }

    QString path() const
    {
        QString out;
        for (const auto &segment : m_path) {
            if (segment.startsWith(u'['))
                out += segment;
            else
                out += (out.isEmpty() ? QString() : u"."_s) + segment;
        }
        return out.isEmpty() ? tr("(document)") : out;
    }

    [[noreturn]] void fail(const QString &what) const
    {
        qsizetype line = 1, column = 1;
        for (qsizetype i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        throw ParseFailure{tr("%1: %2 (line %3, column %4)").arg(path(), what).arg(line).arg(column)};
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }

    void expect(QChar c, const QString &what)
    {
        skipSpace();
        if (atEnd())
            fail(tr("unexpected end of file, %1 expected (the file looks truncated)").arg(what));
        if (peek() != c)
            fail(tr("%1 expected, found %2").arg(what, describe(peek())));
        ++m_pos;
    }

    static QString describe(QChar c)
    {
        if (c.unicode() == 0)
            return tr("a NUL byte");
        if (c.unicode() < 0x20)
            return tr("control character U+%1").arg(int(c.unicode()), 4, 16, QChar(u'0'));
        return u"'"_s + c + u"'"_s;
    }

    QJsonValue value(int depth)
    {
        skipSpace();
        if (atEnd())
            fail(tr("unexpected end of file, a value expected (the file looks truncated)"));
        const QChar c = peek();
        switch (c.unicode()) {
        case '{': return object(depth + 1);
        case '[': return array(depth + 1);
        case '"': return string();
        case 't': literal(u"true"); return true;
        case 'f': literal(u"false"); return false;
        case 'n': literal(u"null"); return QJsonValue::Null;
        default:
            if (c == u'-' || c.isDigit())
                return number();
            fail(tr("a value expected, found %1").arg(describe(c)));
        }
    }

    void literal(QStringView word)
    {
        if (QStringView(m_text).mid(m_pos, word.size()) != word)
            fail(tr("unknown word, a value expected"));
        m_pos += word.size();
    }

    void checkDepth(int depth)
    {
        if (depth > m_limits.maxDepth)
            fail(tr("nested more than %1 levels deep").arg(m_limits.maxDepth));
    }

    QJsonObject object(int depth)
    {
        checkDepth(depth);
        ++m_pos; // '{'
        QJsonObject out;
        skipSpace();
        if (!atEnd() && peek() == u'}') {
            ++m_pos;
            return out;
        }
        for (;;) {
            skipSpace();
            if (atEnd())
                fail(tr("unexpected end of file inside an object (the file looks truncated)"));
            if (peek() != u'"')
                fail(tr("a key in double quotes expected, found %1").arg(describe(peek())));
            const QString key = string();
            m_path.append(key);
            if (out.contains(key))
                fail(tr("the key appears twice in the same object"));
            if (out.size() >= m_limits.maxObjectKeys)
                fail(tr("more than %L1 keys in one object, the limit").arg(m_limits.maxObjectKeys));
            expect(u':', tr("':' after the key"));
            out.insert(key, value(depth));
            m_path.removeLast();
            skipSpace();
            if (atEnd())
                fail(tr("unexpected end of file, ',' or '}' expected (the file looks truncated)"));
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u'}') {
                ++m_pos;
                return out;
            }
            fail(tr("',' or '}' expected after a value, found %1").arg(describe(peek())));
        }
    }

    QJsonArray array(int depth)
    {
        checkDepth(depth);
        ++m_pos; // '['
        QJsonArray out;
        skipSpace();
        if (!atEnd() && peek() == u']') {
            ++m_pos;
            return out;
        }
        for (;;) {
            if (out.size() >= m_limits.maxListEntries)
                fail(tr("more than %L1 entries in one list, the limit").arg(m_limits.maxListEntries));
            m_path.append(u"[%1]"_s.arg(out.size()));
            out.append(value(depth));
            m_path.removeLast();
            skipSpace();
            if (atEnd())
                fail(tr("unexpected end of file, ',' or ']' expected (the file looks truncated)"));
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u']') {
                ++m_pos;
                return out;
            }
            fail(tr("',' or ']' expected after a list item, found %1").arg(describe(peek())));
        }
    }

    int hex4()
    {
        if (m_pos + 4 > m_text.size())
            fail(tr("unexpected end of file inside a \\u escape"));
        bool ok = false;
        const int v = QStringView(m_text).mid(m_pos, 4).toInt(&ok, 16);
        if (!ok)
            fail(tr("invalid \\u escape"));
        m_pos += 4;
        return v;
    }

    QString string()
    {
        ++m_pos; // opening quote
        QString out;
        const qsizetype start = m_pos;
        for (;;) {
            if (atEnd())
                fail(tr("unexpected end of file inside text (a closing '\"' is missing)"));
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                break;
            }
            if (c.unicode() < 0x20)
                fail(tr("%1 inside text (write it as an escape such as \\n)").arg(describe(c)));
            if (c != u'\\') {
                const qsizetype run = m_pos;
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'"' && m_text.at(m_pos) != u'\\'
                       && m_text.at(m_pos).unicode() >= 0x20)
                    ++m_pos;
                out.append(QStringView(m_text).mid(run, m_pos - run));
            } else {
                ++m_pos;
                if (atEnd())
                    fail(tr("unexpected end of file inside text"));
                const QChar e = m_text.at(m_pos++);
                switch (e.unicode()) {
                case '"': out += u'"'; break;
                case '\\': out += u'\\'; break;
                case '/': out += u'/'; break;
                case 'b': out += u'\b'; break;
                case 'f': out += u'\f'; break;
                case 'n': out += u'\n'; break;
                case 'r': out += u'\r'; break;
                case 't': out += u'\t'; break;
                case 'u': unicodeEscape(out); break;
                default: fail(tr("unknown escape \\%1 in text").arg(e));
                }
            }
            if (out.size() > m_limits.maxStringLength) {
                m_pos = start;
                fail(tr("text longer than the %L1 characters a field may hold")
                         .arg(m_limits.maxStringLength));
            }
        }
        return out;
    }

    void unicodeEscape(QString &out)
    {
        const int first = hex4();
        if (first == 0)
            fail(tr("a NUL character (\\u0000) inside text"));
        if (QChar::isLowSurrogate(char16_t(first)))
            fail(tr("invalid \\u escape: a lone low surrogate"));
        if (QChar::isHighSurrogate(char16_t(first))) {
            if (QStringView(m_text).mid(m_pos, 2) != u"\\u")
                fail(tr("invalid \\u escape: a high surrogate without its pair"));
            m_pos += 2;
            const int second = hex4();
            if (!QChar::isLowSurrogate(char16_t(second)))
                fail(tr("invalid \\u escape: a high surrogate without its pair"));
            out += QChar(char16_t(first));
            out += QChar(char16_t(second));
            return;
        }
        out += QChar(char16_t(first));
    }

    QJsonValue number()
    {
        const qsizetype start = m_pos;
        auto digits = [&] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek().isDigit() && peek().unicode() < 0x80)
                ++m_pos;
            return m_pos - from;
        };
        bool integral = true;
        if (peek() == u'-')
            ++m_pos;
        const qsizetype intStart = m_pos;
        if (digits() == 0)
            fail(tr("a digit expected in a number"));
        if (m_pos - intStart > 1 && m_text.at(intStart) == u'0')
            fail(tr("a number may not start with 0"));
        if (!atEnd() && peek() == u'.') {
            integral = false;
            ++m_pos;
            if (digits() == 0)
                fail(tr("a digit expected after the decimal point"));
        }
        if (!atEnd() && (peek() == u'e' || peek() == u'E')) {
            integral = false;
            ++m_pos;
            if (!atEnd() && (peek() == u'+' || peek() == u'-'))
                ++m_pos;
            if (digits() == 0)
                fail(tr("a digit expected in the exponent"));
        }
        const QStringView literal = QStringView(m_text).mid(start, m_pos - start);
        bool ok = false;
        if (integral) {
            const qint64 v = literal.toLongLong(&ok);
            if (ok)
                return v;
        }
        const double d = literal.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            fail(tr("a number too large to store"));
        return d;
    }

    const QString &m_text;
    const JsonLimits m_limits;
    qsizetype m_pos = 0;
    QStringList m_path;
};

} // namespace

Result<QJsonObject> parseJsonObject(QByteArrayView utf8, const JsonLimits &limits)
{
    if (utf8.startsWith("\xEF\xBB\xBF"))
        return Error{Parser::tr("(document): the file starts with a byte order mark (BOM); save it as "
                        "UTF-8 without BOM")};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(utf8);
    if (decoder.hasError())
        return Error{Parser::tr("(document): the file is not valid UTF-8 text")};
    try {
        Parser parser(text, limits);
        return parser.document();
    } catch (const ParseFailure &failure) {
        return Error{failure.message};
    }
}

} // namespace smout::io
