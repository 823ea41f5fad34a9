#pragma once

// Whether the pages of a signed revision say what its embedded .smout says: the embedded
// document is laid out again by the export renderer, and the text of every page (signature
// appearances left out) is compared with the signed pages' text. A difference names the
// field whose value the pages do not show, or quotes where the texts part.

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
// they agree and no text is read back; otherwise differences() reads the signed pages' text
// in the calling thread, where poppler's signature fields may use NSS, and compares.
class PageComparison {
public:
    explicit PageComparison(const QByteArray &signedRevision);
    ~PageComparison();
    PageComparison(const PageComparison &) = delete;
    PageComparison &operator=(const PageComparison &) = delete;

    // Empty when the pages and the embedded data agree.
    QStringList differences();
    // After differences(): whether the pages were compared by their text only, not being
    // drawn exactly as this installation draws the data (RenderedPages.h).
    bool comparedByTextOnly() const { return m_textOnly; }

private:
    QByteArray m_signedRevision;
    QString m_problem;
    SmoutDocument m_document;
    std::unique_ptr<Poppler::Document> m_signedPages;
    QSemaphore m_verdict; // released once m_rendering is known
    RenderedComparison m_rendering;
    bool m_textOnly = false;
    std::optional<QString> m_expected;
    std::unique_ptr<QThread> m_layout;
};

// Empty when the pages and the embedded data agree.
QStringList pagesDifferFromData(const QByteArray &signedRevision);

} // namespace smout::signing
