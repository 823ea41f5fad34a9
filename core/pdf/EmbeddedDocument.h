#pragma once

// The PDF structure work done with qpdf's library: the .smout JSON embedded as a file
// attachment, the document information (title, author, subject), and an AcroForm whose
// default resources name a standard, non-embedded Helvetica, so that signature appearances
// added later by poppler stay small (see shared notes pdf-signing-facts.md).

#include "PdfStructure.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace smout::pdf {

inline constexpr char EmbeddedSmoutName[] = "document.smout";

struct PdfFinishing {
    QByteArray attachment;            // embedded as EmbeddedSmoutName when not empty
    QString attachmentName = QString::fromLatin1(EmbeddedSmoutName);
    QString title, author, subject;
    QList<QPair<QString, QByteArray>> otherFiles; // further attachments, e.g. a signed submission
};

// Rewrites `pdf` once with its structure tags (StructureTagger.h), the attachment, metadata
// and form resources. Only for a PDF that is not signed yet: rewriting a signed PDF would
// break its signatures.
Result<QByteArray> finishPdf(const QByteArray &pdf, const PdfStructure &structure, const PdfFinishing &finishing);

// The bytes of an embedded file, or a message saying why there are none.
Result<QByteArray> embeddedFile(const QByteArray &pdf, const QString &name = QString::fromLatin1(EmbeddedSmoutName));

} // namespace smout::pdf
