#pragma once

// The tab bar Qt puts under tabbed docks stays when all but one of the docks are closed:
// a bar with one tab chooses nothing, yet it took a Tab stop. Here a dock tab bar is a Tab
// stop only while it has two tabs or more.

class QMainWindow;

void keepDockTabStops(QMainWindow *window);
