#include "RevisionDiff.h"

#include "PdfKeyWords.h"
#include "PdfObjectLabels.h"
#include "SignatureWidgets.h"
#include "ValidationDataShape.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <functional>
#include <map>
#include <memory>
#include <set>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct DiffText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::RevisionDiff)
};

using Handle = QPDFObjectHandle;

QString key(const std::string &k)
{
    return QString::fromStdString(k);
}

std::string rawData(Handle stream)
{
    const auto data = stream.getRawStreamData();
    return std::string(reinterpret_cast<const char *>(data->getBuffer()), data->getSize());
}

// The same object, compared one level deep: references compare by object and generation
// number, so a changed object further down is found when the walk reaches it.
bool same(Handle b, Handle a)
{
    if (b.getTypeCode() != a.getTypeCode())
        return false;
    if (b.isStream())
        return b.getDict().unparseResolved() == a.getDict().unparseResolved() && rawData(b) == rawData(a);
    return b.unparseResolved() == a.unparseResolved();
}

std::set<std::string> keysOf(Handle h)
{
    return h.isDictionary() ? h.getKeys() : std::set<std::string>{};
}

std::set<std::string> unionOfKeys(Handle b, Handle a)
{
    std::set<std::string> keys = keysOf(b);
    keys.merge(keysOf(a));
    return keys;
}

QString fieldTypeName(Handle field)
{
    const std::string ft = field.getKey("/FT").isName() ? field.getKey("/FT").getName() : std::string();
    if (ft == "/Tx")
        return DiffText::tr("text field");
    if (ft == "/Btn")
        return DiffText::tr("button or check box");
    if (ft == "/Ch")
        return DiffText::tr("choice field");
    if (ft == "/Sig")
        return DiffText::tr("signature field");
    return DiffText::tr("form field");
}

QString text(Handle h)
{
    return h.isString() ? QString::fromStdString(h.getUTF8Value()) : QString();
}

class Comparison {
public:
    Comparison(QPDF &before, QPDF &after)
        : m_before(before), m_after(after), m_labels(labelObjects(before))
    {
        for (const auto &[og, entry] : m_after.getXRefTable())
            m_gensNow[og.getObj()].insert(og.getGen());
    }

    QStringList run()
    {
        compareTrailers();
        registerSpecialObjects();
        for (const auto &[og, label] : m_labels) {
            if (const auto gens = m_gensNow.find(og.getObj()); gens != m_gensNow.end()
                && (gens->second.size() > 1 || !gens->second.count(og.getGen()))) {
                m_changes << DiffText::tr("the file is ambiguous: object %1 (%2) is redefined with another generation number, "
                                          "and PDF readers disagree about which definition counts")
                                 .arg(og.getObj())
                                 .arg(label);
                continue;
            }
            Handle b = m_before.getObjectByObjGen(og), a = m_after.getObjectByObjGen(og);
            if (same(b, a))
                continue;
            if (const auto special = m_special.find(og); special != m_special.end())
                special->second(b, a);
            else
                m_changes << describeChange(label, b, a);
        }
        // Each signature element is in the tree and in the parent tree, for a signature widget
        // added on a page, and the keys counted on are all theirs.
        if (m_formsInTree != m_formsInParentTree
            || (m_nextKeyAfter != m_nextKeyBefore && qsizetype(m_formsInParentTree.size()) != m_nextKeyAfter - m_nextKeyBefore))
            m_changes << structureChanged(DiffText::tr("the elements in the tree and in its parent tree differ"));
        for (const auto &[element, widget] : m_formWidgets)
            if (!m_addedWidgets.count(widget))
                m_changes << structureChanged(DiffText::tr("an element refers to a signature field no page lists"));
        m_changes.removeDuplicates();
        return m_changes;
    }

private:
    QPDF &m_before, &m_after;
    std::map<QPDFObjGen, QString> m_labels; // every object the signed revision reaches
    std::map<int, std::set<int>> m_gensNow;
    std::map<QPDFObjGen, std::function<void(Handle, Handle)>> m_special;
    std::vector<QPDFObjectHandle::Rectangle> m_pageBoxes;
    QStringList m_changes;
    // The structure tree's additions for signature widgets (registerStructureTree).
    Handle m_document;
    long long m_nextKeyBefore = 0, m_nextKeyAfter = 0;
    std::set<QPDFObjGen> m_formsInTree, m_formsInParentTree, m_addedWidgets;
    std::map<QPDFObjGen, QPDFObjGen> m_formWidgets;

