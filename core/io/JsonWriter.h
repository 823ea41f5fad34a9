#pragma once

// Writes JSON in the order it is told (QJsonDocument would sort every object's keys), with
// two-space indentation, so a .smout file lists its keys in the order of the form and the
// same document always produces the same bytes.

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <vector>

namespace smout::io {

class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);

    void string(QStringView text);
    void boolean(bool on);
    void integer(qint64 n);
    void null();
    // Any value, for keys this version does not know; object keys in alphabetical order.
    void value(const QJsonValue &v);

    QByteArray finish(); // the text, ending with a newline

private:
    void beforeValue();
    void newline();
    void rawNumber(double d);
    void quoted(QStringView text);

    struct Level {
        bool isObject;
        bool empty = true;
    };
    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace smout::io
