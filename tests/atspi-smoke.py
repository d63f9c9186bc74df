#!/usr/bin/python3
# AT-SPI smoke test: start the built app, find its main window and menu
# button through the accessibility tree, open the menu, activate "About
# Dossier" and check that the About window appears.
#
# Run inside `dbus-run-session` under Xvfb (see tests/meson.build).
import os
import subprocess
import sys
import tempfile
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402


def walk(node, depth=0, max_depth=40):
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


def role_name(node):
    try:
        return node.get_role_name()
    except Exception:
        return ''


def name_of(node):
    try:
        return node.get_name() or ''
    except Exception:
        return ''


APP = None


def wait_for(predicate, what, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if APP is not None and APP.poll() is not None:
            raise SystemExit(f'the app exited with status {APP.returncode} while waiting for {what}')
        found = predicate()
        if found is not None:
            return found
        time.sleep(0.25)
    raise SystemExit(f'timed out waiting for {what}')


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


def find(app, roles, name):
    for node in walk(app):
        if role_name(node) in roles and name_of(node) == name:
            return node
    return None


def n_actions(node):
    try:
        return Atspi.Action.get_n_actions(node)
    except Exception:
        return 0


def activate(node):
    # GtkMenuButton exposes its inner toggle button as the actionable child.
    for candidate in walk(node, max_depth=3):
        if n_actions(candidate) > 0:
            Atspi.Action.do_action(candidate, 0)
            return
    raise SystemExit(f'{role_name(node)} "{name_of(node)}" has no action')


def main():
    app_path = sys.argv[1]
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
        env.pop('GTK_A11Y', None)
        env.pop('NO_AT_BRIDGE', None)
        env.pop('G_DEBUG', None)
        global APP
        proc = APP = subprocess.Popen([app_path, '--library', os.path.join(home, 'library')], env=env)
        try:
            app = wait_for(lambda: find_app(proc.pid), 'the application on the accessibility bus')
            window = wait_for(lambda: find(app, ('frame', 'window'), 'Dossier'), 'the main window')
            menu = wait_for(lambda: find(window, ('toggle button', 'push button', 'button'), 'Main Menu'),
                            'the main menu button')
            activate(menu)
            about_item = wait_for(lambda: find(app, ('menu item', 'push button', 'button', 'label'),
                                               'About Dossier'),
                                  'the "About Dossier" menu item')
            activate(about_item)
            wait_for(lambda: next((n for n in walk(app, max_depth=3)
                                   if role_name(n) in ('frame', 'window', 'dialog')
                                   and name_of(n).startswith('About')), None),
                     'the About window')
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    print('About window shown through AT-SPI')


if __name__ == '__main__':
    main()
