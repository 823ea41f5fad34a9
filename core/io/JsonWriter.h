#pragma once

// Writes JSON in the order it is told (QJsonDocument would sort every object's keys), with
// two-space indentation, so a .smout file lists its keys in the order of the form and the
// same document always produces the same bytes. Text is encoded by code point (a surrogate
// pair becomes one four-byte UTF-8 sequence); a lone surrogate is not a character and is
// refused, naming the key path where it stands.

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
    // Why the text must not be used (a lone surrogate, at the key path named); empty when it
    // may. The text holds U+FFFD where the refused unit was.
    const QString &error() const { return m_error; }

private:
    void beforeValue();
    void newline();
    void rawNumber(double d);
    void quoted(QStringView text);
    void refuseLoneSurrogate(char16_t unit, bool inKey);
    QString currentPath(bool inKey) const;

    struct Level {
        bool isObject;
        bool empty = true;
        QString key;        // objects: the key last written
        qsizetype count = 0; // arrays: values written
    };
    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_inKey = false;
    QString m_pendingKey; // the key being written, for the path of a refusal inside it
    QString m_error;
};

} // namespace smout::io
