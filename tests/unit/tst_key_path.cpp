// Key paths ("summary.contacts[0].phone") have one grammar (model/KeyPath) for the editor,
// release markings, reviewer requests and field names, and one rule for what lies inside a
// path: the role a field belongs to, its section and its name all agree on it.

#include "editing/DocumentModel.h"
#include "model/FieldNames.h"
#include "model/KeyPath.h"
#include "model/Roles.h"
#include "review/KeyPaths.h"
#include "rules/RuleEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(smout::KeySteps)

namespace {

QJsonObject document()
{
    return QJsonDocument::fromJson(R"({"summary": {"component": "ICE", "contacts": [{"name": "A"}, {"name": "B"}]},
                                       "questions": {"q5_rules": {"training": {"answer": "yes"}}},
                                       "id": "x", "odd key": {"a b": 1}})")
        .object();
}

} // namespace

class TestKeyPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void grammar_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<KeySteps>("steps");
        QTest::newRow("one key") << u"summary"_s << KeySteps{u"summary"_s};
        QTest::newRow("keys") << u"review.determination.outcome"_s
                              << KeySteps{u"review"_s, u"determination"_s, u"outcome"_s};
        QTest::newRow("index") << u"summary.contacts[0].phone"_s
                               << KeySteps{u"summary"_s, u"contacts"_s, qsizetype(0), u"phone"_s};
        QTest::newRow("indexes") << u"a[12][3]"_s << KeySteps{u"a"_s, qsizetype(12), qsizetype(3)};
        QTest::newRow("nine digits") << u"a[999999999]"_s << KeySteps{u"a"_s, qsizetype(999999999)};
        QTest::newRow("any key characters") << u"odd key.a b-C"_s << KeySteps{u"odd key"_s, u"a b-C"_s};
    }
    void grammar()
    {
        QFETCH(QString, path);
        QFETCH(KeySteps, steps);
        const auto parsed = parseKeyPath(path);
        QVERIFY(parsed);
        QCOMPARE(*parsed, steps);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &bad : {u""_s, u"."_s, u".summary"_s, u"summary."_s, u"summary..component"_s,
                                   u"[0]"_s, u"[0].summary"_s, u"a[]"_s, u"a[-1]"_s, u"a[+1]"_s, u"a[01]"_s,
                                   u"a[1000000000]"_s, u"a[1"_s, u"a[x]"_s, u"a[ 1]"_s, u"a]"_s, u"a[0]b"_s,
                                   u"a[0]]"_s, u"a.[0]"_s, u"a[١]"_s})
            QTest::newRow(qPrintable(bad.isEmpty() ? u"(empty)"_s : bad)) << bad;
    }
    void refusals()
    {
        QFETCH(QString, path);
        QVERIFY(!parseKeyPath(path));
        // The editor refuses to write it rather than guess a place.
        QJsonValue json = document();
        if (!path.isEmpty())
            QVERIFY(!setJsonValueAt(json, path, 1));
        QCOMPARE(json, QJsonValue(document()));
    }

    void values()
    {
        const QJsonValue json = document();
        QCOMPARE(valueAt(json, *parseKeyPath(u"summary.contacts[1].name")), QJsonValue(u"B"_s));
        QVERIFY(!valueAt(json, *parseKeyPath(u"summary.contacts[2].name")));
        QVERIFY(!valueAt(json, *parseKeyPath(u"summary.contacts.name")));
        QVERIFY(!valueAt(json, *parseKeyPath(u"summary[0]")));
        QCOMPARE(jsonValueAt(json, u"summary.contacts[0].name"), QJsonValue(u"A"_s));
        QCOMPARE(jsonValueAt(json, u"summary.contacts[0]..name"), QJsonValue(QJsonValue::Undefined));

        QJsonValue edited = json;
        QVERIFY(setJsonValueAt(edited, u"summary.contacts[1].name", u"C"_s));
        QCOMPARE(jsonValueAt(edited, u"summary.contacts[1].name"), QJsonValue(u"C"_s));
        QVERIFY(setJsonValueAt(edited, u"summary.counsel", QJsonArray())); // a missing key is added
        QVERIFY(!setJsonValueAt(edited, u"summary.contacts[2].name", u"D"_s)); // a list does not grow
        QCOMPARE(edited.toObject().value(u"summary"_s).toObject().value(u"contacts"_s).toArray().size(), 2);
    }

    void requestsAskOnlyAboutFilledInSections()
    {
        const QJsonObject json = document();
        QCOMPARE(review::valueAtPath(json, u"summary.contacts[0].name"_s), QJsonValue(u"A"_s));
        QVERIFY(!review::valueAtPath(json, u"id"_s));
        QVERIFY(!review::valueAtPath(json, u"odd key.a b"_s));
        QVERIFY(!review::valueAtPath(json, u"summary.contacts[01].name"_s));
    }

    void prefixes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("under");
        QTest::newRow("itself") << u"summary.contacts"_s << u"summary.contacts"_s << true;
        QTest::newRow("a key inside") << u"summary.contacts.x"_s << u"summary.contacts"_s << true;
        QTest::newRow("an entry inside") << u"summary.contacts[0]"_s << u"summary.contacts"_s << true;
        QTest::newRow("a longer key") << u"summary.contacts_extra"_s << u"summary.contacts"_s << false;
        QTest::newRow("shorter") << u"summary"_s << u"summary.contacts"_s << false;
        QTest::newRow("elsewhere") << u"review.contacts"_s << u"summary"_s << false;
    }
    void prefixes()
    {
        QFETCH(QString, path);
        QFETCH(QString, prefix);
        QFETCH(bool, under);
        QCOMPARE(isUnderKeyPath(path, prefix), under);
        QCOMPARE(isUnderKeyPath(path, QLatin1StringView(prefix.toLatin1())), under);
    }

    // The role, the section and the name of a field read one prefix rule: a key that merely
    // begins like a known one belongs to none of them.
    void rolesSectionsAndNamesAgree()
    {
        QVERIFY(ownerOf(u"questions.q2a_counsel_reviewed") == Role::Counsel);
        QVERIFY(ownerOf(u"questions.q2a_counsel_reviewed.note") == Role::Counsel);
        QVERIFY(ownerOf(u"questions.q2a_counsel_reviewedx") == Role::Author);
        QVERIFY(!ownerOf(u"reviewer"));

        QCOMPARE(sectionOfPath(u"questions.q1_description"_s), u"q1"_s);
        QCOMPARE(sectionOfPath(u"questions.q2a_counsel_reviewed"_s), u"q2"_s);
        QCOMPARE(sectionOfPath(u"questions.q3_status"_s), u"q3"_s);
        QCOMPARE(sectionOfPath(u"questions.q4_rules_of_behavior.sha256"_s), u"q4"_s);
        QCOMPARE(sectionOfPath(u"questions.q5_rules.training.answer"_s), u"q5"_s);
        QCOMPARE(sectionOfPath(u"redactions[3]"_s), u"redactions"_s);
        QCOMPARE(sectionOfPath(u"questions.q1_unknown"_s), u"document"_s);
        QCOMPARE(sectionOfPath(u"reviewer"_s), u"document"_s);
        QCOMPARE(sectionOfPath(u"summaryx"_s), u"document"_s);

        QCOMPARE(fieldName(u"summary.componentx"_s), u"summary.componentx"_s);
        QCOMPARE(fieldName(u"summary.sorns[0]"_s), u"System of Records Notice(s), entry 1"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyPath)
#include "tst_key_path.moc"
