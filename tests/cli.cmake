# Tests for the cli area: the command-line parser, and the built binary run
# headless against loopback servers.
sockpit_add_test(tst_commandline SOURCES tst_commandline.cpp LIBS sockpit_cli sockpit_core)
sockpit_add_test(tst_headless SOURCES tst_headless.cpp common/headlessprocess.h common/fakesession.h LIBS sockpit_cli sockpit_core)
add_dependencies(tst_headless sockpit)
# --frame and --checksum, headless against loopback servers.
sockpit_add_test(tst_headless_framing SOURCES tst_headless_framing.cpp common/headlessprocess.h common/loopbackserver.h
    LIBS sockpit_core)
add_dependencies(tst_headless_framing sockpit)
# The typed session configs every front end reads its options into.
sockpit_add_test(tst_sessionconfig SOURCES tst_sessionconfig.cpp LIBS sockpit_core)
