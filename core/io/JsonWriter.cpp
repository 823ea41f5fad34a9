#include "JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <limits>

namespace smout::io {

namespace {

struct WriterText {
    Q_DECLARE_TR_FUNCTIONS(smout::io::JsonWriter)
};

} // namespace

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(QByteArray(qsizetype(m_levels.size()) * 2, ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    if (!m_levels.back().empty)
        m_out += ',';
    m_levels.back().empty = false;
    ++m_levels.back().count;
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({true, true, {}, 0});
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.push_back({false, true, {}, 0});
}

void JsonWriter::endArray()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    m_pendingKey = name.toString();
    m_inKey = true;
    quoted(name);
    m_inKey = false;
    m_levels.back().key = std::move(m_pendingKey);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    quoted(text);
}

void JsonWriter::quoted(QStringView text)
{
    m_out += '"';
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t u = text[i].unicode();
        if (u >= 0x80) {
            // A run of non-ASCII text is converted whole once its surrogates are known paired.
            qsizetype end = i;
            while (end < text.size() && text[end].unicode() >= 0x80) {
                const QChar c = text[end];
                if (c.isHighSurrogate() && end + 1 < text.size() && text[end + 1].isLowSurrogate()) {
                    end += 2;
                    continue;
                }
                if (c.isSurrogate())
                    break;
                ++end;
            }
            m_out += text.sliced(i, end - i).toUtf8();
            i = end;
            if (i < text.size() && text[i].isSurrogate()) {
                refuseLoneSurrogate(text[i].unicode(), m_inKey);
                m_out += "\ufffd";
                ++i;
            }
            continue;
        }
        switch (u) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default:
            if (u < 0x20) {
                m_out += "\\u00";
                m_out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                m_out += char(u);
            }
        }
        ++i;
    }
    m_out += '"';
}

QString JsonWriter::currentPath(bool inKey) const
{
    QString path;
    for (qsizetype i = 0; i < qsizetype(m_levels.size()); ++i) {
        const Level &level = m_levels[size_t(i)];
        const bool last = i + 1 == qsizetype(m_levels.size());
        if (level.isObject) {
            QString step = last && inKey ? m_pendingKey : level.key;
            for (qsizetype c = 0; c < step.size(); ++c) { // named printably
                if (step[c].isHighSurrogate() && c + 1 < step.size() && step[c + 1].isLowSurrogate())
                    ++c;
                else if (step[c].isSurrogate())
                    step[c] = QChar::ReplacementCharacter;
            }
            if (!path.isEmpty())
                path += u'.';
            path += step;
        } else {
            path += u'[' + QString::number(level.count - 1) + u']';
        }
    }
    return path;
}

void JsonWriter::refuseLoneSurrogate(char16_t unit, bool inKey)
{
    if (!m_error.isEmpty())
        return;
    const QString path = currentPath(inKey);
    m_error = WriterText::tr("%1: contains a lone surrogate (U+%2), which is not a character; "
                             "the text cannot be saved as UTF-8")
                  .arg(path.isEmpty() ? WriterText::tr("the document") : path,
                       QString::number(unit, 16).toUpper());
}

void JsonWriter::boolean(bool on)
{
    beforeValue();
    m_out += on ? "true" : "false";
}

void JsonWriter::integer(qint64 n)
{
    beforeValue();
    m_out += QByteArray::number(n);
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::rawNumber(double d)
{
    if (!std::isfinite(d)) { // JSON has no infinity or NaN
        null();
        return;
    }
    beforeValue();
    if (std::trunc(d) == d && std::abs(d) < 9.0e15) {
        m_out += QByteArray::number(qint64(d));
        return;
    }
    // The shortest text that reads back as the same double.
    char buffer[32];
    const auto written = std::to_chars(std::begin(buffer), std::end(buffer), d);
    m_out.append(buffer, written.ptr - buffer);
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: null(); break;
    case QJsonValue::Bool: boolean(v.toBool()); break;
    case QJsonValue::Double: {
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(notIntegral);
        if (n != notIntegral)
            integer(n);
        else
            rawNumber(v.toDouble());
        break;
    }
    case QJsonValue::String: string(v.toString()); break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &item : v.toArray())
            value(item);
        endArray();
        break;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

QByteArray JsonWriter::finish()
{
    m_out += '\n';
    return std::move(m_out);
}

} // namespace smout::io
