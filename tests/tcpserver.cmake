# Tests for the tcpserver area.
sockpit_add_test(tst_tcpserver SOURCES tst_tcpserver.cpp LIBS sockpit_widgets sockpit_core)
sockpit_add_test(tst_tcpservertransport SOURCES tst_tcpservertransport.cpp common/rawtcppeer.h common/loopbackserver.h
    LIBS sockpit_net)
sockpit_add_test(tst_tcpservermodel SOURCES tst_tcpservermodel.cpp common/rawtcppeer.h LIBS sockpit_widgets sockpit_core)
sockpit_add_test(tst_tcpserverlimits SOURCES tst_tcpserverlimits.cpp common/rawtcppeer.h LIBS sockpit_net)
# Once more on the portable poller (see core.cmake).
sockpit_add_portable_poller_run(tst_tcpserver)
sockpit_add_portable_poller_run(tst_tcpservertransport)
sockpit_add_portable_poller_run(tst_tcpserverlimits)
sockpit_add_test(tst_tcpserver_scale SOURCES tst_tcpserver_scale.cpp LIBS sockpit_widgets sockpit_core)
sockpit_add_test(tst_tcpserverpanel SOURCES tst_tcpserverpanel.cpp LIBS sockpit_widgets sockpit_core)
sockpit_add_test(tst_tcpserverlaunch SOURCES tst_tcpserverlaunch.cpp common/headlessprocess.h LIBS sockpit_cli sockpit_core)
add_dependencies(tst_tcpserverlaunch sockpit)
# Measured by hand with SOCKPIT_SCALE_CLIENTS=10000; skips itself otherwise.
sockpit_add_test(tst_tcpserver_10k SOURCES tst_tcpserver_10k.cpp LIBS sockpit_widgets sockpit_core)
# The fault battery: hostile peers on a thread of their own against the server.
sockpit_add_test(tst_fault_tcpserver SOURCES tst_fault_tcpserver.cpp common/blockingpeers.h common/rawtcppeer.h
    LIBS sockpit_net)
sockpit_add_portable_poller_run(tst_fault_tcpserver)
# Bursts of clients admitted and expired a batch per event-loop pass.
sockpit_add_test(tst_tcpserver_passes SOURCES tst_tcpserver_passes.cpp common/rawtcppeer.h LIBS sockpit_net)
