// The tamper suite: a genuine author -> counsel -> reviewer chain, then every attack of
// tests/signing/attacks.py (annotations, form fields, fonts, graphics states, page geometry,
// signature appearances and names, catalog entries, embedded data, pages that differ from
// the embedded data, roles, generation numbers,
// damage, truncation, resource limits) verified one by one: each must give the exit code
// and the named finding listed in the attack manifest, within 5 seconds.

#include "CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTamper : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki;
    QJsonArray attacks;
    CliRun refusedTwice;

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
    CliRun verify(const QString &pdf) const
    {
        return runSmout({u"verify"_s, pdf, u"--trust"_s, pki + u"/test-ca.pem"_s}, {}, {}, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        const QString log = run(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY2(QFile::exists(pki + u"/nssdb/cert9.db"_s), qPrintable(log));
        const QString smout = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        const QString submission = file(u"submission.pdf"_s), countersigned = file(u"countersigned.pdf"_s),
                      adjudication = file(u"adjudication.pdf"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"author"_s, u"-o"_s, submission} + certificate(u"author"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, countersigned} + certificate(u"counsel"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = runSmout(QStringList{u"sign"_s, smout, u"--role"_s, u"reviewer"_s, u"--submission"_s, countersigned, u"-o"_s,
                                 adjudication} + certificate(u"reviewer"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        // One person in two roles: smout refuses to let the author's certificate countersign as
        // counsel, so the file is made with pdfsig, as an insider would.
        r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, file(u"refused.pdf"_s)}
                     + certificate(u"author"_s));
        refusedTwice = r;
        const QString passphrase = u"test-passphrase"_s;
        const QString made2 = run(u"pdfsig"_s, {u"-add-signature"_s, u"-nssdir"_s, u"sql:"_s + pki + u"/nssdb"_s, u"-nss-pwd"_s, passphrase,
                                                u"-nick"_s, u"author"_s, u"-kpw"_s, passphrase, u"-reason"_s,
                                                u"Counsel certifies that appropriate authority exists for the operational use described"_s,
                                                u"-new-signature-field-name"_s, u"smout-counsel"_s, submission, file(u"signed-twice-by-one.pdf"_s)});
        QVERIFY2(QFile::exists(file(u"signed-twice-by-one.pdf"_s)), qPrintable(made2));
        const QString unsigned_ = file(u"unsigned.pdf"_s);
        r = runSmout({u"export"_s, smout, u"-o"_s, unsigned_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QString attackDir = file(u"attacks"_s);
        const QString made = run(u"python3"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/attacks.py"_s, countersigned,
                                                adjudication, unsigned_, pki, attackDir, QStringLiteral(SMOUT_CLI)});
        QFile manifest(attackDir + u"/manifest.json"_s);
        QVERIFY2(manifest.open(QIODevice::ReadOnly), qPrintable(made));
        attacks = QJsonDocument::fromJson(manifest.readAll()).array();
    }

    // This release's chain, and one signed by the release before it (tests/data/signing/
    // release-0.1.0, with its own test CA): both are proven to show their data.
    void genuineChainVerifies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("anchor");
        for (const QString &name : {u"submission.pdf"_s, u"countersigned.pdf"_s, u"adjudication.pdf"_s}) {
            QTest::newRow(qPrintable(name)) << file(name) << pki + u"/test-ca.pem"_s;
            const QString previous = QStringLiteral(SMOUT_TEST_DATA) + u"/signing/release-0.1.0/"_s;
            QTest::newRow(qPrintable(u"previous release: "_s + name)) << previous + name << previous + u"test-ca.pem"_s;
        }
    }
    void genuineChainVerifies()
    {
        QFETCH(QString, path);
        QFETCH(QString, anchor);
        const CliRun r = runSmout({u"verify"_s, path, u"--trust"_s, anchor});
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.outText().contains(u"nothing changed after signing"_s));
    }

    // Separation of duties: one certificate signing as author and as counsel is refused when
    // signing, before the key is used, and named when a file made elsewhere is verified.
    void oneCertificateInTwoRoles()
    {
        const QString why = u"the same person signed as author and as counsel; counsel's certification must come from someone else"_s;
        QVERIFY2(refusedTwice.exitCode != 0 && refusedTwice.errText().contains(why), qPrintable(refusedTwice.errText()));
        QVERIFY2(refusedTwice.errText().contains(u"nothing was signed"_s), qPrintable(refusedTwice.errText()));
        QVERIFY(!QFile::exists(file(u"refused.pdf"_s)));
        const CliRun r = runSmout({u"verify"_s, file(u"signed-twice-by-one.pdf"_s), u"--trust"_s, pki + u"/test-ca.pem"_s,
                                   u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.outText() + r.errText()));
        QJsonObject author, counsel;
        for (const QJsonValue &s : QJsonDocument::fromJson(r.out).object()[u"signatures"_s].toArray())
            (s[u"role"_s].toString() == u"author" ? author : counsel) = s.toObject();
        QCOMPARE(counsel[u"role"_s].toString(), u"counsel"_s);
        QCOMPARE(author[u"signer"_s].toString(), counsel[u"signer"_s].toString());
        QVERIFY(counsel[u"trusted"_s].toBool());
        QVERIFY2(counsel[u"problems"_s].toArray().contains(why), qPrintable(r.outText()));
        QVERIFY(author[u"problems"_s].toArray().isEmpty());
    }

    void attackIsCaught_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        int attacksProper = 0;
        for (const auto &a : std::as_const(attacks)) {
            const QJsonObject o = a.toObject();
            QTest::newRow(qPrintable(o[u"name"_s].toString())) << o[u"file"_s].toString() << o[u"exit"_s].toInt()
                                                               << o[u"expect"_s].toString();
            attacksProper += o[u"exit"_s].toInt() != 0;
        }
        QVERIFY2(attacksProper >= 40, "the tamper suite holds at least 40 attacks");
    }
    void attackIsCaught()
    {
        QFETCH(QString, path);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QElapsedTimer clock;
        clock.start();
        const CliRun r = verify(path);
        QVERIFY2(!r.crashed, "verification finished within 5 seconds");
        QVERIFY2(clock.elapsed() < 5000, "verification finished within 5 seconds");
        const QString all = r.outText() + r.errText();
        QVERIFY2(r.exitCode == exitCode, qPrintable(all));
        QVERIFY2(all.contains(expected), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, all)));
    }

    // All of them again in one `smout verify` process, each after the genuine adjudication and
    // submission, whose layouts that process has then made already: each attack is caught as it
    // is alone, so what one file leaves in the process (layouts, certificates) proves nothing
    // about the next.
    void attacksAreCaughtInOneProcess()
    {
        QStringList files;
        for (const auto &a : std::as_const(attacks))
            files << file(u"adjudication.pdf"_s) << file(u"countersigned.pdf"_s) << a.toObject()[u"file"_s].toString();
        const CliRun r = runSmout(QStringList{u"verify"_s} + files + QStringList{u"--trust"_s, pki + u"/test-ca.pem"_s}, {}, {}, 300000);
        QVERIFY(!r.crashed);
        // Each file's report: its first line starts with its name, the lines under it are indented.
        QHash<QString, QString> reports;
        QString current;
        for (const QString &line : r.outText().split(u'\n')) {
            if (!line.startsWith(u' '))
                current = line.section(u": "_s, 0, 0);
            reports[current] += line + u'\n';
        }
        int worst = 0;
        for (const auto &a : std::as_const(attacks)) {
            const QJsonObject o = a.toObject();
            const QString path = o[u"file"_s].toString(), expected = o[u"expect"_s].toString();
            const int exitCode = o[u"exit"_s].toInt();
            worst = std::max(worst, exitCode);
            // An unreadable file is named with its reason on standard error, and not reported.
            const QString said = exitCode == 2 ? r.errText().split(u'\n').filter(path).join(u'\n') : reports.value(path);
            QVERIFY2(exitCode == 2 ? !reports.contains(path) : reports.contains(path), qPrintable(path));
            QVERIFY2(said.contains(expected), qPrintable(u"%1: expected \"%2\" in:\n%3"_s.arg(o[u"name"_s].toString(), expected, said)));
            if (exitCode != 2)
                QCOMPARE(reports.value(path).contains(u": NOT OK\n"_s), exitCode == 1);
        }
        QVERIFY(!reports.value(file(u"adjudication.pdf"_s)).contains(u"NOT OK"_s));
        QCOMPARE(r.exitCode, worst);
    }

    // Counsel and the reviewer never sign on top of pages that are not proven: signing refuses,
    // naming the finding, and writes nothing.
    void signingRefusesWhatVerificationRefuses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        for (const auto &a : std::as_const(attacks)) {
            const QJsonObject o = a.toObject();
            const QString name = o[u"name"_s].toString();
            if (name.startsWith(u"hidden-"_s) || name.startsWith(u"split-"_s) || name.startsWith(u"font-"_s)
                || name.startsWith(u"page-count-"_s) || name.startsWith(u"fake-counsel-"_s))
                QTest::newRow(qPrintable(name)) << o[u"file"_s].toString() << o[u"expect"_s].toString();
        }
    }
    void signingRefusesWhatVerificationRefuses()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QString out = file(u"countersigned-attack.pdf"_s);
        const CliRun r = runSmout(QStringList{u"sign"_s, path, u"--role"_s, u"counsel"_s, u"-o"_s, out} + certificate(u"counsel"_s));
        QVERIFY2(r.exitCode == 1, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }

    void reviewerRefusesAnAdjudicationOfOtherAnswers()
    {
        const QString altered = file(u"attacks/altered.smout"_s), out = file(u"adjudication-of-other-answers.pdf"_s);
        // The Rules of Behavior file the document names lies beside it, as it does beside the example.
        const QString rules = u"fictional-uscis-fdns-rules-of-behavior.txt"_s;
        QFile::copy(QStringLiteral(SMOUT_EXAMPLES) + u'/' + rules, file(u"attacks/"_s + rules));
        const CliRun r = runSmout(QStringList{u"sign"_s, altered, u"--role"_s, u"reviewer"_s, u"--submission"_s,
                                              file(u"countersigned.pdf"_s), u"-o"_s, out} + certificate(u"reviewer"_s));
        QVERIFY2(r.exitCode == 1, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"differs from what counsel signed outside the review section, at "
                                      "questions.q5_rules.public_interaction.explanation"_s),
                 qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliTamper)
#include "tst_cli_tamper.moc"
