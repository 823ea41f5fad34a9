#include "CertificateChain.h"

#include "NssHandles.h"

#include <vector>

namespace smout::signing {

namespace {

QByteArray derOf(const CERTCertificate *c)
{
    return QByteArray(reinterpret_cast<const char *>(c->derCert.data), qsizetype(c->derCert.len));
}

} // namespace

QList<QByteArray> chainOf(const QByteArray &certificate, const QList<QByteArray> &helpers)
{
    std::vector<NssCertificate> held; // known to NSS while the chain is built
    for (const QByteArray &h : helpers)
        if (NssCertificate k = knownCertificate(h))
            held.push_back(std::move(k));
    NssCertificate current = knownCertificate(certificate);
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
    const NssCertificate c = knownCertificate(certificate);
    return c && SECITEM_CompareItem(&c->derIssuer, &c->derSubject) == SECEqual;
}

} // namespace smout::signing
