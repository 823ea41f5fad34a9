#include "Roles.h"

#include "KeyPath.h"

#include <QCoreApplication>

#include <algorithm>

namespace smout {

namespace {

struct Ownership {
    QStringView prefix;
    Role owner;
};

// Longest prefix first: 2a is counsel's inside the author's questions.
constexpr Ownership ownership[] = {
    {u"questions.q2a_counsel_reviewed", Role::Counsel},
    {u"screening", Role::Author},
    {u"summary", Role::Author},
    {u"questions", Role::Author},
    {u"review", Role::Reviewer},
};

// Beyond what counsel writes: what its signature vouches for.
constexpr QStringView counselCertifies[] = {u"questions.q2_authorities", u"summary.counsel"};

} // namespace

std::optional<Role> ownerOf(QStringView path)
{
    for (const Ownership &o : ownership)
        if (isUnderKeyPath(path, o.prefix))
            return o.owner;
    return std::nullopt;
}

bool roleOwns(Role role, QStringView path)
{
    const auto owner = ownerOf(path);
    return !owner || *owner == role;
}

bool signatureCertifies(Role signer, QStringView path)
{
    switch (signer) {
    case Role::Author: return ownerOf(path) == Role::Author;
    case Role::Counsel:
        return ownerOf(path) == Role::Counsel
            || std::any_of(std::begin(counselCertifies), std::end(counselCertifies),
                           [path](QStringView prefix) { return isUnderKeyPath(path, prefix); });
    case Role::Reviewer: return true;
    }
    return false;
}

QString roleInSentence(Role role)
{
    switch (role) {
    case Role::Author: return QCoreApplication::translate("smout::Roles", "the program office");
    case Role::Counsel: return QCoreApplication::translate("smout::Roles", "counsel");
    case Role::Reviewer: return QCoreApplication::translate("smout::Roles", "the DHS Privacy Office reviewer");
    }
    return {};
}

QString roleWord(Role role)
{
    // Disambiguated from roleInSentence()'s "counsel", which a translation may word apart.
    switch (role) {
    case Role::Author: return QCoreApplication::translate("smout::Roles", "author", "one word");
    case Role::Counsel: return QCoreApplication::translate("smout::Roles", "counsel", "one word");
    case Role::Reviewer: return QCoreApplication::translate("smout::Roles", "reviewer", "one word");
    }
    return {};
}

namespace {

// Under the context of the signer that writes them, whose translations they keep.
const char *reasonSource(Role role)
{
    switch (role) {
    case Role::Author: return QT_TRANSLATE_NOOP("smout::signing::PdfSigner", "Submitted by the program office for DHS Privacy Office adjudication");
    case Role::Counsel: return QT_TRANSLATE_NOOP("smout::signing::PdfSigner", "Counsel certifies that appropriate authority exists for the operational use described");
    case Role::Reviewer: return QT_TRANSLATE_NOOP("smout::signing::PdfSigner", "DHS Privacy Office determination");
    }
    return "";
}

} // namespace

QString signingReason(Role role)
{
    return QCoreApplication::translate("smout::signing::PdfSigner", reasonSource(role));
}

QString signingReasonInEnglish(Role role)
{
    return QString::fromLatin1(reasonSource(role));
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Author: return QCoreApplication::translate("smout::Roles", "Program office");
    case Role::Counsel: return QCoreApplication::translate("smout::Roles", "Counsel");
    case Role::Reviewer: return QCoreApplication::translate("smout::Roles", "DHS Privacy reviewer");
    }
    return {};
}

} // namespace smout
