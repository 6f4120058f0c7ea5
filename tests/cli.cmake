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
# How stdin is cut into pieces, the UTF-8 check and the folding of stderr floods.
sockpit_add_test(tst_inputchunker SOURCES tst_inputchunker.cpp LIBS sockpit_cli sockpit_core)
# --raw, both ways, over TCP and UDP.
sockpit_add_test(tst_headless_raw SOURCES tst_headless_raw.cpp common/headlessprocess.h LIBS sockpit_cli sockpit_core)
add_dependencies(tst_headless_raw sockpit)
# The fault battery's headless part: big pipes, huge lines, floods, closed pipes.
sockpit_add_test(tst_headless_faults SOURCES tst_headless_faults.cpp common/bulkstream.h common/procmemory.h
    common/headlessprocess.h LIBS sockpit_cli sockpit_core)
add_dependencies(tst_headless_faults sockpit)
