#include "PdfText.h"

#include "LegacyText.h"

#include <QHash>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace smout::legacy {

using namespace Qt::StringLiterals;

namespace {

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

// A check box starts an option of its own, whatever the spacing.
bool startsWithBox(const QString &text)
{
    static const QRegularExpression box(u"^(?:[☐☒☑■□\uF0A8\uF06F\uF0FE\uF078]|\\[[ xX]\\])"_s);
    return box.match(text).hasMatch();
}

} // namespace

Result<SourceLines> pdfLines(const QByteArray &pdf)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return Error{LegacyText::tr("the PDF cannot be read")};
    if (doc->isLocked())
        return Error{LegacyText::tr("the PDF is password-protected: remove the password and import again")};
    if (doc->numPages() > MaxPdfPages)
        return Error{LegacyText::tr("the PDF has %1 pages, more than the %2 read").arg(doc->numPages()).arg(MaxPdfPages)};
    QList<QList<PageLine>> pages;
    for (int p = 0; p < doc->numPages(); ++p) {
        QList<PageLine> lines;
        if (std::unique_ptr<Poppler::Page> page = doc->page(p)) {
            const auto words = page->textList();
            // A stamp across the page ("DRAFT") is set far larger than the text: left out.
            QList<qreal> heights;
            for (const auto &word : words)
                heights << word->boundingBox().height();
            std::sort(heights.begin(), heights.end());
            const qreal tallest = heights.isEmpty() ? 0 : heights[heights.size() / 2] * 2.5;
            for (const auto &word : words) {
                const QRectF box = word->boundingBox();
                if (box.height() > tallest)
                    continue;
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
        }
        // The page number a layout prints at the foot of the page is no text of the form.
        static const QRegularExpression pageNumber(u"^\\d{1,4}$|(?:^|\\s)page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        if (!lines.isEmpty() && pageNumber.match(lines.last().text.trimmed()).hasMatch())
            lines.removeLast();
        pages.append(lines);
    }
    // A running header (the same first line on several pages) is the layout's, not the form's.
    QHash<QString, int> firstLines;
    for (const auto &lines : pages)
        if (!lines.isEmpty())
            ++firstLines[lines.first().text.trimmed()];
    for (auto &lines : pages)
        if (!lines.isEmpty() && firstLines.value(lines.first().text.trimmed()) > 1)
            lines.removeFirst();

    SourceLines out;
    bool anyText = false;
    bool lastLineFull = false;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QList<PageLine> &lines = pages[p];
        qreal right = 0;
        for (const PageLine &l : lines)
            right = std::max(right, l.box.right());
        // The page's line pitch: the usual distance from one line to the next. A larger
        // step is the space a layout puts between paragraphs.
        QList<qreal> steps;
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (lines[i].box.top() > lines[i - 1].box.top())
                steps << lines[i].box.top() - lines[i - 1].box.top();
        std::sort(steps.begin(), steps.end());
        const qreal pitch = steps.isEmpty() ? 0 : steps[steps.size() / 4];
        // A paragraph goes on while the next line follows at the usual line spacing in the
        // same size of type, and from one page to the next when the page ended on a full line.
        int paragraph = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString text = withoutLigatures(lines[i].text.trimmed());
            if (text.isEmpty())
                continue;
            anyText = true;
            const QRectF &prev = i > 0 ? lines[i - 1].box : QRectF();
            const bool continues = i > 0
                ? lines[i].box.top() > prev.top() && lines[i].box.top() - prev.top() < pitch * 1.15
                    && lines[i].box.top() - prev.bottom() < prev.height() * 0.5
                    && std::abs(lines[i].box.height() - prev.height()) < prev.height() * 0.2
                    && isFull(lines[i - 1], right) && !startsWithBox(text)
                : lastLineFull && !startsWithBox(text);
            // A line broken after a hyphen or a slash ("non-" / "government", "DHS/CBP/" /
            // "PIA-010") joins without a space.
            const bool joined = out.isEmpty() ? false : out.last().text.endsWith(u'-') || out.last().text.endsWith(u'/');
            if (continues && !out.isEmpty())
                out.last().text += (joined ? QString() : u" "_s) + text;
            else
                out.append({text, LegacyText::tr("page %1, paragraph %2").arg(p + 1).arg(++paragraph)});
        }
        lastLineFull = !lines.isEmpty() && isFull(lines.last(), right);
    }
    if (!anyText)
        return Error{LegacyText::tr("the PDF has no text layer (a scan?): run OCR on it first (for example "
                        "ocrmypdf), then import the result")};
    return out;
}

} // namespace smout::legacy
