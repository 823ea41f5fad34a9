#pragma once

// Who signed the submission an adjudication embeds, as its signature dictionaries name them
// (/Name, /M, in each role's signature field): the adjudication's signature page shows them
// in the program office's and counsel's boxes. Read the same way when exporting for the
// reviewer and when verification lays the adjudication out again, so both draw the same page;
// verification then checks that each name is the one the embedded signature's certificate
// gives (SignatureVerifier).

#include "model/Codes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace smout::pdf {

struct SubmissionSigner {
    Role role = Role::Author;
    QString name;
    QDateTime time; // UTC; invalid when the dictionary gives none
};

// The author's and counsel's signatures of a signed submission, in role order; empty for a
// file that cannot be read.
QList<SubmissionSigner> submissionSigners(const QByteArray &submissionPdf);

} // namespace smout::pdf
