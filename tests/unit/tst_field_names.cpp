// Field names for people: every path the rules report reads as the form names it, list
// entries count from 1, and a path no table knows is shown as it is.

#include "model/FieldNames.h"

#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestFieldNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"questions.q1_description"_s << u"Q1 Description of the use"_s;
        QTest::newRow("list entry") << u"summary.sorns[0].federal_register"_s
                                    << u"System of Records Notice(s), entry 1: federal register"_s;
        QTest::newRow("person") << u"summary.contacts[2].email"_s << u"Contact Information, entry 3: email"_s;
        QTest::newRow("rule") << u"questions.q5_rules.training.explanation"_s << u"Q5 Rule h) training, explanation"_s;
        QTest::newRow("rule a") << u"questions.q5_rules.equipment"_s << u"Q5 Rule a) equipment"_s;
        QTest::newRow("all rules") << u"questions.q5_rules"_s << u"5. Rules of Behavior in effect"_s;
        QTest::newRow("review item") << u"review.determination.outcome"_s << u"Review: determination, outcome"_s;
        QTest::newRow("review rule") << u"review.rob_content.pii_storage.sorns[1]"_s
                                     << u"Review: Rules of Behavior content, pii storage: sorns: entry 2"_s;
        QTest::newRow("screening") << u"screening.not_operational_use"_s << u"Screening, not operational use"_s;
        QTest::newRow("whole section") << u"questions.access_modes[1]"_s << u"Access modes, entry 2"_s;
        QTest::newRow("review as a whole") << u"review.unknown"_s << u"DHS Privacy Office review, unknown"_s;
        QTest::newRow("prefix is not a match") << u"summary.componentx"_s << u"summary.componentx"_s;
        QTest::newRow("unknown") << u"format_version"_s << u"format_version"_s;
    }
    void names()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(fieldName(path), name);
    }
};

QTEST_GUILESS_MAIN(TestFieldNames)
#include "tst_field_names.moc"
