#include "PdfObjectLabels.h"

#include "PdfKeyWords.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>
#include <vector>

namespace smout::signing {

namespace {

struct LabelText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::PdfObjectLabels)
};

using Handle = QPDFObjectHandle;
using Labels = std::map<QPDFObjGen, QString>;

void name(Labels &labels, Handle h, const QString &what)
{
    if (h.isIndirect())
        labels.try_emplace(h.getObjGen(), what);
}

QString text(Handle h)
{
    return h.isString() ? QString::fromStdString(h.getUTF8Value()) : QString();
}

QString resourceName(const std::string &category, const QString &key, int page)
{
    if (category == "/Font")
        return LabelText::tr("font %1 on page %2").arg(key).arg(page);
    if (category == "/XObject")
        return LabelText::tr("image or drawing %1 on page %2").arg(key).arg(page);
    if (category == "/ExtGState")
        return LabelText::tr("graphics state %1 on page %2").arg(key).arg(page);
    if (category == "/Properties")
        return LabelText::tr("optional content %1 on page %2").arg(key).arg(page);
    return LabelText::tr("resource %1 on page %2 (%3)").arg(key).arg(page).arg(QString::fromStdString(category));
}

QString fieldLabel(Handle field)
{
    const QString t = text(field.getKey("/T"));
    if (field.getKey("/FT").isNameAndEquals("/Sig"))
        return LabelText::tr("signature field %1").arg(t);
    return LabelText::tr("form field %1").arg(t);
}

void nameAnnotation(Labels &labels, Handle annot, int page)
{
    if (!annot.isDictionary())
        return;
    QString what;
    if (annot.hasKey("/FT") || annot.hasKey("/Parent"))
        what = fieldLabel(annot.hasKey("/FT") ? annot : annot.getKey("/Parent")) + LabelText::tr(" on page %1").arg(page);
    else {
        Handle subtype = annot.getKey("/Subtype");
        const std::string type = subtype.isName() ? subtype.getName() : std::string();
        what = LabelText::tr("%1 on page %2 (%3 annotation)")
                   .arg(annotationWords(type))
                   .arg(page)
                   .arg(QString::fromStdString(type).mid(1));
    }
    name(labels, annot, what);
    Handle ap = annot.getKey("/AP");
    name(labels, ap, LabelText::tr("the appearance of %1").arg(what));
    if (ap.isDictionary())
        for (const char *k : {"/N", "/R", "/D"})
            name(labels, ap.getKey(k), LabelText::tr("the appearance of %1").arg(what));
}

void nameFields(Labels &labels, Handle fields, int depth)
{
    if (!fields.isArray() || depth > 32)
        return;
    name(labels, fields, LabelText::tr("the list of form fields"));
    for (Handle field : fields.getArrayAsVector()) {
        if (!field.isDictionary() || (field.isIndirect() && labels.count(field.getObjGen()) && depth > 0))
            continue;
        const QString what = fieldLabel(field);
        name(labels, field, what);
        name(labels, field.getKey("/V"), LabelText::tr("the value of %1").arg(what));
        nameFields(labels, field.getKey("/Kids"), depth + 1);
    }
}

void nameEmbeddedFiles(Labels &labels, Handle node, std::set<QPDFObjGen> &seen, int depth)
{
    if (!node.isDictionary() || depth > 32 || (node.isIndirect() && !seen.insert(node.getObjGen()).second))
        return;
    name(labels, node, LabelText::tr("the list of embedded files"));
    if (Handle names = node.getKey("/Names"); names.isArray()) {
        const std::vector<Handle> items = names.getArrayAsVector();
        for (size_t i = 0; i + 1 < items.size(); i += 2) {
            const QString file = text(items[i]);
            Handle spec = items[i + 1];
            name(labels, spec, LabelText::tr("embedded file %1").arg(file));
            if (Handle ef = spec.getKey("/EF"); ef.isDictionary()) {
                name(labels, ef, LabelText::tr("embedded file %1").arg(file));
                for (const char *k : {"/F", "/UF"})
                    name(labels, ef.getKey(k), LabelText::tr("the data of embedded file %1").arg(file));
            }
        }
    }
    if (Handle kids = node.getKey("/Kids"); kids.isArray())
        for (Handle kid : kids.getArrayAsVector())
            nameEmbeddedFiles(labels, kid, seen, depth + 1);
}

