# What start-up loads: no OpenSSL until a certificate is made, no image-format
# plugin before the window's first paint.
sockpit_add_test(tst_startuplibraries SOURCES tst_startuplibraries.cpp common/loadedlibraries.h
    LIBS sockpit_widgets sockpit_core)
# The encoding box measures its fixed list once, as Qt would.
sockpit_add_test(tst_encodingselector SOURCES tst_encodingselector.cpp LIBS sockpit_widgets sockpit_core)
