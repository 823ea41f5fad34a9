// Roles are facts, not claims: separation of duties when signing (refused before the key is
// used) and when verifying (named); the role registry given as a file (by fingerprint, by
// subject, per component) or kept in the inventory (`smout db roles`, audited); without a
// registry each role is reported as stated by the signer, not checked.

#include "VerbRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliRoles : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki, smout, submission, countersigned;

    QString file(const QString &name) const { return dir.filePath(name); }
    QStringList certificate(const QString &nickname) const
    {
        return {u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, nickname, u"--passphrase-file"_s,
                pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s};
    }
    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(120000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    // "AB:CD:…", as openssl prints it.
    QString fingerprint(const QString &who) const
    {
        const QString out = run(u"openssl"_s, {u"x509"_s, u"-in"_s, pki + u"/"_s + who + u".pem"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
        return out.section(u'=', 1).trimmed();
    }
    QString registry(const QString &name, const QByteArray &json) const
    {
        QFile f(file(name));
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return f.fileName();
    }
    CliRun verify(const QString &pdf, const QStringList &more = {}) const
    {
        return runSmout(QStringList{u"verify"_s, pdf, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--format"_s, u"json"_s} + more);
    }
    static QJsonArray signaturesOf(const CliRun &r) { return QJsonDocument::fromJson(r.out).object()[u"signatures"_s].toArray(); }
    static QJsonObject signatureWithRole(const CliRun &r, const QString &role)
    {
        for (const QJsonValue &s : signaturesOf(r))
            if (s[u"role"_s].toString() == role)
                return s.toObject();
        return {};
    }
    static QString problemsOf(const QJsonObject &signature)
    {
        QStringList out;
        for (const QJsonValue &p : signature[u"problems"_s].toArray())
            out << p.toString();
        return out.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        const QString log = run(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY2(QFile::exists(pki + u"/nssdb/cert9.db"_s), qPrintable(log));
        smout = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        submission = file(u"submission.pdf"_s);
        countersigned = file(u"countersigned.pdf"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"author"_s, u"-o"_s, submission} + certificate(u"author"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, countersigned} + certificate(u"counsel"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    }

    void authorMayNotSignAsReviewer()
    {
        const QString out = file(u"self-adjudicated.pdf"_s);
        const CliRun r = runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"reviewer"_s, u"--submission"_s, countersigned, u"-o"_s, out}
                                  + certificate(u"author"_s));
        QVERIFY2(r.exitCode != 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"the same person signed as author and as reviewer; the DHS Privacy Office's determination "
                                      "must come from someone else"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }

    // Without a registry the reviewer's certificate may countersign (nothing says who counsel
    // is), but that reviewer may then not adjudicate the submission they certified.
    void reviewerAsCounselMayNotAdjudicate()
    {
        const QString byReviewer = file(u"countersigned-by-reviewer.pdf"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, byReviewer} + certificate(u"reviewer"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"reviewer"_s, u"--submission"_s, byReviewer, u"-o"_s,
                                 file(u"adjudication-by-counsel.pdf"_s)} + certificate(u"reviewer"_s));
        QVERIFY2(r.exitCode != 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"the same person signed as counsel and as reviewer"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(file(u"adjudication-by-counsel.pdf"_s)));
    }

    void withoutRegistryRolesAreNotChecked()
    {
        CliRun r = verify(countersigned);
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        for (const QJsonValue &s : signaturesOf(r))
            QCOMPARE(s[u"role_checked"_s].toBool(true), false);
        r = runSmout({u"verify"_s, countersigned, u"--trust"_s, pki + u"/test-ca.pem"_s});
        QVERIFY2(r.outText().contains(u"(counsel, stated by the signer, not checked)"_s), qPrintable(r.outText()));
        QVERIFY2(r.errText().contains(u"No role registry was given"_s), qPrintable(r.errText()));
    }

    void registryNamesCounsel_data()
    {
        QTest::addColumn<QString>("counsel");   // the counsel entry of the registry
        QTest::addColumn<QString>("component"); // "" for none
        QTest::addColumn<QString>("expected");  // "" when counsel's role checks out
        QTest::newRow("by fingerprint") << u"fingerprint:counsel"_s << QString() << QString();
        QTest::newRow("by fingerprint, lower case without colons") << u"plain:counsel"_s << QString() << QString();
        QTest::newRow("by subject") << u"CN=Marcus Oyelaran,O=SMOUT Studio Test"_s << QString() << QString();
        QTest::newRow("for its component") << u"fingerprint:counsel"_s << u"USCIS"_s << QString();
        QTest::newRow("for another component") << u"fingerprint:counsel"_s << u"CBP"_s
                                               << u"is listed as counsel in the role registry, but not for this SMOUT's component USCIS"_s;
        QTest::newRow("someone else") << u"fingerprint:reviewer"_s << QString() << u"is not listed as counsel in the role registry"_s;
        QTest::newRow("someone else by subject") << u"CN=Priya Castellanos,O=SMOUT Studio Test"_s << QString()
                                                 << u"is not listed as counsel in the role registry"_s;
    }
    void registryNamesCounsel()
    {
        QFETCH(QString, counsel);
        QFETCH(QString, component);
        QFETCH(QString, expected);
        QString entry = counsel;
        if (counsel.startsWith(u"fingerprint:"_s))
            entry = fingerprint(counsel.mid(12));
        else if (counsel.startsWith(u"plain:"_s))
            entry = fingerprint(counsel.mid(6)).remove(u':').toLower();
        QVERIFY(!entry.isEmpty());
        QJsonObject item{{u"certificate"_s, entry}};
        if (!component.isEmpty())
            item[u"component"_s] = component;
        const QJsonObject roles{{u"author"_s, QJsonArray{fingerprint(u"author"_s)}}, {u"counsel"_s, QJsonArray{item}}};
        const QString path = registry(u"roles.json"_s, QJsonDocument(roles).toJson());
        const CliRun r = verify(countersigned, {u"--roles"_s, path});
        const QJsonObject signature = signatureWithRole(r, u"counsel"_s);
        QVERIFY2(!signature.isEmpty(), qPrintable(r.outText() + r.errText()));
        if (expected.isEmpty()) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
            QVERIFY(signature[u"role_checked"_s].toBool());
            QVERIFY(signatureWithRole(r, u"author"_s)[u"role_checked"_s].toBool());
        } else {
            QVERIFY2(r.exitCode == 1, qPrintable(r.outText() + r.errText()));
            QVERIFY(!signature[u"role_checked"_s].toBool(true));
            QVERIFY2(problemsOf(signature).contains(expected), qPrintable(problemsOf(signature)));
            QVERIFY2(problemsOf(signature).contains(u"Marcus Oyelaran"_s), qPrintable(problemsOf(signature)));
        }
    }

    void registryRefusesAnUnlistedSigner()
    {
        const QString path = registry(u"counsel-only.json"_s, QJsonDocument(QJsonObject{{u"counsel"_s, QJsonArray{fingerprint(u"counsel"_s)}}}).toJson());
        const QString out = file(u"reviewer-as-counsel.pdf"_s);
        const CliRun r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, out, u"--roles"_s, path}
                                  + certificate(u"reviewer"_s));
        QVERIFY2(r.exitCode != 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"Priya Castellanos"_s) && r.errText().contains(u"is not listed as counsel in the role registry"_s),
                 qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
        // A role the file leaves out is not checked; the listed one is.
        const CliRun v = verify(countersigned, {u"--roles"_s, path});
        QVERIFY2(v.exitCode == 0, qPrintable(v.outText() + v.errText()));
        QVERIFY(!signatureWithRole(v, u"author"_s)[u"role_checked"_s].toBool(true));
        QVERIFY(signatureWithRole(v, u"counsel"_s)[u"role_checked"_s].toBool());
    }

    void malformedRegistryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown role") << QByteArray(R"({"lawyer": []})") << u"unknown role \"lawyer\""_s;
        QTest::newRow("unknown key") << QByteArray(R"({"counsel": [{"certificate": "x", "until": "2030"}]})") << u"unknown key \"until\""_s;
        QTest::newRow("not a list") << QByteArray(R"({"counsel": "x"})") << u"counsel: a list of certificates"_s;
        QTest::newRow("not JSON") << QByteArray("counsel: x") << u"not JSON"_s;
    }
    void malformedRegistryIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const CliRun r = verify(countersigned, {u"--roles"_s, registry(u"bad.json"_s, json)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    }

    void inventoryRegistry()
    {
        const QString db = file(u"inventory.sqlite"_s);
        const QStringList database{u"--database"_s, db};
        CliRun r = runVerb(QStringList{u"db"_s, u"roles"_s, u"add"_s, u"--role"_s, u"counsel"_s, u"--cert"_s, pki + u"/reviewer.pem"_s,
                                        u"--component"_s, u"uscis"_s} + database);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runVerb(QStringList{u"db"_s, u"roles"_s, u"list"_s} + database);
        QVERIFY2(r.outText().contains(u"counsel"_s) && r.outText().contains(u"USCIS"_s)
                     && r.outText().contains(u"CN=Priya Castellanos,O=SMOUT Studio Test"_s),
                 qPrintable(r.outText()));
        // The grant is audited under the login that made it.
        const QString login = run(u"id"_s, {u"-un"_s}).trimmed();
        const QString granted = r.outText().section(u"Changes:"_s, 1);
        QVERIFY2(granted.contains(u"role granted"_s) && granted.contains(login) && granted.contains(u"USCIS"_s), qPrintable(r.outText()));
        // Counsel's certificate is not the one the inventory lists.
        r = verify(countersigned, database);
        QVERIFY2(r.exitCode == 1, qPrintable(r.outText() + r.errText()));
        QVERIFY2(problemsOf(signatureWithRole(r, u"counsel"_s)).contains(u"is not listed as counsel in the role registry"_s),
                 qPrintable(r.outText()));
        r = runVerb(QStringList{u"db"_s, u"roles"_s, u"add"_s, u"--role"_s, u"counsel"_s, u"--cert"_s, pki + u"/counsel.pem"_s} + database);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = verify(countersigned, database);
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(signatureWithRole(r, u"counsel"_s)[u"role_checked"_s].toBool());
        // Removing a grant that is not there changes nothing and says so.
        r = runVerb(QStringList{u"db"_s, u"roles"_s, u"remove"_s, u"--role"_s, u"reviewer"_s, u"--cert"_s, pki + u"/counsel.pem"_s} + database);
        QCOMPARE(r.exitCode, 1);
        r = runVerb(QStringList{u"db"_s, u"roles"_s, u"remove"_s, u"--role"_s, u"counsel"_s, u"--cert"_s, pki + u"/counsel.pem"_s} + database);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = verify(countersigned, database);
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
