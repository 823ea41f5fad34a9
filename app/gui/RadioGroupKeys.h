#pragma once

// The keyboard in a group of radio buttons (one answer). The group is one Tab stop, and Tab
// lands on the chosen option (the first when none is), also in a role that may only read the
// answer: Qt would keep the stop on whichever option had the focus last. The arrow keys move
// through the options in reading order, Up and Down as Left and Right; where the role may
// change the answer, moving from the chosen option chooses the next (as Qt does), and where
// it may not, only the focus moves.

#include <Qt>

class QAbstractButton;
class QButtonGroup;

void keepRadioGroupKeys(QButtonGroup *group);

// The option `key` (an arrow key) moves to from `from`, or null at either end or for another key.
QAbstractButton *radioNeighbour(QAbstractButton *from, int key);

// Moves the focus from `from` as `key` says, without choosing; true when `key` is an arrow key.
bool moveRadioFocus(QAbstractButton *from, int key);
