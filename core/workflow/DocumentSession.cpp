#include "DocumentSession.h"

#include "RecentFiles.h"
#include "io/SmoutJson.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace smout::workflow {

namespace {

// The default autosave delay; the window sets the user's.
constexpr int AutosaveDelayMs = 1500;

bool isBundled(const QString &path)
{
    return path.startsWith(u':');
}

} // namespace

DocumentSession::DocumentSession(DocumentModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_model->isModified())
            m_autosave.start();
    });
    connect(&m_autosave, &QTimer::timeout, this, &DocumentSession::writeRecoveryCopy);
    connect(m_model, &DocumentModel::modifiedChanged, this, &DocumentSession::modifiedChanged);
    connect(m_model, &DocumentModel::filePathChanged, this, &DocumentSession::displayNameChanged);
    // Another document replaces the one from a signed PDF (open() sets it again for a PDF).
    connect(m_model, &DocumentModel::documentReset, this, &DocumentSession::forgetSignedVersion);
}

Status DocumentSession::open(const QString &path)
{
    auto opened = openDocumentFile(path);
    if (!opened)
        return Error{opened.error()};
    m_recovery.discard();
    const bool keepPath = !isBundled(path) && !opened->fromPdf;
    const QString name = QFileInfo(path).fileName();
    setSource(keepPath ? QString() : opened->fromPdf ? tr("%1 (from a PDF)").arg(name) : tr("%1 (example)").arg(name));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_model->reset(opened->document, keepPath ? absolute : QString());
    if (opened->signedVersion) {
        m_signedVersion = std::move(opened.value().signedVersion);
        m_signedFileFindings = std::move(opened.value().fileFindings);
        Q_EMIT signedVersionChanged(true);
    }
    if (keepPath)
        Q_EMIT recentFilesChanged(rememberRecentFile(absolute));
    return success();
}

void DocumentSession::startNew(const QString &component)
{
    replace(SmoutDocument::createNew(component), {});
}

void DocumentSession::replace(const SmoutDocument &doc, const QString &source)
{
    m_recovery.discard();
    setSource(source);
    m_model->reset(doc);
}

Status DocumentSession::save()
{
    if (m_model->filePath().isEmpty())
        return Error{tr("the document has no file yet; choose one with Save As")};
    return saveAs(m_model->filePath());
}

Status DocumentSession::saveAs(const QString &path)
{
    QString target = path;
    if (!target.endsWith(u".smout"_s))
        target += u".smout"_s;
    target = QFileInfo(target).absoluteFilePath();
    const Status saved = io::saveSmoutFile(m_model->document(), target);
    if (!saved)
        return saved;
    m_model->setFilePath(target);
    m_model->markSaved();
    m_recovery.discard();
    Q_EMIT recentFilesChanged(rememberRecentFile(target));
    return success();
}

void DocumentSession::close()
{
    m_autosave.stop();
    m_recovery.discard();
}

QString DocumentSession::displayName() const
{
    const QString path = m_model->filePath();
    if (!path.isEmpty() && !isBundled(path))
        return QFileInfo(path).fileName();
    return m_source.isEmpty() ? tr("Untitled SMOUT") : m_source;
}

QStringList DocumentSession::recentFiles() const
{
    return workflow::recentFiles();
}

QString DocumentSession::droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().constFirst().isLocalFile())
        return {};
    const QString path = data->urls().constFirst().toLocalFile();
    return path.endsWith(u".smout"_s, Qt::CaseInsensitive) || path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : QString();
}

QList<RecoveredWork> DocumentSession::leftovers()
{
    return RecoveryStore::leftovers();
}

void DocumentSession::restore(const RecoveredWork &work)
{
    setSource(tr("Restored work"));
    m_model->reset(work.document, work.originalPath);
    // Restored work is unsaved work: mark it so, and keep a recovery copy of our own.
    m_model->undoStack()->resetClean();
    m_recovery.save(work.document, work.originalPath);
    RecoveryStore::remove(work);
}

std::optional<QList<FieldChange>> DocumentSession::changesSinceSigning() const
{
    if (!m_signedVersion)
        return std::nullopt;
    return diffDocuments(*m_signedVersion, m_model->document());
}

void DocumentSession::setSource(const QString &source)
{
    m_source = source;
    Q_EMIT displayNameChanged();
}

void DocumentSession::forgetSignedVersion()
{
    m_signedFileFindings.clear();
    if (!m_signedVersion)
        return;
    m_signedVersion.reset();
    Q_EMIT signedVersionChanged(false);
}

void DocumentSession::writeRecoveryCopy()
{
    if (m_model->isModified())
        m_recovery.save(m_model->document(), m_model->filePath());
}

} // namespace smout::workflow
