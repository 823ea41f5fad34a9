// The review round trip through `smout request`, `smout db` and `smout diff` as scripts use
// them: `db list --status returned` finds a SMOUT with an open request, `db show` lists each
// request, answer and close in its audit log, and `diff` names the request and what
// happened to it (extra keys "request" and "change" in JSON).

#include "VerbRunner.h"
#include "store/UserName.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A name as typed into the file, beside the login that entered it into the inventory.
QString typed(const QString &name)
{
    return u"%1 (typed; entered by login %2)"_s.arg(name, smout::store::systemLogin());
}
} // namespace

class TestCliDbRequests : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QStringList db() const { return {u"--database"_s, dir.filePath(u"inventory.sqlite"_s)}; }
    QString file(const QString &name) const { return dir.filePath(name); }

    static CliRun ok(const QStringList &args)
    {
        const CliRun r = runVerb(args);
        if (r.exitCode != 0)
            qWarning("smout %s: %s", qPrintable(args.join(u' ')), qPrintable(r.errText()));
        return r;
    }

    QJsonArray listed(const QString &status)
    {
        const CliRun r = runVerb(QStringList{u"db"_s, u"list"_s, u"--status"_s, status, u"--format"_s, u"json"_s} + db());
        return QJsonDocument::fromJson(r.out).array();
    }

    // The ICE example without its determination, so that requests decide its status.
    QString undecided(const QString &name) const
    {
        const QString a = file(name);
        QFile::copy(QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s, a);
        QFile::setPermissions(a, QFile::ReadOwner | QFile::WriteOwner);
        QFile f(a);
        f.open(QIODevice::ReadOnly);
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject review = doc.value(u"review"_s).toObject();
        QJsonObject determination = review.value(u"determination"_s).toObject();
        determination.insert(u"outcome"_s, QJsonValue());
        review.insert(u"determination"_s, determination);
        doc.insert(u"review"_s, review);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QJsonDocument(doc).toJson());
        return a;
    }

    static QString idOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object().value(u"id"_s).toString() : QString();
    }

