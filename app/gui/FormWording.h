#pragma once

// The template's own wording on the Designer forms. The .ui files hold the layout and the
// object names; the words come from model (FormText, ReviewWording) when a form is built, so
// the window says what the PDF and the CLI say, in the current language.

class QString;
class QWidget;

void applyFormWording(const QString &sectionId, QWidget *form);