void namePages(Labels &labels, QPDF &pdf)
{
    int number = 0;
    for (QPDFPageObjectHelper &helper : QPDFPageDocumentHelper(pdf).getAllPages()) {
        const int n = ++number;
        Handle page = helper.getObjectHandle();
        name(labels, page, LabelText::tr("page %1").arg(n));
        Handle contents = page.getKey("/Contents");
        name(labels, contents, LabelText::tr("the content of page %1").arg(n));
        if (contents.isArray())
            for (Handle part : contents.getArrayAsVector())
                name(labels, part, LabelText::tr("the content of page %1").arg(n));
    }
    number = 0;
    for (QPDFPageObjectHelper &helper : QPDFPageDocumentHelper(pdf).getAllPages()) {
        const int n = ++number;
        Handle page = helper.getObjectHandle();
        Handle resources = page.getKey("/Resources");
        name(labels, resources, LabelText::tr("the resources of page %1").arg(n));
        if (resources.isDictionary())
            for (const std::string &category : resources.getKeys()) {
                Handle entries = resources.getKey(category);
                if (!entries.isDictionary())
                    continue;
                for (const std::string &k : entries.getKeys())
                    name(labels, entries.getKey(k), resourceName(category, QString::fromStdString(k).mid(1), n));
            }
        Handle annots = page.getKey("/Annots");
        name(labels, annots, LabelText::tr("the annotations of page %1").arg(n));
        if (annots.isArray())
            for (Handle annot : annots.getArrayAsVector())
                nameAnnotation(labels, annot, n);
    }
}

// Everything else reachable, named after the first named object above it.
void nameTheRest(Labels &labels, Handle trailer)
{
    std::set<QPDFObjGen> walked;
    std::vector<std::pair<Handle, QString>> pending{{trailer, LabelText::tr("the trailer")}};
    while (!pending.empty()) {
        auto [h, inherited] = pending.back();
        pending.pop_back();
        std::vector<std::pair<Handle, int>> direct{{h, 0}};
        while (!direct.empty()) {
            auto [d, depth] = direct.back();
            direct.pop_back();
            std::vector<Handle> children;
            if (d.isArray())
                children = d.getArrayAsVector();
            else if (d.isDictionary() || d.isStream())
                for (auto &[k, v] : (d.isStream() ? d.getDict() : d).getDictAsMap())
                    children.push_back(v);
            for (Handle c : children) {
                if (!c.isIndirect()) {
                    if (depth < 64)
                        direct.emplace_back(c, depth + 1);
                } else if (walked.insert(c.getObjGen()).second) {
                    const auto it = labels.try_emplace(c.getObjGen(), inherited).first;
                    pending.emplace_back(c, it->second);
                }
            }
        }
    }
}

} // namespace

std::map<QPDFObjGen, QString> labelObjects(QPDF &pdf)
{
    Labels labels;
    Handle trailer = pdf.getTrailer();
    Handle root = trailer.getKey("/Root");
    name(labels, root, LabelText::tr("the document catalog"));
    name(labels, trailer.getKey("/Info"), LabelText::tr("the document information"));
    namePages(labels, pdf);
    Handle form = root.getKey("/AcroForm");
    name(labels, form, LabelText::tr("the form"));
    nameFields(labels, form.getKey("/Fields"), 0);
    std::set<QPDFObjGen> seen;
    nameEmbeddedFiles(labels, root.getKey("/Names").getKey("/EmbeddedFiles"), seen, 0);
    const std::pair<const char *, const char *> entries[] = {
        {"/Pages", QT_TRANSLATE_NOOP("smout::signing::PdfObjectLabels", "the page tree")},
        {"/Names", QT_TRANSLATE_NOOP("smout::signing::PdfObjectLabels", "the name trees")},
        {"/Metadata", QT_TRANSLATE_NOOP("smout::signing::PdfObjectLabels", "the XMP metadata")},
        {"/OCProperties", QT_TRANSLATE_NOOP("smout::signing::PdfObjectLabels", "the optional content layers")},
        {"/OpenAction", QT_TRANSLATE_NOOP("smout::signing::PdfObjectLabels", "the action run when the file opens")},
        {"/Outlines", QT_TRANSLATE_NOOP("smout::signing::PdfObjectLabels", "the bookmarks")},
        {"/DSS", QT_TRANSLATE_NOOP("smout::signing::PdfObjectLabels", "the validation data")},
    };
    for (const auto &[k, what] : entries)
        name(labels, root.getKey(k), QCoreApplication::translate("smout::signing::PdfObjectLabels", what));
    nameTheRest(labels, trailer);
    return labels;
}

} // namespace smout::signing
