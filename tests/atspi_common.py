# Shared by the AT-SPI tests: start the built app on a temporary library and
# find its widgets through the accessibility tree, as a screen reader does.
# The tests run inside `dbus-run-session` under Xvfb (see tests/meson.build).
import contextlib
import os
import subprocess
import sys
import tempfile
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402,F401


def walk(node, depth=0, max_depth=60):
    if node is None or depth > max_depth:
        return
    yield node
    try:
        count = node.get_child_count()
    except Exception:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, max_depth)


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def wait_for(proc, predicate, what, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f'the app exited with status {proc.returncode} while waiting for {what}')
        found = predicate()
        if found is not None:
            return found
        time.sleep(0.25)
    raise SystemExit(f'timed out waiting for {what}')


def require_file(path):
    """Skips (exit 77) when a file of ../shared is absent, or fails when
    DOSSIER_REQUIRE_SHARED=1."""
    if os.path.exists(path):
        return
    if os.environ.get('DOSSIER_REQUIRE_SHARED') == '1':
        raise SystemExit(f'{path} is missing but DOSSIER_REQUIRE_SHARED=1')
    print(f'skipping: {path} is absent', file=sys.stderr)
    sys.exit(77)


@contextlib.contextmanager
def running_app(app_path, *files):
    """The app on a fresh library in a temporary home, with accessibility on."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update({
            'HOME': home,
            'XDG_DATA_HOME': os.path.join(home, 'data'),
            'XDG_CONFIG_HOME': os.path.join(home, 'config'),
            'XDG_CACHE_HOME': os.path.join(home, 'cache'),
            'GSETTINGS_BACKEND': 'memory',
            'LANGUAGE': 'en', 'LC_ALL': 'C.UTF-8',
        })
        for name in ('GTK_A11Y', 'NO_AT_BRIDGE', 'G_DEBUG'):
            env.pop(name, None)
        proc = subprocess.Popen([app_path, '--library', os.path.join(home, 'library'), *files], env=env)
        try:
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
