#!/usr/bin/python3
"""Drives the command palette of the real LGSP Console window from the keyboard, as a person
with a screen reader would, and reads it back over AT-SPI.

For each language: starts `lgsp-console --demo --lang LANG` on the xcb platform with
accessibility on, presses Ctrl+K (keys sent through the AT-SPI registry, which uses XTest),
and checks that
  - a text field named after the palette ("Command palette" / "Bảng lệnh") is showing and
    has the keyboard focus;
  - typing "ha noi" lists commands in a list with a name, whose rows are named with the
    command and what it applies to, the first being Thành phố Hà Nội's;
  - Down moves the selection to the second row; Escape closes the palette.
Prints what it saw; exits 1 on the first thing that is wrong.

usage: palette_keyboard.py CONSOLE [--shots DIR]
"""
import os
import subprocess
import sys
import time

import pyatspi

from atspi_tools import find_app, showing, states, stop, wait_for

NAMES = {"vi": ("Bảng lệnh", "Các lệnh", "Xem Thành phố Hà Nội trong trang Đơn vị"),
         "en": ("Command palette", "Commands", "Show Thành phố Hà Nội in Tenants")}


def find(app, role, name):
    found = []

    def walk(node, depth):
        if node is None or depth > 30 or found:
            return
        try:
            if node.getRole() == role and (node.name or "") == name and showing(node):
                found.append(node)
                return
            count = node.childCount
            if node.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
                                  pyatspi.ROLE_LIST) and count > 50:
                return
            for i in range(min(count, 200)):
                walk(node.getChildAtIndex(i), depth + 1)
        except Exception:
            return

    for w in range(app.childCount):
        walk(app.getChildAtIndex(w), 0)
    return found[0] if found else None


def first_field(app):
    found = []

    def walk(node, depth):
        if node is None or depth > 30 or found:
            return
        try:
            if node.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) and showing(node):
                found.append(node)
                return
            for i in range(min(node.childCount, 200)):
                walk(node.getChildAtIndex(i), depth + 1)
        except Exception:
            return

    walk(app.getChildAtIndex(0), 0)
    return found[0] if found else None


def press(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def ctrl_k():
    control = 1 << pyatspi.MODIFIER_CONTROL
    pyatspi.Registry.generateKeyboardEvent(control, None, pyatspi.KEY_LOCKMODIFIERS)
    press(ord("k"))
    pyatspi.Registry.generateKeyboardEvent(control, None, pyatspi.KEY_UNLOCKMODIFIERS)


def rows(list_node):
    names = []
    try:
        for i in range(min(list_node.childCount, 20)):
            child = list_node.getChildAtIndex(i)
            if child is not None and child.getRole() != pyatspi.ROLE_COLUMN_HEADER:
                names.append(child.name or "")
    except Exception:
        pass
    return names


def selected(list_node):
    try:
        for i in range(min(list_node.childCount, 20)):
            child = list_node.getChildAtIndex(i)
            if child is not None and states(child).contains(pyatspi.STATE_SELECTED):
                return child.name or ""
    except Exception:
        pass
    return None


def check(console, lang, shots):
    palette_name, list_name, first = NAMES[lang]
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1"})
    process = subprocess.Popen([console, "--demo", "--view", "fleet", "--lang", lang], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        app = find_app(process.pid, 120)
        if app is None:
            return "%s: the window did not appear on the accessibility bus" % lang
        time.sleep(3)  # the demo sandbox starts and the fleet polls it
        # Xvfb has no window manager: the window is activated by a click into it, here into
        # the fleet's search field (which the palette then covers).
        search = wait_for(lambda: first_field(app), 20)
        if search is None:
            return "%s: no text field to click into" % lang
        box = search.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2,
                                            "b1c")
        time.sleep(0.5)
        ctrl_k()
        field = wait_for(lambda: find(app, pyatspi.ROLE_TEXT, palette_name) or
                         find(app, pyatspi.ROLE_ENTRY, palette_name), 20)
        if field is None:
            return "%s: Ctrl+K showed no field named '%s'" % (lang, palette_name)
        if not wait_for(lambda: states(field) and states(field).contains(pyatspi.STATE_FOCUSED),
                        10):
            return "%s: the palette's field does not have the focus" % lang
        print("%s: Ctrl+K: field '%s' showing, focused" % (lang, palette_name), flush=True)
        pyatspi.Registry.generateKeyboardEvent(0, "ha noi", pyatspi.KEY_STRING)
        commands = wait_for(lambda: find(app, pyatspi.ROLE_LIST, list_name) or
                            find(app, pyatspi.ROLE_TABLE, list_name), 10)
        if commands is None:
            return "%s: no list named '%s'" % (lang, list_name)
        listed = wait_for(lambda: [r for r in rows(commands) if r.startswith(first)], 30)
        if not listed:
            return "%s: 'ha noi' did not list '%s…' (rows: %s)" % (lang, first,
                                                                   rows(commands)[:3])
        names = rows(commands)
        print("%s: 'ha noi': %d rows read, first '%s'" % (lang, len(names), names[0]),
              flush=True)
        if not all(" · " in n for n in names[:5]):
            return "%s: rows are not named with what they apply to: %s" % (lang, names[:5])
        if shots:
            subprocess.run(["import", "-window", "root",
                            os.path.join(shots, "palette-xcb-%s.png" % lang)], check=False)
        before = selected(commands)
        press(0xff54)  # Down
        after = wait_for(lambda: selected(commands) != before and selected(commands), 5)
        if not after or after != names[1]:
            return "%s: Down selected '%s', not the second row '%s'" % (lang, after, names[1])
        print("%s: Down: '%s' selected" % (lang, after), flush=True)
        press(0xff1b)  # Escape
        if not wait_for(lambda: not showing(field), 5):
            return "%s: Escape did not close the palette" % lang
        print("%s: Escape: closed" % lang, flush=True)
    finally:
        stop(process)
    return None


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    shots = args[args.index("--shots") + 1] if "--shots" in args else None
    pyatspi.Registry.getDesktop(0).childCount  # the bus first (see unnamed_controls.py)
    for lang in ("vi", "en"):
        problem = check(args[0], lang, shots)
        if problem:
            print("PROBLEM " + problem, flush=True)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
