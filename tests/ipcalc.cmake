# Tests for the ipcalc area.
