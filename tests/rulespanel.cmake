# The Rules page of the session panels, used as a user does: rules made in the
# editor answer a TCP client, a TCP server and a UDP sender.
sockpit_add_test(tst_rulespanel SOURCES tst_rulespanel.cpp common/accessibility.h common/loopbackserver.h
    common/testclient.h common/widgetprobe.h LIBS sockpit_widgets sockpit_core)
