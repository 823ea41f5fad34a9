#include "DocumentTimestamps.h"

#include "Der.h"
#include "SignatureSpans.h"
#include "TimestampToken.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>

namespace smout::signing {

namespace {

struct DocStampText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::DocumentTimestamps)
};

struct Found {
    QString field;
    qint64 end = -1;
};

QList<Found> docTimeStampFieldsIn(const QByteArray &pdf)
{
    QList<Found> out;
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("document timestamps", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle fields = q.getRoot().getKey("/AcroForm").getKey("/Fields");
        if (!fields.isArray())
            return out;
        for (QPDFObjectHandle f : fields.getArrayAsVector()) {
            QPDFObjectHandle v = f.isDictionary() ? f.getKey("/V") : QPDFObjectHandle::newNull();
            if (!v.isDictionary() || !v.getKey("/Type").isNameAndEquals("/DocTimeStamp"))
                continue;
            QPDFObjectHandle range = v.getKey("/ByteRange");
            qint64 end = -1;
            if (range.isArray() && range.getArrayNItems() == 4 && range.getArrayItem(2).isInteger() && range.getArrayItem(3).isInteger())
                end = range.getArrayItem(2).getIntValue() + range.getArrayItem(3).getIntValue();
            out << Found{f.getKey("/T").isString() ? QString::fromStdString(f.getKey("/T").getUTF8Value()) : QString(), end};
        }
    } catch (const std::exception &) {
        // the file's other checks name what makes it unreadable
    }
    return out;
}

} // namespace

QStringList documentTimestampFields(const QByteArray &pdf)
{
    QStringList names;
    for (const Found &f : docTimeStampFieldsIn(pdf))
        names << f.field;
    return names;
}

QList<DocumentTimestampReport> documentTimestamps(const QByteArray &pdf)
{
    QList<DocumentTimestampReport> out;
    const QList<Found> found = docTimeStampFieldsIn(pdf);
    if (found.isEmpty())
        return out;
    const QList<SignatureSpan> spans = signatureSpans(pdf);
    for (const Found &f : found) {
        DocumentTimestampReport r;
        r.field = f.field;
        r.end = f.end;
        const auto span = std::find_if(spans.begin(), spans.end(), [&](const SignatureSpan &s) { return s.end() == f.end; });
        if (span == spans.end()) {
            r.problems << DocStampText::tr("the document timestamp covers no revision of the file");
            out << r;
            continue;
        }
        if (!span->problems.isEmpty()) {
            r.problems << span->problems;
            out << r;
            continue;
        }
        const QByteArray padded = QByteArray::fromHex(pdf.mid(span->b + 1, span->c - span->b - 2));
        const auto root = der::read(padded);
        r.token = root ? padded.left(root->end()) : QByteArray();
        const auto token = readTimestampToken(r.token);
        if (!token) {
            r.problems << token.error();
            out << r;
            continue;
        }
        r.time = token->time;
        r.authority = token->authority;
        r.certificate = token->tsaCertificate;
        r.certificates = token->certificates;
        const QByteArray covered = pdf.mid(span->a, span->b) + pdf.mid(span->c, span->d);
        r.valid = !token->imprint.isEmpty() && token->imprint == imprintOf(*token, covered);
        if (!r.valid)
            r.problems << DocStampText::tr("the document timestamp stamps other bytes than the file it covers (the file was changed, or the token was taken from elsewhere)");
        const QString trust = tsaTrustProblem(*token);
        r.trusted = trust.isEmpty();
        if (!r.trusted)
            r.problems << trust;
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const DocumentTimestampReport &x, const DocumentTimestampReport &y) { return x.end < y.end; });
    return out;
}

} // namespace smout::signing
