#!/usr/bin/python3
# AT-SPI smoke test: start the built app, find its main window and menu
# button through the accessibility tree, open the menu, activate "About
# Dossier" and check that the About window appears.
#
# Run inside `dbus-run-session` under Xvfb (see tests/meson.build).
import sys

from atspi_common import Atspi, find_app, running_app, wait_for, walk


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
    with running_app(sys.argv[1]) as proc:
        app = wait_for(proc, lambda: find_app(proc.pid), 'the application on the accessibility bus')
        window = wait_for(proc, lambda: find(app, ('frame', 'window'), 'Dossier'), 'the main window')
        menu = wait_for(proc, lambda: find(window, ('toggle button', 'push button', 'button'), 'Main Menu'),
                        'the main menu button')
        activate(menu)
        about_item = wait_for(proc, lambda: find(app, ('menu item', 'push button', 'button', 'label'),
                                                 'About Dossier'),
                              'the "About Dossier" menu item')
        activate(about_item)
        wait_for(proc, lambda: next((n for n in walk(app, max_depth=3)
                                     if role_name(n) in ('frame', 'window', 'dialog')
                                     and name_of(n).startswith('About')), None),
                 'the About window')
    print('About window shown through AT-SPI')


if __name__ == '__main__':
    main()
