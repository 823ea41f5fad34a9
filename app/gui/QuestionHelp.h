#pragma once

// What the DHS Privacy Office looks for in each question of the template, in one or two
// sentences drawn from the template's and Management Directive 110-01's wording: the help
// text (tooltip and What's This) of every field, instead of a repeat of its label.

#include <QString>

class QWidget;

// The help for a field's key path (the longest known prefix), or an empty string.
QString questionHelp(const QString &path);

// Gives every field of a section form (a widget with a "smoutPath" property) its help as
// What's This and tooltip; a tooltip the form already has is kept, with the help after it.
void applyQuestionHelp(QWidget *form);
