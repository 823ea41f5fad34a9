#pragma once

// What a screen reader hears of a (non-editable) combo box: its label, "combo box" and its
// value. Qt 6.4's own interface keeps the value where Orca 43 does not look (Orca reads a
// combo box's value through the selection interface, which Qt 6.4 lacks, else through its
// text), so every combo box of the window shows its current text as its text as well, also
// while a role may only read it (no popup then, and no action that would change it). A
// change of value is sent as a change of that text.

// Installs the interface for every QComboBox of the application (once, however often called).
void installComboAccessible();
