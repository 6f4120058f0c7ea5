# pcapng export: the encoder, files read back by tshark (real sessions on
# loopback, the headless --pcap, the window's File menu).
sockpit_add_test(tst_pcapngwriter SOURCES tst_pcapngwriter.cpp common/pcapngwalker.h LIBS sockpit_core)
