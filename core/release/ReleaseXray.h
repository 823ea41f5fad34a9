#pragma once

// The x-ray of a written release PDF: read back by other means than the ones that wrote
// it (poppler's text of every page; with qpdf every string, every stream decompressed —
// content, metadata, XMP, bookmarks, annotations, attachments — and the raw bytes), and
// searched for every withheld text, white space ignored.

#include <QByteArray>
#include <QStringList>

namespace smout::release {

struct XrayHit {
    QString withheld; // the text found
    QString where;    // "text of page 2", "PDF object 14 (stream)"…
};

// `withheld`: the texts to look for; those that are not searchable (RedactedCopy.h) or that
// occur in `printedAnyway` (the form's own wording, which every release prints) are skipped.
// A PDF that cannot be read at all is one hit: what cannot be checked is not released.
QList<XrayHit> xrayPdf(const QByteArray &pdf, const QStringList &withheld, const QString &printedAnyway);

} // namespace smout::release
