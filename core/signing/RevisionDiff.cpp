#include "RevisionDiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace smout::signing {

namespace {

struct DiffText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::RevisionDiff)
};

struct Fingerprint {
    QList<QByteArray> pages;          // hash of each page's content and resources
    QMap<QString, QByteArray> files;  // embedded file name → hash of its data
    QByteArray info;                  // document information dictionary
};

QByteArray hash(const std::string &data)
{
    return QCryptographicHash::hash(QByteArrayView(data.data(), qsizetype(data.size())), QCryptographicHash::Sha256);
}

Fingerprint fingerprint(const QByteArray &pdf)
{
    QPDF q;
    q.setSuppressWarnings(true);
    q.processMemoryFile("revision.pdf", pdf.constData(), size_t(pdf.size()));
    Fingerprint f;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
        Pl_Buffer contents("contents");
        page.pipeContents(&contents);
        const auto buffer = contents.getBufferSharedPointer();
        std::string data(reinterpret_cast<const char *>(buffer->getBuffer()), buffer->getSize());
        data += page.getObjectHandle().getKey("/Resources").unparseResolved();
        data += page.getObjectHandle().getKey("/MediaBox").unparseResolved();
        f.pages << hash(data);
    }
    for (const auto &[name, spec] : QPDFEmbeddedFileDocumentHelper(q).getEmbeddedFiles()) {
        const auto data = spec->getEmbeddedFileStream().getStreamData();
        f.files.insert(QString::fromStdString(name),
                       hash(std::string(reinterpret_cast<const char *>(data->getBuffer()), data->getSize())));
    }
    f.info = hash(q.getTrailer().getKey("/Info").unparseResolved());
    return f;
}

} // namespace

Result<QStringList> changesAfterSigning(const QByteArray &signedRevision, const QByteArray &current)
{
    try {
        const Fingerprint before = fingerprint(signedRevision);
        const Fingerprint after = fingerprint(current);
        QStringList changes;
        if (before.pages.size() != after.pages.size())
            changes << DiffText::tr("the number of pages changed from %1 to %2").arg(before.pages.size()).arg(after.pages.size());
        for (qsizetype i = 0; i < std::min(before.pages.size(), after.pages.size()); ++i)
            if (before.pages[i] != after.pages[i])
                changes << DiffText::tr("the content of page %1 changed").arg(i + 1);
        for (auto it = before.files.begin(); it != before.files.end(); ++it) {
            if (!after.files.contains(it.key()))
                changes << DiffText::tr("the embedded file %1 was removed").arg(it.key());
            else if (after.files[it.key()] != it.value())
                changes << DiffText::tr("the embedded file %1 was replaced").arg(it.key());
        }
        for (auto it = after.files.begin(); it != after.files.end(); ++it)
            if (!before.files.contains(it.key()))
                changes << DiffText::tr("the file %1 was embedded").arg(it.key());
        if (before.info != after.info)
            changes << DiffText::tr("the document information (title, author, subject) changed");
        return changes;
    } catch (const std::exception &e) {
        return Error{DiffText::tr("the revisions cannot be compared: %1").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace smout::signing
