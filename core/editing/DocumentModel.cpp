#include "DocumentModel.h"

#include "EditCommand.h"
#include "io/SmoutJson.h"
#include "model/FieldNames.h"
#include "model/KeyPath.h"
#include "model/Roles.h"
#include "release/MarkingRanges.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace smout {

using namespace Qt::StringLiterals;

QJsonValue jsonValueAt(const QJsonValue &root, QStringView path)
{
    if (path.isEmpty())
        return root;
    const auto steps = parseKeyPath(path);
    const auto value = steps ? valueAt(root, *steps) : std::nullopt;
    return value.value_or(QJsonValue(QJsonValue::Undefined));
}

bool setJsonValueAt(QJsonValue &root, QStringView path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        root = value;
        return true;
    }
    const auto steps = parseKeyPath(path);
    return steps && setValueAt(root, *steps, value);
}

DocumentModel::DocumentModel(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    reset(SmoutDocument::createNew());
}

void DocumentModel::reset(const SmoutDocument &doc, const QString &filePath)
{
    m_undo.clear();
    m_state = DocumentState::of(doc);
    const bool wasReadOnly = !m_readOnlyReason.isEmpty();
    m_readOnlyReason.clear();
    setFilePath(filePath);
    revalidate();
    Q_EMIT documentReset();
    Q_EMIT modifiedChanged(false);
    if (wasReadOnly)
        Q_EMIT roleChanged(m_role);
}

QJsonValue DocumentModel::value(const QString &path) const
{
    return jsonValueAt(m_state.json, path);
}

namespace {

struct EditText {
    Q_DECLARE_TR_FUNCTIONS(smout::DocumentModel)
};

bool holdsLoneSurrogate(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
                ++i;
            else if (s[i].isSurrogate())
                return true;
        }
    }
    if (v.isArray())
        for (const QJsonValue &item : v.toArray())
            if (holdsLoneSurrogate(item))
                return true;
    if (v.isObject())
        for (const QJsonValue &item : v.toObject())
            if (holdsLoneSurrogate(item))
                return true;
    return false;
}

} // namespace

Status DocumentModel::setValue(const QString &path, const QJsonValue &value)
{
    return setValues({{path, value}}, {});
}

Status DocumentModel::setValues(const QList<std::pair<QString, QJsonValue>> &values, const QString &step)
{
    QJsonValue json = m_state.json;
    QStringList changedPaths;
    for (const auto &[path, value] : values) {
        if (const Status owned = mayEdit(path); !owned)
            return owned;
        if (holdsLoneSurrogate(value))
            return Error{EditText::tr("%1: the text holds a lone surrogate, which is not a character").arg(fieldName(path))};
        if (jsonValueAt(json, path) == value)
            continue;
        if (!setJsonValueAt(json, path, value))
            return Error{EditText::tr("%1: no such field").arg(path)};
        changedPaths << path;
    }
    if (changedPaths.isEmpty())
        return success();
    std::optional<DocumentState> after = setInPlace(values);
    const bool readWhole = !after;
    if (readWhole) {
        auto changed = io::readSmout(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
        if (!changed)
            return Error{changed.error()};
        after = DocumentState{changed.value(), {}, 0};
    }
    // Release markings stay on the words they cover, in the same undo step.
    const QList<Redaction> redactions = after->doc.redactions;
    for (const auto &[path, value] : values) {
        const QJsonValue before = jsonValueAt(m_state.json, path);
        if (value.isString() && before.isString())
            release::followEdit(after->doc.redactions, path, before.toString(), value.toString());
        else if (value.isArray())
            release::followListEdit(after->doc.redactions, path, before.toArray(), value.toArray());
    }
    if (readWhole || after->doc.redactions != redactions)
        after = DocumentState::of(after->doc);
    auto *command = new EditCommand(this, changedPaths, m_state, *std::move(after));
    if (!step.isEmpty())
        command->setText(step);
    m_undo.push(command);
    return success();
}

std::optional<DocumentState> DocumentModel::setInPlace(const QList<std::pair<QString, QJsonValue>> &values) const
{
    DocumentState after = m_state;
    QJsonValue json = after.json;
    // The size readSmout would check: the document with the values as given, before the
    // reading turns them into the form it keeps (null text becomes "").
    qsizetype givenSize = m_state.dataSize;
    QSet<QString> seen;
    for (const auto &[path, value] : values) {
        if (seen.contains(path))
            return std::nullopt;
        seen.insert(path);
        const QJsonValue before = jsonValueAt(json, path);
        const auto stored = io::readField(after.doc, path, value);
        if (!stored || !setJsonValueAt(json, path, *stored))
            return std::nullopt;
        const qsizetype beforeSize = compactJsonSize(before);
        givenSize += compactJsonSize(value) - beforeSize;
        after.dataSize += compactJsonSize(*stored) - beforeSize;
    }
    if (givenSize > io::MaxDataSize)
        return std::nullopt;
    after.json = json.toObject();
    return after;
}

Status DocumentModel::applyEdit(const QStringList &paths, const SmoutDocument &after, const QString &step)
{
    for (const QString &path : paths)
        if (const Status owned = mayEdit(path); !owned)
            return owned;
    auto *command = new EditCommand(this, paths, m_state, DocumentState::of(after), EditCommand::Separate);
    command->setText(step);
    m_undo.push(command);
    return success();
}

void DocumentModel::replaceDocument(const DocumentState &state, const QStringList &changedPaths)
{
    m_state = state;
    revalidate();
    for (const QString &path : changedPaths)
        Q_EMIT valueChanged(path);
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
    // Not in ruleContext(), which others use for other documents (signing).
    RuleContext context = ruleContext();
    context.documentJson = m_state.json;
    m_findings = RuleEngine::validate(m_state.doc, context);
    Q_EMIT findingsChanged();
}

void DocumentModel::setRole(Role role)
{
    if (role == m_role)
        return;
    m_role = role;
    Q_EMIT roleChanged(role);
}

bool DocumentModel::isEditable(const QString &path) const
{
    return m_readOnlyReason.isEmpty() && roleOwns(m_role, path);
}

Status DocumentModel::mayEdit(const QString &path) const
{
    if (isEditable(path))
        return success();
    if (!m_readOnlyReason.isEmpty())
        return Error{m_readOnlyReason};
    return Error{EditText::tr("%1 belongs to %2; as %3 you can read it but not change it")
                     .arg(fieldName(path), roleName(*ownerOf(path)), roleName(m_role))};
}

void DocumentModel::setReadOnlyReason(const QString &reason)
{
    if (reason == m_readOnlyReason)
        return;
    m_readOnlyReason = reason;
    // What each view may edit changed, as after a change of role.
    Q_EMIT roleChanged(m_role);
}

void DocumentModel::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

} // namespace smout
