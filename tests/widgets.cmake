# Tests for the widgets area: the TCP client panel, the receive log, the send
# box and the main window, driven with clicks and keys on the offscreen platform.
foreach(test tst_tcpclientpanel tst_receivelog tst_sendbox tst_sendbox_backlog tst_framingpanel)
    sockpit_add_test(${test} SOURCES ${test}.cpp LIBS sockpit_widgets sockpit_core)
endforeach()
# The window as main() opens it from a command line.
sockpit_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS sockpit_cli sockpit_widgets sockpit_core)
