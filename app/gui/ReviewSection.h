#pragma once

// The DHS Privacy Office section of the window (forms/reviewForm.ui); FormWording gives it
// the 2017 template's words.

class QWidget;

void prepareReviewForm(QWidget *form);
