#pragma once

// Earlier versions kept the window's certificates and inventory in the window's own data
// folder, and the CLI its inventory in another: the window and the smout command did not see
// each other's work. At the window's start, what is found there is offered once for moving to
// the one shared place (~/.pki/nssdb, the one default inventory), with the user's consent.

class QWidget;

// Asks at most once (remembered whatever the answer); does nothing when nothing is found or
// the user chose another inventory in Settings.
void offerToMoveEarlierLocations(QWidget *window);
