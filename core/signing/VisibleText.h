#pragma once

// Whether the pages of a signed revision say what its embedded .smout says: the embedded
// document is laid out again by the export renderer, and the signed pages must be, object for
// object, that rendering (RenderedPages.h). Pages that are not are not proven to show the
// data, whatever their text says: the first difference is named, and the text of every page
// (signature appearances left out) is compared as a second line, naming the field whose value
// the pages do not show, or quoting where the texts part.

#include "RenderedPages.h"
#include "model/SmoutDocument.h"

#include <QByteArray>
#include <QSemaphore>
#include <QStringList>

#include <memory>
#include <optional>

class QThread;
namespace Poppler {
class Document;
}

namespace smout::signing {

// The comparison in two steps, so that the slow half runs while the caller does other work:
// constructing it starts laying the embedded document out in a thread of its own (Qt's text
// layout, qpdf, and poppler reading a PDF that has no signature, so nothing touches NSS
// there). The rendering is compared with the signed revision first (RenderedPages.h): its
// structure tree, and whether its pages are object for object the rendered ones, in which case
// they agree and no text is read back; otherwise differences() names why not, reads the
// signed pages' text in the calling thread, where poppler's signature fields may use NSS, and
// compares.
class PageComparison {
public:
    explicit PageComparison(const QByteArray &signedRevision);
    ~PageComparison();
    PageComparison(const PageComparison &) = delete;
    PageComparison &operator=(const PageComparison &) = delete;

    // Empty only when the pages are proven to show the embedded data.
    QStringList differences();

private:
    QByteArray m_signedRevision;
    QString m_problem;
    SmoutDocument m_document;
    std::unique_ptr<Poppler::Document> m_signedPages;
    QSemaphore m_verdict; // released once m_rendering is known
    RenderedComparison m_rendering;
    std::optional<QString> m_expected;
    std::unique_ptr<QThread> m_layout;
};

// Empty only when the pages are proven to show the embedded data.
QStringList pagesDifferFromData(const QByteArray &signedRevision);

} // namespace smout::signing
