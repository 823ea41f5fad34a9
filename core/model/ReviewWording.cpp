#include "ReviewWording.h"

namespace smout {

#define W(text) QT_TRANSLATE_NOOP("smout::ReviewWording", text)

const char *ReviewWording::heading() { return W("DHS SOCIAL MEDIA DOCUMENTATION"); }
const char *ReviewWording::completedBy() { return W("(To be Completed by the DHS Privacy Office)"); }
const char *ReviewWording::dateReviewed() { return W("DATE reviewed by the DHS Privacy Office:"); }
const char *ReviewWording::reviewerName() { return W("NAME of the DHS Privacy Office Reviewer:"); }
const char *ReviewWording::designation() { return W("DESIGNATION"); }

const char *ReviewWording::designationText()
{
    return W("This program is covered by the following Privacy Impact Assessment and Privacy Act "
             "System of Records Notice:");
}

const char *ReviewWording::designationPia() { return W("PIA:"); }
const char *ReviewWording::designationSorn() { return W("SORN:"); }
const char *ReviewWording::categoryOfUse() { return W("1. Category of Use:"); }

QList<Category> ReviewWording::categories()
{
    return {Category::LawEnforcementIntelligence, Category::CriminalInvestigations,
            Category::BackgroundInvestigations, Category::ProfessionalResponsibilityInvestigations,
            Category::BenefitDeterminations, Category::SituationalAwareness, Category::Other};
}

const char *ReviewWording::category(Category c)
{
    switch (c) {
    case Category::LawEnforcementIntelligence: return W("Law Enforcement Intelligence;");
    case Category::CriminalInvestigations: return W("Criminal law enforcement investigations;");
    case Category::BackgroundInvestigations: return W("Background investigations;");
    case Category::ProfessionalResponsibilityInvestigations:
        return W("Professional responsibility investigations;");
    case Category::BenefitDeterminations:
        return W("Administrative or benefit determinations (including fraud detection);");
    case Category::SituationalAwareness: return W("Situational awareness; and");
    case Category::Other: return W("Other.");
    case Category::AdministrativeInvestigations:
    case Category::EmploymentDeterminations: return nullptr;
    }
    return nullptr;
}

const char *ReviewWording::otherPrompt() { return W("<Please explain \"other\" category of use here.>"); }
const char *ReviewWording::authoritiesAnalysis() { return W("2. (authorities analysis)"); }
const char *ReviewWording::robContent() { return W("3. Rules of Behavior Content: (Check all items that apply.)"); }

const char *ReviewWording::ruleHeading(Rule r)
{
    switch (r) {
    case Rule::Equipment: return W("a. Equipment.");
    case Rule::EmailAccounts: return W("b. Email and accounts.");
    case Rule::PublicInteraction: return W("c. Public interaction.");
    case Rule::PrivacySettings: return W("d. Privacy settings.");
    case Rule::PiiCollection: return W("e. PII storage:");
    case Rule::PiiSafeguards: return W("f. PII safeguards.");
    case Rule::Documentation: return W("g. Documentation.");
    case Rule::Training: return W("h. Training.");
    }
    return "";
}

const char *ReviewWording::option(EquipmentChoice c)
{
    switch (c) {
    case EquipmentChoice::NonAttributable:
        return W("Users must use government-issued equipment. Equipment may be non-attributable "
                 "and may not resolve back to DHS/US IP address.");
    case EquipmentChoice::DhsAttributable:
        return W("Users must use government-issued equipment. Equipment must resolve back to "
                 "DHS/US IP address.");
    case EquipmentChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(EmailChoice c)
{
    switch (c) {
    case EmailChoice::NotRequired:
        return W("Users do not have to use government email addresses or official DHS accounts "
                 "online.");
    case EmailChoice::Required:
        return W("Users must use government email addresses or official DHS accounts online.");
    case EmailChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(InteractionChoice c)
{
    switch (c) {
    case InteractionChoice::MayInteract:
        return W("Users may interact with individuals online in relation to a specific law "
                 "enforcement investigation.");
    case InteractionChoice::MayNotInteract: return W("Users may NOT interact with individuals online.");
    case InteractionChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(PrivacySettingsChoice c)
{
    switch (c) {
    case PrivacySettingsChoice::MayDisregard: return W("Users may disregard privacy settings.");
    case PrivacySettingsChoice::MustRespect: return W("Users must respect individual privacy settings.");
    case PrivacySettingsChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(PiiStorageKind k)
{
    switch (k) {
    case PiiStorageKind::ExemptedSor:
        return W("PII is maintained in an exempted Privacy Act System of Records.");
    case PiiStorageKind::Sor: return W("PII is maintained in a Privacy Act Systems of Records.");
    case PiiStorageKind::Unset: break;
    }
    return "";
}

const char *ReviewWording::listSorns() { return W("Please list applicable SORN here:"); }

const char *ReviewWording::option(SafeguardsChoice c)
{
    switch (c) {
    case SafeguardsChoice::PrivacyAct:
        return W("PII is protected as required by the Privacy Act and DHS privacy policy.");
    case SafeguardsChoice::MinimalOps004:
        return W("Only a minimal amount of PII is collected and safeguarded, consistent with "
                 "DHS/OPS-004 \u2013 Publicly Available Social Media Monitoring and Situational "
                 "Awareness Initiative.");
    case SafeguardsChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(DocumentationChoice c)
{
    switch (c) {
    case DocumentationChoice::Required:
        return W("Users must appropriately document their use of social media, and collection of "
                 "information from social media website.");
    case DocumentationChoice::NotRequired: return W("Documentation is not expressly required.");
    case DocumentationChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::trainingRequired()
{
    return W("All users must complete annual privacy training that has been approved by "
             "Component Privacy Officer. Training includes:");
}

const char *ReviewWording::topic(TrainingTopic t)
{
    switch (t) {
    case TrainingTopic::LegalAuthorities: return W("Legal authorities;");
    case TrainingTopic::AcceptableUses: return W("Acceptable operational uses of social media;");
    case TrainingTopic::AccessRequirements: return W("Access requirements;");
    case TrainingTopic::RulesOfBehavior: return W("Applicable Rules of Behavior; and");
    case TrainingTopic::DocumentationRequirements:
        return W("Requirements for documenting operational uses of social media.");
    }
    return "";
}

const char *ReviewWording::mechanisms()
{
    return W("Mechanisms are (or will be) in place to verify that users have completed training.");
}

const char *ReviewWording::option(TrainingVerificationChoice c)
{
    switch (c) {
    case TrainingVerificationChoice::SelfCertify:
        return W("Yes, employees self-certify that they have read and understood their Component "
                 "Rules of Behavior.");
    case TrainingVerificationChoice::PpocRecords:
        return W("Yes, Component Privacy Officers or PPOCs maintain a record of employee attendance "
                 "at privacy training that includes training on the Rules of Behavior.");
    case TrainingVerificationChoice::CannotVerify:
        return W("No, certification of training completion cannot be verified.");
    }
    return "";
}

const char *ReviewWording::determination() { return W("DHS Privacy Office Determination"); }

const char *ReviewWording::outcome(Outcome o)
{
    switch (o) {
    case Outcome::Met:
        return W("Program has met requirements to use social media for the stated authorized "
                 "operational purposes, and must continue compliance with the requirements above.");
    case Outcome::NotMet:
        return W("Program has not yet met requirements to utilize social media for operational "
                 "purposes.");
    case Outcome::Unset: break;
    }
    return "";
}

const char *ReviewWording::reason(OutcomeReason r)
{
    switch (r) {
    case OutcomeReason::AuthoritiesInsufficient:
        return W("Program authorities do not authorize operational use of social media.");
    case OutcomeReason::RobNoncompliant: return W("Rules of Behavior do not comply.");
    case OutcomeReason::TrainingRequired: return W("Training required.");
    case OutcomeReason::DocumentationRequired:
        return W("Additional Privacy compliance documentation is required:");
    }
    return "";
}

const char *ReviewWording::analysisPrompt() { return W("<Please explain analysis.>"); }

const char *ReviewWording::required(bool pia)
{
    return pia ? W("A PIA is required.") : W("A SORN is required:");
}

const char *ReviewWording::coveredByExisting(bool pia)
{
    return pia ? W("Covered by existing PIA.") : W("Covered by existing SORN.");
}

const char *ReviewWording::coverageNew() { return W("New."); }
const char *ReviewWording::coverageUpdated() { return W("Updated."); }

const char *ReviewWording::updatePrompt(bool pia)
{
    return pia ? W("<Please include the name and number of PIA to be updated here.>")
               : W("<Please include the name and number of SORN to be updated here.>");
}

const char *ReviewWording::comments() { return W("DHS PRIVACY OFFICE COMMENTS"); }

#undef W

} // namespace smout
