# Tests for the udp area.
sockpit_add_test(tst_udpsession SOURCES tst_udpsession.cpp LIBS sockpit_core)
sockpit_add_test(tst_udpreceiver SOURCES tst_udpreceiver.cpp LIBS sockpit_core)
# Both suites again on the portable reader (QUdpSocket), the one a port starts from.
foreach(suite tst_udpsession tst_udpreceiver)
    add_test(NAME ${suite}_qtreader COMMAND ${suite})
    set_tests_properties(${suite}_qtreader PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/config-${suite}_qtreader;LC_ALL=C.UTF-8;SOCKPIT_UDP_READER=qt")
endforeach()
sockpit_add_test(tst_udppanel SOURCES tst_udppanel.cpp LIBS sockpit_widgets sockpit_core)
sockpit_add_test(tst_udplaunch SOURCES tst_udplaunch.cpp common/headlessprocess.h LIBS sockpit_cli sockpit_core)
add_dependencies(tst_udplaunch sockpit)

# Broadcast and multicast: run inside a private network namespace (loopback and a
# veth pair of its own), so nothing leaves the machine; skipped (77) where
# namespaces are not permitted.
add_executable(tst_udp_netns tst_udp_netns.cpp)
target_link_libraries(tst_udp_netns PRIVATE Qt6::Test sockpit_cli sockpit_core sockpit_options)
add_test(NAME tst_udp_netns COMMAND ${CMAKE_SOURCE_DIR}/tests/netns/run.sh $<TARGET_FILE:tst_udp_netns>)
set_tests_properties(tst_udp_netns PROPERTIES
    TIMEOUT 300
    SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/config-tst_udp_netns;LC_ALL=C.UTF-8")
# Broadcast and multicast through the portable reader too.
add_test(NAME tst_udp_netns_qtreader COMMAND ${CMAKE_SOURCE_DIR}/tests/netns/run.sh $<TARGET_FILE:tst_udp_netns>)
set_tests_properties(tst_udp_netns_qtreader PROPERTIES
    TIMEOUT 300
    SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/config-tst_udp_netns_qtreader;LC_ALL=C.UTF-8;SOCKPIT_UDP_READER=qt")

# The burst check of the UDP panel (20,000 datagrams at 20,000/s), run by hand:
#   <build>/tests/tst_udp_burst [--count N] [--rate N]
# Not a ctest test: how many arrive depends on the machine's load.
add_executable(tst_udp_burst tst_udp_burst.cpp)
target_link_libraries(tst_udp_burst PRIVATE sockpit_widgets sockpit_core sockpit_options)
