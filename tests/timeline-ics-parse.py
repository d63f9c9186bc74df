#!/usr/bin/env python3
# The iCalendar export read by a real calendar parser (python3-icalendar):
# every event, its dates, era and uncertainty survive, UIDs are stable
# across exports, and CJK titles survive line folding.
#
# usage: timeline-ics-parse.py DOSSIER-CLI ARTICLE
# Exit 77 (skipped) when icalendar is missing, unless DOSSIER_REQUIRE_TOOLS=1.
import datetime
import json
import os
import subprocess
import sys
import tempfile


def skip_or_fail(reason):
    if os.environ.get('DOSSIER_REQUIRE_TOOLS') == '1':
        print(f'FAIL: {reason} (DOSSIER_REQUIRE_TOOLS=1)', file=sys.stderr)
        sys.exit(1)
    print(f'SKIP: {reason}', file=sys.stderr)
    sys.exit(77)


try:
    import icalendar
except ImportError:
    skip_or_fail('python3-icalendar is not installed (apt-get install python3-icalendar)')

cli, article = sys.argv[1], sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(library, *args, lang='C.UTF-8'):
    env = dict(os.environ, LC_ALL=lang, LANG=lang, LANGUAGE='')
    result = subprocess.run([cli, '--library', library] + list(args), env=env,
                            capture_output=True, check=False)
    if result.returncode != 0:
        print(result.stderr.decode(errors='replace'), file=sys.stderr)
        sys.exit(f'dossier-cli {" ".join(args)} failed with status {result.returncode}')
    return result.stdout


def day(iso):
    return datetime.date.fromisoformat(iso)


with tempfile.TemporaryDirectory() as tmp:
    library = os.path.join(tmp, 'library')
    run(library, 'import', article)
    model = json.loads(run(library, 'timeline', '--format', 'json', '--candidates'))
    events = model['events']
    check(len(events) >= 16, f'expected the reference events and candidates, got {len(events)}')
    check(any(e['status'] == 'candidate' for e in events), 'no candidate event in the export')

    ics_path = os.path.join(tmp, 'timeline.ics')
    run(library, 'timeline', '--format', 'ics', '--candidates', '--output', ics_path)
    raw = open(ics_path, 'rb').read()
    second = run(library, 'timeline', '--format', 'ics', '--candidates')
    check(raw == second, 'two exports of the same library differ')

    # Folding as RFC 5545 wants it, checked on the bytes.
    lines = raw.split(b'\r\n')
    check(lines[-1] == b'', 'the file does not end with CRLF')
    check(b'\n' not in raw.replace(b'\r\n', b''), 'a bare LF outside CRLF')
    for number, line in enumerate(lines[:-1], 1):
        check(len(line) <= 75, f'line {number} has {len(line)} octets')
        try:
            line.decode('utf-8')
        except UnicodeDecodeError:
            failures.append(f'line {number} splits a UTF-8 character')

    calendar = icalendar.Calendar.from_ical(raw)
    vevents = {str(c['UID']): c for c in calendar.walk('VEVENT')}
    check(len(vevents) == len(events), f'{len(vevents)} VEVENTs for {len(events)} events')

    for event in events:
        uid = event['id'] + '@dossier'
        vevent = vevents.get(uid)
        if vevent is None:
            failures.append(f'{uid} is missing')
            continue
        start = vevent.decoded('DTSTART')
        check(isinstance(start, datetime.date) and not isinstance(start, datetime.datetime),
              f'{uid}: DTSTART is not a DATE')
        expected_start = day(event['earliest'] or event['latest'])
        check(start == expected_start, f'{uid}: DTSTART {start} instead of {expected_start}')
        if event['latest'] is not None:
            end = vevent.decoded('DTEND')
            check(end == day(event['latest']) + datetime.timedelta(days=1),
                  f'{uid}: DTEND {end} for latest day {event["latest"]}')
        check(str(vevent['SUMMARY']) == event['title'], f'{uid}: SUMMARY {vevent["SUMMARY"]!r}')
        check(str(vevent['X-DOSSIER-EDTF']) == event['date'], f'{uid}: X-DOSSIER-EDTF')
        check(str(vevent['X-DOSSIER-ERA']) == (event['era'] or 'none'), f'{uid}: X-DOSSIER-ERA')
        check(str(vevent['X-DOSSIER-UNCERTAIN']) == ('TRUE' if event['uncertain'] else 'FALSE'),
              f'{uid}: X-DOSSIER-UNCERTAIN')
        check(str(vevent['X-DOSSIER-APPROXIMATE']) == ('TRUE' if event['approximate'] else 'FALSE'),
              f'{uid}: X-DOSSIER-APPROXIMATE')
        check(str(vevent['X-DOSSIER-STATUS']) == event['status'], f'{uid}: X-DOSSIER-STATUS')
        description = str(vevent.get('DESCRIPTION', ''))
        for evidence in event['evidence']:
            check(evidence['quote'] in description, f'{uid}: evidence quote missing from DESCRIPTION')

    # Chinese titles: long CJK lines folded and read back whole.
    zh_raw = run(library, 'timeline', '--format', 'ics', lang='zh_CN.UTF-8')
    zh = {str(c['UID']): str(c['SUMMARY']) for c in icalendar.Calendar.from_ical(zh_raw).walk('VEVENT')}
    shipped = [e for e in events if 'titles' in e]
    check(len(shipped) == 15, f'{len(shipped)} shipped events with translations')
    for event in shipped:
        check(zh.get(event['id'] + '@dossier') == event['titles']['zh'],
              f'{event["id"]}: Chinese SUMMARY {zh.get(event["id"] + "@dossier")!r}')
    check(any(len(line) > 60 and line.startswith(b' ') for line in zh_raw.split(b'\r\n')),
          'no folded continuation line in the Chinese export')

for failure in failures:
    print('FAIL:', failure, file=sys.stderr)
print(f'{len(events)} events checked, {len(failures)} failures', file=sys.stderr)
sys.exit(1 if failures else 0)
