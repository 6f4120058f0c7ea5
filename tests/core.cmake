# Tests for the core area.
