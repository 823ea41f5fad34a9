#include "ReleaseCopy.h"

#include "io/SmoutJson.h"
#include "release/ImpliedAnswers.h"
#include "release/PersonalDataScan.h"
#include "release/RedactedCopy.h"
#include "release/ReleaseXray.h"

#include <QCoreApplication>
#include <QFile>

#include <poppler-qt6.h>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

struct ReleaseText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::ReleaseCopy)
};

// Everything a release of a blank document prints: the form's own wording, headers,
// stamps. Withheld text found only there reveals nothing.
QString printedAnyway(const ExportOptions &options)
{
    const SmoutDocument blank;
    auto pdf = renderPdf(blank, blank, {}, options);
    if (!pdf)
        return {};
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf->bytes);
    if (!doc)
        return {};
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        if (std::unique_ptr<Poppler::Page> page = doc->page(i))
            text += page->text(QRectF()) + u'\n';
    return text;
}

Status xray(const QByteArray &pdf, const release::RedactedCopy &copy, const ExportOptions &options)
{
    const QList<release::XrayHit> hits = release::xrayPdf(pdf, copy.withheldTexts(), printedAnyway(options));
    if (hits.isEmpty())
        return success();
    QStringList lines;
    for (const release::XrayHit &hit : hits)
        lines << (hit.withheld.isEmpty() ? hit.where : ReleaseText::tr("\"%1\" in %2").arg(hit.withheld.left(80), hit.where));
    lines.removeDuplicates();
    return Error{ReleaseText::tr("the release copy was refused: withheld text was found in it when it was read back:\n%1")
                     .arg(lines.join(u'\n'))};
}

Result<ExportedPdf> renderRelease(const SmoutDocument &doc, const release::RedactedCopy &copy, ExportOptions options)
{
    options.release = true;
    options.submissionPdf.clear();
    return renderPdf(doc, copy.document, copy.withheldValues, options);
}

} // namespace

Result<ExportedPdf> exportRelease(const SmoutDocument &doc, const ExportOptions &options)
{
    auto copy = release::redactedCopy(doc);
    if (!copy)
        return Error{copy.error()};
    auto pdf = renderRelease(doc, copy.value(), options);
    if (!pdf)
        return pdf;
    if (const Status clean = xray(pdf->bytes, copy.value(), options); !clean)
        return Error{clean.error()};
    return pdf;
}

Result<ExportedPdf> writeReleaseFile(const SmoutDocument &doc, const QString &path, const ExportOptions &options)
{
    auto copy = release::redactedCopy(doc);
    if (!copy)
        return Error{copy.error()};
    auto pdf = renderRelease(doc, copy.value(), options);
    if (!pdf)
        return pdf;
    if (const Status saved = io::writeFileAtomically(path, pdf->bytes); !saved)
        return Error{saved.error()};
    // The file as it is on disk, read by other code than wrote it.
    QFile written(path);
    const bool read = written.open(QIODevice::ReadOnly);
    const QByteArray onDisk = read ? written.readAll() : QByteArray();
    written.close();
    const Status clean = read && onDisk == pdf->bytes
        ? xray(onDisk, copy.value(), options)
        : Status(Error{ReleaseText::tr("the release copy was refused: %1 could not be read back as written").arg(path)});
    if (!clean) {
        QFile::remove(path);
        return Error{clean.error()};
    }
    return pdf;
}

QStringList releaseWarnings(const SmoutDocument &doc)
{
    auto copy = release::redactedCopy(doc);
    if (!copy)
        return {};
    QStringList out;
    for (const release::ImpliedAnswer &w : release::impliedAnswers(copy.value()))
        out << w.message;
    for (const release::PersonalDataWarning &w : release::unmarkedPersonalData(copy->document))
        out << w.message;
    return out;
}

} // namespace smout::pdf
