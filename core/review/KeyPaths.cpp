#include "KeyPaths.h"

#include "io/SmoutJson.h"
#include "model/KeyPath.h"

#include <QJsonObject>

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
    const auto steps = parseKeyPath(path);
    if (!steps || !sections.contains(std::get<QString>(steps->first())))
        return std::nullopt;
    return valueAt(json, *steps);
}

} // namespace smout::review
