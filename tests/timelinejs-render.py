#!/usr/bin/env python3
# The TimelineJS export rendered by TimelineJS 3 in headless Chromium: every
# event has its slide and its marker, every era its band, headlines read as
# written, and the page logs no error. The page and the library are loaded
# from file:// only; nothing is installed here (see
# build-aux/install-test-deps.sh).
#
# usage: timelinejs-render.py DOSSIER-CLI ARTICLE
# Exit 77 (skipped) when Chromium or TimelineJS is missing, unless
# DOSSIER_REQUIRE_TOOLS=1.
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def skip_or_fail(reason):
    if os.environ.get('DOSSIER_REQUIRE_TOOLS') == '1':
        print(f'FAIL: {reason} (DOSSIER_REQUIRE_TOOLS=1)', file=sys.stderr)
        sys.exit(1)
    print(f'SKIP: {reason}', file=sys.stderr)
    sys.exit(77)


chromium = shutil.which('chromium') or shutil.which('chromium-browser')
if chromium is None:
    skip_or_fail('chromium is not installed (apt-get install chromium)')
deps = os.environ.get('DOSSIER_TEST_DEPS_DIR', '/var/cache/dossier-test-deps')
dist = os.path.join(deps, 'node_modules', '@knight-lab', 'timelinejs', 'dist')
if not os.path.exists(os.path.join(dist, 'js', 'timeline.js')):
    skip_or_fail(f'TimelineJS is not in {deps} (run build-aux/install-test-deps.sh)')

cli, article = sys.argv[1], sys.argv[2]

PAGE = '''<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="{css}">
<script>
window.__errors = [];
window.addEventListener('error', function (e) {{ window.__errors.push('error: ' + e.message); }});
window.addEventListener('unhandledrejection', function (e) {{ window.__errors.push('rejection: ' + e.reason); }});
var consoleError = console.error;
console.error = function () {{
  window.__errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
  consoleError.apply(console, arguments);
}};
</script>
<script src="{js}"></script>
</head><body>
<div id="timeline-embed" style="width: 1200px; height: 700px"></div>
<pre id="result"></pre>
<script>
var data = {data};
var loaded = false;
try {{
  var timeline = new TL.Timeline('timeline-embed', data, {{ language: 'en', hash_bookmark: false }});
  timeline.on('loaded', function () {{ loaded = true; }});
}} catch (e) {{
  window.__errors.push('exception: ' + e);
}}
setTimeout(function () {{
  var slides = {{}};
  data.events.forEach(function (event) {{
    var slide = document.getElementById(event.unique_id);
    var headline = slide ? slide.querySelector('.tl-headline') : null;
    slides[event.unique_id] = {{
      slide: slide !== null,
      marker: document.getElementById(event.unique_id + '-marker') !== null,
      headline: headline ? headline.textContent : null
    }};
  }});
  document.getElementById('result').textContent = 'RESULT:' + JSON.stringify({{
    loaded: loaded,
    slides: slides,
    markers: document.querySelectorAll('.tl-timemarker').length,
    eras: document.querySelectorAll('.tl-timeera').length,
    errors: window.__errors
  }}) + ':END';
}}, 3000);
</script>
</body></html>
'''

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run_cli(library, *args, lang='C.UTF-8'):
    env = dict(os.environ, LC_ALL=lang, LANG=lang, LANGUAGE='')
    result = subprocess.run([cli, '--library', library] + list(args), env=env, capture_output=True)
    if result.returncode != 0:
        print(result.stderr.decode(errors='replace'), file=sys.stderr)
        sys.exit(f'dossier-cli {" ".join(args)} failed with status {result.returncode}')
    return result.stdout


def normalize(text):
    return ' '.join((text or '').split())


with tempfile.TemporaryDirectory() as tmp:
    library = os.path.join(tmp, 'library')
    run_cli(library, 'import', article)

    for lang in ('C.UTF-8', 'zh_CN.UTF-8', 'fr_FR.UTF-8'):
        data = json.loads(run_cli(library, 'timeline', '--format', 'timelinejs', '--candidates', lang=lang))
        page = os.path.join(tmp, 'timeline.html')
        # "</" would end the inline script early.
        inline = json.dumps(data, ensure_ascii=False).replace('</', '<\\/')
        with open(page, 'w', encoding='utf-8') as f:
            f.write(PAGE.format(css='file://' + os.path.join(dist, 'css', 'timeline.css'),
                                js='file://' + os.path.join(dist, 'js', 'timeline.js'),
                                data=inline))

        result = subprocess.run(
            [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
             '--no-first-run', '--disable-background-networking', '--disable-component-update',
             '--disable-sync', '--user-data-dir=' + os.path.join(tmp, 'profile'),
             '--enable-logging=stderr', '--v=0', '--virtual-time-budget=10000',
             '--dump-dom', 'file://' + page],
            capture_output=True, timeout=150)
        dom = result.stdout.decode('utf-8', errors='replace')
        match = re.search(r'RESULT:(.*?):END', dom, re.S)
        if result.returncode != 0 or match is None:
            print(result.stderr.decode(errors='replace')[-3000:], file=sys.stderr)
            failures.append(f'{lang}: Chromium did not render the page (status {result.returncode})')
            continue
        report = json.loads(html.unescape(match.group(1)))

        check(report['loaded'], f'{lang}: TimelineJS never reported "loaded"')
        check(report['errors'] == [], f'{lang}: errors in the page: {report["errors"]}')
        console = [l for l in result.stderr.decode(errors='replace').splitlines()
                   if 'CONSOLE' in l and ('Uncaught' in l or 'rror' in l)]
        check(console == [], f'{lang}: console errors: {console}')
        check(report['markers'] == len(data['events']),
              f'{lang}: {report["markers"]} markers for {len(data["events"])} events')
        check(report['eras'] == len(data['eras']),
              f'{lang}: {report["eras"]} era bands for {len(data["eras"])} eras')
        for event in data['events']:
            uid = event['unique_id']
            seen = report['slides'].get(uid, {})
            check(seen.get('slide'), f'{lang}: no slide for {uid}')
            check(seen.get('marker'), f'{lang}: no marker for {uid}')
            check(normalize(seen.get('headline')) == normalize(html.unescape(event['text']['headline'])),
                  f'{lang}: {uid} shows headline {seen.get("headline")!r}')
        print(f'{lang}: {len(data["events"])} events, {len(data["eras"])} eras rendered', file=sys.stderr)

for failure in failures:
    print('FAIL:', failure, file=sys.stderr)
sys.exit(1 if failures else 0)
