#pragma once

// Release markings changed in the window: add, re-cite, remove — each one undo step, an
// EditCommand refused as any edit is while the document is read-only (DocumentModel).
// (Markings follow edits of their text inside the edit's own undo step: DocumentModel.)

#include "DocumentModel.h"

namespace smout::release {

Status addMarking(DocumentModel &model, const Redaction &marking);
// A no-op for an index that names no marking or an exemption it already cites.
Status setMarkingExemption(DocumentModel &model, qsizetype index, const QString &exemption);
Status removeMarking(DocumentModel &model, qsizetype index);

// Indexes of the document's markings in the order of the form (then by position in the text).
QList<qsizetype> markingsInDocumentOrder(const SmoutDocument &doc);

} // namespace smout::release
