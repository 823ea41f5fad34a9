#include "DocumentModel.h"

#include "EditCommand.h"
#include "io/SmoutJson.h"

#include <QJsonArray>
#include <QFileInfo>
#include <QJsonDocument>

namespace smout {

using namespace Qt::StringLiterals;

namespace {

QJsonObject toJson(const SmoutDocument &doc)
{
    return io::toJsonObject(doc);
}

// Splits "a.b[2].c" into its first step and the rest.
struct Step {
    QString key;
    qsizetype index = -1;
    QStringView rest;
};

std::optional<Step> firstStep(QStringView path)
{
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        bool ok = false;
        const qsizetype i = path.mid(1, close - 1).toLongLong(&ok);
        if (!ok || i < 0)
            return std::nullopt;
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        return Step{{}, i, rest};
    }
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    return Step{path.left(end).toString(), -1, rest};
}

} // namespace

QJsonValue jsonValueAt(const QJsonValue &root, QStringView path)
{
    if (path.isEmpty())
        return root;
    const auto step = firstStep(path);
    if (!step)
        return QJsonValue::Undefined;
    if (step->index >= 0)
        return root.isArray() && step->index < root.toArray().size()
            ? jsonValueAt(root.toArray().at(step->index), step->rest)
            : QJsonValue(QJsonValue::Undefined);
    return root.isObject() ? jsonValueAt(root.toObject().value(step->key), step->rest)
                           : QJsonValue(QJsonValue::Undefined);
}

bool setJsonValueAt(QJsonValue &root, QStringView path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        root = value;
        return true;
    }
    const auto step = firstStep(path);
    if (!step)
        return false;
    if (step->index >= 0) {
        QJsonArray array = root.toArray();
        if (step->index >= array.size())
            return false;
        QJsonValue child = array.at(step->index);
        if (!setJsonValueAt(child, step->rest, value))
            return false;
        array[step->index] = child;
        root = array;
        return true;
    }
    QJsonObject object = root.toObject();
    QJsonValue child = object.value(step->key);
    if (!setJsonValueAt(child, step->rest, value))
        return false;
    object.insert(step->key, child);
    root = object;
    return true;
}

DocumentModel::DocumentModel(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    reset(SmoutDocument::createNew());
}

void DocumentModel::reset(const SmoutDocument &doc, const QString &filePath)
{
    m_undo.clear();
    m_doc = doc;
    m_json = toJson(doc);
    setFilePath(filePath);
    revalidate();
    Q_EMIT documentReset();
    Q_EMIT modifiedChanged(false);
}

QJsonValue DocumentModel::value(const QString &path) const
{
    return jsonValueAt(m_json, path);
}

bool DocumentModel::setValue(const QString &path, const QJsonValue &value)
{
    if (this->value(path) == value)
        return true;
    QJsonValue json = m_json;
    if (!setJsonValueAt(json, path, value))
        return false;
    auto changed = io::readSmout(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (!changed)
        return false;
    m_undo.push(new EditCommand(this, path, m_doc, changed.value()));
    return true;
}

void DocumentModel::replaceDocument(const SmoutDocument &doc, const QString &changedPath)
{
    m_doc = doc;
    m_json = toJson(doc);
    revalidate();
    Q_EMIT valueChanged(changedPath);
}

RuleContext DocumentModel::ruleContext() const
{
    RuleContext context;
    if (m_today.isValid())
        context.today = m_today;
    if (!m_filePath.isEmpty())
        context.attachmentDir = QFileInfo(m_filePath).absolutePath();
    return context;
}

void DocumentModel::setToday(const QDate &today)
{
    m_today = today;
    revalidate();
}

void DocumentModel::revalidate()
{
    m_findings = RuleEngine::validate(m_doc, ruleContext());
    Q_EMIT findingsChanged();
}

void DocumentModel::setRole(Role role)
{
    if (role == m_role)
        return;
    m_role = role;
    Q_EMIT roleChanged(role);
}

bool DocumentModel::roleOwns(Role role, const QString &path)
{
    const bool review = path.startsWith(u"review");
    switch (role) {
    case Role::Reviewer: return review;
    case Role::Counsel: return path.startsWith(u"questions.q2") || path.startsWith(u"summary.counsel");
    case Role::Author: return !review;
    }
    return false;
}

bool DocumentModel::isEditable(const QString &path) const
{
    return roleOwns(m_role, path);
}

void DocumentModel::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

} // namespace smout
