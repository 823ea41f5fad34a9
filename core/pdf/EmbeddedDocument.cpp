#include "EmbeddedDocument.h"

#include "PdfRenderer.h"

#include "CappedBytes.h"
#include "StructureTagger.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <set>
#include <vector>

namespace smout::pdf {

namespace {

struct PdfText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::EmbeddedDocument)
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}

void setInfo(QPDF &q, const PdfFinishing &f)
{
    QPDFObjectHandle trailer = q.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    const std::pair<const char *, QString> entries[] = {
        {"/Title", f.title}, {"/Author", f.author}, {"/Subject", f.subject}};
    for (const auto &[key, value] : entries)
        if (!value.isEmpty())
            info.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
    info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(utf8(createdBy())));
}

void seedFormResources(QPDF &q)
{
    QPDFObjectHandle root = q.getRoot();
    QPDFObjectHandle acroForm = root.getKey("/AcroForm");
    if (!acroForm.isDictionary()) {
        acroForm = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
        acroForm.replaceKey("/Fields", QPDFObjectHandle::newArray());
        root.replaceKey("/AcroForm", acroForm);
    }
    QPDFObjectHandle helvetica = q.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    // poppler 22.12 looks for a "popplerfont…" entry whose base font is "Helvetica " (family
    // and an empty style joined by a space) before embedding a whole substitute font.
    QPDFObjectHandle helveticaForSigning = q.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica#20 /Encoding /WinAnsiEncoding >>"));
    QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
    fonts.replaceKey("/popplerfontHelv", helvetica);
    fonts.replaceKey("/popplerfontHelvSign", helveticaForSigning);
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/Font", fonts);
    acroForm.replaceKey("/DR", resources);
    acroForm.replaceKey("/DA", QPDFObjectHandle::newString("/popplerfontHelv 0 Tf 0 g"));
}

constexpr qint64 MaxEmbeddedBytes = 64 * 1024 * 1024;

// Every file specification the embedded-files name tree lists under `name`.
void findEmbeddedFiles(QPDFObjectHandle node, const std::string &name, std::vector<QPDFObjectHandle> &specs,
                       std::set<QPDFObjGen> &seen, int depth)
{
    if (!node.isDictionary() || depth > 32 || (node.isIndirect() && !seen.insert(node.getObjGen()).second))
        return;
    if (QPDFObjectHandle names = node.getKey("/Names"); names.isArray())
        for (int i = 0; i + 1 < names.getArrayNItems(); i += 2)
            if (QPDFObjectHandle key = names.getArrayItem(i); key.isString() && key.getUTF8Value() == name)
                specs.push_back(names.getArrayItem(i + 1));
    if (QPDFObjectHandle kids = node.getKey("/Kids"); kids.isArray())
        for (QPDFObjectHandle kid : kids.getArrayAsVector())
            findEmbeddedFiles(kid, name, specs, seen, depth + 1);
}

} // namespace

Result<QByteArray> finishPdf(const QByteArray &pdf, const PdfStructure &structure, const PdfFinishing &f)
{
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("export.pdf", pdf.constData(), size_t(pdf.size()));
        if (const Status tagged = tagStructure(q, structure); !tagged)
            return Error{tagged.error()};
        if (!f.attachment.isEmpty()) {
            auto stream = QPDFEFStreamObjectHelper::createEFStream(
                q, std::string(f.attachment.constData(), size_t(f.attachment.size())));
            stream.setSubtype("application/json");
            auto spec = QPDFFileSpecObjectHelper::createFileSpec(q, utf8(f.attachmentName), stream);
            spec.setDescription("SMOUT document data (.smout)");
            QPDFEmbeddedFileDocumentHelper(q).replaceEmbeddedFile(utf8(f.attachmentName), spec);
        }
        for (const auto &[name, data] : f.otherFiles) {
            auto stream = QPDFEFStreamObjectHelper::createEFStream(q, std::string(data.constData(), size_t(data.size())));
            stream.setSubtype("application/pdf");
            auto spec = QPDFFileSpecObjectHelper::createFileSpec(q, utf8(name), stream);
            QPDFEmbeddedFileDocumentHelper(q).replaceEmbeddedFile(utf8(name), spec);
        }
        setInfo(q, f);
        seedFormResources(q);
        QPDFWriter writer(q);
        writer.setOutputMemory();
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Error{PdfText::tr("The PDF could not be completed: %1").arg(QString::fromStdString(e.what()))};
    }
}

Result<QByteArray> embeddedFile(const QByteArray &pdf, const QString &name)
{
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("input.pdf", pdf.constData(), size_t(pdf.size()));
        std::vector<QPDFObjectHandle> specs;
        std::set<QPDFObjGen> seen;
        findEmbeddedFiles(q.getRoot().getKey("/Names").getKey("/EmbeddedFiles"), utf8(name), specs, seen, 0);
        if (specs.size() > 1)
            return Error{PdfText::tr("the PDF lists the embedded file %1 %2 times; which one counts is ambiguous, so none is read")
                             .arg(name)
                             .arg(specs.size())};
        if (specs.empty())
            return Error{PdfText::tr("the PDF holds no embedded SMOUT document (%1); it was not "
                                     "exported by SMOUT Studio, or it is a release copy")
                             .arg(name)};
        // An embedded .smout is held to the reader's limit before it is parsed.
        const qint64 cap = name == QLatin1StringView(EmbeddedSmoutName) ? qint64(io::MaxFileSize) : MaxEmbeddedBytes;
        CappedBytes data(cap);
        QPDFFileSpecObjectHelper(specs.front()).getEmbeddedFileStream().pipeStreamData(&data, 0, qpdf_dl_generalized, true);
        if (data.exceeded)
            return Error{PdfText::tr("the embedded file %1 decompresses to more than %2, the limit").arg(name, io::sizeLimitText(cap))};
        return QByteArray(data.bytes.data(), qsizetype(data.bytes.size()));
    } catch (const std::exception &e) {
        return Error{PdfText::tr("not a readable PDF (%1)").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace smout::pdf
