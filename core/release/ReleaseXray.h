#pragma once

// The x-ray of a written release PDF: read back by other means than the ones that wrote
// it (poppler's text of every page; with qpdf every string, every stream decompressed —
// content, metadata, XMP, bookmarks, annotations, attachments — and the raw bytes), and
// searched for every withheld text as a reader would find it (LookAlikeSearch.h): short
// withheld words only where text is meant to be read (page text, metadata, text strings,
// attachments), not in binary streams where two letters in a row occur by chance.

#include <QByteArray>
#include <QStringList>

namespace smout::release {

struct XrayHit {
    QString withheld; // the text found
    QString where;    // "text of page 2", "PDF object 14 (stream)"…
};

// `withheld`: the texts to look for, at any length; those that occur in `printedAnyway` (the
// form's own wording, which every release prints) are skipped.
// A PDF that cannot be read at all is one hit: what cannot be checked is not released.
QList<XrayHit> xrayPdf(const QByteArray &pdf, const QStringList &withheld, const QString &printedAnyway);

} // namespace smout::release
