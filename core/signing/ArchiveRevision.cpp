#include "ArchiveRevision.h"

#include "CertificateChain.h"
#include "Der.h"
#include "DocumentTimestamps.h"
#include "IncrementalUpdate.h"
#include "SignatureAppearance.h"
#include "SignatureSpans.h"
#include "SignatureTimestamp.h"
#include "SignatureVerifier.h"
#include "TimestampQuery.h"
#include "pdf/EmbeddedDocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct ArchiveText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::ArchiveRevision)
};

using Handle = QPDFObjectHandle;

// Room for the token: the TSA's certificate chain makes most of it.
constexpr qsizetype ReservedForToken = 16384;

// One signature (or document timestamp) of the file: its /Contents and the certificates of
// its chains, its timestamp's included.
struct Signed {
    QByteArray contents;
    QList<QByteArray> certificates;
};

QList<QByteArray> chainsOf(const QList<QByteArray> &carried)
{
    QList<QByteArray> out;
    for (const QByteArray &c : carried)
        for (const QByteArray &link : chainOf(c, carried))
            if (!out.contains(link))
                out << link;
    return out;
}

// Every signature and document timestamp of the file.
QList<Signed> signaturesIn(const QByteArray &pdf)
{
    QList<Signed> out;
    for (const SignatureSpan &s : signatureSpans(pdf)) {
        if (!s.problems.isEmpty())
            continue;
        Signed one;
        one.contents = QByteArray::fromHex(pdf.mid(s.b + 1, s.c - s.b - 2));
        const auto root = der::read(one.contents);
        const QByteArray cms = root ? one.contents.left(root->end()) : QByteArray();
        QList<QByteArray> carried = certificatesInCms(cms);
        // A signature's own timestamp; a document timestamp is itself a token.
        if (const QByteArray token = timestampTokenOf(cms); !token.isEmpty())
            carried << certificatesInCms(token);
        one.certificates = chainsOf(carried);
        out << one;
    }
    return out;
}

QByteArray refs(const QList<int> &numbers)
{
    QByteArray out = "[";
    for (const int n : numbers)
        out += (out.size() > 1 ? " " : "") + QByteArray::number(n) + " 0 R";
    return out + ']';
}

// The file's signatures, then the embedded submission's (without /Contents: no /VRI entry).
QList<Signed> signedParts(const QByteArray &pdf)
{
    QList<Signed> signatures = signaturesIn(pdf);
    // The embedded submission's signatures are verified with this file's validation data.
    if (const auto submission = pdf::embeddedFile(authorRevision(pdf), u"submission.pdf"_s))
        for (const Signed &s : signaturesIn(submission.value()))
            signatures << Signed{{}, s.certificates};
    return signatures;
}

} // namespace

QList<QByteArray> certificatesToArchive(const QByteArray &pdf)
{
    QList<QByteArray> out;
    for (const Signed &s : signedParts(pdf))
        for (const QByteArray &c : s.certificates)
            if (!out.contains(c))
                out << c;
    return out;
}

