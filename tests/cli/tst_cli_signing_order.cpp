// The order a DHS office follows, through the CLI (issue 28): the program office drafts,
// counsel answers 2a in the draft, the program office signs, counsel countersigns with a
// PKCS#12 file and a trust anchor only, and the Privacy Office adjudicates. Every file along
// the way verifies, and the adjudication's last page names all three signers.

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSigningOrder : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki;

    QString file(const QString &name) const { return dir.filePath(name); }
    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }
    QStringList database(const QString &nickname) const
    {
        return {u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, nickname, u"--passphrase-file"_s,
                pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s};
    }
    QStringList pkcs12(const QString &who) const
    {
        return {u"--p12"_s, pki + u'/' + who + u".p12"_s, u"--trust"_s, pki + u"/test-ca.pem"_s, u"--passphrase-file"_s,
                pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s};
    }
    CliRun verify(const QString &pdf) const
    {
        return runSmout({u"verify"_s, pdf, u"--trust"_s, pki + u"/test-ca.pem"_s});
    }
    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    // The example with one line of its JSON replaced, as an editor would have changed it.
    QString variant(const QString &name, const QByteArray &from, const QByteArray &to) const
    {
        QFile in(example(u"fictional-uscis-benefit-fraud.smout"_s));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray json = in.readAll();
        if (!json.contains(from))
            return {};
        json.replace(from, to);
        QFile out(file(name));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(json);
        // The Rules of Behavior file travels with the document (Q4-HASH).
        const QString rules = u"fictional-uscis-fdns-rules-of-behavior.txt"_s;
        QFile::copy(example(rules), file(rules));
        return out.fileName();
    }
    int lastPage(const QString &pdf) const
    {
        const QString info = run(u"pdfinfo"_s, {pdf});
        const qsizetype at = info.indexOf(u"Pages:"_s);
        return at < 0 ? 0 : info.mid(at + 6, 12).simplified().section(u' ', 0, 0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = file(u"pki"_s);
        const QString log = run(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY2(QFile::exists(pki + u"/nssdb/cert9.db"_s), qPrintable(log));
    }

    // The reported failure: the program office signed a draft whose 2a counsel had not
    // answered, and the signed PDF (draft mark, findings appendix) failed its own verification.
    void authorIsRefusedBefore2a()
    {
        const QString draft = variant(u"draft.smout"_s, "\"q2a_counsel_reviewed\": \"yes\"", "\"q2a_counsel_reviewed\": null");
        QVERIFY(!draft.isEmpty());
        const QString out = file(u"too-early.pdf"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, draft, u"--role"_s, u"author"_s, u"-o"_s, out} + database(u"author"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"counsel must answer question 2a before you sign: send the draft to counsel "
                                      "(File \u2192 Send to Counsel\u2026)"_s),
                 qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"questions.q2a_counsel_reviewed"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
        r = runSmout(QStringList{u"sign"_s, draft, u"--role"_s, u"author"_s, u"-o"_s, out} + pkcs12(u"author"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out));
    }

    void wholeOrder()
    {
        // Counsel has answered 2a in the draft (the example as it stands).
        const QString answered = example(u"fictional-uscis-benefit-fraud.smout"_s);
        const QString submission = file(u"submission.pdf"_s), countersigned = file(u"countersigned.pdf"_s),
                      adjudication = file(u"adjudication.pdf"_s);
        CliRun r = runSmout(QStringList{u"sign"_s, answered, u"--role"_s, u"author"_s, u"-o"_s, submission} + database(u"author"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(verify(submission).exitCode, 0);

        // Counsel has only a PKCS#12 file and the CA certificate: no database trusts the CA.
        r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, countersigned, u"--p12"_s,
                                 pki + u"/counsel.p12"_s, u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"do not hold up"_s) && r.errText().contains(u"--trust CA.pem"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(countersigned));
        r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, countersigned} + pkcs12(u"counsel"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(verify(countersigned).exitCode, 0);

        r = runSmout(QStringList{u"sign"_s, answered, u"--role"_s, u"reviewer"_s, u"--submission"_s, countersigned, u"-o"_s, adjudication}
                     + pkcs12(u"reviewer"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = verify(adjudication);
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));

        // The last page names all three: the submission's signers as text in their boxes, the
        // reviewer by the one signature field of the adjudication.
        const int last = lastPage(adjudication);
        QVERIFY(last > 1);
        const QString page = run(u"pdftotext"_s, {u"-f"_s, QString::number(last), u"-l"_s, QString::number(last), u"-layout"_s,
                                                  adjudication, u"-"_s});
        QVERIFY2(page.contains(u"Signed by Dana Whitfield"_s) && page.contains(u"Signed by Marcus Oyelaran"_s), qPrintable(page));
        QCOMPARE(page.count(u"verified inside the embedded submission"_s), 2);
        const QJsonObject report = QJsonDocument::fromJson(runSmout({u"verify"_s, adjudication, u"--trust"_s, pki + u"/test-ca.pem"_s,
                                                                     u"--format"_s, u"json"_s}).out).object();
        QStringList signers;
        for (const auto &s : report[u"signatures"_s].toArray())
            signers << s[u"field"_s].toString() + u'=' + s[u"signer"_s].toString();
        QCOMPARE(signers, (QStringList{u"smout-reviewer=Priya Castellanos"_s, u"submission/smout-author=Dana Whitfield"_s,
                                       u"submission/smout-counsel=Marcus Oyelaran"_s}));
        const QString fields = run(u"pdfsig"_s, {u"-nocert"_s, adjudication});
        QCOMPARE(fields.count(u"Signature #"_s), 1);
    }

    // With a database, --trust decides as for verify: only the roots given count, not the
    // roots the database trusts.
    void trustWithADatabase()
    {
        const QString submission = file(u"submission.pdf"_s), out = file(u"countersigned-from-db.pdf"_s);
        QVERIFY(QFile::exists(submission));
        CliRun r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, out, u"--trust"_s,
                                        pki + u"/rogue-ca.pem"_s} + database(u"counsel"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"do not hold up"_s), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
        r = runSmout(QStringList{u"sign"_s, submission, u"--role"_s, u"counsel"_s, u"-o"_s, out, u"--trust"_s,
                                 pki + u"/test-ca.pem"_s} + database(u"counsel"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(verify(out).exitCode, 0);
    }

    // Warnings are no obstacle: such a document signs, and the signed file verifies at once.
    void warningsOnlySignAndVerify()
    {
        const QString warned = variant(u"warned.smout"_s, "\"training\": {\n        \"answer\": \"yes\",\n        \"explanation\": \"\"",
                                       "\"training\": {\n        \"answer\": \"no\",\n        \"explanation\": \"Users complete the "
                                       "component's own annual privacy course instead, which covers the same topics in more depth.\"");
        QVERIFY(!warned.isEmpty());
        const CliRun v = runSmout({u"validate"_s, warned, u"--format"_s, u"json"_s, u"--today"_s, u"2026-11-25"_s});
        QVERIFY2(v.outText().contains(u"\"warning\""_s) && !v.outText().contains(u"\"error\""_s), qPrintable(v.outText() + v.errText()));
        const QString out = file(u"warned.pdf"_s);
        const CliRun r = runSmout(QStringList{u"sign"_s, warned, u"--role"_s, u"author"_s, u"-o"_s, out} + database(u"author"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(verify(out).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSigningOrder)
#include "tst_cli_signing_order.moc"
