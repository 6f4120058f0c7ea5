# Tests for the udp area.
