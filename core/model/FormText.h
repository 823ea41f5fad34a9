#pragma once

// The wording of the DHS form ("DHS OPERATIONAL USE OF SOCIAL MEDIA", MD 110-01 template),
// kept in one place so the PDF, print and the guided forms say exactly the same thing.

#include "Codes.h"

#include <QCoreApplication>
#include <QString>

namespace smout {

struct FormText {
    Q_DECLARE_TR_FUNCTIONS(smout::FormText)
public:
    static QString title();
    static QString purpose();
    static QString introduction();
    static QString exemptionPreamble();
    static QString exemption(ScreeningFlag f);    // a) … / b) … of the introduction
    static QString screeningLabel(ScreeningFlag f); // the exemption and what covers it
    static QString templateUse();
    static QString opsFootnote();
    static QString sendInstructions();
    static QString counselFootnote();
    static QString question1();
    static QString question2();
    static QString question2a();
    static QString question3();
    static QString question4();
    static QString question5();
    static QString ruleName(Rule r); // "Equipment."
    static QString ruleText(Rule r); // the Rule as the form states it
    static QString trainingMechanismsIntro();
    static QString trainingSelfCertify();
    static QString trainingPpocRecords();
    static QString categoryLabel(Category c);
    static QString accessModesQuestion();
    static QString accessModeName(AccessMode m);
    static QString accessModeDefinition(AccessMode m);
    static QString accessModeApprover(AccessMode m);
};

} // namespace smout
