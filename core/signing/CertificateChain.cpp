#include "CertificateChain.h"

#include "NssHandles.h"

#include <vector>

namespace smout::signing {

namespace {

SECItem itemOf(const QByteArray &bytes)
{
    return SECItem{siBuffer, reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData())), unsigned(bytes.size())};
}

// The certificate as NSS knows it, or a temporary one (as CertificateCheck does).
NssCertificate known(const QByteArray &der)
{
    SECItem item = itemOf(der);
    if (CERTCertificate *held = CERT_FindCertByDERCert(CERT_GetDefaultCertDB(), &item))
        return NssCertificate(held);
    return NssCertificate(CERT_NewTempCertificate(CERT_GetDefaultCertDB(), &item, nullptr, PR_FALSE, PR_TRUE));
}

QByteArray derOf(const CERTCertificate *c)
{
    return QByteArray(reinterpret_cast<const char *>(c->derCert.data), qsizetype(c->derCert.len));
}

} // namespace

QList<QByteArray> chainOf(const QByteArray &certificate, const QList<QByteArray> &helpers)
{
    std::vector<NssCertificate> held; // known to NSS while the chain is built
    for (const QByteArray &h : helpers)
        if (NssCertificate k = known(h))
            held.push_back(std::move(k));
    NssCertificate current = known(certificate);
    QList<QByteArray> chain;
    for (int depth = 0; current && depth < 8; ++depth) {
        chain << derOf(current.get());
        if (SECITEM_CompareItem(&current->derIssuer, &current->derSubject) == SECEqual)
            break;
        NssCertificate issuer(CERT_FindCertIssuer(current.get(), PR_Now(), certUsageAnyCA));
        held.push_back(std::move(current));
        current = std::move(issuer);
    }
    return chain;
}

bool isSelfIssued(const QByteArray &certificate)
{
    const NssCertificate c = known(certificate);
    return c && SECITEM_CompareItem(&c->derIssuer, &c->derSubject) == SECEqual;
}

} // namespace smout::signing
