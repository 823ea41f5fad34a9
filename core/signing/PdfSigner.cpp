#include "PdfSigner.h"

#include "CertificateList.h"
#include "CertificateSlot.h"
#include "NssDatabase.h"
#include "TokenLogin.h"
#include "pdf/SignatureSlots.h"

#include <QCoreApplication>
#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct SignText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::PdfSigner)
};

QString roleName(Role role)
{
    switch (role) {
    case Role::Author: return SignText::tr("Program office");
    case Role::Counsel: return SignText::tr("Counsel");
    case Role::Reviewer: return SignText::tr("DHS Privacy Office reviewer");
    }
    return {};
}

// The appearance uses the standard Helvetica of the form resources: Latin-1 text only.
QString latin1(const QString &text)
{
    return QString::fromLatin1(text.toLatin1());
}

} // namespace

QString signingReason(Role role)
{
    switch (role) {
    case Role::Author: return SignText::tr("Submitted by the program office for DHS Privacy Office adjudication");
    case Role::Counsel: return SignText::tr("Counsel certifies that appropriate authority exists for the operational use described");
    case Role::Reviewer: return SignText::tr("DHS Privacy Office determination");
    }
    return {};
}

namespace {

struct SlotDeleter {
    void operator()(PK11SlotInfo *slot) const { PK11_FreeSlot(slot); }
};
using Slot = std::unique_ptr<PK11SlotInfo, SlotDeleter>;

// The certificate to sign with, refused before any card is touched when it may not sign.
Result<SigningCertificate> chooseCertificate(const QString &nickname)
{
    auto listed = listCertificates(nullptr, QDateTime::currentDateTimeUtc());
    if (!listed)
        return Error{listed.error()};
    if (nickname.isEmpty()) {
        const int preferred = preferredCertificate(*listed);
        if (preferred < 0)
            return Error{listed->isEmpty() ? SignText::tr("no certificate with a private key in %1 or on a card; nothing was signed").arg(NssDatabase::current())
                                           : SignText::tr("none of the certificates may sign documents (see smout certs); nothing was signed")};
        return listed->at(preferred);
    }
    QStringList available;
    for (const SigningCertificate &c : *listed) {
        if (c.nickname == nickname) {
            if (!c.signing)
                return Error{SignText::tr("the certificate \"%1\" may not sign: %2; nothing was signed").arg(nickname, c.reason)};
            return c;
        }
        available << c.nickname;
    }
    // "PIV_II:Certificate for Digital Signature" names a token that may have been removed.
    const qsizetype colon = nickname.indexOf(u':');
    if (colon > 0) {
        const QByteArray token = nickname.left(colon).toUtf8();
        Slot slot(PK11_FindSlotByName(token.constData()));
        if (!slot || !PK11_IsPresent(slot.get()))
            return Error{notPresent(nickname.left(colon))};
    }
    return Error{SignText::tr("no signing certificate named \"%1\" in %2 (available: %3)")
                     .arg(nickname, NssDatabase::current(), available.isEmpty() ? SignText::tr("none") : available.join(u", "_s))};
}

} // namespace

Result<SignedPdf> signPdf(const QByteArray &pdf, const SignRequest &request)
{
    if (NssDatabase::current().isEmpty())
        return Error{SignText::tr("no certificate database is open")};
    if (!request.prompt)
        return Error{SignText::tr("no way to ask for a passphrase or PIN")};
    // A passphrase-protected database hides its keys until it is unlocked.
    Slot database(PK11_GetInternalKeySlot());
    QString databaseSecret;
    const bool unlockDatabase = PK11_NeedLogin(database.get()) && !PK11_IsLoggedIn(database.get(), nullptr);
    if (unlockDatabase) {
        auto secret = logIn(database.get(), *request.prompt);
        if (!secret)
            return Error{secret.error()};
        databaseSecret = *secret;
    }
    auto chosen = chooseCertificate(request.nickname);
    if (!chosen)
        return Error{chosen.error()};
    const QString nickname = chosen->nickname;
    Slot slot(slotOfCertificate(nickname));
    if (!slot)
        return Error{SignText::tr("the certificate \"%1\" is no longer available; nothing was signed").arg(nickname)};
    QString secret = databaseSecret;
    if (!(unlockDatabase && isDatabase(slot.get()))) {
        auto typed = logIn(slot.get(), *request.prompt);
        if (!typed)
            return Error{typed.error()};
        secret = *typed;
    }
    const QString signer = chosen->commonName.isEmpty() ? nickname : chosen->commonName;

    QTemporaryDir dir;
    const QString input = dir.filePath(u"in.pdf"_s), output = dir.filePath(u"out.pdf"_s);
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            return Error{SignText::tr("cannot write a temporary file for signing")};
    }
    bool signedOk = false;
    {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(input);
        if (!doc || doc->isLocked())
            return Error{SignText::tr("not a readable PDF")};
        const int pages = doc->numPages();
        if (pages < 1)
            return Error{SignText::tr("the PDF has no pages")};
        std::unique_ptr<Poppler::PDFConverter> converter = doc->pdfConverter();
        converter->setOutputFileName(output);
        converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
        Poppler::PDFConverter::NewSignatureData data;
        data.setCertNickname(nickname);
        // poppler answers every login during signing with this, the secret just checked: a
        // key that asks for the PIN per use gets it without a second prompt.
        data.setPassword(secret);
        data.setPage(pages - 1);
        data.setBoundingRectangle(pdf::signatureSlot(request.role));
        data.setFieldPartialName(pdf::signatureFieldName(request.role));
        data.setReason(latin1(signingReason(request.role)));
        data.setSignatureText(latin1(SignText::tr("Signed by %1").arg(signer)));
        data.setSignatureLeftText(latin1(roleName(request.role) + u'\n'
                                         + QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
        data.setFontSize(10);
        data.setLeftFontSize(10);
        data.setBorderWidth(0);
        data.setFontColor(QColor(0x1f, 0x3a, 0x5f));
        data.setBackgroundColor(QColor(0xf3, 0xf6, 0xfa));
        signedOk = converter->sign(data);
    } // poppler's objects go before NSS shuts down
    if (!signedOk && !PK11_IsPresent(slot.get()))
        return Error{notPresent(tokenName(slot.get()))};
    if (!signedOk)
        return Error{SignText::tr("signing with \"%1\" failed; nothing was signed").arg(nickname)};
    QFile f(output);
    if (!f.open(QIODevice::ReadOnly))
        return Error{SignText::tr("the signed PDF was not written")};
    return SignedPdf{f.readAll(), nickname};
}

} // namespace smout::signing
