#include "ReleaseXray.h"

#include "LookAlikeSearch.h"

#include <QCoreApplication>

#include <poppler-qt6.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <memory>
#include <set>

namespace smout::release {

using namespace Qt::StringLiterals;

namespace {

struct XrayText {
    Q_DECLARE_TR_FUNCTIONS(smout::release::ReleaseXray)
};

class Search {
public:
    Search(const QStringList &withheld, const QString &printedAnyway) : m_withheld(withheld), m_search(withheld)
    {
        m_search.ignoreFoundIn(printedAnyway);
    }

    bool empty() const { return m_search.isEmpty(); }

    // `text`: text a reader sees. Short withheld words are looked for only there: in bytes
    // of unknown meaning (a font, an image) two letters in a row occur by chance.
    void in(const QString &text, const QString &where, bool readable = true)
    {
        for (const qsizetype i : m_search.foundIn(text, !readable))
            hits.append({m_withheld[i].simplified(), where});
    }

    // Bytes of unknown encoding: as UTF-8 (and so ASCII and PDFDocEncoding's ASCII part),
    // and as UTF-16 in both byte orders.
    void inBytes(const QByteArray &bytes, const QString &where, bool readable = false)
    {
        in(QString::fromUtf8(bytes), where, readable);
        in(QString::fromLatin1(bytes), where, readable);
        for (const qsizetype offset : {0, 1}) {
            QString bigEndian, littleEndian;
            bigEndian.reserve(bytes.size() / 2);
            littleEndian.reserve(bytes.size() / 2);
            for (qsizetype i = offset; i + 1 < bytes.size(); i += 2) {
                const auto first = uchar(bytes[i]), second = uchar(bytes[i + 1]);
                bigEndian += QChar(char16_t(first << 8 | second));
                littleEndian += QChar(char16_t(second << 8 | first));
            }
            in(bigEndian, where, readable);
            in(littleEndian, where, readable);
        }
    }

    QList<XrayHit> hits;

private:
    QStringList m_withheld;
    LookAlikeSearch m_search;
};

void walk(QPDFObjectHandle h, const QString &where, Search &search, std::set<QPDFObjGen> &seen, int depth = 0)
{
    if (depth > 64)
        return;
    if (h.isIndirect()) {
        if (!seen.insert(h.getObjGen()).second)
            return;
    }
    if (h.isString()) {
        search.in(QString::fromStdString(h.getUTF8Value()), where);
        search.inBytes(QByteArray::fromStdString(h.getStringValue()), where);
    } else if (h.isName()) {
        search.in(QString::fromStdString(h.getName()), where);
    } else if (h.isArray()) {
        for (int i = 0; i < h.getArrayNItems(); ++i)
            walk(h.getArrayItem(i), where, search, seen, depth + 1);
    } else if (h.isDictionary() || h.isStream()) {
        QPDFObjectHandle dict = h.isStream() ? h.getDict() : h;
        for (const std::string &key : dict.getKeys())
            walk(dict.getKey(key), where, search, seen, depth + 1);
        if (h.isStream()) {
            std::shared_ptr<Buffer> data;
            try {
                data = h.getStreamData(qpdf_dl_all);
            } catch (const std::exception &) {
                data = h.getRawStreamData();
            }
            search.inBytes(QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())),
                           where + XrayText::tr(" (stream)"));
        }
    }
}

} // namespace

QList<XrayHit> xrayPdf(const QByteArray &pdf, const QStringList &withheld, const QString &printedAnyway)
{
    Search search(withheld, printedAnyway);
    const QString unreadable = XrayText::tr("(the release could not be read back, so it cannot be checked)");

    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return {{QString(), unreadable}};
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            return {{QString(), unreadable}};
        search.in(page->text(QRectF()), XrayText::tr("text of page %1").arg(i + 1));
    }
    for (const QString &key : doc->infoKeys())
        search.in(doc->info(key), XrayText::tr("document information %1").arg(key));
    search.in(QString::fromUtf8(doc->metadata().toUtf8()), XrayText::tr("XMP metadata"));
    for (Poppler::EmbeddedFile *file : doc->embeddedFiles()) {
        search.in(file->name(), XrayText::tr("attachment name"));
        search.inBytes(file->data(), XrayText::tr("attachment %1").arg(file->name()), true);
    }

    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("release", pdf.constData(), size_t(pdf.size()));
        std::set<QPDFObjGen> seen;
        for (QPDFObjectHandle &h : q.getAllObjects())
            walk(h, XrayText::tr("PDF object %1").arg(h.getObjectID()), search, seen);
        walk(q.getTrailer(), XrayText::tr("PDF trailer"), search, seen);
    } catch (const std::exception &) {
        return {{QString(), unreadable}};
    }
    search.inBytes(pdf, XrayText::tr("the file's bytes"));
    return search.hits;
}

} // namespace smout::release
