#pragma once

// The coded values of the .smout format (see shared spec smout-format.md) as typed enums,
// each with the one table that maps it to and from its file spelling.

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace smout {

template <typename E, std::size_t N>
using CodeTable = std::array<std::pair<E, QLatin1StringView>, N>;

enum class YesNo { Unset, Yes, No };

enum class Category {
    LawEnforcementIntelligence,
    CriminalInvestigations,
    BackgroundInvestigations,
    AdministrativeInvestigations,
    ProfessionalResponsibilityInvestigations,
    BenefitDeterminations,
    EmploymentDeterminations,
    SituationalAwareness,
    Other,
};

enum class AccessMode {
    OvertResearch,
    OvertMonitoring,
    OvertEngagement,
    MaskedMonitoring,
    UndercoverEngagement,
};

enum class UseStatus { Unset, InDevelopment, Operational };

// The eight Rules of Behavior of question 5, in form order.
enum class Rule {
    Equipment,
    EmailAccounts,
    PublicInteraction,
    PrivacySettings,
    PiiCollection,
    PiiSafeguards,
    Documentation,
    Training,
};
inline constexpr int RuleCount = 8;

enum class Outcome { Unset, Met, NotMet };
enum class OutcomeReason {
    AuthoritiesInsufficient,
    RobNoncompliant,
    TrainingRequired,
    DocumentationRequired,
};
enum class Coverage { Unset, Existing, New, Update };

// Reviewer's choices in "Rules of Behavior Content".
enum class EquipmentChoice { Unset, NonAttributable, DhsAttributable };
enum class EmailChoice { Unset, NotRequired, Required };
enum class InteractionChoice { Unset, MayInteract, MayNotInteract };
enum class PrivacySettingsChoice { Unset, MayDisregard, MustRespect };
enum class PiiStorageKind { Unset, ExemptedSor, Sor };
enum class SafeguardsChoice { Unset, PrivacyAct, MinimalOps004 };
enum class DocumentationChoice { Unset, Required, NotRequired };
enum class TrainingTopic {
    LegalAuthorities,
    AcceptableUses,
    AccessRequirements,
    RulesOfBehavior,
    DocumentationRequirements,
};
enum class TrainingVerificationChoice { SelfCertify, PpocRecords, CannotVerify };

enum class ScreeningFlag {
    PublicAffairsOutreach,
    IntelligenceEo12333,
    OpsSituationalAwareness,
    NotOperationalUse,
};

// Who is working on the document; sections belong to roles.
enum class Role { Author, Counsel, Reviewer };
enum class RequestStatus { Open, Answered, Closed };

template <typename E> struct Codes;

// Declares the codes table of an enum (in namespace smout): every other coded enum of core
// (inventory statuses, request changes…) declares its table with it, next to the enum.
#define SMOUT_CODES(E, N, ...)                                                                 \
    template <> struct Codes<E> {                                                              \
        static constexpr CodeTable<E, N> table{{__VA_ARGS__}};                                 \
    };

using namespace Qt::StringLiterals;

SMOUT_CODES(YesNo, 2, {YesNo::Yes, "yes"_L1}, {YesNo::No, "no"_L1})
SMOUT_CODES(Category, 9, {Category::LawEnforcementIntelligence, "law_enforcement_intelligence"_L1},
            {Category::CriminalInvestigations, "criminal_investigations"_L1},
            {Category::BackgroundInvestigations, "background_investigations"_L1},
            {Category::AdministrativeInvestigations, "administrative_investigations"_L1},
            {Category::ProfessionalResponsibilityInvestigations,
             "professional_responsibility_investigations"_L1},
            {Category::BenefitDeterminations, "benefit_determinations"_L1},
            {Category::EmploymentDeterminations, "employment_determinations"_L1},
            {Category::SituationalAwareness, "situational_awareness"_L1},
            {Category::Other, "other"_L1})
SMOUT_CODES(AccessMode, 5, {AccessMode::OvertResearch, "overt_research"_L1},
            {AccessMode::OvertMonitoring, "overt_monitoring"_L1},
            {AccessMode::OvertEngagement, "overt_engagement"_L1},
            {AccessMode::MaskedMonitoring, "masked_monitoring"_L1},
            {AccessMode::UndercoverEngagement, "undercover_engagement"_L1})
SMOUT_CODES(UseStatus, 2, {UseStatus::InDevelopment, "in_development"_L1},
            {UseStatus::Operational, "operational"_L1})
SMOUT_CODES(Rule, 8, {Rule::Equipment, "equipment"_L1}, {Rule::EmailAccounts, "email_accounts"_L1},
            {Rule::PublicInteraction, "public_interaction"_L1},
            {Rule::PrivacySettings, "privacy_settings"_L1},
            {Rule::PiiCollection, "pii_collection"_L1}, {Rule::PiiSafeguards, "pii_safeguards"_L1},
            {Rule::Documentation, "documentation"_L1}, {Rule::Training, "training"_L1})
SMOUT_CODES(Outcome, 2, {Outcome::Met, "met"_L1}, {Outcome::NotMet, "not_met"_L1})
SMOUT_CODES(OutcomeReason, 4, {OutcomeReason::AuthoritiesInsufficient, "authorities_insufficient"_L1},
            {OutcomeReason::RobNoncompliant, "rob_noncompliant"_L1},
            {OutcomeReason::TrainingRequired, "training_required"_L1},
            {OutcomeReason::DocumentationRequired, "documentation_required"_L1})
SMOUT_CODES(Coverage, 3, {Coverage::Existing, "existing"_L1}, {Coverage::New, "new"_L1},
            {Coverage::Update, "update"_L1})
SMOUT_CODES(EquipmentChoice, 2, {EquipmentChoice::NonAttributable, "non_attributable"_L1},
            {EquipmentChoice::DhsAttributable, "dhs_attributable"_L1})
SMOUT_CODES(EmailChoice, 2, {EmailChoice::NotRequired, "not_required"_L1},
            {EmailChoice::Required, "required"_L1})
SMOUT_CODES(InteractionChoice, 2, {InteractionChoice::MayInteract, "may_interact"_L1},
            {InteractionChoice::MayNotInteract, "may_not_interact"_L1})
SMOUT_CODES(PrivacySettingsChoice, 2, {PrivacySettingsChoice::MayDisregard, "may_disregard"_L1},
            {PrivacySettingsChoice::MustRespect, "must_respect"_L1})
SMOUT_CODES(PiiStorageKind, 2, {PiiStorageKind::ExemptedSor, "exempted_sor"_L1},
            {PiiStorageKind::Sor, "sor"_L1})
SMOUT_CODES(SafeguardsChoice, 2, {SafeguardsChoice::PrivacyAct, "privacy_act"_L1},
            {SafeguardsChoice::MinimalOps004, "minimal_ops004"_L1})
SMOUT_CODES(DocumentationChoice, 2, {DocumentationChoice::Required, "required"_L1},
            {DocumentationChoice::NotRequired, "not_required"_L1})
SMOUT_CODES(TrainingTopic, 5, {TrainingTopic::LegalAuthorities, "legal_authorities"_L1},
            {TrainingTopic::AcceptableUses, "acceptable_uses"_L1},
            {TrainingTopic::AccessRequirements, "access_requirements"_L1},
            {TrainingTopic::RulesOfBehavior, "rules_of_behavior"_L1},
            {TrainingTopic::DocumentationRequirements, "documentation_requirements"_L1})
SMOUT_CODES(TrainingVerificationChoice, 3,
            {TrainingVerificationChoice::SelfCertify, "self_certify"_L1},
            {TrainingVerificationChoice::PpocRecords, "ppoc_records"_L1},
            {TrainingVerificationChoice::CannotVerify, "cannot_verify"_L1})
SMOUT_CODES(ScreeningFlag, 4, {ScreeningFlag::PublicAffairsOutreach, "public_affairs_outreach"_L1},
            {ScreeningFlag::IntelligenceEo12333, "intelligence_eo12333"_L1},
            {ScreeningFlag::OpsSituationalAwareness, "ops_situational_awareness"_L1},
            {ScreeningFlag::NotOperationalUse, "not_operational_use"_L1})
SMOUT_CODES(Role, 3, {Role::Author, "author"_L1}, {Role::Counsel, "counsel"_L1},
            {Role::Reviewer, "reviewer"_L1})
SMOUT_CODES(RequestStatus, 3, {RequestStatus::Open, "open"_L1},
            {RequestStatus::Answered, "answered"_L1}, {RequestStatus::Closed, "closed"_L1})

// The file spelling of a value; empty for an "Unset" value (written as null).
template <typename E> QLatin1StringView codeOf(E value)
{
    for (const auto &[e, code] : Codes<E>::table)
        if (e == value)
            return code;
    return {};
}

template <typename E> std::optional<E> fromCode(QStringView code)
{
    for (const auto &[e, c] : Codes<E>::table)
        if (code == c)
            return e;
    return std::nullopt;
}

// Every value of a coded enum in file order (without "Unset").
template <typename E> constexpr auto allOf()
{
    std::array<E, Codes<E>::table.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = Codes<E>::table[i].first;
    return out;
}

template <typename E> QStringList codeList()
{
    QStringList out;
    for (const auto &[e, code] : Codes<E>::table)
        out << QString(code);
    return out;
}

inline constexpr std::size_t indexOf(Rule r) { return static_cast<std::size_t>(r); }

} // namespace smout
