#include "SignedRevisionContent.h"

#include "PageAmbiguity.h"
#include "PdfKeyWords.h"
#include "SignatureWidgets.h"
#include "pdf/EmbeddedDocument.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>
#include <string>

namespace smout::signing {

namespace {

struct ContentText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignedRevisionContent)
};

using Handle = QPDFObjectHandle;
using Keys = std::set<std::string>;

// What export (EmbeddedDocument.cpp, StructureTagger.cpp) and signing (SignatureRevision.cpp)
// write. Validation data (/DSS) and a version or extension level are harmless.
const Keys CatalogKeys{"/Type", "/Pages", "/AcroForm", "/Names", "/StructTreeRoot", "/MarkInfo",
                       "/Lang", "/ViewerPreferences", "/Metadata", "/DSS", "/Version", "/Extensions"};
const Keys NameTrees{"/EmbeddedFiles"};
const Keys FormKeys{"/Fields", "/SigFlags", "/DA", "/DR"};
const Keys PageKeys{"/Type", "/Parent", "/Contents", "/Resources", "/MediaBox", "/Annots", "/StructParents", "/Tabs"};

QString nameTreeWords(const std::string &tree)
{
    if (tree == "/JavaScript")
        return ContentText::tr("document scripts");
    return ContentText::tr("a list of named objects viewers may use");
}

QString held(const QString &words, const std::string &key)
{
    return ContentText::tr("the signed revision holds %1 (%2), which SMOUT Studio never writes")
        .arg(words, QString::fromStdString(key));
}

QString heldOnPage(int page, const QString &words, const std::string &key)
{
    return ContentText::tr("page %1 of the signed revision holds %2 (%3), which SMOUT Studio never writes")
        .arg(page)
        .arg(words, QString::fromStdString(key));
}

// The form's fields: signature fields only, which run no action (on the field or on a part).
void fieldsOf(Handle field, int depth, std::set<QPDFObjGen> &seen, QStringList &out)
{
    if (!field.isDictionary() || depth > 32 || (field.isIndirect() && !seen.insert(field.getObjGen()).second))
        return;
    if (field.hasKey("/FT") && !field.getKey("/FT").isNameAndEquals("/Sig"))
        out << held(ContentText::tr("a form field"), field.getKey("/FT").isName() ? field.getKey("/FT").getName() : "/FT");
    for (const char *key : {"/A", "/AA"})
        if (field.hasKey(key))
            out << held(ContentText::tr("a form field with %1").arg(objectEntryWords(key)), key);
    if (Handle kids = field.getKey("/Kids"); kids.isArray())
        for (Handle kid : kids.getArrayAsVector())
            fieldsOf(kid, depth + 1, seen, out);
}

void annotationsOf(QPDFPageObjectHelper &page, int number, QStringList &out)
{
    Handle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray())
        return;
    for (Handle annot : annots.getArrayAsVector()) {
        if (!annot.isDictionary())
            continue;
        Handle subtype = annot.getKey("/Subtype");
        const std::string kind = subtype.isName() ? subtype.getName() : std::string("?");
        if (kind != "/Widget") {
            out << heldOnPage(number, annotationWords(kind), kind);
        } else if (!isSignatureWidget(annot)) {
            out << heldOnPage(number, ContentText::tr("a form field"), "/Widget");
        } else {
            for (const char *key : {"/A", "/AA"})
                if (annot.hasKey(key))
                    out << heldOnPage(number, ContentText::tr("a signature box with %1").arg(objectEntryWords(key)), key);
        }
    }
}

} // namespace

QStringList unexpectedInSignedRevision(const QByteArray &signedRevision)
{
    QStringList out;
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("signed revision", signedRevision.constData(), size_t(signedRevision.size()));
        Handle catalog = q.getRoot();
        for (const std::string &key : catalog.getKeys())
            if (!CatalogKeys.contains(key))
                out << held(catalogEntryWords(key), key);
        if (Handle names = catalog.getKey("/Names"); names.isDictionary())
            for (const std::string &tree : names.getKeys())
                if (!NameTrees.contains(tree))
                    out << held(nameTreeWords(tree), tree);
        if (Handle form = catalog.getKey("/AcroForm"); form.isDictionary()) {
            for (const std::string &key : form.getKeys())
                if (!FormKeys.contains(key))
                    out << held(formEntryWords(key), key);
            std::set<QPDFObjGen> seen;
            if (Handle fields = form.getKey("/Fields"); fields.isArray())
                for (Handle field : fields.getArrayAsVector())
                    fieldsOf(field, 0, seen, out);
        }
        // Export attaches the document's data and, to an adjudication, the signed submission.
        for (const auto &[name, spec] : QPDFEmbeddedFileDocumentHelper(q).getEmbeddedFiles())
            if (name != pdf::EmbeddedSmoutName && name != "submission.pdf")
                out << ContentText::tr("the signed revision holds an attached file, \"%1\", which SMOUT Studio never attaches")
                           .arg(QString::fromStdString(name));
        // The tree as written first: qpdf's page helpers below would mend what readers disagree on.
        out << pageAmbiguities(q);
        // Entries the page tree passes down (a crop box, a rotation) count as the pages' own.
        q.pushInheritedAttributesToPage();
        int number = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
            ++number;
            for (const std::string &key : page.getObjectHandle().getKeys())
                if (!PageKeys.contains(key))
                    out << heldOnPage(number, pageEntryWords(key), key);
            annotationsOf(page, number, out);
        }
    } catch (const std::exception &e) {
        out << ContentText::tr("the signed revision cannot be read: %1").arg(QString::fromStdString(e.what()));
    }
    return out;
}

} // namespace smout::signing
