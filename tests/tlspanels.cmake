# TLS in the TCP client and server tabs, against openssl s_server and each other.
sockpit_add_test(tst_tlspanels SOURCES tst_tlspanels.cpp common/opensslserver.h common/testpki.h
    common/widgetprobe.h LIBS sockpit_cli sockpit_widgets sockpit_core)
# Messages of the core in Chinese (their translations sit in the contexts the code asks for).
sockpit_add_test(tst_coretranslations SOURCES tst_coretranslations.cpp LIBS sockpit_widgets sockpit_core)