private Q_SLOTS:
    void roundTripInTheInventory()
    {
        const QString a = undecided(u"a.smout"_s), b = file(u"b.smout"_s);
        const QString id = idOf(a);

        QCOMPARE(ok({u"request"_s, u"add"_s, a, u"--path"_s, u"questions.q1_description"_s, u"--text"_s, u"Which sites?"_s, u"--role"_s,
                     u"reviewer"_s, u"--by"_s, u"Priya Raman"_s, u"--today"_s, u"2026-11-20"_s})
                     .outText()
                     .trimmed(),
                 u"R1"_s);
        QCOMPARE(ok(QStringList{u"db"_s, u"import"_s, a} + db()).exitCode, 0);
        QJsonArray returned = listed(u"returned"_s);
        QCOMPARE(returned.size(), 1);
        QCOMPARE(returned[0][u"id"_s].toString(), id);
        QCOMPARE(returned[0][u"status"_s].toString(), u"returned"_s);

        QVERIFY(QFile::copy(a, b));
        QCOMPARE(ok({u"request"_s, u"answer"_s, b, u"R1"_s, u"--text"_s, u"Facebook only."_s, u"--by"_s, u"Dana Whitfield"_s}).exitCode, 0);
        QCOMPARE(ok(QStringList{u"db"_s, u"import"_s, b, u"--base"_s, u"1"_s} + db()).exitCode, 0);
        // Answered but not signed again: still returned.
        QCOMPARE(listed(u"returned"_s).size(), 1);
        QCOMPARE(ok({u"request"_s, u"close"_s, b, u"R1"_s, u"--by"_s, u"Priya Raman"_s}).exitCode, 0);
        QCOMPARE(ok(QStringList{u"db"_s, u"import"_s, b, u"--base"_s, u"2"_s} + db()).exitCode, 0);

        const CliRun shown = ok(QStringList{u"db"_s, u"show"_s, id} + db());
        const QString log = shown.outText();
        QVERIFY2(log.contains(typed(u"Priya Raman"_s) + u" (reviewer)  request_added  R1 about questions.q1_description, dated 2026-11-20"_s), qPrintable(log));
        QVERIFY2(log.contains(typed(u"Dana Whitfield"_s) + u" (author)  request_answered  R1 about questions.q1_description, dated "_s), qPrintable(log));
        QVERIFY2(log.contains(typed(u"Priya Raman"_s) + u" (reviewer)  request_closed  R1 about questions.q1_description, dated "_s), qPrintable(log));
        QVERIFY2(log.contains(u"returned for information"_s), qPrintable(log));
        QCOMPARE(ok(QStringList{u"db"_s, u"check"_s} + db()).exitCode, 0);

        // The comparison of the two revisions names the request and what happened to it.
        CliRun diff = runVerb({u"diff"_s, a, b, u"--format"_s, u"json"_s});
        QCOMPARE(diff.exitCode, 1);
        const QJsonArray changes = QJsonDocument::fromJson(diff.out).array();
        QStringList seen;
        for (const QJsonValue &c : changes)
            seen << c[u"path"_s].toString() + u' ' + c[u"request"_s].toString() + u' ' + c[u"change"_s].toString();
        QCOMPARE(seen, (QStringList{u"requests[0].answer R1 answered"_s, u"requests[0].closed R1 closed"_s}));
        QVERIFY(changes[0][u"after"_s].toString().contains(u"Facebook only."_s));
        diff = runVerb({u"diff"_s, a, b});
        QVERIFY2(diff.outText().contains(u"requests[0].answer (request R1: answered)"_s), qPrintable(diff.outText()));
        QVERIFY2(diff.outText().contains(u"requests[0].closed (request R1: closed)"_s), qPrintable(diff.outText()));

        // Unknown statuses are still refused; the new ones are listed in the help.
        QCOMPARE(runVerb(QStringList{u"db"_s, u"list"_s, u"--status"_s, u"sent_back"_s} + db()).exitCode, 2);
        QVERIFY(runVerb({u"db"_s, u"--help"_s}).outText().contains(u"resubmitted"_s));
    }

    // The author-signed PDF of the answered document, imported after the return: resubmitted, but
    // only once the author's signature is trusted.
    void anAuthorSignedPdfAfterAReturnIsResubmitted()
    {
        const QString pki = file(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        make.waitForFinished(120000);
        QVERIFY2(QFile::exists(pki + u"/author.p12"_s), make.readAllStandardError().constData());
        const QStringList database{u"--database"_s, file(u"signed.sqlite"_s)};
        const QString s = undecided(u"s.smout"_s);
        QCOMPARE(ok({u"request"_s, u"add"_s, s, u"--path"_s, u""_s, u"--text"_s, u"Cite the SORN."_s, u"--role"_s, u"counsel"_s, u"--by"_s,
                     u"Carl Ortiz"_s, u"--today"_s, u"2026-11-20"_s})
                     .exitCode,
                 0);
        QCOMPARE(ok(QStringList{u"db"_s, u"import"_s, s} + database).exitCode, 0);
        QCOMPARE(ok({u"request"_s, u"answer"_s, s, u"R1"_s, u"--text"_s, u"DHS/ICE-009."_s, u"--by"_s, u"Dana Whitfield"_s}).exitCode, 0);
        const QString pdf = file(u"resubmission.pdf"_s);
        QCOMPARE(runSmout({u"sign"_s, s, u"--role"_s, u"author"_s, u"-o"_s, pdf, u"--p12"_s, pki + u"/author.p12"_s, u"--passphrase-file"_s,
                     pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s})
                     .exitCode,
                 0);
        // Signed under a root nobody chose to trust: stored, but still returned.
        CliRun imported = runSmout(QStringList{u"db"_s, u"import"_s, pdf, u"--base"_s, u"1"_s, u"--trust"_s, pki + u"/rogue-ca.pem"_s} + database);
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.outText().contains(u"signatures that do not count"_s), qPrintable(imported.outText()));
        CliRun list = ok(QStringList{u"db"_s, u"list"_s, u"--format"_s, u"json"_s} + database);
        QCOMPARE(QJsonDocument::fromJson(list.out).array()[0][u"status"_s].toString(), u"returned"_s);
        // The same file, its author's signature trusted: the resubmission.
        imported = runSmout(QStringList{u"db"_s, u"import"_s, pdf, u"--trust"_s, pki + u"/test-ca.pem"_s} + database);
        QCOMPARE(imported.exitCode, 0);
        list = ok(QStringList{u"db"_s, u"list"_s, u"--format"_s, u"json"_s} + database);
        QCOMPARE(QJsonDocument::fromJson(list.out).array()[0][u"status"_s].toString(), u"resubmitted"_s);
        QVERIFY(ok(QStringList{u"db"_s, u"show"_s, idOf(s)} + database).outText().contains(typed(u"Dana Whitfield"_s) + u" (author)  request_answered  R1"_s));
    }
};

QTEST_MAIN(TestCliDbRequests)
#include "tst_cli_db_requests.moc"
