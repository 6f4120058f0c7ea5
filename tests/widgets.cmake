# Tests for the widgets area: the TCP client panel, the receive log, the send
# box and the main window, driven with clicks and keys on the offscreen platform.
foreach(test tst_afterfirstpaint tst_tcpclientpanel tst_receivelog tst_sendbox tst_sendbox_backlog tst_framingpanel
        tst_ratechart tst_elidinglabel)
    sockpit_add_test(${test} SOURCES ${test}.cpp LIBS sockpit_widgets sockpit_core)
endforeach()
# The window as main() opens it from a command line.
sockpit_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS sockpit_cli sockpit_widgets sockpit_core)
# The fault battery against the panels with their logs shown.
sockpit_add_test(tst_fault_window SOURCES tst_fault_window.cpp common/blockingpeers.h common/procmemory.h
    LIBS sockpit_widgets sockpit_core)
# The window read through AT-SPI as a screen reader reads it (a private X
# display and D-Bus session, both languages): every control named, the
# client's state announced. Skipped (77) where Xvfb or pyatspi are missing.
add_test(NAME tst_atspi COMMAND ${CMAKE_SOURCE_DIR}/tests/atspi/run.sh $<TARGET_FILE:sockpit>)
set_tests_properties(tst_atspi PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
