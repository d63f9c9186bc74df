#!/usr/bin/env python3
# Checks the format of entity packs (data/entities/*.json).
#
# Usage: check-entity-pack.py [--stats] [PACK.json ...]
#
# Without file arguments every pack in data/entities next to this script
# is checked. Packs are also checked against each other: an id or an
# alias (in the same language) may belong to one entity only across all
# the packs given. Exits 0 when every pack is valid, 1 otherwise; each
# problem is printed on stderr as "FILE: entity ID: message".

import argparse
import glob
import json
import os
import re
import sys
import unicodedata

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")
WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")
KINDS = ("person", "organization", "place")
REQUIRED_LANGS = ("en", "fr", "zh")
# Look-alikes of the middle dot that separates Chinese transliterated names;
# the packs use U+00B7 only, so that one alias matches every spelling after
# the matcher's normalization.
BAD_ZH_DOTS = "\u2022\u2027\u30fb\uff65\u2219\u22c5\u0387"
TOP_KEYS = {"pack", "version", "entities"}
ENTITY_KEYS = {"id", "kind", "name", "wikidata", "roles", "aliases"}


def alias_key(alias):
    """Two aliases that differ only by case or Unicode form collide."""
    return unicodedata.normalize("NFC", alias).casefold()


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.ids = {}            # id -> file
        self.aliases = {}        # (lang, key) -> (file, id, alias)
        self.stats = {}          # file -> dict

    def error(self, path, where, message):
        self.errors.append(f"{path}: {where}: {message}")

    def check_string_list(self, path, where, what, value, allow_empty):
        if not isinstance(value, list):
            self.error(path, where, f"{what} must be a JSON array")
            return []
        if not value and not allow_empty:
            self.error(path, where, f"{what} must not be empty")
        good = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                self.error(path, where, f"{what} holds a non-string or empty item: {item!r}")
                continue
            if item != item.strip() or "  " in item:
                self.error(path, where, f"{what} item has stray spaces: {item!r}")
            if unicodedata.normalize("NFC", item) != item:
                self.error(path, where, f"{what} item is not in Unicode NFC: {item!r}")
            good.append(item)
        return good

    def check_entity(self, path, index, entity, stats):
        where = f"entity #{index}"
        if not isinstance(entity, dict):
            self.error(path, where, "must be a JSON object")
            return
        eid = entity.get("id")
        if not isinstance(eid, str) or not ID_RE.match(eid):
            self.error(path, where, f"id {eid!r} is not lowercase ASCII words joined by '-'")
        else:
            where = f"entity {eid}"
            if eid in self.ids:
                self.error(path, where, f"id already used in {self.ids[eid]}")
            else:
                self.ids[eid] = path

        for key in entity:
            if key not in ENTITY_KEYS:
                self.error(path, where, f"unknown member {key!r}")

        kind = entity.get("kind")
        if kind not in KINDS:
            self.error(path, where, f"kind {kind!r} is not one of {', '.join(KINDS)}")
        else:
            stats["kinds"][kind] = stats["kinds"].get(kind, 0) + 1

        name = entity.get("name")
        if not isinstance(name, str) or not name.strip():
            self.error(path, where, "name must be a non-empty string")
            name = None

        if "wikidata" in entity:
            wd = entity["wikidata"]
            if not isinstance(wd, str) or not WIKIDATA_RE.match(wd):
                self.error(path, where, f"wikidata {wd!r} is not a Q-number")

        if "roles" in entity:
            self.check_string_list(path, where, "roles", entity["roles"],
                                   allow_empty=(kind != "person"))
        elif kind == "person":
            self.error(path, where, "a person needs at least one role")

        aliases = entity.get("aliases")
        if not isinstance(aliases, dict):
            self.error(path, where, "aliases must be a JSON object keyed by language")
            return
        for lang in REQUIRED_LANGS:
            if lang not in aliases:
                self.error(path, where, f"no {lang!r} aliases")
        for lang, values in aliases.items():
            if not LANG_RE.match(lang):
                self.error(path, where, f"alias language {lang!r} is not a language code")
                continue
            items = self.check_string_list(path, where, f"aliases.{lang}", values,
                                           allow_empty=False)
            seen = set()
            for alias in items:
                # Case variants of one alias are fine ("Nvidia", "NVIDIA"):
                # only exact repeats are mistakes.
                if alias in seen:
                    self.error(path, where, f"alias {alias!r} ({lang}) listed twice")
                    continue
                seen.add(alias)
                key = alias_key(alias)
                if lang == "zh" and any(c in BAD_ZH_DOTS for c in alias):
                    self.error(path, where,
                               f"alias {alias!r} uses a look-alike of the middle dot; use U+00B7")
                other = self.aliases.get((lang, key))
                if other and other[1] != eid:
                    self.error(path, where,
                               f"alias {alias!r} ({lang}) is also an alias of "
                               f"{other[1]} in {other[0]}")
                else:
                    self.aliases[(lang, key)] = (path, eid, alias)
            stats["langs"][lang] = stats["langs"].get(lang, 0) + 1
            stats["aliases"][lang] = stats["aliases"].get(lang, 0) + len(items)
        if name is not None and "en" in aliases and isinstance(aliases["en"], list):
            if alias_key(name) not in {alias_key(a) for a in aliases["en"] if isinstance(a, str)}:
                # Allowed (a name can be too ambiguous to match), so only noted.
                self.warnings.append(f"{path}: {where}: name {name!r} is not an en alias")

    def check_file(self, path):
        stats = {"entities": 0, "kinds": {}, "langs": {}, "aliases": {}}
        self.stats[path] = stats
        try:
            with open(path, encoding="utf-8") as f:
                pack = json.load(f)
        except (OSError, UnicodeDecodeError) as e:
            self.error(path, "file", f"cannot read: {e}")
            return
        except json.JSONDecodeError as e:
            self.error(path, "file", f"not valid JSON: {e}")
            return
        if not isinstance(pack, dict):
            self.error(path, "file", "top level must be a JSON object")
            return
        for key in pack:
            if key not in TOP_KEYS:
                self.error(path, "file", f"unknown top-level member {key!r}")
        name = pack.get("pack")
        if not isinstance(name, str) or not ID_RE.match(name):
            self.error(path, "file", f"pack name {name!r} is not lowercase words joined by '-'")
        elif os.path.splitext(os.path.basename(path))[0] != name:
            self.error(path, "file", f"pack name {name!r} does not match the file name")
        version = pack.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.error(path, "file", f"version {version!r} is not a positive integer")
        entities = pack.get("entities")
        if not isinstance(entities, list) or not entities:
            self.error(path, "file", "entities must be a non-empty JSON array")
            return
        stats["entities"] = len(entities)
        for index, entity in enumerate(entities):
            self.check_entity(path, index, entity, stats)


def main():
    parser = argparse.ArgumentParser(description="Check Dossier entity packs.")
    parser.add_argument("--stats", action="store_true",
                        help="print entity and alias counts per kind and language")
    parser.add_argument("packs", nargs="*", help="pack files (default: data/entities/*.json)")
    args = parser.parse_args()

    packs = args.packs
    if not packs:
        here = os.path.dirname(os.path.abspath(__file__))
        packs = sorted(glob.glob(os.path.join(here, "..", "data", "entities", "*.json")))
        if not packs:
            print("check-entity-pack: no packs found in data/entities", file=sys.stderr)
            return 1

    checker = Checker()
    for path in packs:
        checker.check_file(path)

    if args.stats:
        for path, s in checker.stats.items():
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(s["kinds"].items()))
            print(f"{path}: {s['entities']} entities ({kinds})")
            for lang in sorted(s["langs"]):
                print(f"  {lang}: {s['langs'][lang]} entities, {s['aliases'][lang]} aliases")

    if args.stats:
        for message in checker.warnings:
            print(f"note: {message}")
    for message in checker.errors:
        print(message, file=sys.stderr)
    if checker.errors:
        print(f"check-entity-pack: {len(checker.errors)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
