# Tests for the tcpserver area.
