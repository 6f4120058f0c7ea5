#!/usr/bin/python3
"""Reads Sockpit's window through AT-SPI, as a screen reader does.

Opens every tab (as a reader user would, through the tab's action), lists
every control a reader reaches that has no name, and checks that the TCP
client's state is spoken: after a refused connect the state label's name
says why, and the change arrives as an AT-SPI event.

usage: check.py SOCKPIT_BINARY LANGUAGE   (inside a D-Bus session with a display)
"""
import os
import socket
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

# Roles a reader lands on and reads by name.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_SCROLL_BAR,
}
PATIENCE_S = 30


def wait_for(predicate, what, patience=PATIENCE_S):
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    sys.exit(f"FAIL: {what} (waited {patience} s)")


def find_application():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "Sockpit":
            return app
    return None


def descendants(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for i in range(node.childCount):
        yield from descendants(node.getChildAtIndex(i), depth + 1)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def path_of(node):
    parts = []
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        parts.append(f"{node.getRoleName()} '{node.name}'")
        node = node.parent
    return " < ".join(parts)


def unnamed_controls(app):
    found = []
    for node in descendants(app):
        if node.getRole() not in CONTROL_ROLES or not showing(node) or node.name.strip():
            continue
        # A combo box's own popup list is named by the combo box.
        if node.getRole() == pyatspi.ROLE_LIST and node.parent.getRole() == pyatspi.ROLE_COMBO_BOX:
            continue
        found.append(path_of(node))
    return found


def first(app, role, name=None, predicate=None):
    for node in descendants(app):
        if node.getRole() == role and (name is None or node.name == name) and (predicate is None or predicate(node)):
            return node
    return None


def is_window_tab_list(node):
    names = [node.getChildAtIndex(i).name for i in range(node.childCount)]
    return any(name in ("IP calculator", "IP 计算器") for name in names)


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "click", "Press", "SetFocus", "activate"):
            action.doAction(i)
            return
    action.doAction(0)


def closed_loopback_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once it is closed


def check_state_is_spoken(app, tab):
    """A refused connect: the state label's name says so, and the change is an event."""
    press(tab)
    wait_for(lambda: first(app, pyatspi.ROLE_TEXT, predicate=lambda n: showing(n) and n.name in ("Server host", "服务器主机")),
             "the TCP client's host field")
    host = first(app, pyatspi.ROLE_TEXT, predicate=lambda n: showing(n) and n.name in ("Server host", "服务器主机"))
    port = first(app, pyatspi.ROLE_TEXT, predicate=lambda n: showing(n) and n.name in ("Server port", "服务器端口"))
    connect = first(app, pyatspi.ROLE_PUSH_BUTTON, predicate=lambda n: showing(n) and n.name in ("Connect or disconnect", "连接或断开"))
    if not (host and port and connect):
        sys.exit("FAIL: the TCP client's host, port or connect button is not named as expected")
    host.queryEditableText().setTextContents("127.0.0.1")
    port.queryEditableText().setTextContents(str(closed_loopback_port()))

    heard = []

    def on_event(event):
        if event.source is not None and event.source.getRole() == pyatspi.ROLE_LABEL:
            heard.append(event.source.name)
            if any("refused" in text or "拒绝" in text for text in heard):
                pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(on_event, "object:property-change:accessible-name")
    GLib.timeout_add(200, lambda: press(connect) and False)
    GLib.timeout_add(PATIENCE_S * 1000, lambda: pyatspi.Registry.stop() and False)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(on_event, "object:property-change:accessible-name")
    if not any("refused" in text or "拒绝" in text for text in heard):
        sys.exit(f"FAIL: no label announced the refused connection; heard: {heard}")
    print(f"state announced: {heard[-1]}")


def main():
    binary, language = sys.argv[1], sys.argv[2]
    settings = tempfile.mkdtemp(prefix="sockpit-atspi-")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               XDG_CONFIG_HOME=settings, QT_ACCESSIBILITY="1")
    app_process = subprocess.Popen([binary, "--lang", language], env=env)
    try:
        app = wait_for(find_application, "Sockpit on the accessibility bus")
        # The window's tabs, not a side pane's (the command library has a tab list of its own).
        tablist = wait_for(lambda: first(app, pyatspi.ROLE_PAGE_TAB_LIST, predicate=is_window_tab_list), "the tab list")
        tabs = [tablist.getChildAtIndex(i) for i in range(tablist.childCount)]
        tabs = [t for t in tabs if t.getRole() == pyatspi.ROLE_PAGE_TAB]
        if len(tabs) != 5:
            sys.exit(f"FAIL: expected 5 tabs, found {len(tabs)}")
        problems = []
        for tab in tabs:
            press(tab)
            # The tab list is named after the tab it shows.
            wait_for(lambda: tablist.name == tab.name, f"tab '{tab.name}' shown")
            time.sleep(0.3)  # the tab's panel is made on first use and then shown
            for path in unnamed_controls(app):
                problems.append(f"[{tab.name}] {path}")
        if problems:
            print("FAIL: controls without a name:\n  " + "\n  ".join(sorted(set(problems))))
            sys.exit(1)
        print(f"{language}: every control on the {len(tabs)} tabs has a name")
        check_state_is_spoken(app, tabs[0])
    finally:
        app_process.terminate()
        app_process.wait(10)


if __name__ == "__main__":
    main()
