# The Sequences page of the TCP client and UDP panels, used as a user does.
sockpit_add_test(tst_sequencepanel SOURCES tst_sequencepanel.cpp common/loopbackserver.h common/widgetprobe.h
    common/accessibility.h LIBS sockpit_widgets sockpit_core)
