#pragma once

// A shared PostgreSQL inventory with its roles, for the role tests: the test server's
// logins (tests/store/with-postgres.sh) cbp_author (CBP program office), ice_author (ICE
// program office), dhs_privacy (Privacy Office) and oig_auditor, connecting as themselves
// from `smout`, from the store and from psql.

#include "StoreTestSupport.h"
#include "io/SmoutJson.h"
#include "store/InventoryStore.h"

namespace role_test {

using namespace Qt::StringLiterals;
using namespace smout;
using namespace smout::store;

inline const QString CbpId = u"0cb00000-0000-4000-8000-000000000001"_s;
inline const QString IceId = u"3f6b2a1e-9c4d-4e8a-b7f2-1d2c3b4a5e60"_s; // the ICE example's id

// The same database as another login.
inline QString asUser(const QString &location, const QString &login)
{
    QUrl url(location);
    url.setUserName(login);
    return url.toString();
}

inline SmoutDocument exampleDocument(const QString &name)
{
    return io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u'/' + name).value();
}

// A CBP SMOUT (the USCIS example, moved to CBP) and the ICE example.
inline SmoutDocument cbpSmout()
{
    SmoutDocument d = exampleDocument(u"fictional-uscis-benefit-fraud.smout"_s);
    d.id = CbpId;
    d.summary.component = u"CBP"_s;
    return d;
}

inline SmoutDocument iceSmout()
{
    return exampleDocument(u"ice-2012-social-media-enforcement.smout"_s);
}

// A new database holding one CBP and one ICE SMOUT stored by the owner, with `db setup` run
// and the test logins granted their roles; empty without a test server.
inline QString sharedInventory()
{
    const QString location = store_test::newPostgresDatabase();
    if (location.isEmpty())
        return {};
    auto owner = InventoryStore::open(location);
    if (!owner) {
        qWarning("%s", qPrintable(owner.error()));
        return {};
    }
    InventoryStore &o = *owner.value();
    const bool ready = o.save(cbpSmout(), u"Dana"_s, Role::Author, 0).ok() && o.save(iceSmout(), u"Ilse"_s, Role::Author, 0).ok()
        && o.setUpSecurity().ok() && o.grant(u"cbp_author"_s, InventoryRole::ProgramOffice, {u"CBP"_s}).ok()
        && o.grant(u"ice_author"_s, InventoryRole::ProgramOffice, {u"ICE"_s}).ok()
        && o.grant(u"dhs_privacy"_s, InventoryRole::PrivacyOffice, {}).ok() && o.grant(u"oig_auditor"_s, InventoryRole::Auditor, {}).ok();
    return ready ? location : QString();
}

// psql as `login` on the database of `location`: its exit code, then its output and errors.
struct PsqlRun {
    int exitCode = -1;
    QString output;
};

inline PsqlRun psql(const QString &location, const QString &login, const QString &sql)
{
    const QUrl url(location);
    QProcess p;
    p.start(qEnvironmentVariable("SMOUT_TEST_PSQL"),
            {u"-X"_s, u"-q"_s, u"-t"_s, u"-A"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, url.host(), u"-p"_s, QString::number(url.port()),
             u"-U"_s, login, u"-d"_s, url.path().mid(1), u"-c"_s, sql});
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed()};
}

} // namespace role_test

#define SHARED_INVENTORY(location)                                                                          \
    const QString location = role_test::sharedInventory();                                                  \
    if (store_test::serverUrl().isEmpty())                                                                  \
        QSKIP("needs the PostgreSQL test server: SMOUT_TEST_PG_URL is not set (run under tests/store/with-postgres.sh)"); \
    QVERIFY2(!location.isEmpty(), "the shared inventory could not be set up");
