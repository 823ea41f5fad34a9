#include "LegacyImport.h"

#include "DocxText.h"
#include "LegacyText.h"
#include "PdfText.h"
#include "io/SmoutJson.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace smout::legacy {

using namespace Qt::StringLiterals;

namespace {

// Largest source file read (a filled template is well under a megabyte of text).
constexpr qsizetype MaxSourceSize = 32 * 1024 * 1024;

} // namespace

Result<SourceLines> sourceLinesOf(const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return docxLines(bytes);
    if (bytes.startsWith("%PDF-"))
        return pdfLines(bytes);
    // Word keeps a password-protected .docx in an OLE compound file (EncryptedPackage).
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Error{LegacyText::tr("the file is an encrypted (password-protected) or old-format Word file: "
                        "remove the password, or save it as .docx, and import again")};
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError())
        return Error{LegacyText::tr("the file is neither .docx, PDF nor UTF-8 text")};
    if (text.startsWith(u'\uFEFF'))
        text.remove(0, 1);
    return linesOfText(text);
}

Result<LegacyImport> importLegacyFile(const QString &path, const ReadOptions &options)
{
    const auto bytes = io::readInputFile(path, MaxSourceSize);
    if (!bytes)
        return Error{bytes.error()};
    const auto lines = sourceLinesOf(*bytes);
    if (!lines)
        return Error{lines.error()};
    ReadOptions o = options;
    if (o.sourceName.isEmpty())
        o.sourceName = path == u"-" ? QString() : QFileInfo(path).fileName();
    return readTemplate(*lines, o);
}

} // namespace smout::legacy
