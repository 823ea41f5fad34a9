#include "ReviewWording.h"

namespace smout {

// Each text is marked for lupdate in the context smout::ReviewWording; the PDF prints it as
// it is, the window and the rule messages translate it.

const char *ReviewWording::heading() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "DHS SOCIAL MEDIA DOCUMENTATION"); }
const char *ReviewWording::completedBy() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "(To be Completed by the DHS Privacy Office)"); }
const char *ReviewWording::dateReviewed() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "DATE reviewed by the DHS Privacy Office:"); }
const char *ReviewWording::reviewerName() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "NAME of the DHS Privacy Office Reviewer:"); }
const char *ReviewWording::designation() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "DESIGNATION"); }

const char *ReviewWording::designationText()
{
    return QT_TRANSLATE_NOOP("smout::ReviewWording", "This program is covered by the following Privacy Impact Assessment and Privacy Act "
             "System of Records Notice:");
}

const char *ReviewWording::designationPia() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "PIA:"); }
const char *ReviewWording::designationSorn() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "SORN:"); }
const char *ReviewWording::categoryOfUse() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "1. Category of Use:"); }

QList<Category> ReviewWording::categories()
{
    return {Category::LawEnforcementIntelligence, Category::CriminalInvestigations,
            Category::BackgroundInvestigations, Category::ProfessionalResponsibilityInvestigations,
            Category::BenefitDeterminations, Category::SituationalAwareness, Category::Other};
}

const char *ReviewWording::category(Category c)
{
    switch (c) {
    case Category::LawEnforcementIntelligence: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Law Enforcement Intelligence;");
    case Category::CriminalInvestigations: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Criminal law enforcement investigations;");
    case Category::BackgroundInvestigations: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Background investigations;");
    case Category::ProfessionalResponsibilityInvestigations:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Professional responsibility investigations;");
    case Category::BenefitDeterminations:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Administrative or benefit determinations (including fraud detection);");
    case Category::SituationalAwareness: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Situational awareness; and");
    case Category::Other: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Other.");
    case Category::AdministrativeInvestigations:
    case Category::EmploymentDeterminations: return nullptr;
    }
    return nullptr;
}

const char *ReviewWording::otherPrompt() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "<Please explain \"other\" category of use here.>"); }
const char *ReviewWording::authoritiesAnalysis() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "2. (authorities analysis)"); }
const char *ReviewWording::robContent() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "3. Rules of Behavior Content: (Check all items that apply.)"); }

const char *ReviewWording::ruleHeading(Rule r)
{
    switch (r) {
    case Rule::Equipment: return QT_TRANSLATE_NOOP("smout::ReviewWording", "a. Equipment.");
    case Rule::EmailAccounts: return QT_TRANSLATE_NOOP("smout::ReviewWording", "b. Email and accounts.");
    case Rule::PublicInteraction: return QT_TRANSLATE_NOOP("smout::ReviewWording", "c. Public interaction.");
    case Rule::PrivacySettings: return QT_TRANSLATE_NOOP("smout::ReviewWording", "d. Privacy settings.");
    case Rule::PiiCollection: return QT_TRANSLATE_NOOP("smout::ReviewWording", "e. PII storage:");
    case Rule::PiiSafeguards: return QT_TRANSLATE_NOOP("smout::ReviewWording", "f. PII safeguards.");
    case Rule::Documentation: return QT_TRANSLATE_NOOP("smout::ReviewWording", "g. Documentation.");
    case Rule::Training: return QT_TRANSLATE_NOOP("smout::ReviewWording", "h. Training.");
    }
    return "";
}

const char *ReviewWording::option(EquipmentChoice c)
{
    switch (c) {
    case EquipmentChoice::NonAttributable:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users must use government-issued equipment. Equipment may be non-attributable "
                 "and may not resolve back to DHS/US IP address.");
    case EquipmentChoice::DhsAttributable:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users must use government-issued equipment. Equipment must resolve back to "
                 "DHS/US IP address.");
    case EquipmentChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(EmailChoice c)
{
    switch (c) {
    case EmailChoice::NotRequired:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users do not have to use government email addresses or official DHS accounts "
                 "online.");
    case EmailChoice::Required:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users must use government email addresses or official DHS accounts online.");
    case EmailChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(InteractionChoice c)
{
    switch (c) {
    case InteractionChoice::MayInteract:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users may interact with individuals online in relation to a specific law "
                 "enforcement investigation.");
    case InteractionChoice::MayNotInteract: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users may NOT interact with individuals online.");
    case InteractionChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(PrivacySettingsChoice c)
{
    switch (c) {
    case PrivacySettingsChoice::MayDisregard: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users may disregard privacy settings.");
    case PrivacySettingsChoice::MustRespect: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users must respect individual privacy settings.");
    case PrivacySettingsChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::option(PiiStorageKind k)
{
    switch (k) {
    case PiiStorageKind::ExemptedSor:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "PII is maintained in an exempted Privacy Act System of Records.");
    case PiiStorageKind::Sor: return QT_TRANSLATE_NOOP("smout::ReviewWording", "PII is maintained in a Privacy Act Systems of Records.");
    case PiiStorageKind::Unset: break;
    }
    return "";
}

const char *ReviewWording::listSorns() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "Please list applicable SORN here:"); }

const char *ReviewWording::option(SafeguardsChoice c)
{
    switch (c) {
    case SafeguardsChoice::PrivacyAct:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "PII is protected as required by the Privacy Act and DHS privacy policy.");
    case SafeguardsChoice::MinimalOps004:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Only a minimal amount of PII is collected and safeguarded, consistent with "
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
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Users must appropriately document their use of social media, and collection of "
                 "information from social media website.");
    case DocumentationChoice::NotRequired: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Documentation is not expressly required.");
    case DocumentationChoice::Unset: break;
    }
    return "";
}

