// Section titles are defined once (model/SectionTitles): every section the rules report on
// has one title of its own, worded as the form words it, and field names of whole sections
// read the same title.

#include "model/FieldNames.h"
#include "model/SectionTitles.h"
#include "rules/RuleEngine.h"

#include <QSet>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestSectionTitles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySectionHasOneTitle()
    {
        const QStringList paths{u"screening.not_operational_use"_s, u"summary.component"_s, u"questions.q1_description"_s,
                                u"questions.q2a_counsel_reviewed"_s, u"questions.q3_status"_s, u"questions.q4_rules_of_behavior"_s,
                                u"questions.q5_rules.training.answer"_s, u"questions.q5_training_verification"_s,
                                u"questions.access_modes"_s, u"review.comments"_s, u"redactions[0]"_s};
        const QString outside = sectionTitle(u"document");
        QSet<QString> titles;
        for (const QString &path : paths) {
            const QString section = sectionOfPath(path);
            QVERIFY2(sectionIds().contains(section), qPrintable(section));
            const QString title = sectionTitle(section);
            QVERIFY2(!title.isEmpty() && title != outside, qPrintable(path));
            titles.insert(title);
        }
        QCOMPARE(titles.size(), paths.size()); // no two sections share a title
        const QStringList ids = sectionIds();
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QCOMPARE(sectionIds().size(), paths.size() + 1); // and the window's signatures
        QVERIFY(!sectionTitle(u"signatures").isEmpty());
    }

    void formWording()
    {
        QCOMPARE(sectionTitle(u"summary"), u"Summary Information"_s);
        QCOMPARE(sectionTitle(u"q1"), u"1. Category of use"_s);
        QCOMPARE(sectionTitle(u"q5"), u"5. Rules of Behavior in effect"_s);
        QCOMPARE(sectionTitle(u"review"), u"DHS Privacy Office review"_s);
    }

    void wholeSectionFieldNamesAreTheTitle()
    {
        for (const auto &[path, section] : {std::pair{u"screening"_s, u"screening"_s}, std::pair{u"questions.q5_rules"_s, u"q5"_s},
                                            std::pair{u"questions.q5_training_verification"_s, u"training"_s},
                                            std::pair{u"questions.access_modes"_s, u"access"_s}, std::pair{u"review"_s, u"review"_s},
                                            std::pair{u"redactions"_s, u"redactions"_s}})
            QCOMPARE(fieldName(path), sectionTitle(section));
    }
};

QTEST_GUILESS_MAIN(TestSectionTitles)
#include "tst_section_titles.moc"
