#!/usr/bin/env python3
# gen-city-pack.py — write data/entities/cities.json: the cities that name
# the world's time zones (about 400 capitals and major cities), with their
# names in English, French, Chinese and Arabic from ICU's CLDR data.
#
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs a C++ compiler and libicu-dev; the output is committed, so building
# Dossier never needs them.
# Usage: build-aux/gen-city-pack.py > data/entities/cities.json
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Zones named after something other than a city, or after places too small
# to be worth the false positives (Indiana townships, Antarctic bases).
SKIP_PREFIXES = ("Antarctica/", "Arctic/", "Etc/", "America/Indiana/", "America/Kentucky/",
                 "America/North_Dakota/")
# Exemplar names that are mostly something else in running text.
SKIP_NAMES = {"Christmas", "Easter", "Midway", "Wake", "Center", "Darwin", "Jersey", "Guernsey",
              "Regina", "Nome", "Knox", "Beulah", "Marengo", "Hope", "Eucla", "Troll",
              "Lindeman", "Faroe", "Chatham", "Norfolk", "Currie", "Creston", "Dawson",
              "Thule", "Danmarkshavn", "Scoresbysund", "Resolute", "Rankin Inlet", "Cambridge Bay"}


def slug(name):
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def taken_by_other_packs():
    """Ids and (lang, alias) pairs of the other packs: a city never takes
    them (Tunis and Tunisia are both 突尼斯 in Chinese)."""
    ids, aliases = set(), set()
    folder = os.path.join(HERE, "..", "data", "entities")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json") or name == "cities.json":
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for e in json.load(f)["entities"]:
                ids.add(e["id"])
                for lang, names in e.get("aliases", {}).items():
                    for a in names:
                        aliases.add((lang, unicodedata.normalize("NFC", a).casefold()))
    return ids, aliases


def main():
    taken_ids, taken_aliases = taken_by_other_packs()
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "cities")
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"],
                               check=True, capture_output=True, text=True).stdout.split()
        subprocess.run(["c++", "-O1", "-o", exe, os.path.join(HERE, "icu-exemplar-cities.cc")] + flags,
                       check=True)
        lines = subprocess.run([exe], check=True, capture_output=True, text=True).stdout.splitlines()

    entities = {}
    for line in lines:
        zone, en, fr, zh, ar = (line.split("\t") + [""] * 5)[:5]
        if zone.startswith(SKIP_PREFIXES) or not en or en in SKIP_NAMES or len(en) < 4:
            continue
        ident = slug(en)
        if not ident or ident in entities or ident in taken_ids:
            continue
        aliases = {}
        for lang, name in (("en", en), ("fr", fr or en), ("zh", zh or en), ("ar", ar)):
            if name:
                aliases[lang] = [name]
        if any((lang, unicodedata.normalize("NFC", a).casefold()) in taken_aliases
               for lang, names in aliases.items() for a in names):
            continue
        entities[ident] = {"id": ident, "kind": "place", "name": en, "roles": ["city"],
                           "aliases": aliases}

    pack = {"pack": "cities", "version": 1,
            "entities": [entities[k] for k in sorted(entities)]}
    json.dump(pack, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