const char *ReviewWording::trainingRequired()
{
    return QT_TRANSLATE_NOOP("smout::ReviewWording", "All users must complete annual privacy training that has been approved by "
             "Component Privacy Officer. Training includes:");
}

const char *ReviewWording::topic(TrainingTopic t)
{
    switch (t) {
    case TrainingTopic::LegalAuthorities: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Legal authorities;");
    case TrainingTopic::AcceptableUses: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Acceptable operational uses of social media;");
    case TrainingTopic::AccessRequirements: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Access requirements;");
    case TrainingTopic::RulesOfBehavior: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Applicable Rules of Behavior; and");
    case TrainingTopic::DocumentationRequirements:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Requirements for documenting operational uses of social media.");
    }
    return "";
}

const char *ReviewWording::mechanisms()
{
    return QT_TRANSLATE_NOOP("smout::ReviewWording", "Mechanisms are (or will be) in place to verify that users have completed training.");
}

const char *ReviewWording::option(TrainingVerificationChoice c)
{
    switch (c) {
    case TrainingVerificationChoice::SelfCertify:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Yes, employees self-certify that they have read and understood their Component "
                 "Rules of Behavior.");
    case TrainingVerificationChoice::PpocRecords:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Yes, Component Privacy Officers or PPOCs maintain a record of employee attendance "
                 "at privacy training that includes training on the Rules of Behavior.");
    case TrainingVerificationChoice::CannotVerify:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "No, certification of training completion cannot be verified.");
    }
    return "";
}

const char *ReviewWording::determination() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "DHS Privacy Office Determination"); }

const char *ReviewWording::outcome(Outcome o)
{
    switch (o) {
    case Outcome::Met:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Program has met requirements to use social media for the stated authorized "
                 "operational purposes, and must continue compliance with the requirements above.");
    case Outcome::NotMet:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Program has not yet met requirements to utilize social media for operational "
                 "purposes.");
    case Outcome::Unset: break;
    }
    return "";
}

const char *ReviewWording::reason(OutcomeReason r)
{
    switch (r) {
    case OutcomeReason::AuthoritiesInsufficient:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Program authorities do not authorize operational use of social media.");
    case OutcomeReason::RobNoncompliant: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Rules of Behavior do not comply.");
    case OutcomeReason::TrainingRequired: return QT_TRANSLATE_NOOP("smout::ReviewWording", "Training required.");
    case OutcomeReason::DocumentationRequired:
        return QT_TRANSLATE_NOOP("smout::ReviewWording", "Additional Privacy compliance documentation is required:");
    }
    return "";
}

const char *ReviewWording::analysisPrompt() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "<Please explain analysis.>"); }

const char *ReviewWording::required(bool pia)
{
    return pia ? QT_TRANSLATE_NOOP("smout::ReviewWording", "A PIA is required.") : QT_TRANSLATE_NOOP("smout::ReviewWording", "A SORN is required:");
}

const char *ReviewWording::coveredByExisting(bool pia)
{
    return pia ? QT_TRANSLATE_NOOP("smout::ReviewWording", "Covered by existing PIA.") : QT_TRANSLATE_NOOP("smout::ReviewWording", "Covered by existing SORN.");
}

const char *ReviewWording::coverageNew() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "New."); }
const char *ReviewWording::coverageUpdated() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "Updated."); }

const char *ReviewWording::updatePrompt(bool pia)
{
    return pia ? QT_TRANSLATE_NOOP("smout::ReviewWording", "<Please include the name and number of PIA to be updated here.>")
               : QT_TRANSLATE_NOOP("smout::ReviewWording", "<Please include the name and number of SORN to be updated here.>");
}

const char *ReviewWording::comments() { return QT_TRANSLATE_NOOP("smout::ReviewWording", "DHS PRIVACY OFFICE COMMENTS"); }

} // namespace smout
