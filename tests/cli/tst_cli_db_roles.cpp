// A shared PostgreSQL inventory after `smout db setup`, through `smout` and through psql as
// each person: the CBP program office cannot list, export, import, delete or rewrite what is
// not theirs, the Privacy Office sees every component, an auditor changes nothing, and
// `smout db check` catches an audit row the owner forged. Needs tests/store/with-postgres.sh.

#include "VerbRunner.h"
#include "../unit/RoleTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace role_test;

class TestCliDbRoles : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }

    static CliRun smoutAs(const QString &location, const QString &login, const QStringList &args)
    {
        return runVerb(args + QStringList{u"--database"_s, asUser(location, login)});
    }

    static QStringList listedIds(const CliRun &r)
    {
        QStringList ids;
        for (const auto &e : QJsonDocument::fromJson(r.out).array())
            ids << e[u"id"_s].toString();
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void theCbpUserCannotListExportOrImportIcesSmouts()
    {
        SHARED_INVENTORY(location);
        CliRun r = smoutAs(location, u"cbp_author"_s, {u"db"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(listedIds(r), QStringList{CbpId});
        const QString out = dir.filePath(u"ice.smout"_s);
        r = smoutAs(location, u"cbp_author"_s, {u"db"_s, u"export"_s, IceId, u"-o"_s, out});
        QVERIFY(r.exitCode != 0);
        QVERIFY(!QFile::exists(out));
        r = smoutAs(location, u"cbp_author"_s, {u"db"_s, u"import"_s, example(u"ice-2012-social-media-enforcement.smout"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"you may not change ICE's SMOUTs (inventory permission)"_s), qPrintable(r.outText()));
        QVERIFY(!r.errText().contains(u"ERROR"_s));

        // psql as the same user: the server holds them, not the application.
        QCOMPARE(psql(location, u"cbp_author"_s, u"SELECT id FROM smout_documents"_s).output, CbpId);
        QCOMPARE(psql(location, u"cbp_author"_s, u"SELECT count(*) FROM smout_revisions WHERE smout_id = '%1'"_s.arg(IceId)).output, u"0"_s);
        QCOMPARE(psql(location, u"cbp_author"_s, u"SELECT count(*) FROM smout_audit_log WHERE smout_id = '%1'"_s.arg(IceId)).output, u"0"_s);
        PsqlRun p = psql(location, u"cbp_author"_s,
                         u"INSERT INTO smout_documents (id, component, title, status, revision, updated_at, search_text) "
                         "VALUES ('x', 'ICE', 'Forged', 'draft', 1, '2026-01-01', '')"_s);
        QVERIFY(p.exitCode != 0);
        QVERIFY2(p.output.contains(u"row-level security policy"_s), qPrintable(p.output));
        p = psql(location, u"cbp_author"_s, u"INSERT INTO smout_revisions (smout_id, revision, document, author, role, saved_at) "
                                           "VALUES ('%1', 2, '{}', 'Carl', 'author', '2026-01-01')"_s.arg(IceId));
        QVERIFY(p.exitCode != 0);
        QVERIFY2(p.output.contains(u"row-level security policy"_s), qPrintable(p.output));
        QCOMPARE(psql(location, u"cbp_author"_s, u"UPDATE smout_documents SET title = 'Taken' WHERE id = '%1'"_s.arg(IceId)).exitCode, 0);
        QVERIFY(psql(location, u"smout"_s, u"SELECT title FROM smout_documents WHERE id = '%1'"_s.arg(IceId)).output != u"Taken"_s);
    }

    void theCbpUserCannotDeleteRevisionsOrAuditRows()
    {
        SHARED_INVENTORY(location);
        for (const QString &table : {u"smout_revisions"_s, u"smout_audit_log"_s}) {
            for (const QString &sql : {u"DELETE FROM %1"_s, u"UPDATE %1 SET role = 'reviewer'"_s, u"TRUNCATE %1"_s}) {
                const PsqlRun p = psql(location, u"cbp_author"_s, sql.arg(table));
                QVERIFY(p.exitCode != 0);
                QVERIFY2(p.output.contains(u"permission denied for table "_s + table), qPrintable(p.output));
            }
        }
        // Even were the right granted by mistake, the trigger refuses, naming the table.
        QCOMPARE(psql(location, u"smout"_s, u"GRANT DELETE ON smout_revisions, smout_audit_log TO smout_program_office"_s).exitCode, 0);
        for (const QString &table : {u"smout_revisions"_s, u"smout_audit_log"_s}) {
            const PsqlRun p = psql(location, u"cbp_author"_s, u"DELETE FROM "_s + table);
            QVERIFY(p.exitCode != 0);
            QVERIFY2(p.output.contains(table + u": rows are never changed or deleted"_s), qPrintable(p.output));
        }
        QCOMPARE(psql(location, u"smout"_s, u"SELECT count(*) FROM smout_revisions"_s).output, u"2"_s);
        QCOMPARE(psql(location, u"smout"_s, u"SELECT count(*) FROM smout_audit_log"_s).output, u"2"_s);
    }

    void thePrivacyOfficeSeesBothComponents()
    {
        SHARED_INVENTORY(location);
        const CliRun r = smoutAs(location, u"dhs_privacy"_s, {u"db"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(listedIds(r), (QStringList{CbpId, IceId}));
        QCOMPARE(psql(location, u"dhs_privacy"_s, u"SELECT count(*) FROM smout_audit_log"_s).output, u"2"_s);
        QCOMPARE(smoutAs(location, u"ice_author"_s, {u"db"_s, u"show"_s, CbpId}).exitCode, 2);
        QCOMPARE(smoutAs(location, u"dhs_privacy"_s, {u"db"_s, u"show"_s, CbpId}).exitCode, 0);
    }

    void anAuditorChangesNothing()
    {
        SHARED_INVENTORY(location);
        CliRun r = smoutAs(location, u"oig_auditor"_s, {u"db"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(listedIds(r), (QStringList{CbpId, IceId}));
        r = smoutAs(location, u"oig_auditor"_s, {u"db"_s, u"import"_s, example(u"ice-2012-social-media-enforcement.smout"_s)});
        // The same file as stored: nothing to add, so nothing refused.
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(u"unchanged"_s));
        r = smoutAs(location, u"oig_auditor"_s, {u"db"_s, u"import"_s, example(u"fictional-uscis-benefit-fraud.smout"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"you may not change USCIS's SMOUTs (inventory permission)"_s), qPrintable(r.outText()));
        r = smoutAs(location, u"oig_auditor"_s, {u"db"_s, u"check"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errText().contains(u"Audit chain whole"_s), qPrintable(r.errText()));
        for (const QString &sql : {u"UPDATE smout_documents SET title = 'x'"_s, u"DELETE FROM smout_documents"_s,
                                   u"INSERT INTO smout_audit_log (smout_id, who, role, at, action, detail) VALUES ('%1', 'o', 'r', 'a', 'x', 'y')"_s.arg(CbpId),
                                   u"DELETE FROM smout_members"_s}) {
            const PsqlRun p = psql(location, u"oig_auditor"_s, sql);
            QVERIFY(p.exitCode != 0);
            QVERIFY2(p.output.contains(u"permission denied"_s), qPrintable(p.output));
        }
        QCOMPARE(psql(location, u"smout"_s, u"SELECT count(*) FROM smout_documents"_s).output, u"2"_s);
    }

    void setupTwiceAndWho()
    {
        SHARED_INVENTORY(location);
        const QByteArray before = store_test::dumpPostgres(location);
        CliRun r = smoutAs(location, u"smout"_s, {u"db"_s, u"setup"_s});
        QCOMPARE(r.exitCode, 0);
        r = smoutAs(location, u"smout"_s, {u"db"_s, u"setup"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.errText().contains(u"NOTICE"_s));
        QCOMPARE(store_test::dumpPostgres(location), before);
        // Not the owner: a refusal, exit 1.
        r = smoutAs(location, u"cbp_author"_s, {u"db"_s, u"setup"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"(inventory permission)"_s), qPrintable(r.errText()));
        r = smoutAs(location, u"cbp_author"_s, {u"db"_s, u"grant"_s, u"cbp_author"_s, u"--role"_s, u"privacy_office"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"only the inventory's owner"_s), qPrintable(r.errText()));

        r = smoutAs(location, u"smout"_s, {u"db"_s, u"grant"_s, u"ice_author"_s, u"--role"_s, u"counsel"_s, u"--component"_s, u"ICE"_s,
                                           u"--component"_s, u"FEMA"_s});
        QCOMPARE(r.exitCode, 0);
        r = smoutAs(location, u"smout"_s, {u"db"_s, u"who"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QList<QStringList> rows;
        for (const auto &m : QJsonDocument::fromJson(r.out).array()) {
            QStringList components;
            for (const auto &c : m[u"components"_s].toArray())
                components << c.toString();
            rows << QStringList{m[u"login"_s].toString(), m[u"role"_s].toString(), components.join(u',')};
        }
        QVERIFY(rows.contains(QStringList{u"cbp_author"_s, u"smout_program_office"_s, u"CBP"_s}));
        QVERIFY(rows.contains(QStringList{u"ice_author"_s, u"smout_counsel"_s, u"FEMA,ICE"_s}));
        QVERIFY(rows.contains(QStringList{u"oig_auditor"_s, u"smout_auditor"_s, u""_s}));
        r = smoutAs(location, u"smout"_s, {u"db"_s, u"revoke"_s, u"ice_author"_s, u"--role"_s, u"counsel"_s, u"--component"_s, u"FEMA"_s});
        QCOMPARE(r.exitCode, 0);
        r = smoutAs(location, u"smout"_s, {u"db"_s, u"who"_s});
        QVERIFY2(r.outText().contains(QRegularExpression(u"ice_author\\s+smout_counsel\\s+ICE\\n"_s)), qPrintable(r.outText()));
        QCOMPARE(smoutAs(location, u"smout"_s, {u"db"_s, u"grant"_s, u"ice_author"_s}).exitCode, 2);
        QCOMPARE(smoutAs(location, u"smout"_s, {u"db"_s, u"grant"_s, u"ice_author"_s, u"--role"_s, u"boss"_s}).exitCode, 2);
    }

    void dbCheckCatchesAForgedAuditRow()
    {
        SHARED_INVENTORY(location);
        QCOMPARE(smoutAs(location, u"smout"_s, {u"db"_s, u"check"_s}).exitCode, 0);
        // The owner writes a row behind the trigger's back, crediting someone else.
        const PsqlRun p = psql(location, u"smout"_s,
                               u"BEGIN; ALTER TABLE smout_audit_log DISABLE TRIGGER smout_audit_chain; "
                               "INSERT INTO smout_audit_log (smout_id, who, role, at, action, detail, db_user) "
                               "VALUES ('%1', 'Priya', 'reviewer', '2026-01-01T00:00:00.000Z', 'edited', 'approved', 'dhs_privacy'); "
                               "ALTER TABLE smout_audit_log ENABLE TRIGGER smout_audit_chain; COMMIT"_s.arg(CbpId));
        QCOMPARE(p.exitCode, 0);
        const CliRun r = smoutAs(location, u"smout"_s, {u"db"_s, u"check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"audit chain: audit row 3 is outside the chain"_s), qPrintable(r.outText()));
    }
};

QTEST_MAIN(TestCliDbRoles)
#include "tst_cli_db_roles.moc"
