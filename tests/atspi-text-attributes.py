#!/usr/bin/python3
# AT-SPI text attributes: start the built app on a temporary library with a
# seed article, find the article text and walk every attribute run of it
# (Atspi.Text.get_text_attributes), as a screen reader does. On GTK 4.8 a
# highlight tag with a foreground colour makes the app crash here.
#
# Run inside `dbus-run-session` under Xvfb (see tests/meson.build).
# Usage: atspi-text-attributes.py APP SEED_FILE   (exit 77 = skipped)
import sys

from atspi_common import Atspi, find_app, require_file, running_app, wait_for, walk


def find_text(app):
    for node in walk(app):
        try:
            if node.get_name() == 'Article text' and Atspi.Text.get_character_count(node) > 0:
                return node
        except Exception:
            continue
    return None


def main():
    app_path, seed = sys.argv[1], sys.argv[2]
    require_file(seed)
    with running_app(app_path, seed) as proc:
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


if __name__ == '__main__':
    main()
