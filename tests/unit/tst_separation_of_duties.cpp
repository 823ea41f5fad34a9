// Separation of duties and the role registry as rules: one certificate, or one name with one
// e-mail, may not sign two roles of a chain; a registry lists certificates by fingerprint
// (any case, colons allowed) or by subject, for every component or one.

#include "signing/RoleRegistry.h"
#include "signing/SeparationOfDuties.h"

#include <QTest>

using namespace smout;
using namespace smout::signing;
using namespace Qt::StringLiterals;

class TestSeparationOfDuties : public QObject {
    Q_OBJECT

    static SignerIdentity person(const QString &hexDigit, const QString &name, const QString &email = {})
    {
        return {QString(64, hexDigit.at(0)), u"CN=%1,O=DHS"_s.arg(name), name, email};
    }

private Q_SLOTS:
    void oneCertificateIsOnePerson()
    {
        const SignerIdentity dana = person(u"a"_s, u"Dana Whitfield"_s);
        QVERIFY(samePerson(dana, dana));
        QVERIFY(!samePerson(dana, person(u"b"_s, u"Marcus Oyelaran"_s)));
        QVERIFY(!samePerson(dana, SignerIdentity{}));
    }

    void sameNameAndEmailIsOnePerson()
    {
        // A second certificate for the same subject: another key, the same person.
        QVERIFY(samePerson(person(u"a"_s, u"Dana Whitfield"_s, u"dana@dhs.gov"_s), person(u"b"_s, u"dana whitfield"_s, u"DANA@dhs.gov"_s)));
        QVERIFY(!samePerson(person(u"a"_s, u"Dana Whitfield"_s, u"dana@dhs.gov"_s), person(u"b"_s, u"Dana Whitfield"_s, u"dana.w@uscis.gov"_s)));
    }

    void refusalNamesBothRoles()
    {
        const SignerIdentity dana = person(u"a"_s, u"Dana Whitfield"_s), marcus = person(u"b"_s, u"Marcus Oyelaran"_s);
        const QList<RoleSignature> chain{{Role::Author, dana}, {Role::Counsel, marcus}};
        QCOMPARE(separationRefusal({{Role::Author, dana}}, Role::Counsel, dana),
                 u"the same person signed as author and as counsel; counsel's certification must come from someone else"_s);
        QCOMPARE(separationRefusal(chain, Role::Reviewer, marcus),
                 u"the same person signed as counsel and as reviewer; the DHS Privacy Office's determination must come from someone else"_s);
        QVERIFY(separationRefusal(chain, Role::Reviewer, person(u"c"_s, u"Priya Castellanos"_s)).isEmpty());
        // Signing a role again (a second author revision) is the order check's business.
        QVERIFY(separationRefusal(chain, Role::Author, dana).isEmpty());
    }

    void fingerprintsInAnyForm()
    {
        const QString hex = u"0123456789abcdef"_s.repeated(4);
        QString colons;
        for (qsizetype i = 0; i < hex.size(); i += 2)
            colons += (i ? u":"_s : QString()) + hex.mid(i, 2).toUpper();
        QCOMPARE(RoleRegistry::canonicalFingerprint(colons), hex);
        QCOMPARE(RoleRegistry::canonicalFingerprint(hex.toUpper()), hex);
        QVERIFY(!RoleRegistry::canonicalFingerprint(hex.left(62)));
        QVERIFY(!RoleRegistry::canonicalFingerprint(u"CN=Marcus Oyelaran,O=DHS"_s));
    }

    void registryPerRoleAndComponent()
    {
        const SignerIdentity marcus = person(u"b"_s, u"Marcus Oyelaran"_s), priya = person(u"c"_s, u"Priya Castellanos"_s);
        const QByteArray json = "{\"counsel\": [{\"certificate\": \"" + marcus.sha256.toUpper().toUtf8()
            + "\", \"component\": \"CBP\"}], \"reviewer\": [\"CN=Priya Castellanos,O=DHS\"]}";
        auto registry = RoleRegistry::fromJson(json);
        QVERIFY2(registry, qPrintable(registry ? QString() : registry.error()));
        QVERIFY(registry->refusal(Role::Counsel, marcus, u"CBP"_s).isEmpty());
        QVERIFY(registry->refusal(Role::Counsel, marcus, u"USCIS"_s).contains(u"but not for this SMOUT's component USCIS"_s));
        QVERIFY(registry->refusal(Role::Counsel, priya, u"CBP"_s).contains(u"is not listed as counsel"_s));
        QVERIFY(registry->refusal(Role::Reviewer, priya, u"ICE"_s).isEmpty());
        QVERIFY(registry->refusal(Role::Reviewer, marcus, u"CBP"_s).contains(u"Marcus Oyelaran"_s));
        QVERIFY(!registry->checks(Role::Author));
        QVERIFY(registry->refusal(Role::Author, marcus, u"CBP"_s).isEmpty());
        // An empty list lets nobody act in the role.
        auto nobody = RoleRegistry::fromJson("{\"reviewer\": []}");
        QVERIFY(nobody && !nobody->refusal(Role::Reviewer, priya, u"CBP"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeparationOfDuties)
#include "tst_separation_of_duties.moc"
