# Tests for the widgets area: the TCP client panel, the receive log, the send
# box and the main window, driven with clicks and keys on the offscreen platform.
foreach(test tst_tcpclientpanel tst_receivelog tst_sendbox tst_mainwindow)
    sockpit_add_test(${test} SOURCES ${test}.cpp LIBS sockpit_widgets sockpit_core)
endforeach()
