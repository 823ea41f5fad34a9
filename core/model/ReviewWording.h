#pragma once

// The DHS Privacy Office section ("DHS SOCIAL MEDIA DOCUMENTATION") in the 2017 template's own
// words (shared spec review-section-wording.md), in the form's order. Each text is the
// English source: the PDF prints it as it is, the window and messages translate it.

#include "Codes.h"

#include <QCoreApplication>
#include <QList>

namespace smout {

struct ReviewWording {
    static QString english(const char *text) { return QString::fromUtf8(text); }
    static QString translated(const char *text)
    {
        return QCoreApplication::translate("smout::ReviewWording", text);
    }

    static const char *heading();
    static const char *completedBy();
    static const char *dateReviewed();
    static const char *reviewerName();
    static const char *designation();
    static const char *designationText();
    static const char *designationPia();
    static const char *designationSorn();
    static const char *categoryOfUse();
    // The categories the reviewer's section lists, in its order; category() is null for a
    // category only question 1 offers.
    static QList<Category> categories();
    static const char *category(Category c);
    static const char *otherPrompt();
    static const char *authoritiesAnalysis();
    static const char *robContent();
    static const char *ruleHeading(Rule r); // "a. Equipment." … "h. Training."; e) is "PII storage:"
    static const char *option(EquipmentChoice c);
    static const char *option(EmailChoice c);
    static const char *option(InteractionChoice c);
    static const char *option(PrivacySettingsChoice c);
    static const char *option(PiiStorageKind k);
    static const char *listSorns();
    static const char *option(SafeguardsChoice c);
    static const char *option(DocumentationChoice c);
    static const char *trainingRequired();
    static const char *topic(TrainingTopic t);
    static const char *mechanisms();
    static const char *option(TrainingVerificationChoice c);
    static const char *determination();
    static const char *outcome(Outcome o);
    static const char *reason(OutcomeReason r);
    static const char *analysisPrompt();
    static const char *required(bool pia);          // "A PIA is required." / "A SORN is required:"
    static const char *coveredByExisting(bool pia); // "Covered by existing PIA." / "… SORN."
    static const char *coverageNew();
    static const char *coverageUpdated();
    static const char *updatePrompt(bool pia);
    static const char *comments();
};

} // namespace smout
