#include "SignatureSpans.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {
struct SpanText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignatureSpans)
};
} // namespace

QList<SignatureSpan> signatureSpans(const QByteArray &pdf)
{
    static const QRegularExpression byteRange(u"/ByteRange\\s*\\[\\s*(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s*\\]"_s);
    QList<SignatureSpan> spans;
    const QString text = QString::fromLatin1(pdf);
    auto it = byteRange.globalMatch(text);
    const qint64 size = pdf.size();
    while (it.hasNext()) {
        const auto m = it.next();
        SignatureSpan s{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong(),
                        m.captured(4).toLongLong(), {}};
        if (s.a != 0 || s.b <= 0 || s.c <= s.b || s.d < 0)
            s.problems << SpanText::tr("the bytes it says it signs do not start at the beginning of the file (/ByteRange; universal signature forgery)");
        else if (s.end() > size)
            s.problems << SpanText::tr("the bytes it says it signs reach beyond the end of the file: the file is truncated (/ByteRange)");
        else {
            const QByteArray gap = pdf.mid(s.b, s.c - s.b);
            const bool hexOnly = gap.size() >= 2 && gap.front() == '<' && gap.back() == '>'
                && std::all_of(gap.begin() + 1, gap.end() - 1, [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
            if (!hexOnly)
                s.problems << SpanText::tr("the part of the file its signature leaves out holds more than the signature itself (/ByteRange, /Contents; signature wrapping)");
            else if (std::all_of(gap.begin() + 1, gap.end() - 1, [](char ch) { return ch == '0'; }))
                s.problems << SpanText::tr("its signature data is empty or zeroed (/Contents; universal signature forgery)");
            const QByteArray tail = pdf.mid(std::max<qint64>(0, s.end() - 8), std::min<qint64>(8, s.end()));
            if (!tail.contains("%%EOF"))
                s.problems << SpanText::tr("the bytes it signs do not end where a version of the file ends: signed bytes were moved (/ByteRange)");
        }
        spans.append(s);
    }
    std::stable_sort(spans.begin(), spans.end(), [](const SignatureSpan &x, const SignatureSpan &y) { return x.end() < y.end(); });
    return spans;
}

} // namespace smout::signing
