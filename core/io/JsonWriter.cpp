#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace smout::io {

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
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({true});
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
    m_levels.push_back({false});
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
    quoted(name);
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
    for (const QChar c : text) {
        const char16_t u = c.unicode();
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
            } else if (u < 0x80) {
                m_out += char(u);
            } else {
                m_out += QStringView(&c, 1).toUtf8();
            }
        }
    }
    m_out += '"';
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
    beforeValue();
    if (std::trunc(d) == d && std::abs(d) < 9.0e15)
        m_out += QByteArray::number(qint64(d));
    else
        m_out += QByteArray::number(d, 'g', 17);
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
