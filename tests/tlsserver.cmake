# The TCP server over TLS against openssl s_client and Sockpit's own TLS
# client, with certificates made at run time.
sockpit_add_test(tst_tlsserver SOURCES tst_tlsserver.cpp common/opensslclient.h common/testpki.h
    common/bulkstream.h common/rawtcppeer.h common/loopbackserver.h LIBS sockpit_net sockpit_tlscert)
