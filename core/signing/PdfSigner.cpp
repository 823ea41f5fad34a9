#include "PdfSigner.h"

#include "NssDatabase.h"
#include "pdf/SignatureSlots.h"

#include <QCoreApplication>
#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QHash>
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

Result<QByteArray> signPdf(const QByteArray &pdf, const SignRequest &request)
{
    if (NssDatabase::current().isEmpty())
        return Error{SignText::tr("no certificate database is open")};
    // Certificate objects hold NSS references: keep them in this scope only, so that NSS can
    // shut down cleanly at exit.
    // Once a certificate's passphrase was accepted, the token stays logged in for the process:
    // later signatures with it skip the listing and the check (only the signer's name is kept).
    static QHash<QString, QString> loggedIn;
    QString signer = loggedIn.value(request.nickname);
    if (signer.isEmpty()) {
        QStringList available;
        bool found = false, passwordOk = false;
        NssDatabase::setPassphrase(request.passphrase); // listing the keys may need the token's login
        for (const Poppler::CertificateInfo &c : Poppler::getAvailableSigningCertificates()) {
            available << c.nickName();
            if (c.nickName() != request.nickname || found)
                continue;
            found = true;
            signer = c.subjectInfo(Poppler::CertificateInfo::CommonName);
            NssDatabase::setPassphrase(request.passphrase);
            passwordOk = c.checkPassword(request.passphrase);
        }
        if (available.isEmpty())
            return Error{SignText::tr("no signing certificate is available in %1: wrong passphrase or PIN, or the database holds no private keys; nothing was signed")
                             .arg(NssDatabase::current())};
        if (!found)
            return Error{SignText::tr("no signing certificate named \"%1\" in %2 (available: %3)")
                             .arg(request.nickname, NssDatabase::current(),
                                  available.isEmpty() ? SignText::tr("none") : available.join(u", "_s))};
        if (!passwordOk)
            return Error{SignText::tr("wrong passphrase or PIN for the certificate \"%1\"; nothing was signed").arg(request.nickname)};
        loggedIn.insert(request.nickname, signer);
    }

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
        data.setCertNickname(request.nickname);
        data.setPassword(request.passphrase);
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
        NssDatabase::setPassphrase(request.passphrase);
        signedOk = converter->sign(data);
    } // poppler's objects go before NSS shuts down
    if (!signedOk)
        return Error{SignText::tr("signing with \"%1\" failed (is the certificate valid for signing?)").arg(request.nickname)};
    QFile f(output);
    if (!f.open(QIODevice::ReadOnly))
        return Error{SignText::tr("the signed PDF was not written")};
    return f.readAll();
}

} // namespace smout::signing
