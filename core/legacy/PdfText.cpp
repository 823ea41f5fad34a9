#include "PdfText.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

#include <memory>

namespace smout::legacy {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smout::legacy", text);
}

struct PageLine {
    QString text;
    QRectF box;
};

} // namespace

Result<SourceLines> pdfLines(const QByteArray &pdf)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return Error{tr("the PDF cannot be read")};
    if (doc->isLocked())
        return Error{tr("the PDF is password-protected: remove the password and import again")};
    if (doc->numPages() > MaxPdfPages)
        return Error{tr("the PDF has %1 pages, more than the %2 read").arg(doc->numPages()).arg(MaxPdfPages)};
    SourceLines out;
    bool anyText = false;
    for (int p = 0; p < doc->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = doc->page(p);
        if (!page)
            continue;
        QList<PageLine> lines;
        for (const auto &word : page->textList()) {
            const QRectF box = word->boundingBox();
            if (lines.isEmpty() || std::abs(box.center().y() - lines.last().box.center().y()) > box.height() / 2) {
                lines.append({word->text(), box});
            } else {
                PageLine &l = lines.last();
                l.text += (l.text.isEmpty() || l.text.endsWith(u' ') ? QString() : u" "_s) + word->text();
                l.box = l.box.united(box);
            }
            if (word->hasSpaceAfter())
                lines.last().text += u' ';
        }
        // A paragraph goes on while the next line follows at the usual line spacing.
        int paragraph = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString text = lines[i].text.trimmed();
            if (text.isEmpty())
                continue;
            anyText = true;
            const bool continues = i > 0 && !out.isEmpty()
                && lines[i].box.top() - lines[i - 1].box.bottom() < lines[i - 1].box.height() * 0.35
                && lines[i].box.top() > lines[i - 1].box.top();
            if (continues)
                out.last().text += u' ' + text;
            else
                out.append({text, tr("page %1, paragraph %2").arg(p + 1).arg(++paragraph)});
        }
    }
    if (!anyText)
        return Error{tr("the PDF has no text layer (a scan?): run OCR on it first (for example "
                        "ocrmypdf), then import the result")};
    return out;
}

} // namespace smout::legacy
