# Tests for the ipcalc area.
sockpit_add_test(tst_ipcalc SOURCES tst_ipcalc.cpp common/ipcalcinputs.h LIBS sockpit_ipcalc)
sockpit_add_test(tst_ipcalc_ipv6 SOURCES tst_ipcalc_ipv6.cpp common/ipcalcinputs.h LIBS sockpit_ipcalc)
sockpit_add_test(tst_ipcalc_subnets SOURCES tst_ipcalc_subnets.cpp common/ipcalcinputs.h LIBS sockpit_ipcalc)
sockpit_add_test(tst_netinfo SOURCES tst_netinfo.cpp common/ipcalcinputs.h LIBS sockpit_ipcalc)
# sockpit_widgets only for the embedded translations (:/i18n).
sockpit_add_test(tst_ipcalccommand SOURCES tst_ipcalccommand.cpp LIBS sockpit_cli sockpit_widgets sockpit_core)
sockpit_add_test(tst_ipcalcpanel SOURCES tst_ipcalcpanel.cpp LIBS sockpit_widgets sockpit_core)
