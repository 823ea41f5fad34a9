#include "DocumentState.h"

#include "io/SmoutJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace smout {

DocumentState DocumentState::of(const SmoutDocument &doc)
{
    DocumentState state{doc, io::toJsonObject(doc), 0};
    state.dataSize = QJsonDocument(state.json).toJson(QJsonDocument::Compact).size();
    return state;
}

qsizetype compactJsonSize(const QJsonValue &value)
{
    // A list of one value adds exactly its two brackets.
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).size() - 2;
}

} // namespace smout
