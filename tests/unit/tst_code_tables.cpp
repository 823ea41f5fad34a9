// The spellings core writes to files, the inventory and JSON output for its coded values come
// from one codes table per enum (model/Codes.h): each value has its own code, reads back as
// itself, and the spellings already stored in inventories and reports stay as they were.

#include "diff/RequestChanges.h"
#include "model/Roles.h"
#include "rules/Finding.h"
#include "store/AccessDecision.h"
#include "store/InventorySecurity.h"
#include "store/InventoryStore.h"

#include <QSet>
#include <QTest>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;

namespace {

// Every value has a non-empty code of its own, and the code reads back as the value.
template <typename E> bool roundTrips()
{
    QSet<QString> seen;
    for (const E value : allOf<E>()) {
        const QString code = codeOf(value);
        if (code.isEmpty() || seen.contains(code) || fromCode<E>(code) != value)
            return false;
        seen.insert(code);
    }
    return fromCode<E>(u"not_a_code"_s) == std::nullopt;
}

} // namespace

class TestCodeTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyTableRoundTrips()
    {
        QVERIFY(roundTrips<SmoutStatus>());
        QVERIFY(roundTrips<ImportStatus>());
        QVERIFY(roundTrips<AccessDetermination>());
        QVERIFY(roundTrips<ApproverLevel>());
        QVERIFY(roundTrips<InventoryRole>());
        QVERIFY(roundTrips<RequestChangeKind>());
        QVERIFY(roundTrips<Severity>());
        QVERIFY(roundTrips<Role>());
    }

    void storedSpellingsStay()
    {
        QCOMPARE(statusCode(SmoutStatus::AdjudicatedNotMet), u"adjudicated_not_met"_s);
        QVERIFY(statusFromCode(u"with_counsel"_s) == SmoutStatus::WithCounsel);
        QVERIFY(statusFromCode(u"Draft"_s) == std::nullopt);
        QCOMPARE(importStatusCode(ImportStatus::Conflict), u"conflict"_s);
        QCOMPARE(determinationCode(AccessDetermination::AdditionalInformation), u"additional_information"_s);
        QVERIFY(determinationFromCode(u"disapproved"_s) == AccessDetermination::Disapproved);
        QCOMPARE(approverCode(ApproverLevel::SesOrDelegatedGs15), u"ses_or_delegated_gs15"_s);
        QVERIFY(approverFromCode(u"second_level"_s) == ApproverLevel::SecondLevel);
        QCOMPARE(requestChangeCode(RequestChangeKind::AnswerChanged), u"answer_changed"_s);
        QVERIFY(requestChangeFromCode(u"reopened"_s) == RequestChangeKind::Reopened);
        QCOMPARE(severityCode(Severity::Warning), u"warning"_s);
    }

    void statusesInLifecycleOrder()
    {
        QVERIFY(allStatuses()
                == (QList<SmoutStatus>{SmoutStatus::Draft, SmoutStatus::WithCounsel, SmoutStatus::Submitted,
                                       SmoutStatus::UnderReview, SmoutStatus::Returned, SmoutStatus::Resubmitted,
                                       SmoutStatus::AdjudicatedMet, SmoutStatus::AdjudicatedNotMet}));
    }

    void inventoryRolesByGroupOrShortName()
    {
        QCOMPARE(inventoryRoleName(InventoryRole::PrivacyOffice), u"smout_privacy_office"_s);
        QVERIFY(inventoryRoleFromName(u"smout_auditor"_s) == InventoryRole::Auditor);
        QVERIFY(inventoryRoleFromName(u"program_office"_s) == InventoryRole::ProgramOffice);
        QVERIFY(inventoryRoleFromName(u"smout_smout_auditor"_s) == std::nullopt);
        QVERIFY(inventoryRoleFromName(u"postgres"_s) == std::nullopt);
        QCOMPARE(allInventoryRoles().size(), 5);
    }

    void roleWordsComeFromRoles()
    {
        QCOMPARE(roleWord(Role::Author), u"author"_s);
        QCOMPARE(roleWord(Role::Counsel), u"counsel"_s);
        QCOMPARE(roleWord(Role::Reviewer), u"reviewer"_s);
    }
};

QTEST_GUILESS_MAIN(TestCodeTables)
#include "tst_code_tables.moc"
