#include "SeparationOfDuties.h"

#include "SignerRoles.h"
#include "model/Roles.h"

#include <QCoreApplication>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

namespace smout::signing {

namespace {

struct SeparationText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SeparationOfDuties)
};

} // namespace

bool samePerson(const SignerIdentity &a, const SignerIdentity &b)
{
    if (!a.known() || !b.known())
        return false;
    if (a.sha256 == b.sha256)
        return true;
    const QString name = a.commonName.simplified();
    return !name.isEmpty() && name.compare(b.commonName.simplified(), Qt::CaseInsensitive) == 0
        && a.email.compare(b.email, Qt::CaseInsensitive) == 0;
}

QString sameSignerProblem(Role earlier, Role later)
{
    const QString whose = later == Role::Counsel ? SeparationText::tr("counsel's certification")
                                                 : SeparationText::tr("the DHS Privacy Office's determination");
    return SeparationText::tr("the same person signed as %1 and as %2; %3 must come from someone else")
        .arg(roleWord(earlier), roleWord(later), whose);
}

QString separationRefusal(const QList<RoleSignature> &chain, Role role, const SignerIdentity &who)
{
    for (const RoleSignature &s : chain)
        if (s.role != role && samePerson(s.who, who))
            return s.role < role ? sameSignerProblem(s.role, role) : sameSignerProblem(role, s.role);
    return {};
}

QList<RoleSignature> signersOf(const QByteArray &pdf)
{
    QList<RoleSignature> out;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return out;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        for (const auto &field : page->formFields()) {
            if (field->type() != Poppler::FormField::FormSignature)
                continue;
            const auto *sig = static_cast<const Poppler::FormFieldSignature *>(field.get());
            // poppler hands out the certificate only with a certificate check (offline here).
            const Poppler::SignatureValidationInfo info = sig->validate(
                Poppler::FormFieldSignature::ValidateVerifyCertificate | Poppler::FormFieldSignature::ValidateWithoutOCSPRevocationCheck,
                QDateTime());
            if (const std::optional<Role> role = roleOfReason(info.reason()))
                out << RoleSignature{*role, identityOfCertificate(info.certificateInfo().certificateData())};
        }
    }
    return out;
}

} // namespace smout::signing
