# Tests for the relay: its session on real loopback sockets (on both pollers),
# its settings, the headless --relay run and its rows in the receive log.
sockpit_add_test(tst_relaysession SOURCES tst_relaysession.cpp common/loopbackserver.h common/rawtcppeer.h
    common/stalledlistener.h LIBS sockpit_core)
sockpit_add_portable_poller_run(tst_relaysession)
sockpit_add_test(tst_relayconfig SOURCES tst_relayconfig.cpp LIBS sockpit_core)
sockpit_add_test(tst_headless_relay SOURCES tst_headless_relay.cpp common/headlessprocess.h common/listeningport.h
    common/loopbackserver.h LIBS sockpit_core)
add_dependencies(tst_headless_relay sockpit)
sockpit_add_test(tst_relaylog SOURCES tst_relaylog.cpp common/rawtcppeer.h LIBS sockpit_widgets sockpit_core)
# The relay tab on its own (the window does not show it yet).
sockpit_add_test(tst_relaypanel SOURCES tst_relaypanel.cpp common/rawtcppeer.h LIBS sockpit_widgets sockpit_core)
