# Tests for test sequences: the file format, the runner over real sessions,
# the JUnit report and --sequence headless.
sockpit_add_test(tst_sequence SOURCES tst_sequence.cpp LIBS sockpit_act)
sockpit_add_test(tst_sequencerunner SOURCES tst_sequencerunner.cpp common/loopbackserver.h LIBS sockpit_core)
sockpit_add_test(tst_junitreport SOURCES tst_junitreport.cpp common/junitparsercheck.h LIBS sockpit_core)
sockpit_add_test(tst_headless_sequence SOURCES tst_headless_sequence.cpp common/headlessprocess.h common/loopbackserver.h common/junitparsercheck.h
    LIBS sockpit_cli sockpit_core)
add_dependencies(tst_headless_sequence sockpit)