Result<QByteArray> archivePdf(const QByteArray &pdf, const ArchiveRequest &request)
{
    const PreviousXref previous = previousXref(pdf);
    if (previous.offset < 0)
        return Error{ArchiveText::tr("the PDF does not end with a cross-reference section and %%EOF")};
    const QList<Signed> signatures = signedParts(pdf);
    if (std::none_of(signatures.begin(), signatures.end(), [](const Signed &s) { return !s.contents.isEmpty(); }))
        return Error{ArchiveText::tr("the PDF carries no signature to archive")};
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("archived file", pdf.constData(), size_t(pdf.size()));
        if (q.isEncrypted())
            return Error{ArchiveText::tr("the PDF is encrypted")};
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(q).getAllPages();
        Handle trailer = q.getTrailer();
        Handle root = q.getRoot();
        if (pages.empty() || !trailer.getKey("/Size").isInteger() || !root.isIndirect() || !pages.back().getObjectHandle().isIndirect())
            return Error{ArchiveText::tr("the PDF's structure is not one SMOUT Studio writes to")};
        Handle page = pages.back().getObjectHandle();
        int next = int(trailer.getKey("/Size").getIntValue());
        Increment out(pdf);

        // What the /DSS held stays, by reference; what is new becomes a stream of its own.
        QMap<QByteArray, int> written; // DER -> object number
        QList<int> certs, crls, ocsps;
        Handle dss = root.getKey("/DSS");
        auto keep = [&](const char *key, QList<int> &into) {
            Handle list = dss.isDictionary() ? dss.getKey(key) : Handle::newNull();
            for (Handle s : list.isArray() ? list.getArrayAsVector() : std::vector<Handle>{})
                if (s.isStream() && s.getGeneration() == 0) {
                    const auto data = s.getStreamData(qpdf_dl_generalized);
                    written.insert(QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())), s.getObjectID());
                    into << s.getObjectID();
                }
        };
        keep("/Certs", certs);
        keep("/CRLs", crls);
        keep("/OCSPs", ocsps);
        auto add = [&](const QByteArray &der, QList<int> &into) {
            if (const auto held = written.constFind(der); held != written.constEnd()) {
                if (!into.contains(*held))
                    into << *held;
                return *held;
            }
            const int n = next++;
            out.stream(n, {}, der);
            written.insert(der, n);
            into << n;
            return n;
        };
        for (const QByteArray &c : request.crls)
            add(c, crls);
        for (const QByteArray &o : request.ocsps)
            add(o, ocsps);
        QByteArray vri;
        for (const Signed &s : std::as_const(signatures)) {
            QList<int> chain;
            for (const QByteArray &c : s.certificates)
                chain << add(c, certs);
            if (s.contents.isEmpty())
                continue;
            const QByteArray key = QCryptographicHash::hash(s.contents, QCryptographicHash::Sha1).toHex().toUpper();
            vri += " /" + key + " << /Type /VRI /Cert " + refs(chain) + (crls.isEmpty() ? QByteArray() : " /CRL " + refs(crls))
                + (ocsps.isEmpty() ? QByteArray() : " /OCSP " + refs(ocsps)) + " >>";
        }
        const int dssNumber = next++;
        QByteArray dssBody = "<< /Type /DSS /Certs " + refs(certs) + " /VRI <<" + vri + " >>";
        if (!crls.isEmpty())
            dssBody += " /CRLs " + refs(crls);
        if (!ocsps.isEmpty())
            dssBody += " /OCSPs " + refs(ocsps);
        out.object(dssNumber, dssBody + " >>");

        std::map<std::string, QByteArray> rootChanges{{"/DSS", QByteArray::number(dssNumber) + " 0 R"}};
        const bool stamping = !request.tsa.isEmpty();
        const QByteArray hexZeros(2 * ReservedForToken, '0');
        qsizetype byteRangeAt = -1, contentsBegin = -1, contentsEnd = -1;
        if (stamping) {
            // The document timestamp: an invisible signature field on the last page.
            const int stampNumber = next++, widget = next++;
            out.object(stampNumber, "<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 "
                                        + QByteArray(ByteRangePlaceholder) + " /Contents <" + hexZeros + "> >>");
            byteRangeAt = out.bytes().lastIndexOf(ByteRangePlaceholder);
            contentsBegin = out.bytes().lastIndexOf("/Contents <") + 10;
            contentsEnd = contentsBegin + hexZeros.size() + 2;
            const QString name = u"smout-archive-%1"_s.arg(documentTimestampFields(pdf).size() + 1);
            const QByteArray pageRef = QByteArray::number(page.getObjectID()) + ' ' + QByteArray::number(page.getGeneration()) + " R";
            out.object(widget, "<< /Type /Annot /Subtype /Widget /FT /Sig /T " + pdfLiteral(name) + " /Rect [0 0 0 0] /F 132 /P " + pageRef
                                   + " /V " + QByteArray::number(stampNumber) + " 0 R >>");
            const QByteArray widgetRef = QByteArray::number(widget) + " 0 R";
            if (Handle annots = page.getKey("/Annots"); annots.isIndirect())
                out.object(annots, withItem(annots, widgetRef));
            else
                out.object(page, dictionaryWith(page, {{"/Annots", withItem(annots, widgetRef)}}));
            Handle form = root.getKey("/AcroForm");
            Handle fields = form.isDictionary() ? form.getKey("/Fields") : Handle::newNull();
            std::map<std::string, QByteArray> formChanges{{"/SigFlags", "3"}};
            if (fields.isIndirect())
                out.object(fields, withItem(fields, widgetRef));
            else
                formChanges["/Fields"] = withItem(fields, widgetRef);
            if (form.isIndirect()) {
                out.object(form, dictionaryWith(form, formChanges));
            } else {
                const int formNumber = next++;
                out.object(formNumber, dictionaryWith(form, formChanges));
                rootChanges["/AcroForm"] = QByteArray::number(formNumber) + " 0 R";
            }
        }
        out.object(root, dictionaryWith(root, rootChanges));

        QByteArray kept = "/Root " + QByteArray::number(root.getObjectID()) + ' ' + QByteArray::number(root.getGeneration()) + " R";
        for (const char *k : {"/Info", "/ID"})
            if (Handle v = trailer.getKey(k); !v.isNull())
                kept += ' ' + QByteArray(k) + ' ' + std2q(v.unparse());
        out.finish(next, kept, previous);

        QByteArray bytes = out.bytes();
        if (!stamping)
            return bytes;
        fillByteRange(bytes, byteRangeAt, contentsBegin, contentsEnd);
        const QByteArray covered = bytes.left(contentsBegin) + bytes.mid(contentsEnd);
        const auto token = fetchTimestamp(request.tsa, QCryptographicHash::hash(covered, QCryptographicHash::Sha256), request.timeoutSeconds);
        if (!token)
            return Error{token.error()};
        const QByteArray hex = token->toHex();
        if (hex.size() > hexZeros.size())
            return Error{ArchiveText::tr("the timestamp token (%1 bytes) does not fit the %2 bytes kept for it").arg(token->size()).arg(ReservedForToken)};
        bytes.replace(contentsBegin + 1, hex.size(), hex);
        return bytes;
    } catch (const std::exception &e) {
        return Error{ArchiveText::tr("not a readable PDF: %1").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace smout::signing
