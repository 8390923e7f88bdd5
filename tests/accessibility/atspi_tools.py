"""What the accessibility scripts share: reading states over AT-SPI, waiting, and finding
the console's application on the bus by its process id."""
import subprocess
import time

import pyatspi


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def showing(node):
    s = states(node)
    return s is not None and s.contains(pyatspi.STATE_SHOWING) and s.contains(
        pyatspi.STATE_VISIBLE)


def wait_for(what, timeout, step=0.3):
    """Calls what() until it returns something true or timeout seconds pass."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = what()
        if value:
            return value
        time.sleep(step)
    return None


def find_app(pid, timeout):
    """The application of process pid once one of its windows is showing, or None."""
    def look():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is None or app.get_process_id() != pid:
                    continue
                for w in range(app.childCount):
                    window = app.getChildAtIndex(w)
                    if window is not None and showing(window):
                        return app
            except Exception:
                continue
        return None
    return wait_for(look, timeout)


def stop(process):
    """Ends the console started for a check: terminate, then kill after ten seconds."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
