#!/usr/bin/python3
# AT-SPI text attributes: start the built app on a temporary library with a
# seed article, find the article text and walk every attribute run of it
# (Atspi.Text.get_text_attributes), as a screen reader does. On GTK 4.8 a
# highlight tag with a foreground colour makes the app crash here.
#
# Run inside `dbus-run-session` under Xvfb (see tests/meson.build).
# Usage: atspi-text-attributes.py APP SEED_FILE   (exit 77 = skipped)
import os
import subprocess
import sys
import tempfile
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402


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


def find_text(app):
    for node in walk(app):
        try:
            if node.get_name() == 'Article text' and Atspi.Text.get_character_count(node) > 0:
                return node
        except Exception:
            continue
    return None


def wait_for(proc, predicate, what, timeout=40.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f'the application died (status {proc.returncode}) while waiting for {what}')
        found = predicate()
        if found is not None:
            return found
        time.sleep(0.25)
    raise SystemExit(f'timed out waiting for {what}')


def main():
    app_path, seed = sys.argv[1], sys.argv[2]
    if not os.path.exists(seed):
        print(f'skipping: {seed} is absent', file=sys.stderr)
        sys.exit(77)
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
        proc = subprocess.Popen([app_path, '--library', os.path.join(home, 'library'), seed], env=env)
        try:
            app = wait_for(proc, lambda: find_app(proc.pid), 'the application on the accessibility bus')
            text = wait_for(proc, lambda: find_text(app), 'the article text')
            count = Atspi.Text.get_character_count(text)
            offset, runs, highlighted = 0, 0, 0
            while offset < count:
                attrs, start, end = Atspi.Text.get_text_attributes(text, offset)
                runs += 1
                if attrs and ('bg-color' in attrs or 'underline' in attrs):
                    highlighted += 1
                if proc.poll() is not None:
                    raise SystemExit(f'the application died at offset {offset}')
                offset = max(end, offset + 1)
            if proc.poll() is not None:
                raise SystemExit('the application died after reading the attributes')
            if highlighted == 0:
                raise SystemExit(f'no highlighted run among {runs} attribute runs')
            print(f'{runs} attribute runs over {count} characters, {highlighted} highlighted', file=sys.stderr)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == '__main__':
    main()
