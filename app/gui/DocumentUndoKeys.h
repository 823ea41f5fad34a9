#pragma once

// The undo and redo keys (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) in a text field of a form undo
// and redo the document, as Edit > Undo and Redo do: a line edit would otherwise take them
// for its own short history, which the document's undo stack already covers.

class QWidget;

void routeUndoKeysToDocument(QWidget *form);
