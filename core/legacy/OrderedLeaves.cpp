#include "OrderedLeaves.h"

#include "io/SmoutJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace smout::legacy {

using namespace Qt::StringLiterals;

namespace {

// A reader of the writer's own output (well-formed by construction): only the order of
// keys is taken from the text, the values come from QJsonDocument.
class LeafScanner {
public:
    explicit LeafScanner(const QByteArray &text) : m_text(text) {}

    void value(const QString &path, QList<Leaf> &out)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return;
        const char c = m_text[m_pos];
        if (c == '{') {
            ++m_pos;
            bool empty = true;
            while (true) {
                skipSpace();
                if (m_text[m_pos] == '}') {
                    ++m_pos;
                    break;
                }
                if (m_text[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                empty = false;
                const QString key = stringToken();
                skipSpace();
                ++m_pos; // ':'
                value(path.isEmpty() ? key : path + u'.' + key, out);
            }
            if (empty)
                out.append({path, QJsonObject()});
        } else if (c == '[') {
            ++m_pos;
            int index = 0;
            while (true) {
                skipSpace();
                if (m_text[m_pos] == ']') {
                    ++m_pos;
                    break;
                }
                if (m_text[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                value(u"%1[%2]"_s.arg(path).arg(index++), out);
            }
            if (index == 0)
                out.append({path, QJsonArray()});
        } else {
            const qsizetype start = m_pos;
            if (c == '"')
                stringToken();
            else
                while (m_pos < m_text.size() && !QByteArrayView(",}] \n\r\t").contains(m_text[m_pos]))
                    ++m_pos;
            const QByteArray token = "[" + m_text.mid(start, m_pos - start) + "]";
            out.append({path, QJsonDocument::fromJson(token).array().at(0)});
        }
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \n\r\t").contains(m_text[m_pos]))
            ++m_pos;
    }

    QString stringToken()
    {
        const qsizetype start = m_pos++;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\')
                ++m_pos;
            ++m_pos;
        }
        ++m_pos;
        const QByteArray token = "[" + m_text.mid(start, m_pos - start) + "]";
        return QJsonDocument::fromJson(token).array().at(0).toString();
    }

    QByteArray m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<Leaf> formLeaves(const SmoutDocument &doc)
{
    const auto bytes = io::writeSmout(doc);
    if (!bytes)
        return {};
    QList<Leaf> all;
    LeafScanner(*bytes).value({}, all);
    QList<Leaf> out;
    for (const Leaf &l : all)
        for (const char *section : {"screening.", "summary.", "questions.", "review."})
            if (l.path.startsWith(QLatin1StringView(section)))
                out.append(l);
    return out;
}

} // namespace smout::legacy
