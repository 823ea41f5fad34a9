#pragma once

// The logical structure of a rendered PDF, as the renderer knows it: which element (heading,
// paragraph, list item, table cell, check-box state, signature box) each area of each page
// shows, in reading order. StructureTagger turns it into a tagged PDF (PDF/UA-1 as the
// target); what no region claims (running header, footer, draft mark) becomes an artifact.

#include <QList>
#include <QRectF>
#include <QString>

namespace smout::pdf {

struct StructureElement {
    QString type;       // a standard structure type: Document, H1, P, L, LI, LBody, Table, TR, TD, Span, Figure
    int parent = -1;    // index in PdfStructure::elements; -1 for the Document
    QString alt;        // alternative text (a figure)
    QString actualText; // replacement text (a check box's state)
    bool inlineElement = false; // placed among its parent's content where its first content falls
    QString scope;              // a table header cell: the cells it heads, Column or Row (/Scope)
};

struct StructureRegion {
    int page = 0;
    QRectF rect;         // in PDF points, origin at the page's lower left
    int element = 0;
    bool graphics = false; // claims paths (a figure's box) rather than text
    int priority = 0;      // the higher wins where regions overlap (a check box in its line)
};

struct PdfStructure {
    QList<StructureElement> elements; // elements[0] is the Document
    QList<StructureRegion> regions;
    QString title;
    QString language = QStringLiteral("en-US");

    int add(const QString &type, int parent, bool inlineElement = false)
    {
        elements.append({type, parent, {}, {}, inlineElement, {}});
        return int(elements.size()) - 1;
    }
};

// Where the renderer's device pixels land on a PDF page.
struct PageGeometry {
    qreal dpi = 300;
    QRectF paintRectPx;     // the printable area, in device pixels from the page's top left
    qreal pageHeightPt = 792;
    QRectF toPdf(const QRectF &devicePx) const; // device pixels on a page to PDF points
};

} // namespace smout::pdf
