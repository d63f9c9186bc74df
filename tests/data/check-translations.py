#!/usr/bin/env python3
# Every language in po/LINGUAS must have a .po file that passes
# `msgfmt --check`, is up to date with the sources (every message of a
# fresh template present) and has no untranslated or fuzzy message.
import os
import subprocess
import sys
import tempfile

top = sys.argv[1]
po_dir = os.path.join(top, 'po')
with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
    languages = [l.strip() for l in f if l.strip() and not l.startswith('#')]

failures = []
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'dossier.pot')
    with open(os.path.join(po_dir, 'POTFILES.in'), encoding='utf-8') as f:
        sources = [l.strip() for l in f if l.strip() and not l.startswith('#')]
    # The same keywords as meson's "glib" gettext preset.
    subprocess.run(['xgettext', '--from-code=UTF-8', '--add-comments=Translators',
                    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
                    '--keyword=g_dpgettext2:2c,3', '--keyword=ngettext:1,2',
                    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format',
                    '--flag=NC_:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
                    '--flag=g_string_printf:2:c-format', '--flag=g_set_error:4:c-format',
                    '--no-location', '-o', pot, '--directory', top] + sources,
                   check=True, capture_output=True)
    for lang in languages:
        po = os.path.join(po_dir, lang + '.po')
        if not os.path.exists(po):
            failures.append(f'po/{lang}.po is missing')
            continue
        check = subprocess.run(['msgfmt', '--check', '-o', os.devnull, po],
                               capture_output=True, text=True)
        if check.returncode != 0:
            failures.append(f'po/{lang}.po fails msgfmt --check:\n{check.stderr}')
        merged = os.path.join(tmp, lang + '.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                       check=True, capture_output=True)
        stats = subprocess.run(['msgfmt', '--statistics', '-o', os.devnull, merged],
                               capture_output=True, text=True).stderr.strip()
        if 'untranslated' in stats or 'fuzzy' in stats:
            untranslated = subprocess.run(['msgattrib', '--untranslated', '--no-wrap', merged],
                                          capture_output=True, text=True).stdout
            ids = [l for l in untranslated.splitlines() if l.startswith('msgid ') and l != 'msgid ""']
            failures.append(f'po/{lang}.po is incomplete ({stats}); for example: ' +
                            '; '.join(ids[:5]))

for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
