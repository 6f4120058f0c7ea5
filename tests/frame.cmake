# Tests for receive framing and checksums (app/core/frame).
sockpit_add_test(tst_framing SOURCES tst_framing.cpp common/framefeeding.h LIBS sockpit_frame)
sockpit_add_test(tst_framehub SOURCES tst_framehub.cpp LIBS sockpit_frame)
sockpit_add_test(tst_checksum SOURCES tst_checksum.cpp LIBS sockpit_frame)
