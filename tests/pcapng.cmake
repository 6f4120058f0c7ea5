# pcapng export: the encoder, files read back by tshark (real sessions on
# loopback, the headless --pcap, the window's File menu).
sockpit_add_test(tst_pcapngwriter SOURCES tst_pcapngwriter.cpp common/pcapngwalker.h LIBS sockpit_core)
sockpit_add_test(tst_pcapng_tshark SOURCES tst_pcapng_tshark.cpp common/loopbackserver.h common/pcapngwalker.h
    common/tshark.h LIBS sockpit_core)
sockpit_add_test(tst_headless_pcap SOURCES tst_headless_pcap.cpp common/headlessprocess.h common/loopbackserver.h
    common/tshark.h LIBS sockpit_cli sockpit_core)
add_dependencies(tst_headless_pcap sockpit)
sockpit_add_test(tst_pcapng_export SOURCES tst_pcapng_export.cpp common/loopbackserver.h common/tshark.h
    LIBS sockpit_widgets sockpit_core)
