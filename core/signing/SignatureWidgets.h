#pragma once

// Signature widgets as the checks read them with qpdf: which annotations are one, where on its
// page an annotation lies, and whether a visible signature sits where one may.

#include <QRectF>

#include <qpdf/QPDFObjectHandle.hh>

#include <optional>

namespace smout::signing {

// Whether an annotation is the widget of a signature field (by its own /FT or its field's).
bool isSignatureWidget(QPDFObjectHandle annotation);

// A rectangle on a page whose box is `page`, normalised to 0..1 from the top left, the
// convention of pdf/SignatureSlots.h and of poppler's text boxes; empty for a degenerate page.
std::optional<QRectF> normalisedOnPage(const QPDFObjectHandle::Rectangle &rect, const QPDFObjectHandle::Rectangle &page);

// Whether a signature widget is where one may be: invisible (an empty rectangle), or in a
// signer's box on the last page, so that its appearance cannot cover what was signed.
bool signatureWidgetInPlace(QPDFObjectHandle widget, bool onLastPage, const QPDFObjectHandle::Rectangle &page);

} // namespace smout::signing
