#include "SignatureWidgets.h"

#include "pdf/SignatureSlots.h"

namespace smout::signing {

bool isSignatureWidget(QPDFObjectHandle annotation)
{
    return annotation.getKey("/FT").isNameAndEquals("/Sig") || annotation.getKey("/Parent").getKey("/FT").isNameAndEquals("/Sig");
}

std::optional<QRectF> normalisedOnPage(const QPDFObjectHandle::Rectangle &rect, const QPDFObjectHandle::Rectangle &page)
{
    const double w = page.urx - page.llx, h = page.ury - page.lly;
    if (w <= 0 || h <= 0)
        return std::nullopt;
    return QRectF(QPointF((rect.llx - page.llx) / w, (page.ury - rect.ury) / h),
                  QPointF((rect.urx - page.llx) / w, (page.ury - rect.lly) / h))
        .normalized();
}

bool signatureWidgetInPlace(QPDFObjectHandle widget, bool onLastPage, const QPDFObjectHandle::Rectangle &page)
{
    QPDFObjectHandle rect = widget.getKey("/Rect");
    if (!rect.isRectangle())
        return false;
    const QPDFObjectHandle::Rectangle r = rect.getArrayAsRectangle();
    if (r.urx - r.llx <= 0 || r.ury - r.lly <= 0)
        return true; // invisible
    if (!onLastPage)
        return false;
    const std::optional<QRectF> normalised = normalisedOnPage(r, page);
    return normalised && pdf::withinASignatureSlot(*normalised);
}

} // namespace smout::signing
