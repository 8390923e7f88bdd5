#!/usr/bin/python3
"""Drives the real LGSP Console window over AT-SPI, as a screen reader sees it, and fails on
every control shown on screen that a screen reader cannot name.

Run inside a D-Bus session on an X display (see run-accessibility-check.sh): for each page and
each language it starts `lgsp-console --demo --view PAGE --lang LANG` on the xcb platform with
accessibility on, waits for the window and its data, walks the accessible tree and checks each
showing control:
  - buttons, check boxes, radio buttons, tabs, menu items, tool bars, trees, tables and lists
    need a name;
  - text fields, spin boxes and combo boxes need a name or a label (a "labelled by" relation,
    what QLabel::setBuddy gives); a combo box's name on Linux is its current value, so it
    needs the label.
Prints one line per problem and exits 1 if there is any.

usage: unnamed_controls.py CONSOLE [--bundle FILE] [--pages p1,p2] [--langs vi,en] [--dump]
  --bundle: a configuration bundle the config page opens (its editor is checked too)
"""
import os
import subprocess
import sys
import time

import pyatspi

from atspi_tools import find_app, showing, states, stop

NAMED_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_TOOL_BAR, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE,
    pyatspi.ROLE_LIST, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB_LIST,
}
LABELLED_ROLES = {
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_COMBO_BOX,
}
PAGES = ["welcome", "fleet", "tenants", "services", "transactions", "health", "config",
         "reports"]


def labelled(node):
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and \
                    relation.getNTargets() > 0:
                target = relation.getTarget(0)
                if target is not None and (target.name or "").strip():
                    return True
    except Exception:
        pass
    return False


def where(node):
    parts = []
    at = node
    for _ in range(6):
        try:
            at = at.parent
        except Exception:
            break
        if at is None or at.getRole() == pyatspi.ROLE_APPLICATION:
            break
        label = (at.name or "").strip()
        parts.append("%s%s" % (at.getRoleName(), " '%s'" % label if label else ""))
    return " < ".join(parts)


def walk(node, visit, depth=0):
    if node is None or depth > 40:
        return
    # While a page loads, objects come and go: one that vanished mid-walk is skipped (the
    # walk is repeated until the page has settled).
    try:
        visit(node, depth)
        count = node.childCount
        role = node.getRole()
    except Exception:
        return
    # Rows and cells of big views: the view itself is what is checked.
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE,
                pyatspi.ROLE_LIST) and count > 50:
        return
    for i in range(min(count, 400)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, visit, depth + 1)


def type_into_fields(app):
    fields = []

    def visit(node, depth):
        if showing(node) and node.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY):
            s = states(node)
            if s.contains(pyatspi.STATE_EDITABLE) and s.contains(pyatspi.STATE_SINGLE_LINE):
                fields.append(node)

    for w in range(app.childCount):
        walk(app.getChildAtIndex(w), visit)
    typed = 0
    for field in fields:
        try:
            text = field.queryText()
            if text.characterCount == 0:
                field.queryEditableText().setTextContents("ha noi")
                typed += 1
        except Exception:
            continue
    return typed


def shown_controls(app):
    shown = []

    def visit(node, depth):
        if showing(node) and node.getRole() in NAMED_ROLES | LABELLED_ROLES:
            shown.append((node.getRoleName(), (node.name or "").strip()))

    for w in range(app.childCount):
        walk(app.getChildAtIndex(w), visit)
    return shown


def settle(app, timeout):
    deadline = time.time() + timeout
    last, same = None, 0
    while time.time() < deadline and same < 2:
        time.sleep(1)
        now = shown_controls(app)
        same = same + 1 if now == last else 0
        last = now


def check(console, page, lang, dump, bundle):
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1"})
    command = [console, "--demo", "--view", page, "--lang", lang]
    if page == "config" and bundle:
        command.append(bundle)
    process = subprocess.Popen(command, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    problems = []
    try:
        app = find_app(process.pid, 120)  # a loaded machine starts slowly
        if app is None:
            return None  # the caller starts it once more before calling it a problem
        # The demo sandbox connects and the page loads its data: wait until what is shown
        # stops changing (the same controls on three looks a second apart).
        settle(app, 60)
        seen = [0]

        def visit(node, depth):
            if not showing(node):
                return
            role = node.getRole()
            name = (node.name or "").strip()
            if dump:
                print("%s%s '%s'%s" % ("  " * depth, node.getRoleName(), name,
                                       " [labelled]" if labelled(node) else ""))
            if role in NAMED_ROLES:
                seen[0] += 1
                if not name:
                    problems.append("%s/%s: %s without a name (in %s)" %
                                    (lang, page, node.getRoleName(), where(node)))
            elif role in LABELLED_ROLES:
                seen[0] += 1
                if role == pyatspi.ROLE_COMBO_BOX:
                    if not labelled(node):
                        problems.append("%s/%s: combo box '%s' with no label (in %s)" %
                                        (lang, page, name, where(node)))
                elif not name and not labelled(node):
                    problems.append("%s/%s: %s without a name or label (in %s)" %
                                    (lang, page, node.getRoleName(), where(node)))

        for w in range(app.childCount):
            walk(app.getChildAtIndex(w), visit)
        # Controls that appear while typing (a search field's clear button): type into every
        # empty editable field, then look again.
        typed = type_into_fields(app)
        if typed:
            settle(app, 20)
            for w in range(app.childCount):
                walk(app.getChildAtIndex(w), visit)
            problems[:] = list(dict.fromkeys(problems))  # each problem once
        print("%s/%s: %d controls checked, %d problems" % (lang, page, seen[0], len(problems)),
              flush=True)
        if seen[0] < 5:
            problems.append("%s/%s: only %d controls found: the tree was not read" %
                            (lang, page, seen[0]))
    finally:
        stop(process)
    return problems


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    console = args[0]
    pages = PAGES
    langs = ["vi", "en"]
    if "--pages" in args:
        pages = args[args.index("--pages") + 1].split(",")
    if "--langs" in args:
        langs = args[args.index("--langs") + 1].split(",")
    dump = "--dump" in args
    bundle = args[args.index("--bundle") + 1] if "--bundle" in args else None
    # Start the accessibility bus and its registry before the first console: a console that
    # asks for the bus while D-Bus is still activating it can miss it for its whole life
    # (seen once on a fresh-clone CI run, the first window only).
    pyatspi.Registry.getDesktop(0).childCount
    problems = []
    for lang in langs:
        for page in pages:
            found = check(console, page, lang, dump, bundle)
            if found is None:
                print("%s/%s: the window did not appear on the accessibility bus; once more" %
                      (lang, page), flush=True)
                found = check(console, page, lang, dump, bundle)
            if found is None:
                found = ["%s/%s: the window did not appear on the accessibility bus" %
                         (lang, page)]
            problems += found
    for p in problems:
        print("PROBLEM " + p)
    print("%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
