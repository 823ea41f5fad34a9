// FOIA release copies: every redaction range replaced by its exemption marker. Works on the
// document's JSON form so that any string the format has can be redacted by its key path.

#include "PdfExporter.h"
#include "io/SmoutJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

// Applies `change` to the string at `path` (e.g. "summary.contacts[0].phone") inside `value`.
bool editString(QJsonValue &value, QStringView path, const std::function<QString(QString)> &change)
{
    static const QRegularExpression step(u"^([^.\\[]+)|^\\[(\\d+)\\]|^\\.([^.\\[]+)"_s);
    if (path.isEmpty()) {
        if (!value.isString())
            return false;
        value = change(value.toString());
        return true;
    }
    const QString pathText = path.toString();
    const auto m = step.match(pathText);
    if (!m.hasMatch())
        return false;
    const QStringView rest = path.mid(m.capturedLength(0));
    if (m.hasCaptured(2)) {
        QJsonArray array = value.toArray();
        const qsizetype i = m.captured(2).toLongLong();
        if (i >= array.size())
            return false;
        QJsonValue item = array[i];
        const bool done = editString(item, rest, change);
        array[i] = item;
        value = array;
        return done;
    }
    const QString key = m.hasCaptured(1) ? m.captured(1) : m.captured(3);
    QJsonObject object = value.toObject();
    if (!object.contains(key))
        return false;
    QJsonValue child = object.value(key);
    const bool done = editString(child, rest, change);
    object.insert(key, child);
    value = object;
    return done;
}

} // namespace

SmoutDocument releaseCopy(const SmoutDocument &doc)
{
    QJsonValue json = io::toJsonObject(doc);
    // Later ranges first, so earlier offsets in the same value stay right.
    QList<Redaction> redactions = doc.redactions;
    std::stable_sort(redactions.begin(), redactions.end(), [](const Redaction &a, const Redaction &b) {
        if (a.path != b.path)
            return a.path < b.path;
        return a.start.value_or(0) > b.start.value_or(0);
    });
    for (const Redaction &r : redactions) {
        const QString marker = u'[' + r.exemption + u']';
        editString(json, r.path, [&](QString text) {
            if (!r.start || !r.end)
                return marker;
            const qsizetype start = std::min(*r.start, text.size());
            const qsizetype end = std::clamp(*r.end, start, text.size());
            return text.replace(start, end - start, marker);
        });
    }
    auto copy = io::readSmout(QJsonDocument(json.toObject()).toJson());
    return copy ? copy.value() : doc;
}

} // namespace smout::pdf
