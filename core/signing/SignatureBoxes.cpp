#include "SignatureBoxes.h"

#include "SignatureWidgets.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <map>
#include <set>

namespace smout::signing {

namespace {

struct BoxText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignatureBoxes)
};

using Handle = QPDFObjectHandle;

QString fieldName(Handle field)
{
    Handle t = field.getKey("/T");
    return t.isString() ? QString::fromStdString(t.getUTF8Value()) : QString();
}

// The widgets of the form's signature fields, by object, with their field's name.
class ListedBoxes {
public:
    std::map<QPDFObjGen, QString> widgets;
    QStringList problems;

    void add(Handle field, int depth, bool signature)
    {
        if (!field.isDictionary() || depth > 32 || (field.isIndirect() && !m_seen.insert(field.getObjGen()).second))
            return;
        signature = field.hasKey("/FT") ? field.getKey("/FT").isNameAndEquals("/Sig") : signature;
        Handle kids = field.getKey("/Kids");
        const bool terminal = !kids.isArray() || field.getKey("/Subtype").isNameAndEquals("/Widget")
            || std::none_of(kids.getArrayAsVector().begin(), kids.getArrayAsVector().end(),
                            [](Handle k) { return k.isDictionary() && k.hasKey("/T"); });
        if (!terminal) {
            for (Handle kid : kids.getArrayAsVector())
                add(kid, depth + 1, signature);
            return;
        }
        if (!signature)
            return;
        const QString name = fieldName(field);
        if (!m_names.insert(name).second)
            problems << BoxText::tr("two signature fields are named \"%1\", so readers disagree about which signature "
                                    "is which")
                            .arg(name);
        if (field.isIndirect() && field.getKey("/Subtype").isNameAndEquals("/Widget"))
            widgets[field.getObjGen()] = name;
        if (kids.isArray())
            for (Handle widget : kids.getArrayAsVector())
                if (widget.isIndirect())
                    widgets[widget.getObjGen()] = name;
    }

private:
    std::set<QPDFObjGen> m_seen;
    std::set<QString> m_names;
};

} // namespace

QStringList signatureBoxesWithoutSignature(const QByteArray &pdf, const QSet<QString> &verifiedFields)
{
    QStringList out;
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("signed file", pdf.constData(), size_t(pdf.size()));
        ListedBoxes listed;
        if (Handle fields = q.getRoot().getKey("/AcroForm").getKey("/Fields"); fields.isArray())
            for (Handle field : fields.getArrayAsVector())
                listed.add(field, 0, false);
        out << listed.problems;
        int number = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
            ++number;
            Handle annots = page.getObjectHandle().getKey("/Annots");
            if (!annots.isArray())
                continue;
            for (Handle annot : annots.getArrayAsVector()) {
                if (!annot.isDictionary() || !isSignatureWidget(annot))
                    continue;
                const auto box = annot.isIndirect() ? listed.widgets.find(annot.getObjGen()) : listed.widgets.end();
                if (box == listed.widgets.end())
                    out << BoxText::tr("a signature appearance was added to page %1 without a signature (a signature box "
                                       "the form does not list)")
                               .arg(number);
                else if (!verifiedFields.contains(box->second))
                    out << BoxText::tr("a signature appearance on page %1 (\"%2\") belongs to no valid signature")
                               .arg(number)
                               .arg(box->second);
            }
        }
    } catch (const std::exception &e) {
        out << BoxText::tr("the signature boxes cannot be read: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return out;
}

} // namespace smout::signing
