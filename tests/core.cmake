# Tests for the core area.
sockpit_add_test(tst_endpoint SOURCES tst_endpoint.cpp LIBS sockpit_address)
sockpit_add_test(tst_codec SOURCES tst_codec.cpp LIBS sockpit_text)
sockpit_add_test(tst_hexescapes SOURCES tst_hexescapes.cpp LIBS sockpit_text)
sockpit_add_test(tst_trafficlog SOURCES tst_trafficlog.cpp LIBS sockpit_core)
sockpit_add_test(tst_ratehistory SOURCES tst_ratehistory.cpp LIBS sockpit_log)
sockpit_add_test(tst_framedlog SOURCES tst_framedlog.cpp common/fakesession.h common/framingspecs.h common/loopbackserver.h LIBS sockpit_core)
sockpit_add_test(tst_framerun SOURCES tst_framerun.cpp common/framingspecs.h LIBS sockpit_log)
sockpit_add_test(tst_capturesink SOURCES tst_capturesink.cpp LIBS sockpit_core)
sockpit_add_test(tst_settings SOURCES tst_settings.cpp LIBS sockpit_base)
sockpit_add_test(tst_replacingfile SOURCES tst_replacingfile.cpp LIBS sockpit_base)
sockpit_add_test(tst_tcpclientsession SOURCES tst_tcpclientsession.cpp common/loopbackserver.h
    common/stalledlistener.h common/isolatednetwork.h LIBS sockpit_core)
sockpit_add_test(tst_seedpeer_tcpclient SOURCES tst_seedpeer_tcpclient.cpp LIBS sockpit_core)
# The TCP transport on its own, and the client on it against raw peers.
sockpit_add_test(tst_tcpconnection SOURCES tst_tcpconnection.cpp common/rawtcppeer.h common/loopbackserver.h
    common/stalledlistener.h LIBS sockpit_net)
sockpit_add_test(tst_tcpclienttransport SOURCES tst_tcpclienttransport.cpp common/rawtcppeer.h
    common/loopbackserver.h common/isolatednetwork.h LIBS sockpit_net)

# The TCP transport's tests once more on the portable poller (QSocketNotifier),
# the backend a port to another system runs on, so it is never dead code.
function(sockpit_add_portable_poller_run test)
    add_test(NAME ${test}_portable COMMAND ${test})
    set_tests_properties(${test}_portable PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/config-${test}_portable;LC_ALL=C.UTF-8;SOCKPIT_POLLER=portable")
endfunction()
foreach(test tst_tcpconnection tst_tcpclientsession tst_tcpclienttransport)
    sockpit_add_portable_poller_run(${test})
endforeach()

# TLS in words, and a self-signed certificate checked by OpenSSL's own tools.
sockpit_add_test(tst_tlscert SOURCES tst_tlscert.cpp LIBS sockpit_tls sockpit_tlscert)
# The TCP client over TLS against openssl s_server, certificates made at run time.
sockpit_add_test(tst_tlsclient SOURCES tst_tlsclient.cpp common/testpki.h common/opensslserver.h LIBS sockpit_net)
