#pragma once

// The document being edited: a SmoutDocument plus its undo history, its findings and the
// role of the person editing. Views read and write values by key path (the paths of
// smout-format.md, e.g. "summary.contacts[0].email"); every change is an undoable command,
// and keystrokes into the same field merge into one step.

#include "DocumentState.h"
#include "model/Result.h"
#include "model/SmoutDocument.h"
#include "rules/RuleEngine.h"

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

namespace smout {

class DocumentModel : public QObject {
    Q_OBJECT
public:
    explicit DocumentModel(QObject *parent = nullptr);
    // Silent while its members go: the undo stack reports a last change as it is destroyed,
    // when the views listening may be half destroyed themselves.
    ~DocumentModel() override { blockSignals(true); }

    const SmoutDocument &document() const { return m_state.doc; }
    // Replaces the whole document (open, new, restore) and clears the undo history.
    void reset(const SmoutDocument &doc, const QString &filePath = {});

    QJsonValue value(const QString &path) const;
    // Sets the value at `path` as one undo step; a no-op when unchanged. Refused, with the
    // reason, when the current role does not own the path (whichever widget or command
    // asks), when the value does not fit the format there or holds text that is not Unicode
    // (the model never holds an invalid document).
    Status setValue(const QString &path, const QJsonValue &value);
    // Several values as one undo step named `step`: all of them, or none when one is refused.
    Status setValues(const QList<std::pair<QString, QJsonValue>> &values, const QString &step);
    // A change of `paths` made on a copy of the document (markings, requests) as one undo
    // step named `step`, never merged; refused, with the reason, as setValue is.
    Status applyEdit(const QStringList &paths, const SmoutDocument &after, const QString &step);

    const Findings &findings() const { return m_findings; }
    RuleContext ruleContext() const;
    void setToday(const QDate &today);

    Role role() const { return m_role; }
    void setRole(Role role);
    // Whether `path` belongs to a section the current role writes (model/Roles.h).
    bool isEditable(const QString &path) const;
    // The same, with the message that says whose it is when it is not.
    Status mayEdit(const QString &path) const;
    // The whole document read-only whatever the role, and why (an inventory SMOUT the user
    // may not change); empty: editable as the role allows. reset() clears it. Views follow
    // through roleChanged().
    void setReadOnlyReason(const QString &reason);
    QString readOnlyReason() const { return m_readOnlyReason; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }
    QUndoStack *undoStack() { return &m_undo; }

    // Used by the undo commands.
    void replaceDocument(const DocumentState &state, const QStringList &changedPaths);

Q_SIGNALS:
    void documentReset();
    void valueChanged(const QString &path);
    void findingsChanged();
    void roleChanged(smout::Role role);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void revalidate();
    // `values` set in the current state field by field (io::readField), or nothing when one
    // of them needs the whole document read again (a list, a refusal, the size limit).
    std::optional<DocumentState> setInPlace(const QList<std::pair<QString, QJsonValue>> &values) const;

    DocumentState m_state;
    Findings m_findings;
    QUndoStack m_undo;
    Role m_role = Role::Author;
    QString m_filePath;
    QString m_readOnlyReason;
    QDate m_today;
};

// Reads and writes values inside JSON by key path ("a.b[2].c").
QJsonValue jsonValueAt(const QJsonValue &root, QStringView path);
bool setJsonValueAt(QJsonValue &root, QStringView path, const QJsonValue &value);

} // namespace smout
