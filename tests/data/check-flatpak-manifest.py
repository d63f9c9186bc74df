#!/usr/bin/env python3
# Checks the Flatpak manifest: valid JSON, the application id and command
# the build installs, a GNOME runtime, and no wide sandbox holes (files go
# through the portal, nothing needs the network).
import json
import sys

manifest_path, app_id = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding='utf-8') as f:
    manifest = json.load(f)

failures = []
if manifest.get('id', manifest.get('app-id')) != app_id:
    failures.append(f'id is {manifest.get("id")!r}, expected {app_id!r}')
if manifest.get('command') != 'dossier':
    failures.append('command must be "dossier"')
if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
    failures.append('runtime and sdk must be org.gnome.Platform / org.gnome.Sdk')
forbidden = ('--filesystem=host', '--filesystem=home', '--share=network',
             '--socket=session-bus', '--socket=system-bus', '--device=all')
for arg in manifest.get('finish-args', []):
    if arg in forbidden:
        failures.append(f'finish-arg {arg} opens the sandbox too wide: use portals')
modules = manifest.get('modules', [])
if not modules or modules[-1].get('name') != 'dossier' or modules[-1].get('buildsystem') != 'meson':
    failures.append('the last module must build dossier with meson')

for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
