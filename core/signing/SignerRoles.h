#pragma once

// Which role a signature was made in, read from inside the signed bytes: the signature
// dictionary's /Reason, which PdfSigner writes as signingReason(role). The role must agree
// with the field the signature sits in and with the signing order: in a submission the author
// signs the first revision and counsel the one directly after it; in an adjudication PDF the
// reviewer signs the first revision.

#include "model/Codes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smout::signing {

// The role a /Reason states, in English or in the current translation.
std::optional<Role> roleOfReason(const QString &reason);

struct SignedRole {
    QString field;           // the signature field's name
    QString reason;          // the signature dictionary's /Reason
    std::optional<Role> fieldRole;
};

// What is wrong with each signature's role, one list per signature; `signatures` are in the
// order of the revisions they sign, `adjudication` tells which order applies.
QList<QStringList> roleProblems(const QList<SignedRole> &signatures, bool adjudication);

} // namespace smout::signing
