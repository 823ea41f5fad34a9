#pragma once

// Check boxes, radio buttons and combo boxes a role may read but not change. A disabled
// control drops out of the Tab order and a screen reader cannot reach it, so the reviewer's
// decision would be unreadable to the program office; instead the control stays enabled and
// focusable, every change by the user (mouse, keys, wheel, mnemonic, popup) is blocked, it is
// drawn muted, and screen readers hear it as read-only (a combo box through ComboAccessible).

class QWidget;

// Marks `control` (a QCheckBox, QRadioButton or QComboBox) read-only or editable again.
void setChoiceReadOnly(QWidget *control, bool readOnly);
bool isChoiceReadOnly(const QWidget *control);
// Draws `control` as its state says again. Re-polishing under a style sheet (a finding's
// outline added or cleared) brings back the palette the control had when first styled, such
// as the muted text of a role that could not edit it then.
void refreshChoicePalette(QWidget *control);
