// Only the anchors the user chose count. NSS's built-in root certificates (the Mozilla/system
// web CAs) are trusted by NSS wherever their module is loaded: poppler loads it into every
// database it opens (SMOUT Studio unloads it again), and a user's database may list it or
// p11-kit's trust module itself. Loaded here on purpose: none of them may be an anchor.

#include "signing/ChosenAnchors.h"
#include "signing/TrustAnchors.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cert.h>
#include <certdb.h>
#include <nss.h>
#include <pk11pub.h>

#include <secmod.h>

using namespace Qt::StringLiterals;
using namespace smout::signing;

class TestTrustAnchors : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QByteArray chosenDer;
    PK11SlotInfo *builtIns = nullptr;

    // The certificates NSS trusts as CAs for signatures that the built-in module holds.
    QList<CERTCertificate *> builtInRoots() const
    {
        QList<CERTCertificate *> out;
        CERTCertList *list = PK11_ListCertsInSlot(builtIns);
        for (CERTCertListNode *n = CERT_LIST_HEAD(list); !CERT_LIST_END(n, list); n = CERT_LIST_NEXT(n)) {
            CERTCertTrust trust{};
            if (CERT_GetCertTrust(n->cert, &trust) == SECSuccess && (trust.emailFlags & CERTDB_TRUSTED_CA))
                out << CERT_DupCertificate(n->cert);
        }
        CERT_DestroyCertList(list);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                                     u"-nodes"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"30"_s,
                                     u"-subj"_s, u"/CN=Chosen Test CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        const smout::Status opened = openTrustingOnly(dir.filePath(u"db"_s), {dir.filePath(u"ca.pem"_s)});
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
        QVERIFY(NSS_IsInitialized());
        // Its status is not what counts (NSS may fail to record the module in a database opened
        // read-only): whether the built-in token is there is checked below.
        SECMOD_AddNewModule("Root Certs", "libnssckbi.so", 0, 0);

        QFile pem(dir.filePath(u"ca.pem"_s));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray text = pem.readAll();
        chosenDer = QByteArray::fromBase64(text.mid(text.indexOf('\n') + 1, text.indexOf("-----END") - text.indexOf('\n') - 1));

        PK11SlotList *slots = PK11_GetAllTokens(CKM_INVALID_MECHANISM, PR_FALSE, PR_FALSE, nullptr);
        QVERIFY(slots);
        for (PK11SlotListElement *e = PK11_GetFirstSafe(slots); e; e = PK11_GetNextSafe(slots, e, PR_FALSE))
            if (!builtIns && PK11_HasRootCerts(e->slot))
                builtIns = PK11_ReferenceSlot(e->slot);
        PK11_FreeSlotList(slots);
        QVERIFY2(builtIns, "NSS's built-in root certificates module is loaded");
    }

    void cleanupTestCase()
    {
        if (builtIns)
            PK11_FreeSlot(builtIns);
    }

    void theChosenCaIsAnAnchor()
    {
        SECItem der{siBuffer, reinterpret_cast<unsigned char *>(chosenDer.data()), unsigned(chosenDer.size())};
        CERTCertificate *ca = CERT_FindCertByDERCert(CERT_GetDefaultCertDB(), &der);
        QVERIFY(ca);
        QVERIFY(isChosenAnchor(ca));
        CERT_DestroyCertificate(ca);
    }

    void builtInRootsAreNotAnchors()
    {
        const QList<CERTCertificate *> roots = builtInRoots();
        QVERIFY2(roots.size() > 10, "NSS trusts the built-in roots for signatures");
        for (CERTCertificate *root : roots) {
            QVERIFY2(!isChosenAnchor(root), root->subjectName);
            CERT_DestroyCertificate(root);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrustAnchors)
#include "tst_trust_anchors.moc"
