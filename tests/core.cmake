# Tests for the core area.
sockpit_add_test(tst_endpoint SOURCES tst_endpoint.cpp LIBS sockpit_address)
sockpit_add_test(tst_codec SOURCES tst_codec.cpp LIBS sockpit_text)
sockpit_add_test(tst_trafficlog SOURCES tst_trafficlog.cpp LIBS sockpit_core)
sockpit_add_test(tst_capturesink SOURCES tst_capturesink.cpp LIBS sockpit_core)
sockpit_add_test(tst_settings SOURCES tst_settings.cpp LIBS sockpit_base)
sockpit_add_test(tst_tcpclientsession SOURCES tst_tcpclientsession.cpp common/loopbackserver.h
    common/stalledlistener.h common/isolatednetwork.h LIBS sockpit_core)
sockpit_add_test(tst_seedpeer_tcpclient SOURCES tst_seedpeer_tcpclient.cpp LIBS sockpit_core)
