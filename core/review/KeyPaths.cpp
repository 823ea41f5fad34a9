#include "KeyPaths.h"

#include "io/SmoutJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace smout::review {

using namespace Qt::StringLiterals;

bool documentHasPath(const SmoutDocument &doc, const QString &path)
{
    return path.isEmpty() || valueAtPath(io::toJsonObject(doc), path).has_value();
}

std::optional<QJsonValue> valueAtPath(const QJsonObject &json, const QString &path)
{
    // The sections a person fills in; the file's bookkeeping (id, redactions, requests)
    // is not something to ask about.
    static const QStringList sections{u"screening"_s, u"summary"_s, u"questions"_s, u"review"_s};
    static const QRegularExpression segment(u"^([a-z0-9_]+)((?:\\[\\d{1,6}\\])*)$"_s);
    static const QRegularExpression index(u"\\[(\\d+)\\]"_s);

    if (path.isEmpty())
        return std::nullopt;
    const QStringList parts = path.split(u'.');
    if (!sections.contains(parts.first()))
        return std::nullopt;
    QJsonValue at = json;
    for (const QString &part : parts) {
        const auto m = segment.match(part);
        if (!m.hasMatch() || !at.isObject() || !at.toObject().contains(m.captured(1)))
            return std::nullopt;
        at = at.toObject().value(m.captured(1));
        for (auto it = index.globalMatch(m.captured(2)); it.hasNext();) {
            const qsizetype i = it.next().captured(1).toLongLong();
            if (!at.isArray() || i >= at.toArray().size())
                return std::nullopt;
            at = at.toArray().at(i);
        }
    }
    return at;
}

} // namespace smout::review
