#pragma once

// The life of the document a window edits, without the window: opening (from one read of
// the file), starting anew, saving, the recent files, the recovery copy written a moment
// after each change and offered back after a crash, a dropped file, the comparison with the
// version signed in the PDF it came from, and the name to show for it. The window asks the
// user and shows what happens; the session does it, and its signals say what changed.

#include "OpenDocument.h"
#include "RecoveryStore.h"
#include "diff/DocumentDiff.h"
#include "editing/DocumentModel.h"
#include "model/Result.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class QMimeData;

namespace smout::workflow {

class DocumentSession : public QObject {
    Q_OBJECT
public:
    explicit DocumentSession(DocumentModel *model, QObject *parent = nullptr);

    DocumentModel *model() const { return m_model; }

    // A .smout, a PDF exported by SMOUT Studio (signed or not) or a bundled example (":/…"),
    // read once. A PDF or an example is saved as a new .smout file, never over its source.
    Status open(const QString &path);
    void startNew(const QString &component = {});
    // A document from elsewhere (an import, the inventory), unsaved; `source` names it.
    void replace(const SmoutDocument &doc, const QString &source);
    // Saves to the document's file through QSaveFile: on failure the file on disk, the
    // document, its unsaved state and its recovery copy are as they were.
    Status save();
    // As save(), to `path` (".smout" added when missing); the document takes the path only
    // once it is saved there.
    Status saveAs(const QString &path);
    // A clean close: the recovery copy goes.
    void close();

    bool isModified() const { return m_model->isModified(); }
    // The file name, else where an unsaved document came from, else "Untitled SMOUT".
    QString displayName() const;

    QStringList recentFiles() const;
    // The one .smout or PDF file of a drop, or nothing when the drop is not one such file.
    static QString droppedFile(const QMimeData *data);

    // The recovery copy is written this long after the last change.
    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }
    // Work left by sessions that ended without saving or closing (crashed or killed).
    static QList<RecoveredWork> leftovers();
    // Takes a leftover as this session's unsaved document (with a recovery copy of its own).
    void restore(const RecoveredWork &work);
    static void dropLeftover(const RecoveredWork &work) { RecoveryStore::remove(work); }

    // The document as signed in the PDF it was opened from; nothing for anything else.
    const std::optional<SmoutDocument> &signedVersion() const { return m_signedVersion; }
    const QStringList &signedFileFindings() const { return m_signedFileFindings; }
    std::optional<QList<FieldChange>> changesSinceSigning() const;

Q_SIGNALS:
    void displayNameChanged();
    void modifiedChanged(bool modified);
    void recentFilesChanged(const QStringList &files);
    // A signed version to compare with came or went.
    void signedVersionChanged(bool known);

private:
    void setSource(const QString &source);
    void forgetSignedVersion();
    void writeRecoveryCopy();

    DocumentModel *m_model;
    QString m_source; // where a document not yet saved as a file came from
    std::optional<SmoutDocument> m_signedVersion;
    QStringList m_signedFileFindings; // changes to the signed PDF file itself, after signing
    QTimer m_autosave;
    RecoveryStore m_recovery;
};

} // namespace smout::workflow
