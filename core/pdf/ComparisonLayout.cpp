#include "ComparisonLayout.h"

#include "PdfExporter.h"
#include "io/SmoutJson.h"
#include "model/Translations.h"

#include <QCache>
#include <QCryptographicHash>
#include <QMutex>

#include <optional>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

// Kept layouts, by key, costed in KB: a few hundred documents' worth, at most 64 MB.
constexpr qsizetype MaxKeptKB = 64 * 1024;

struct Kept {
    std::shared_ptr<const ComparisonLayout> layout;
};

QMutex &keptLock()
{
    static QMutex lock;
    return lock;
}

QCache<QByteArray, Kept> &kept()
{
    static QCache<QByteArray, Kept> cache(MaxKeptKB);
    return cache;
}

// Everything the layout is drawn from: the document as written out, and the rest.
QByteArray keyOf(const QByteArray &smoutData, const QPageSize &pageSize, int layout, const QList<SubmissionSigner> &signers)
{
    QCryptographicHash key(QCryptographicHash::Sha256);
    key.addData(smoutData);
    const QSizeF points = pageSize.size(QPageSize::Point);
    key.addData(u"\n%1x%2 layout %3\n"_s.arg(points.width()).arg(points.height()).arg(layout).toUtf8());
    for (const SubmissionSigner &s : signers)
        // The name's length goes first, so that no name can pose as a name and a time.
        key.addData(u"%1 %2:%3 %4\n"_s.arg(int(s.role)).arg(s.name.size()).arg(s.name, s.time.toString(Qt::ISODateWithMs)).toUtf8());
    return key.result();
}

// Nothing when the document cannot be written out.
std::optional<QByteArray> keyOf(const SmoutDocument &doc, const QPageSize &pageSize, int layout, const QList<SubmissionSigner> &signers)
{
    const auto data = io::writeSmout(doc);
    if (!data)
        return std::nullopt;
    return keyOf(data.value(), pageSize, layout, signers);
}

std::shared_ptr<const ComparisonLayout> layOut(const SmoutDocument &doc, const QPageSize &pageSize, int layout,
                                               const QList<SubmissionSigner> &signers)
{
    auto out = std::make_shared<ComparisonLayout>();
    RenderOptions options;
    options.structure = &out->structure;
    options.layout = layout;
    options.submissionSigners = signers;
    out->pdf = renderPages(doc, pageSize, options);
    return out;
}

} // namespace

std::shared_ptr<const ComparisonLayout> comparisonLayout(const SmoutDocument &doc, const QPageSize &pageSize, int layout,
                                                         const QList<SubmissionSigner> &signers)
{
    const std::optional<QByteArray> key = pdfFollowsInterfaceLanguage() ? std::nullopt : keyOf(doc, pageSize, layout, signers);
    if (!key)
        return layOut(doc, pageSize, layout, signers);
    {
        const QMutexLocker locker(&keptLock());
        if (const Kept *found = kept().object(*key))
            return found->layout;
    }
    // Laid out outside the lock, so that two documents are laid out at once.
    std::shared_ptr<const ComparisonLayout> made = layOut(doc, pageSize, layout, signers);
    const QMutexLocker locker(&keptLock());
    kept().insert(*key, new Kept{made}, std::max<qsizetype>(1, made->pdf.size() / 1024));
    return made;
}

void keepComparisonLayout(const QByteArray &smoutData, const QPageSize &pageSize, int layout,
                          const QList<SubmissionSigner> &signers, ComparisonLayout laidOut)
{
    if (pdfFollowsInterfaceLanguage())
        return;
    const QByteArray key = keyOf(smoutData, pageSize, layout, signers);
    const qsizetype cost = std::max<qsizetype>(1, laidOut.pdf.size() / 1024);
    const QMutexLocker locker(&keptLock());
    kept().insert(key, new Kept{std::make_shared<const ComparisonLayout>(std::move(laidOut))}, cost);
}

} // namespace smout::pdf
