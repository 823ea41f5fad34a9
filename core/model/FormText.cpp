#include "FormText.h"

namespace smout {

QString FormText::title()
{
    return tr("DHS OPERATIONAL USE OF SOCIAL MEDIA");
}

QString FormText::purpose()
{
    return tr("This template is used to assess the Department's Operational Use of Social Media, "
              "consistent with Management Directive 110-01.");
}

QString FormText::introduction()
{
    return tr("The DHS Privacy Office has created this template to determine privacy compliance "
              "with Management Directive 110-01, Privacy Policy for Operational Use of Social "
              "Media. For the purposes of the Management Directive and this template, "
              "\"Operational Use\" means authorized use of social media to collect personally "
              "identifiable information for the purpose of enhancing situational awareness, "
              "investigating an individual in a criminal, civil, or administrative context, making "
              "a benefit determination about a person, making a personnel determination about a "
              "Department employee, making a suitability determination about a prospective "
              "Department employee, or for any other official Department purpose that has the "
              "potential to affect the rights, privileges, or benefits of an individual. "
              "Operational use does not include the use of search engines for general Internet "
              "research, nor does it include the use of social media for professional development "
              "such as training and continuing education or for facilitating internal meetings.");
}

QString FormText::exemptionPreamble()
{
    return tr("The following uses of social media are exempt from the Management Directive and "
              "are not subject to this requirement\u00b9:");
}

QString FormText::exemption(ScreeningFlag f)
{
    switch (f) {
    case ScreeningFlag::PublicAffairsOutreach:
        return tr("a) Communications and outreach with the public authorized by the Office of "
                  "Public Affairs (covered by the existing PIAs: DHS/ALL/PIA-031 - Use of Social "
                  "Networking Interactions and Applications Communications/Outreach/Public "
                  "Dialogue and DHS/ALL/PIA-036 - Use of Unidirectional Social Media "
                  "Applications);");
    case ScreeningFlag::IntelligenceEo12333:
        return tr("b) The conduct of authorized intelligence activities carried out by the Office "
                  "of Intelligence and Analysis, the intelligence and counterintelligence elements "
                  "of the United States Coast Guard, or any other Component performing authorized "
                  "foreign intelligence or counterintelligence functions, in accordance with the "
                  "provisions of Executive Order 12333, as amended.");
    case ScreeningFlag::OpsSituationalAwareness: return opsFootnote();
    case ScreeningFlag::NotOperationalUse:
        return tr("Use of search engines for general Internet research, professional development "
                  "(training and continuing education), or internal meetings and administrative "
                  "efficiencies is not operational use.");
    }
    return {};
}

QString FormText::screeningLabel(ScreeningFlag f)
{
    switch (f) {
    case ScreeningFlag::PublicAffairsOutreach:
        return tr("Communications and outreach with the public authorized by the Office of Public "
                  "Affairs (covered by DHS/ALL/PIA-031 and DHS/ALL/PIA-036)");
    case ScreeningFlag::IntelligenceEo12333:
        return tr("Authorized intelligence or counterintelligence activities under Executive Order "
                  "12333 (governed by EO 12333 procedures)");
    case ScreeningFlag::OpsSituationalAwareness:
        return tr("OPS gathering information to enhance situational awareness (covered by "
                  "DHS/OPS/PIA-004(d))");
    case ScreeningFlag::NotOperationalUse:
        return tr("Not operational use: general Internet research, professional development, or "
                  "internal meetings and administrative efficiencies");
    }
    return {};
}

QString FormText::templateUse()
{
    return tr("This template shall be used to document the process to be followed by all programs "
              "engaging in operational uses of social media; to identify information technology "
              "systems, technologies, rulemakings, programs, or pilot projects that involve PII "
              "and other activities that otherwise impact the privacy of individuals as "
              "determined by the Chief Privacy Officer; and to assess whether there is a need for "
              "additional Privacy Compliance Documentation. Components may appeal to the Deputy "
              "Secretary for Homeland Security if there is disagreement over the DHS Privacy "
              "Office determination of privacy compliance for the operational use of social "
              "media.");
}

QString FormText::opsFootnote()
{
    return tr("\u00b9 Gathering information by the Office of Operations Coordination and Planning "
              "(OPS) to enhance situational awareness is exempt from this requirement and is "
              "covered by the existing PIA: DHS/OPS/PIA-004(d) - Publicly Available Social Media "
              "Monitoring and Situational Awareness Initiative Update.");
}

QString FormText::sendInstructions()
{
    return tr("Please complete this form and send it to your Component Privacy Officer. Upon "
              "receipt, your Component Privacy Officer and the DHS Privacy Office will review this "
              "form and may request additional information.");
}

QString FormText::counselFootnote()
{
    return tr("\u00b2 Counsel listed here must certify that appropriate authority exists to engage "
              "in particular operational activities involving social media.");
}

QString FormText::question1()
{
    return tr("1. Describe the category of use for collecting personally identifiable information "
              "from social media sources. Examples include: law enforcement intelligence, criminal "
              "investigations, background investigations, administrative investigations, "
              "professional responsibility investigations, benefit or employment determinations, "
              "or situational awareness. If use does not fit into one of these categories, please "
              "describe in full below. If your component has multiple categories of use, please "
              "submit separate template for each category.");
}

QString FormText::question2()
{
    return tr("2. Based on the operational use of social media listed above, please provide the "
              "appropriate authorities.");
}

QString FormText::question2a()
{
    return tr("a) Has Counsel listed above reviewed these authorities for privacy issues and "
              "determined that they permit the Program to use social media for the listed "
              "operational use?");
}

QString FormText::question3()
{
    return tr("3. Is this use of social media in development or operational?");
}

QString FormText::question4()
{
    return tr("4. Please attach a copy of the Rules of Behavior that outline the requirements "
              "below.");
}

QString FormText::question5()
{
    return tr("5. Please describe the Rules of Behavior in effect for the listed operational use "
              "of social media. If users do NOT follow a particular Rule, please detail reasoning "
              "for not following that Rule:");
}

QString FormText::ruleName(Rule r)
{
    switch (r) {
    case Rule::Equipment: return tr("Equipment.");
    case Rule::EmailAccounts: return tr("Email and accounts.");
    case Rule::PublicInteraction: return tr("Public interaction.");
    case Rule::PrivacySettings: return tr("Privacy settings.");
    case Rule::PiiCollection: return tr("PII collection:");
    case Rule::PiiSafeguards: return tr("PII safeguards.");
    case Rule::Documentation: return tr("Documentation.");
    case Rule::Training: return tr("Training.");
    }
    return {};
}

QString FormText::ruleText(Rule r)
{
    switch (r) {
    case Rule::Equipment:
        return tr("Use only government-issued equipment when engaging in the operational use of "
                  "social media;");
    case Rule::EmailAccounts:
        return tr("Use online screen names or identities that indicate an official DHS affiliation "
                  "and use DHS email addresses to open accounts used when engaging in social media "
                  "in the performance of their duties;");
    case Rule::PublicInteraction:
        return tr("Access publicly available information through social media only by reviewing "
                  "posted information without interacting with any individual who posted the "
                  "information;");
    case Rule::PrivacySettings:
        return tr("Respect individuals' privacy settings and access only information that is "
                  "publicly available;");
    case Rule::PiiCollection:
        return tr("Collect the minimum PII necessary for the proper performance of their "
                  "authorized duties except for systems subject to Final Rules for Exemption from "
                  "certain aspects of the Privacy Act;");
    case Rule::PiiSafeguards:
        return tr("Protect PII as required by the Privacy Act (if applicable) and DHS privacy "
                  "policy;");
    case Rule::Documentation:
        return tr("Document operational use of social media, including date, site(s) accessed, "
                  "information collected and how it was used.");
    case Rule::Training:
        return tr("Users complete annual privacy training which has been approved by Component "
                  "Privacy Officer (or Privacy Point of Contact) based upon training materials "
                  "provided by the DHS Privacy Office. Training must include, at minimum: legal "
                  "authorities, acceptable operational uses of social media, access requirements, "
                  "and requirements for documenting operational uses of social media.");
    }
    return {};
}

QString FormText::trainingMechanismsIntro()
{
    return tr("Mechanisms are (or will be) in place to verify that users have completed training.");
}

QString FormText::trainingSelfCertify()
{
    return tr("Yes, employees self-certify that they have read and understood their Component "
              "Rules of Behavior.");
}

QString FormText::trainingPpocRecords()
{
    return tr("Yes, Component Privacy Officers or PPOCs maintain a record of employee attendance "
              "at privacy training that includes training on the Rules of Behavior.");
}

QString FormText::categoryLabel(Category c)
{
    switch (c) {
    case Category::LawEnforcementIntelligence: return tr("Law enforcement intelligence");
    case Category::CriminalInvestigations: return tr("Criminal investigations");
    case Category::BackgroundInvestigations: return tr("Background investigations");
    case Category::AdministrativeInvestigations: return tr("Administrative investigations");
    case Category::ProfessionalResponsibilityInvestigations:
        return tr("Professional responsibility investigations");
    case Category::BenefitDeterminations:
        return tr("Administrative or benefit determinations (including fraud detection)");
    case Category::EmploymentDeterminations: return tr("Employment determinations");
    case Category::SituationalAwareness: return tr("Situational awareness");
    case Category::Other: return tr("Other (described below)");
    }
    return {};
}

QString FormText::accessModesQuestion()
{
    return tr("Access modes: how do users reach social media for this use?");
}

QString FormText::accessModeName(AccessMode m)
{
    switch (m) {
    case AccessMode::OvertResearch: return tr("Overt research");
    case AccessMode::OvertMonitoring: return tr("Overt monitoring");
    case AccessMode::OvertEngagement: return tr("Overt engagement");
    case AccessMode::MaskedMonitoring: return tr("Masked monitoring");
    case AccessMode::UndercoverEngagement: return tr("Undercover engagement");
    }
    return {};
}

QString FormText::accessModeDefinition(AccessMode m)
{
    switch (m) {
    case AccessMode::OvertResearch:
        return tr("collecting information from social media without logging in or otherwise "
                  "interacting with individuals through social media.");
    case AccessMode::OvertMonitoring:
        return tr("logging in with DHS-branded credentials or otherwise indicating an official "
                  "agency presence, without engaging or interacting with individuals.");
    case AccessMode::OvertEngagement:
        return tr("logging in with DHS-branded credentials or otherwise indicating an official "
                  "agency presence, and engaging or interacting with individuals.");
    case AccessMode::MaskedMonitoring:
        return tr("using identities or credentials that do not identify a DHS affiliation, "
                  "without engaging or interacting with individuals.");
    case AccessMode::UndercoverEngagement:
        return tr("using identities or credentials that do not identify a DHS affiliation, to "
                  "engage or interact with individuals.");
    }
    return {};
}

QString FormText::accessModeApprover(AccessMode m)
{
    switch (m) {
    case AccessMode::OvertResearch: return tr("approved by a first-line supervisor");
    case AccessMode::OvertMonitoring:
    case AccessMode::OvertEngagement:
    case AccessMode::MaskedMonitoring: return tr("approved by a second-level supervisor");
    case AccessMode::UndercoverEngagement:
        return tr("approved by an SES supervisor, or a GS-15 second-level supervisor delegated by "
                  "the Office of Internal Affairs");
    }
    return {};
}

} // namespace smout
