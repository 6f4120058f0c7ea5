# The command library: the core (loading, saving at once, import, export,
# look-ups), its survival of a killed process, and the panel used as a user does.
sockpit_add_test(tst_commandlibrary SOURCES tst_commandlibrary.cpp LIBS sockpit_act)
sockpit_add_test(tst_commandlibrary_crash SOURCES tst_commandlibrary_crash.cpp LIBS sockpit_act)
sockpit_add_test(tst_commandlibrarypanel SOURCES tst_commandlibrarypanel.cpp common/loopbackserver.h
    common/widgetprobe.h common/accessibility.h LIBS sockpit_widgets sockpit_core)
