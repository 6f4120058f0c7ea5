# Tests for receive framing and checksums (app/core/frame).
sockpit_add_test(tst_framing SOURCES tst_framing.cpp common/framefeeding.h LIBS sockpit_frame)
sockpit_add_test(tst_delimiterscan SOURCES tst_delimiterscan.cpp LIBS sockpit_frame)
sockpit_add_test(tst_framehub SOURCES tst_framehub.cpp LIBS sockpit_frame)
sockpit_add_test(tst_checksum SOURCES tst_checksum.cpp LIBS sockpit_frame)
# Again with the table loops alone, as on a processor without carry-less multiplication.
add_test(NAME tst_checksum_tables COMMAND tst_checksum)
set_tests_properties(tst_checksum_tables PROPERTIES ENVIRONMENT "SOCKPIT_CRC_TABLES=1")
