// `smout access` as cli.md states it: add prints the id, decide prints the determination
// with its reasons and the approver level, approve below that level exits 1, list filters.
// Only a determination the DHS Privacy Office signed counts: an unsigned one, or one whose
// signature is not trusted, approves nothing.

#include "VerbRunner.h"
#include "store/UserName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliAccess : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QStringList db() const { return {u"--database"_s, dir.filePath(u"inventory.sqlite"_s), u"--today"_s, u"2026-11-26"_s}; }
    const QString smout = u"0b8e6c1d-2f3a-4b5c-9d7e-8f9a0b1c2d3e"_s; // the fictional USCIS SMOUT: met, overt research and monitoring

    QString pki, adjudication;

    QStringList certificate(const QString &nickname) const
    {
        return {u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, nickname, u"--passphrase-file"_s, pki + u"/passphrase"_s,
                u"--today"_s, u"2026-11-25"_s};
    }

    QString add(const QString &mode, const QString &training, const QStringList &database)
    {
        const CliRun r = runVerb(QStringList{u"access"_s, u"add"_s, u"--employee"_s, u"Sam Ortega"_s, u"--office"_s, u"FDNS"_s,
                                              u"--supervisor"_s, u"Lee Chan"_s, u"--mode"_s, mode, u"--smout"_s, smout,
                                              u"--justification"_s,
                                              u"Reviews public posts of petitioners named in open benefit fraud referrals assigned to this officer."_s,
                                              u"--training-date"_s, training, u"--rob-signed"_s, u"yes"_s}
                                  + database);
        return r.exitCode == 0 ? r.outText().trimmed() : u"exit %1: %2"_s.arg(r.exitCode).arg(r.errText());
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = dir.filePath(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        const QString smoutFile = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        const QString submission = dir.filePath(u"submission.pdf"_s), countersigned = dir.filePath(u"countersigned.pdf"_s);
        adjudication = dir.filePath(u"adjudication.pdf"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, smoutFile, u"--role"_s, u"author"_s, u"-o"_s, submission} + certificate(u"author"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, countersigned} + certificate(u"counsel"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runSmout(QStringList{u"sign"_s, smoutFile, u"--role"_s, u"reviewer"_s, u"--submission"_s, countersigned, u"-o"_s, adjudication}
                     + certificate(u"reviewer"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runSmout(QStringList{u"db"_s, u"import"_s, adjudication, u"--trust"_s, pki + u"/test-ca.pem"_s} + db().mid(0, 2));
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
    }

    // The program office's own file with the determination filled in, or the adjudication
    // with a signature nobody trusts: the SMOUT stays a draft and approves no access.
    void unsignedDeterminationGetsNoApproval()
    {
        const QStringList database{u"--database"_s, dir.filePath(u"unsigned.sqlite"_s)};
        CliRun r = runVerb(QStringList{u"db"_s, u"import"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s}
                            + database);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"(draft: determination not signed)"_s), qPrintable(r.outText()));
        r = runVerb(QStringList{u"db"_s, u"show"_s, smout} + database);
        QVERIFY2(r.outText().contains(u"draft, determination not signed"_s), qPrintable(r.outText()));
        const QString id = add(u"overt_monitoring"_s, u"2026-06-01"_s, database + QStringList{u"--today"_s, u"2026-11-26"_s});
        r = runVerb(QStringList{u"access"_s, u"decide"_s, id, u"--format"_s, u"json"_s, u"--today"_s, u"2026-11-26"_s} + database);
        QJsonObject decision = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(decision[u"determination"_s].toString(), u"disapproved"_s);
        QVERIFY2(QJsonDocument(decision[u"reasons"_s].toArray()).toJson().contains("is not adjudicated met"), r.out.constData());

        // Signed by the reviewer, but with no trust anchor given nothing is trusted.
        r = runSmout(QStringList{u"db"_s, u"import"_s, adjudication, u"--nss-dir"_s, dir.filePath(u"empty-nssdb"_s)} + database);
        QCOMPARE(r.exitCode, 2); // no such database: nothing is imported on an unknown trust
        QDir().mkpath(dir.filePath(u"empty-nssdb"_s));
        QProcess certutil;
        certutil.start(u"certutil"_s, {u"-N"_s, u"-d"_s, u"sql:"_s + dir.filePath(u"empty-nssdb"_s), u"--empty-password"_s});
        QVERIFY(certutil.waitForFinished(30000));
        r = runSmout(QStringList{u"db"_s, u"import"_s, adjudication, u"--nss-dir"_s, dir.filePath(u"empty-nssdb"_s)} + database);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"signatures that do not count"_s), qPrintable(r.outText()));
        r = runVerb(QStringList{u"access"_s, u"decide"_s, id, u"--format"_s, u"json"_s, u"--today"_s, u"2026-11-26"_s} + database);
        decision = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(decision[u"determination"_s].toString(), u"disapproved"_s);

        r = runVerb(QStringList{u"db"_s, u"list"_s, u"--format"_s, u"json"_s} + database);
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0][u"status"_s].toString(), u"draft"_s);
    }

    void addDecideApproveList()
    {
        CliRun r0;
        r0 = runVerb(QStringList{u"db"_s, u"list"_s, u"--format"_s, u"json"_s} + db().mid(0, 2));
        QCOMPARE(QJsonDocument::fromJson(r0.out).array()[0][u"status"_s].toString(), u"adjudicated_met"_s);
        // The audit trail names the signer as the verified certificate does.
        r0 = runVerb(QStringList{u"db"_s, u"show"_s, smout} + db().mid(0, 2));
        QVERIFY2(r0.outText().contains(u"signed by reviewer CN=Priya Castellanos,O=SMOUT Studio Test (SHA-256 "_s), qPrintable(r0.outText()));
        const QString id = add(u"overt_monitoring"_s, u"2026-06-01"_s, db());
        QCOMPARE(id, u"1"_s);
        CliRun r = runVerb(QStringList{u"access"_s, u"decide"_s, id, u"--format"_s, u"json"_s} + db());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject decision = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(decision[u"id"_s].toInt(), 1);
        QCOMPARE(decision[u"determination"_s].toString(), u"approved"_s);
        QCOMPARE(decision[u"required_approver"_s].toString(), u"second_level"_s);
        QCOMPARE(decision[u"reasons"_s].toArray().size(), 4);

        r = runVerb(QStringList{u"access"_s, u"approve"_s, id, u"--level"_s, u"first_line"_s} + db());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"second-level supervisor"_s), qPrintable(r.errText()));
        // A typed name is not an identity: only the connected user's own name is accepted.
        r = runVerb(QStringList{u"access"_s, u"approve"_s, id, u"--approver"_s, u"Morgan Reyes"_s, u"--level"_s, u"second_level"_s} + db());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"not under a typed name (Morgan Reyes)"_s), qPrintable(r.errText()));
        r = runVerb(QStringList{u"access"_s, u"approve"_s, id, u"--approver"_s, smout::store::systemLogin(), u"--level"_s, u"second_level"_s} + db());
        QCOMPARE(r.exitCode, 0);

        // Masked monitoring is not listed by the SMOUT; training older than a year.
        QCOMPARE(add(u"masked_monitoring"_s, u"2025-01-02"_s, db()), u"2"_s);
        r = runVerb(QStringList{u"access"_s, u"decide"_s, u"2"_s, u"--format"_s, u"json"_s} + db());
        const QJsonObject refused = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(refused[u"determination"_s].toString(), u"disapproved"_s);
        QCOMPARE(refused[u"reasons"_s].toArray().size(), 2);

        r = runVerb(QStringList{u"access"_s, u"list"_s, u"--status"_s, u"approved"_s, u"--format"_s, u"json"_s} + db());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray approved = QJsonDocument::fromJson(r.out).object()[u"requests"_s].toArray();
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved[0][u"approver_level"_s].toString(), u"second_level"_s);
        QCOMPARE(approved[0][u"approver"_s].toString(), smout::store::systemLogin());
        r = runVerb(QStringList{u"access"_s, u"list"_s, u"--smout"_s, smout, u"--format"_s, u"json"_s} + db());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"requests"_s].toArray().size(), 2);

        // Without --approver the approver is the connected user (here the system login), not a typed name.
        QCOMPARE(add(u"overt_monitoring"_s, u"2026-06-01"_s, db()), u"3"_s);
        r = runVerb(QStringList{u"access"_s, u"approve"_s, u"3"_s, u"--level"_s, u"second_level"_s} + db());
        QVERIFY2(r.exitCode == 0 && r.errText().contains(u"approved by "_s + smout::store::systemLogin()), qPrintable(r.errText()));
        r = runVerb(QStringList{u"access"_s, u"list"_s, u"--status"_s, u"approved"_s, u"--format"_s, u"json"_s} + db());
        const QJsonArray nowApproved = QJsonDocument::fromJson(r.out).object()[u"requests"_s].toArray();
        QCOMPARE(nowApproved.size(), 2);
        QCOMPARE(nowApproved[1][u"approver"_s].toString(), smout::store::systemLogin());

        QCOMPARE(runVerb(QStringList{u"access"_s, u"decide"_s, u"99"_s} + db()).exitCode, 2);
        QCOMPARE(runVerb(QStringList{u"access"_s, u"add"_s, u"--mode"_s, u"telepathy"_s} + db()).exitCode, 2);
    }
};

QTEST_MAIN(TestCliAccess)
#include "tst_cli_access.moc"
