#pragma once

// CBP's procedure for one employee's access to social media for operational use (CBP SOP,
// section 6): the Privacy Office's determination, always with its reasons, decided from
// the request and from what the inventory holds about the SMOUT it relies on; and the
// supervisor level the requested access mode needs.

#include "model/Codes.h"
#include "model/SmoutDocument.h"
#include "store/InventoryStore.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace smout::store {

enum class AccessDetermination { Approved, AdditionalInformation, Disapproved };
QString determinationCode(AccessDetermination d); // approved, additional_information, disapproved
std::optional<AccessDetermination> determinationFromCode(const QString &code);
QString determinationName(AccessDetermination d);

// Ordered: a higher level may approve what a lower one may.
enum class ApproverLevel { FirstLine, SecondLevel, SesOrDelegatedGs15 };
QString approverCode(ApproverLevel l); // first_line, second_level, ses_or_delegated_gs15
std::optional<ApproverLevel> approverFromCode(const QString &code);
QString approverName(ApproverLevel l);
ApproverLevel requiredApprover(AccessMode mode);

} // namespace smout::store

namespace smout {
SMOUT_CODES(store::AccessDetermination, 3, {store::AccessDetermination::Approved, "approved"_L1},
            {store::AccessDetermination::AdditionalInformation, "additional_information"_L1},
            {store::AccessDetermination::Disapproved, "disapproved"_L1})
SMOUT_CODES(store::ApproverLevel, 3, {store::ApproverLevel::FirstLine, "first_line"_L1},
            {store::ApproverLevel::SecondLevel, "second_level"_L1},
            {store::ApproverLevel::SesOrDelegatedGs15, "ses_or_delegated_gs15"_L1})
} // namespace smout

namespace smout::store {

// What the inventory holds about the SMOUT a request relies on.
struct SmoutFacts {
    SmoutStatus status = SmoutStatus::Draft;
    QDate rereviewDue;
    QList<AccessMode> accessModes;
    QString title; // the SMOUT as reasons name it; its id when empty
};

struct AccessFacts {
    AccessMode mode = AccessMode::OvertResearch;
    QString smoutId;
    QString justification;
    std::optional<QDate> trainingDate;
    bool rulesOfBehaviorSigned = false;
};

struct AccessDecision {
    AccessDetermination determination = AccessDetermination::AdditionalInformation;
    QStringList reasons;
    ApproverLevel requiredApprover = ApproverLevel::FirstLine;
};

// `smout`: empty when the inventory has no SMOUT with the request's id.
AccessDecision decideAccess(const AccessFacts &request, const std::optional<SmoutFacts> &smout, QDate today);

} // namespace smout::store
