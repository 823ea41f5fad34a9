#pragma once

// Question 5 asks "If not, please explain:" under each Rule of Behavior. Each explanation
// box gets that label and shows only while the answer is No, or while it holds text: an
// explanation already typed stays in view (and in the document) when the answer flips.

class QWidget;

void prepareRuleExplanations(QWidget *form);
