#pragma once

// What a screen reader hears of a table view beyond what Qt 6.4 says:
// - a table marked read-only (the property "readOnlyForRole", set by ListEditor for a section
//   the role may not edit) and each of its cells report the read-only state, not editable;
// - each day of a calendar popup is named by its full date ("Tuesday, 4 June 2024", in the
//   locale's words) and each week number as a week, where Qt says only "4".
// Qt's own table interface is private to Qt, so it is wrapped: every call goes to it, except
// the state of the table and its cells and the name of a calendar's cells.

// Installs the interface for every table view of the application (once, however often called).
void installTableAccessible();
