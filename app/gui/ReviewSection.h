#pragma once

// The DHS Privacy Office section of the window. Its form (forms/reviewForm.ui) speaks the
// 2017 template's words; under a translation each shows the form's English on hover.

class QWidget;

void prepareReviewForm(QWidget *form);
