# Tests for the widgets area.
