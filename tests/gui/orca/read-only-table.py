# Watches, over AT-SPI, the program contacts table of the window orca_driver drives, and
# prints each new combination of states it sees: the table's read-only state and its first
# cell's read-only and editable states (orca-speaks.sh checks that the reviewer's turn shows
# both read-only, and the program office's turn neither).
import sys
import time

import pyatspi

TABLE = 'Contact Information:'
start = time.time()
tables = []
while time.time() - start < 40 and not tables:
    for app in [a for a in pyatspi.Registry.getDesktop(0) if a is not None]:
        tables += pyatspi.findAllDescendants(
            app, lambda o: o.getRole() == pyatspi.ROLE_TABLE and o.name == TABLE)
    time.sleep(0.2)
if not tables:
    print('no table named ' + TABLE)
    sys.exit(1)
seen = set()
while time.time() - start < 60:
    try:
        table = tables[0]
        cell = table.queryTable().getAccessibleAt(0, 0)
        states = (table.getState().contains(pyatspi.STATE_READ_ONLY),
                  cell.getState().contains(pyatspi.STATE_READ_ONLY),
                  cell.getState().contains(pyatspi.STATE_EDITABLE))
    except Exception:  # the window closed
        break
    if states not in seen:
        seen.add(states)
        print('table read-only: %s, cell read-only: %s, cell editable: %s' % states, flush=True)
    time.sleep(0.05)
