#pragma once

// Check boxes and radio buttons draw their text on one line, so a long option pushes the
// form wider than a 1024 px window. This gives each long one a word-wrapping label beside
// the box instead: the label toggles it when clicked, and the box keeps the text as its
// accessible name. The button keeps its text in the "choiceText" property; the row holding
// box and label has the property "wrappedChoice".

class QWidget;

void wrapLongChoices(QWidget *form, int maxTextWidth = 420);
