# The responder: frame matching, reply templates, rule lists in JSON, the
# responder on real sessions, and --rules headless.
sockpit_add_test(tst_framematch SOURCES tst_framematch.cpp common/texts.h LIBS sockpit_core)
sockpit_add_test(tst_replytemplate SOURCES tst_replytemplate.cpp common/texts.h LIBS sockpit_core)
sockpit_add_test(tst_ruleset SOURCES tst_ruleset.cpp LIBS sockpit_core)
sockpit_add_test(tst_responder SOURCES tst_responder.cpp common/checksummodel.h common/loopbackserver.h LIBS sockpit_core)
sockpit_add_test(tst_headless_rules SOURCES tst_headless_rules.cpp common/headlessprocess.h common/loopbackserver.h
    LIBS sockpit_core)
add_dependencies(tst_headless_rules sockpit)
