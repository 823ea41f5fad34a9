#pragma once

// The Help menu: the user guide shipped with the application (opened in the application),
// the keyboard shortcuts of every menu, What's This, and About.

class QMainWindow;
class QMenu;

QMenu *addHelpMenu(QMainWindow *window);
