#pragma once

// A PDF's structure tree (the tags screen readers follow instead of the page), read depth first
// as a screen reader meets it, and compared with another one. The Form elements signing adds
// for its widgets (exactly those) are left out: the data they are compared with has none.

#include <QString>

#include <qpdf/QPDF.hh>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace smout::signing {

// One entry of the tree: an element (its type, alternative and replacement text), or a
// marked-content reference to a page.
struct StructureEntry {
    int depth = 0;
    std::string type, alt, actualText;
    int page = -1, mcid = -1; // a reference to marked content
    bool operator==(const StructureEntry &) const = default;
};

class StructureTree {
public:
    // A tree qpdf cannot read through is not passed over (complete is false): screen readers
    // may read it.
    explicit StructureTree(QPDF &q);

    bool present = false;
    bool complete = true; // false when the tree loops, nests too deep, is too large or is damaged
    std::vector<StructureEntry> entries;

    // The parent tree (marked content to element, page by page) in entries' indices.
    std::map<long long, std::vector<int>> parents(QPDF &q) const;

private:
    void kids(QPDFObjectHandle k, int depth, QPDFObjectHandle page);
    void kid(QPDFObjectHandle kid, int depth, QPDFObjectHandle page);
    int pageIndex(QPDFObjectHandle page) const;

    std::map<QPDFObjGen, int> m_pages, m_elements;
    std::set<QPDFObjGen> m_signatureForms; // left out: what signing adds for its widgets
    std::set<QPDFObjGen> m_seen;
};

// Where the element trees part, in words a reviewer understands; empty when they read alike,
// or when `signedTree` is absent (screen readers then read the pages' text, which is compared
// as it is). Marked-content references are left out: they depend on the layout, which may
// differ between machines; the elements and their texts do not.
QString structureDifference(const StructureTree &signedTree, const StructureTree &renderedTree);

} // namespace smout::signing
