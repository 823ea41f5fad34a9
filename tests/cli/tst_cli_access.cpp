// `smout access` as cli.md states it: add prints the id, decide prints the determination
// with its reasons and the approver level, approve below that level exits 1, list filters.

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliAccess : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QStringList db() const { return {u"--database"_s, dir.filePath(u"inventory.sqlite"_s), u"--today"_s, u"2026-11-26"_s}; }
    const QString smout = u"0b8e6c1d-2f3a-4b5c-9d7e-8f9a0b1c2d3e"_s; // the fictional USCIS SMOUT: met, overt research and monitoring

    QString add(const QString &mode, const QString &training)
    {
        const CliRun r = runSmout(QStringList{u"access"_s, u"add"_s, u"--employee"_s, u"Sam Ortega"_s, u"--office"_s, u"FDNS"_s,
                                              u"--supervisor"_s, u"Lee Chan"_s, u"--mode"_s, mode, u"--smout"_s, smout,
                                              u"--justification"_s,
                                              u"Reviews public posts of petitioners named in open benefit fraud referrals assigned to this officer."_s,
                                              u"--training-date"_s, training, u"--rob-signed"_s, u"yes"_s}
                                  + db());
        return r.exitCode == 0 ? r.outText().trimmed() : u"exit %1: %2"_s.arg(r.exitCode).arg(r.errText());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(runSmout(QStringList{u"db"_s, u"import"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s}
                          + db().mid(0, 2)).exitCode,
                 0);
    }

    void addDecideApproveList()
    {
        const QString id = add(u"overt_monitoring"_s, u"2026-06-01"_s);
        QCOMPARE(id, u"1"_s);
        CliRun r = runSmout(QStringList{u"access"_s, u"decide"_s, id, u"--format"_s, u"json"_s} + db());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject decision = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(decision[u"id"_s].toInt(), 1);
        QCOMPARE(decision[u"determination"_s].toString(), u"approved"_s);
        QCOMPARE(decision[u"required_approver"_s].toString(), u"second_level"_s);
        QCOMPARE(decision[u"reasons"_s].toArray().size(), 4);

        r = runSmout(QStringList{u"access"_s, u"approve"_s, id, u"--approver"_s, u"Lee Chan"_s, u"--level"_s, u"first_line"_s} + db());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"second-level supervisor"_s), qPrintable(r.errText()));
        r = runSmout(QStringList{u"access"_s, u"approve"_s, id, u"--approver"_s, u"Morgan Reyes"_s, u"--level"_s, u"second_level"_s} + db());
        QCOMPARE(r.exitCode, 0);

        // Masked monitoring is not listed by the SMOUT; training older than a year.
        QCOMPARE(add(u"masked_monitoring"_s, u"2025-01-02"_s), u"2"_s);
        r = runSmout(QStringList{u"access"_s, u"decide"_s, u"2"_s, u"--format"_s, u"json"_s} + db());
        const QJsonObject refused = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(refused[u"determination"_s].toString(), u"disapproved"_s);
        QCOMPARE(refused[u"reasons"_s].toArray().size(), 2);

        r = runSmout(QStringList{u"access"_s, u"list"_s, u"--status"_s, u"approved"_s, u"--format"_s, u"json"_s} + db());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray approved = QJsonDocument::fromJson(r.out).object()[u"requests"_s].toArray();
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved[0][u"approver_level"_s].toString(), u"second_level"_s);
        r = runSmout(QStringList{u"access"_s, u"list"_s, u"--smout"_s, smout, u"--format"_s, u"json"_s} + db());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"requests"_s].toArray().size(), 2);

        QCOMPARE(runSmout(QStringList{u"access"_s, u"decide"_s, u"99"_s} + db()).exitCode, 2);
        QCOMPARE(runSmout(QStringList{u"access"_s, u"add"_s, u"--mode"_s, u"telepathy"_s} + db()).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAccess)
#include "tst_cli_access.moc"
