"""Runtime plumbing of a running kiosk: log files, the heap freeze, housekeeping chores and the device hub."""