    bool existedBefore(Handle h) const { return h.isIndirect() && m_labels.count(h.getObjGen()); }

    void compareTrailers()
    {
        Handle b = m_before.getTrailer(), a = m_after.getTrailer();
        if (b.getKey("/Root").getObjGen() != a.getKey("/Root").getObjGen())
            m_changes << DiffText::tr("the document catalog was replaced");
        if (b.getKey("/Info").getObjGen() != a.getKey("/Info").getObjGen() || !same(b.getKey("/Info"), a.getKey("/Info")))
            m_changes << DiffText::tr("the document information (title, author, subject) changed");
        if (!a.getKey("/Encrypt").isNull() && !same(b.getKey("/Encrypt"), a.getKey("/Encrypt")))
            m_changes << DiffText::tr("encryption was added");
    }

    // The objects whose changes the allow-list knows: the catalog, the form, the pages, and
    // the arrays of form fields and page annotations when they are objects of their own.
    void registerSpecialObjects()
    {
        Handle root = m_before.getRoot();
        m_special[root.getObjGen()] = [this](Handle b, Handle a) { compareCatalog(b, a); };
        Handle form = root.getKey("/AcroForm");
        if (form.isIndirect())
            m_special[form.getObjGen()] = [this](Handle b, Handle a) { compareForm(b, a); };
        if (Handle fields = form.getKey("/Fields"); fields.isIndirect())
            m_special[fields.getObjGen()] = [this](Handle b, Handle a) { compareList(b, a, 0); };
        int number = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(m_before).getAllPages()) {
            const int n = ++number;
            Handle p = page.getObjectHandle();
            m_pageBoxes.push_back(page.getMediaBox().getArrayAsRectangle());
            if (p.isIndirect())
                m_special.try_emplace(p.getObjGen(), [this, n](Handle b, Handle a) { comparePage(n, b, a); });
            if (Handle annots = p.getKey("/Annots"); annots.isIndirect())
                m_special.try_emplace(annots.getObjGen(), [this, n](Handle b, Handle a) { compareList(b, a, n); });
        }
        registerStructureTree(root.getKey("/StructTreeRoot"));
    }

    // What signing adds to a tagged PDF (SignatureRevision.h): per new signature widget, a
    // Form element appended to the document element's kids, and its entry appended to the
    // flat parent tree under the next key, the key the widget names as its /StructParent.
    // The tree root may only count the keys on. Nothing else in the tree may change.
    void registerStructureTree(Handle tree)
    {
        if (!tree.isIndirect() || !tree.isDictionary())
            return;
        m_special[tree.getObjGen()] = [this](Handle b, Handle a) { compareStructureRoot(b, a); };
        Handle document = tree.getKey("/K");
        if (document.isIndirect() && document.isDictionary())
            m_special.try_emplace(document.getObjGen(), [this](Handle b, Handle a) { compareDocumentElement(b, a); });
        Handle parentTree = tree.getKey("/ParentTree");
        if (parentTree.isIndirect() && parentTree.isDictionary())
            m_special.try_emplace(parentTree.getObjGen(), [this](Handle b, Handle a) { compareParentTree(b, a); });
        m_document = document;
        Handle before = tree.getKey("/ParentTreeNextKey");
        Handle after = m_after.getObjectByObjGen(tree.getObjGen()).getKey("/ParentTreeNextKey");
        if (before.isInteger() && after.isInteger()) {
            m_nextKeyBefore = before.getIntValue();
            m_nextKeyAfter = after.getIntValue();
        }
    }

    // An entry that still refers to the same object (compared on its own), or holds the same value.
    static bool unchangedEntry(Handle b, Handle a)
    {
        if (b.isIndirect() || a.isIndirect())
            return b.isIndirect() && a.isIndirect() && b.getObjGen() == a.getObjGen();
        return same(b, a);
    }

    QString structureChanged(const QString &what) const
    {
        return DiffText::tr("the structure tree screen readers follow was changed: %1").arg(what);
    }

    void compareStructureRoot(Handle b, Handle a)
    {
        for (const std::string &k : unionOfKeys(b, a)) {
            Handle bv = b.getKey(k), av = a.getKey(k);
            if (unchangedEntry(bv, av))
                continue;
            if (k == "/ParentTreeNextKey" && bv.isInteger() && av.isInteger() && av.getIntValue() > bv.getIntValue())
                continue; // each key it skips must be a signature's (compareParentTree, finish)
            m_changes << structureChanged(DiffText::tr("%1 of the tree root").arg(key(k)));
        }
    }

    void compareDocumentElement(Handle b, Handle a)
    {
        for (const std::string &k : unionOfKeys(b, a)) {
            Handle bv = b.getKey(k), av = a.getKey(k);
            if (unchangedEntry(bv, av))
                continue;
            if (k == "/K" && bv.isArray() && av.isArray() && !bv.isIndirect() && !av.isIndirect()) {
                const std::vector<Handle> before = bv.getArrayAsVector(), after = av.getArrayAsVector();
                if (keepsPrefix(before, after)) {
                    for (size_t i = before.size(); i < after.size(); ++i)
                        if (addedSignatureForm(after[i]))
                            m_formsInTree.insert(after[i].getObjGen());
                    continue;
                }
            }
            m_changes << structureChanged(DiffText::tr("%1 of the document element").arg(key(k)));
        }
    }

    void compareParentTree(Handle b, Handle a)
    {
        for (const std::string &k : unionOfKeys(b, a)) {
            Handle bv = b.getKey(k), av = a.getKey(k);
            if (unchangedEntry(bv, av))
                continue;
            if (k == "/Nums" && bv.isArray() && av.isArray() && !bv.isIndirect() && !av.isIndirect()) {
                const std::vector<Handle> before = bv.getArrayAsVector(), after = av.getArrayAsVector();
                if (keepsPrefix(before, after) && (after.size() - before.size()) % 2 == 0) {
                    long long expected = m_nextKeyBefore;
                    bool whole = true;
                    for (size_t i = before.size(); whole && i < after.size(); i += 2, ++expected) {
                        Handle number = after[i], element = after[i + 1];
                        whole = number.isInteger() && number.getIntValue() == expected && addedSignatureForm(element)
                                && element.getKey("/K").getKey("/Obj").getKey("/StructParent").isInteger()
                                && element.getKey("/K").getKey("/Obj").getKey("/StructParent").getIntValue() == expected;
                        if (whole)
                            m_formsInParentTree.insert(element.getObjGen());
                    }
                    if (whole && expected == m_nextKeyAfter)
                        continue;
                }
            }
            m_changes << structureChanged(DiffText::tr("%1 of the parent tree").arg(key(k)));
        }
    }

    // The items before stay, in order, as they were.
    static bool keepsPrefix(const std::vector<Handle> &before, const std::vector<Handle> &after)
    {
        if (after.size() < before.size())
            return false;
        for (size_t i = 0; i < before.size(); ++i)
            if (before[i].isIndirect() || after[i].isIndirect() ? before[i].getObjGen() != after[i].getObjGen()
                                                                : !same(before[i], after[i]))
                return false;
        return true;
    }

    // A new Form element under the document element for a signature widget added after
    // signing, as signing writes it; anything else is named as a change.
    bool addedSignatureForm(Handle element)
    {
        static const std::set<std::string> elementKeys{"/Type", "/S", "/P", "/K"}, referenceKeys{"/Type", "/Obj", "/Pg"};
        Handle objr = element.getKey("/K");
        Handle widget = objr.getKey("/Obj");
        const bool form = element.isIndirect() && !existedBefore(element) && element.isDictionary()
                          && element.getKeys() == elementKeys && element.getKey("/Type").isNameAndEquals("/StructElem")
                          && element.getKey("/S").isNameAndEquals("/Form") && element.getKey("/P").isIndirect()
                          && element.getKey("/P").getObjGen() == m_document.getObjGen() && objr.isDictionary()
                          && !objr.isIndirect() && objr.getKeys() == referenceKeys && objr.getKey("/Type").isNameAndEquals("/OBJR")
                          && widget.isIndirect() && !existedBefore(widget) && widget.isDictionary() && isSignatureWidget(widget)
                          && objr.getKey("/Pg").isIndirect() && widget.getKey("/P").isIndirect()
                          && objr.getKey("/Pg").getObjGen() == widget.getKey("/P").getObjGen();
        if (!form)
            m_changes << structureChanged(DiffText::tr("an element that is not a signature's was added"));
        else
            m_formWidgets[element.getObjGen()] = widget.getObjGen();
        return form;
    }

    void compareCatalog(Handle b, Handle a)
    {
        for (const std::string &k : unionOfKeys(b, a)) {
            Handle bv = b.getKey(k), av = a.getKey(k);
            if (same(bv, av) && bv.getObjGen() == av.getObjGen())
                continue;
            // Validation data for long-term verification is never shown: it may be added or
            // replaced, as long as it is validation data only.
            if (k == "/DSS" && !av.isNull()) {
                m_changes << validationDataProblems(av);
                continue;
            }
            if (k == "/StructTreeRoot" && bv.isIndirect() && av.isIndirect() && bv.getObjGen() == av.getObjGen())
                continue; // the same tree, compared on its own (registerStructureTree)
            if (k == "/AcroForm" && (bv.isNull() || bv.isDictionary()) && av.isDictionary()) {
                compareForm(bv, av);
                continue;
            }
            if (bv.isNull())
                m_changes << DiffText::tr("%1 was added to the document (%2)").arg(catalogEntryWords(k), key(k));
            else if (av.isNull())
                m_changes << DiffText::tr("%1 was removed from the document (%2)").arg(catalogEntryWords(k), key(k));
            else
                m_changes << DiffText::tr("%1 was changed in the document (%2)").arg(catalogEntryWords(k), key(k));
        }
    }

    void compareForm(Handle b, Handle a)
    {
        const bool newForm = !b.isDictionary();
        for (const std::string &k : unionOfKeys(b, a)) {
            Handle bv = newForm ? Handle::newNull() : b.getKey(k), av = a.getKey(k);
            if (same(bv, av) && bv.getObjGen() == av.getObjGen())
                continue;
            if (k == "/SigFlags" && av.isInteger())
                continue;
            if (k == "/Fields" && (bv.isNull() || bv.isArray()) && av.isArray()) {
                if (!bv.isIndirect() || bv.getObjGen() != av.getObjGen())
                    compareList(bv, av, 0);
                continue;
            }
            // A form created by the signing may carry the resources its appearances use.
            if (newForm && (k == "/DR" || k == "/DA"))
                continue;
            if (k == "/NeedAppearances")
                m_changes << DiffText::tr("the form now asks viewers to redraw every field (/NeedAppearances)");
            else if (bv.isNull())
                m_changes << DiffText::tr("%1 was added to the form (%2)").arg(formEntryWords(k), key(k));
            else if (av.isNull())
                m_changes << DiffText::tr("%1 was removed from the form (%2)").arg(formEntryWords(k), key(k));
            else
                m_changes << DiffText::tr("%1 was changed in the form (%2)").arg(formEntryWords(k), key(k));
        }
    }

    void comparePage(int page, Handle b, Handle a)
    {
        for (const std::string &k : unionOfKeys(b, a)) {
            Handle bv = b.getKey(k), av = a.getKey(k);
            if (same(bv, av) && bv.getObjGen() == av.getObjGen())
                continue;
            if (k == "/Annots" && (bv.isNull() || bv.isArray()) && av.isArray()) {
                if (!bv.isIndirect() || bv.getObjGen() != av.getObjGen())
                    compareList(bv, av, page);
                continue;
            }
            if (bv.isNull())
                m_changes << DiffText::tr("%1 was added to page %2 (%3)").arg(pageEntryWords(k)).arg(page).arg(key(k));
            else if (av.isNull())
                m_changes << DiffText::tr("%1 was removed from page %2 (%3)").arg(pageEntryWords(k)).arg(page).arg(key(k));
            else if (k == "/Contents")
                m_changes << DiffText::tr("the content of page %1 was replaced").arg(page);
            else
                m_changes << DiffText::tr("%1 was changed on page %2 (%3)").arg(pageEntryWords(k)).arg(page).arg(key(k));
        }
    }

    // /AcroForm /Fields (page 0) or a page's /Annots: what was there stays, in order; what is
    // added must be a new signature field.
    void compareList(Handle b, Handle a, int page)
    {
        const std::vector<Handle> before = b.isArray() ? b.getArrayAsVector() : std::vector<Handle>{};
        const std::vector<Handle> after = a.isArray() ? a.getArrayAsVector() : std::vector<Handle>{};
        bool prefix = after.size() >= before.size();
        for (size_t i = 0; prefix && i < before.size(); ++i)
            prefix = before[i].isIndirect() && after[i].isIndirect() ? before[i].getObjGen() == after[i].getObjGen()
                                                                     : same(before[i], after[i]);
        if (!prefix) {
            m_changes << (page == 0 ? DiffText::tr("form fields were removed or reordered")
                                    : DiffText::tr("annotations were removed or reordered on page %1").arg(page));
            return;
        }
        for (size_t i = before.size(); i < after.size(); ++i)
            checkAddedSignatureField(after[i], page);
    }

    void checkAddedSignatureField(Handle h, int page)
    {
        const QString where = page == 0 ? DiffText::tr("the form") : DiffText::tr("page %1").arg(page);
        if (!h.isDictionary()) {
            m_changes << DiffText::tr("something that is not an annotation was added to %1").arg(where);
            return;
        }
        if (existedBefore(h)) {
            m_changes << DiffText::tr("%1 is listed a second time on %2").arg(m_labels.at(h.getObjGen()), where);
            return;
        }
        const QString name = text(h.getKey("/T"));
        const bool widget = h.getKey("/Subtype").isNameAndEquals("/Widget");
        if (!h.getKey("/FT").isNameAndEquals("/Sig") || !widget) {
            if (widget || h.hasKey("/FT"))
                m_changes << DiffText::tr("%1 \"%2\" was added to %3").arg(fieldTypeName(h), name, where);
            else {
                Handle subtype = h.getKey("/Subtype");
                const std::string type = subtype.isName() ? subtype.getName() : std::string();
                m_changes << DiffText::tr("%1 was added to %2 (%3 annotation)")
                                 .arg(annotationWords(type), where, type.empty() ? DiffText::tr("an unknown") : key(type).mid(1));
            }
            return;
        }
        static const std::set<std::string> allowed{"/Type", "/Subtype", "/FT", "/T", "/TU", "/TM", "/V", "/Rect", "/P",
                                                   "/F", "/AP", "/AS", "/MK", "/DA", "/Ff", "/Border", "/M", "/NM",
                                                   "/Lock", "/SV", "/StructParent"};
        for (const std::string &k : h.getKeys())
            if (!allowed.count(k))
                m_changes << DiffText::tr("signature field \"%1\" was added with %2 (%3); a signature field may hold only its "
                                          "signature and its own appearance")
                                 .arg(name, objectEntryWords(k), key(k));
        if (Handle ap = h.getKey("/AP"); !ap.isNull()) {
            Handle normal = ap.isDictionary() ? ap.getKey("/N") : Handle::newNull();
            if (!ap.isDictionary() || ap.getKeys() != std::set<std::string>{"/N"} || !normal.isStream()
                || existedBefore(normal))
                m_changes << DiffText::tr("signature field \"%1\" was added with an appearance that is not its own").arg(name);
        }
        if (page > 0 && h.isIndirect())
            m_addedWidgets.insert(h.getObjGen());
        if (page > 0 && !insideSignatureBox(h, page))
            m_changes << DiffText::tr("signature field \"%1\" was added with an appearance drawn on %2 outside the signature boxes")
                             .arg(name, where);
        if (Handle v = h.getKey("/V"); !v.isNull() && (!v.isDictionary() || existedBefore(v)))
            m_changes << DiffText::tr("signature field \"%1\" was added with a value that is not a signature").arg(name);
    }

    // A visible signature belongs in its role's box on the last page (pdf/SignatureSlots.h),
    // so that its appearance cannot cover what was signed.
    bool insideSignatureBox(Handle widget, int page) const
    {
        const bool last = !m_pageBoxes.empty() && page == int(m_pageBoxes.size());
        return signatureWidgetInPlace(widget, last, last ? m_pageBoxes.back() : QPDFObjectHandle::Rectangle());
    }

    QString describeChange(const QString &label, Handle b, Handle a)
    {
        if (b.isDictionary() && a.isDictionary()) {
            if (!same(b.getKey("/T"), a.getKey("/T")))
                return DiffText::tr("%1 renamed to \"%2\"").arg(label, text(a.getKey("/T")));
            if (!same(b.getKey("/AP"), a.getKey("/AP")))
                return DiffText::tr("the appearance of %1 was replaced").arg(label);
            QStringList keys;
            for (const std::string &k : unionOfKeys(b, a))
                if (!same(b.getKey(k), a.getKey(k)))
                    keys << DiffText::tr("%1 (%2)").arg(objectEntryWords(k), key(k));
            if (!keys.isEmpty())
                return DiffText::tr("%1 changed: %2").arg(label, keys.join(u"; "_s));
        }
        return DiffText::tr("%1 changed").arg(label);
    }
};

std::unique_ptr<QPDF> open(const QByteArray &pdf, const char *description)
{
    auto q = std::make_unique<QPDF>();
    q->setSuppressWarnings(true);
    q->processMemoryFile(description, pdf.constData(), size_t(pdf.size()));
    return q;
}

} // namespace

Result<QStringList> changesAfterSigning(const QByteArray &signedRevision, const QByteArray &current)
{
    try {
        auto before = open(signedRevision, "signed revision");
        auto after = open(current, "current file");
        return Comparison(*before, *after).run();
    } catch (const std::exception &e) {
        return Error{DiffText::tr("the revisions cannot be compared: %1").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace smout::signing
