#pragma once

// The new revision a signature adds to a PDF, written by hand as an incremental update: the
// earlier bytes are kept exactly, and the revision holds only the signature value (with a
// /Contents placeholder of a fixed size), its field and widget with their own appearance in
// the role's box on the last page, the form's new /Fields and /SigFlags, the page's new
// /Annots, and a cross-reference section of the same kind as the file's with /Prev. In a
// tagged PDF the widget is tagged in the same revision (PDF/UA): a Form element under the
// document element, with an object reference to the widget, and the widget's entry in the
// parent tree (its /StructParent). The
// signature itself is put into the placeholder afterwards (fillSignature), so that signing
// costs one private-key operation.

#include "model/Codes.h"
#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace smout::signing {

struct SignatureFields {
    Role role = Role::Author;
    QString reason;         // /Reason, Latin-1
    QString signer;         // /Name and the visible "Signed by"
    QString leftText;       // the visible role and time, one line per '\n'
    QString rightText;      // the visible "Signed by …"
    QString description;    // the widget's /TU, what screen readers say of it
    QDateTime time;         // /M
    qsizetype reserved = 0; // bytes kept for the DER signature
};

struct SignatureRevision {
    QByteArray bytes;            // the whole file with the new revision, /Contents still zeros
    qsizetype contentsBegin = 0; // offset of the '<' of /Contents
    qsizetype contentsEnd = 0;   // offset just after its '>'
    // The bytes the signature covers: everything but /Contents.
    QByteArray signedBytes() const;
};

Result<SignatureRevision> addSignatureRevision(const QByteArray &pdf,
                                               const SignatureFields &fields);

// Writes the DER signature into the placeholder, or says that it does not fit.
Result<QByteArray> fillSignature(SignatureRevision revision, const QByteArray &der);

} // namespace smout::signing
