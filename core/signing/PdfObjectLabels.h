#pragma once

// Every object a PDF's trailer reaches, with what it is to a reader: "page 2", "the content
// of page 2", "font F1 on page 2", "FreeText annotation on page 3", "signature field
// smout-author", "embedded file document.smout". An object deeper down (a font's glyph
// program, an image's mask) is named after what uses it. The first name found wins: pages,
// then their content, resources and annotations, then form fields, embedded files and the
// catalog's own entries.

#include <QString>

#include <qpdf/QPDFObjGen.hh>

#include <map>

class QPDF;

namespace smout::signing {

std::map<QPDFObjGen, QString> labelObjects(QPDF &pdf);

} // namespace smout::signing
