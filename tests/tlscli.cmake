# TLS on the command line: the built binary headless against OpenSSL's own
# tools (openssl s_server for the client, openssl s_client for the server).
sockpit_add_test(tst_headless_tlsclient SOURCES tst_headless_tlsclient.cpp common/headlessprocess.h
    common/loopbackserver.h common/opensslserver.h common/testpki.h LIBS Qt6::Network)
add_dependencies(tst_headless_tlsclient sockpit)
sockpit_add_test(tst_headless_tlsserver SOURCES tst_headless_tlsserver.cpp common/headlessprocess.h
    common/testpki.h LIBS Qt6::Network)
add_dependencies(tst_headless_tlsserver sockpit)
# The TLS options read into the launch options, and the parser's complaints about them.
sockpit_add_test(tst_commandline_tls SOURCES tst_commandline_tls.cpp LIBS sockpit_cli sockpit_core)
