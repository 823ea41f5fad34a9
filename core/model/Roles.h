#pragma once

// Which role writes which part of a SMOUT (rules.md "Roles"): the one table the editor, the
// rule engine's role filter, the window and signing all read. The program office (author)
// writes screening, summary and questions except 2a; counsel answers 2a; the DHS Privacy
// Office reviewer writes review. Paths outside these sections (format, id, redactions) are
// not owned by one role.

#include "Codes.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace smout {

// The role that writes `path`, or none for paths outside the role sections.
std::optional<Role> ownerOf(QStringView path);
// Whether `role` may change `path`.
bool roleOwns(Role role, QStringView path);
// The role as users name it ("Program office", "Counsel", "DHS Privacy reviewer").
QString roleName(Role role);
// The role as one word in a message about roles ("author", "counsel", "reviewer"), as in
// "signed as author".
QString roleWord(Role role);
// The role inside a sentence ("the program office", "counsel", "the DHS Privacy Office reviewer").
QString roleInSentence(Role role);
// The reason a role's signature states (its /Reason), in the current language, and in
// English: signing writes the one and recognises both, so that a PDF signed under one
// language verifies under another.
QString signingReason(Role role);
QString signingReasonInEnglish(Role role);
// Whether `signer`'s signature certifies `path` (the submission workflow): the author's the
// parts it writes; counsel's its 2a, the authorities 2a is about and the counsel named in the
// summary; the reviewer's the whole document it adjudicates. Signing refuses while a path
// the signature certifies has an error, and each role is shown the findings on these paths.
bool signatureCertifies(Role signer, QStringView path);

} // namespace smout
