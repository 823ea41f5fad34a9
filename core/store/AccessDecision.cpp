#include "AccessDecision.h"

#include "model/FormText.h"

#include "rules/RuleSupport.h"

#include <QCoreApplication>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {
struct AccessText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::AccessDecision)
};
} // namespace

QString determinationCode(AccessDetermination d)
{
    return codeOf(d);
}

std::optional<AccessDetermination> determinationFromCode(const QString &code)
{
    return fromCode<AccessDetermination>(code);
}

QString determinationName(AccessDetermination d)
{
    switch (d) {
    case AccessDetermination::Approved: return AccessText::tr("Approved");
    case AccessDetermination::AdditionalInformation: return AccessText::tr("Additional information required");
    case AccessDetermination::Disapproved: return AccessText::tr("Disapproved");
    }
    return {};
}

QString approverCode(ApproverLevel l)
{
    return codeOf(l);
}

std::optional<ApproverLevel> approverFromCode(const QString &code)
{
    return fromCode<ApproverLevel>(code);
}

QString approverName(ApproverLevel l)
{
    switch (l) {
    case ApproverLevel::FirstLine: return AccessText::tr("first-line supervisor");
    case ApproverLevel::SecondLevel: return AccessText::tr("second-level supervisor or higher");
    case ApproverLevel::SesOrDelegatedGs15:
        return AccessText::tr("SES, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs");
    }
    return {};
}

ApproverLevel requiredApprover(AccessMode mode)
{
    switch (mode) {
    case AccessMode::OvertResearch: return ApproverLevel::FirstLine;
    case AccessMode::OvertMonitoring:
    case AccessMode::OvertEngagement:
    case AccessMode::MaskedMonitoring: return ApproverLevel::SecondLevel;
    case AccessMode::UndercoverEngagement: return ApproverLevel::SesOrDelegatedGs15;
    }
    return ApproverLevel::SesOrDelegatedGs15;
}

AccessDecision decideAccess(const AccessFacts &request, const std::optional<SmoutFacts> &smout, QDate today)
{
    AccessDecision out;
    out.requiredApprover = requiredApprover(request.mode);
    QStringList missing, refused;
    // The Privacy Office's checks of the employee (SOP 6.c): training, Rules of Behavior, justification.
    if (!request.trainingDate)
        missing << AccessText::tr("no completion date of the mandatory training");
    else if (*request.trainingDate > today)
        missing << AccessText::tr("the training completion date %1 is in the future").arg(request.trainingDate->toString(Qt::ISODate));
    else if (*request.trainingDate < today.addYears(-1))
        missing << AccessText::tr("training completed on %1, more than a year ago").arg(request.trainingDate->toString(Qt::ISODate));
    if (!request.rulesOfBehaviorSigned)
        missing << AccessText::tr("no signed Rules of Behavior provided");
    if (!isSubstantive(request.justification))
        missing << AccessText::tr("the business justification is not substantive (at least 12 words, not a placeholder)");
    // The use must be authorized by an approved SMOUT; reasons name it and the mode as a reader knows them.
    const QString mode = FormText::accessModeName(request.mode);
    const QString smoutName = smout && !smout->title.isEmpty() ? AccessText::tr("“%1”").arg(smout->title) : request.smoutId;
    if (!smout) {
        refused << AccessText::tr("no SMOUT %1 in the inventory").arg(request.smoutId);
    } else {
        if (smout->status != SmoutStatus::AdjudicatedMet)
            refused << AccessText::tr("SMOUT %1 is not adjudicated met (%2)").arg(smoutName, statusName(smout->status));
        else if (smout->rereviewDue.isValid() && smout->rereviewDue < today)
            refused << AccessText::tr("SMOUT %1 is overdue for re-review (due %2)").arg(smoutName, smout->rereviewDue.toString(Qt::ISODate));
        if (!smout->accessModes.contains(request.mode))
            refused << AccessText::tr("SMOUT %1 does not list the access mode %2").arg(smoutName, mode);
    }
    out.reasons = refused + missing;
    if (!refused.isEmpty()) {
        out.determination = AccessDetermination::Disapproved;
    } else if (!missing.isEmpty()) {
        out.determination = AccessDetermination::AdditionalInformation;
    } else {
        out.determination = AccessDetermination::Approved;
        out.reasons = {AccessText::tr("training completed on %1, within the last year").arg(request.trainingDate->toString(Qt::ISODate)),
                       AccessText::tr("signed Rules of Behavior provided"), AccessText::tr("the business justification is substantive"),
                       AccessText::tr("SMOUT %1 is adjudicated met, not overdue for re-review, and lists the access mode %2").arg(smoutName, mode)};
    }
    return out;
}

} // namespace smout::store
