#!/usr/bin/env python3
# Fails when a source or data file holds translatable strings but is not
# listed in po/POTFILES.in, when a listed file is gone, or when the list is
# not sorted.
import os
import re
import subprocess
import sys

top = sys.argv[1]
with open(os.path.join(top, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    listed = [l.strip() for l in f if l.strip() and not l.startswith('#')]

failures = []
if listed != sorted(listed):
    failures.append('po/POTFILES.in is not sorted')
for path in listed:
    if not os.path.exists(os.path.join(top, path)):
        failures.append(f'{path} is listed in po/POTFILES.in but does not exist')

files = subprocess.run(['git', 'ls-files', '--cached', '--others', '--exclude-standard',
                        'src', 'data'], cwd=top, capture_output=True, text=True).stdout.split()
c_marker = re.compile(r'\b(_|N_|C_|NC_|ngettext|g_dngettext)\s*\(\s*"')
ui_marker = re.compile(r'translatable="(yes|true)"')
for path in files:
    full = os.path.join(top, path)
    if not os.path.isfile(full):
        continue
    if path.endswith('.c'):
        pattern = c_marker
    elif path.endswith('.ui'):
        pattern = ui_marker
    else:
        continue
    with open(full, encoding='utf-8', errors='replace') as f:
        if pattern.search(f.read()) and path not in listed:
            failures.append(f'{path} has translatable strings but is missing from po/POTFILES.in')

for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
