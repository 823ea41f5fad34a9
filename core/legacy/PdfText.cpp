#include "PdfText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <memory>

namespace smout::legacy {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smout::legacy", text);
}

QString withoutLigatures(QString s)
{
    return s.replace(u"ﬀ"_s, u"ff"_s).replace(u"ﬁ"_s, u"fi"_s).replace(u"ﬂ"_s, u"fl"_s)
        .replace(u"ﬃ"_s, u"ffi"_s).replace(u"ﬄ"_s, u"ffl"_s);
}

struct PageLine {
    QString text;
    QRectF box;
};

// A line that reaches the right margin was wrapped: its paragraph goes on. A short line,
// or one that ends on a colon (a question or a label), ends it.
bool isFull(const PageLine &line, qreal right)
{
    return line.box.right() >= right * 0.85 && !line.text.trimmed().endsWith(u':');
}

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
    bool lastLineFull = false;
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
        // The page number a layout prints at the foot of the page is no text of the form.
        static const QRegularExpression pageNumber(u"^(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        if (!lines.isEmpty() && pageNumber.match(lines.last().text.trimmed()).hasMatch())
            lines.removeLast();
        qreal right = 0;
        for (const PageLine &l : lines)
            right = std::max(right, l.box.right());
        // A paragraph goes on while the next line follows at the usual line spacing, and
        // from one page to the next when the page ended on a full line.
        int paragraph = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString text = withoutLigatures(lines[i].text.trimmed());
            if (text.isEmpty())
                continue;
            anyText = true;
            const bool continues = i > 0
                ? lines[i].box.top() - lines[i - 1].box.bottom() < lines[i - 1].box.height() * 0.35
                    && lines[i].box.top() > lines[i - 1].box.top() && isFull(lines[i - 1], right)
                : lastLineFull;
            // A line broken after a hyphen ("non-" / "government") joins without a space.
            if (continues && !out.isEmpty())
                out.last().text += (out.last().text.endsWith(u'-') ? QString() : u" "_s) + text;
            else
                out.append({text, tr("page %1, paragraph %2").arg(p + 1).arg(++paragraph)});
        }
        lastLineFull = !lines.isEmpty() && isFull(lines.last(), right);
    }
    if (!anyText)
        return Error{tr("the PDF has no text layer (a scan?): run OCR on it first (for example "
                        "ocrmypdf), then import the result")};
    return out;
}

} // namespace smout::legacy
