#!/usr/bin/env python3
"""Error breakdown for the named-entity bench.

usage: bench/entities-errors.py [BUILD_DIR] [--lang L] [--type T] [--show CLASS] [--unknown]

Reads the gold sentences of ../shared/bench/entities/dev (or
$ENTITIES_GOLD) and what bench/entities.sh left in BUILD_DIR/bench-entities
(default build-release): the analyzer's output, which says whether a span
was linked to a pack entity. Every gold entity that is not found exactly
and every predicted entity that is not in gold is put in one class:

  spurious    predicted, overlaps no gold entity
  missed      gold, overlaps no prediction
  type        exact span, other type (counted once, under the gold type)
  boundary    overlapping spans with different bounds (under the gold type)

It prints counts per language x type x class, split into spans linked to
a pack entity ("pack") and spans of the unknown-name finder ("finder"),
and with --show CLASS the cases of that class, one a line:
  lang  type  class  origin  "predicted" / "gold"  …context…
--unknown keeps the finder's spans only.
"""
import argparse
import collections
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def context(text, start, end, width=30):
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return "%s[%s]%s" % (left, text[start:end], right)


def compare(gold_ents, pred_ents):
    """Yields (class, type, origin, gold or None, pred or None)."""
    used = set()
    for g in gold_ents:
        exact = [p for p in pred_ents if p["start"] == g["start"] and p["end"] == g["end"]]
        if exact:
            p = exact[0]
            used.add(id(p))
            if p["type"] != g["type"]:
                yield "type", g["type"], p["origin"], g, p
            continue
        over = [p for p in pred_ents if p["start"] < g["end"] and g["start"] < p["end"]]
        if over:
            for p in over:
                used.add(id(p))
            yield "boundary", g["type"], over[0]["origin"], g, over[0]
        else:
            yield "missed", g["type"], "-", g, None
    for p in pred_ents:
        if id(p) in used:
            continue
        if any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold_ents):
            continue
        yield "spurious", p["type"], p["origin"], None, p


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build", nargs="?", default="build-release")
    ap.add_argument("--lang")
    ap.add_argument("--type", choices=("PER", "ORG", "LOC"))
    ap.add_argument("--show", choices=("spurious", "missed", "type", "boundary", "all"))
    ap.add_argument("--unknown", action="store_true", help="only spans of the unknown-name finder")
    a = ap.parse_args()

    build = a.build if os.path.isabs(a.build) else os.path.join(root, a.build)
    out_dir = os.environ.get("ENTITIES_OUT", os.path.join(build, "bench-entities"))
    gold_dir = os.environ.get("ENTITIES_GOLD", os.path.join(root, "..", "shared", "bench", "entities", "dev"))

    counts = collections.Counter()
    cases = []
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".jsonl"):
            continue
        lang = name[:-6]
        if a.lang and lang != a.lang:
            continue
        path = os.path.join(out_dir, lang + ".output.jsonl")
        if not os.path.exists(path):
            raise SystemExit("entities-errors.py: %s not found; run bench/entities.sh first" % path)
        outputs = {r["id"]: r for r in load(path)}
        for g in load(os.path.join(gold_dir, name)):
            r = outputs.get(g["id"], {"spans": []})
            preds = [{"start": s["start"], "end": s["end"], "type": TYPES[s["kind"]],
                      "origin": "pack" if "entity" in s else "finder"}
                     for s in r.get("spans", []) if s["kind"] in TYPES]
            for cls, typ, origin, gs, ps in compare(g["entities"], preds):
                if a.type and typ != a.type:
                    continue
                if a.unknown and origin != "finder":
                    continue
                counts[(lang, typ, cls, origin)] += 1
                cases.append((lang, typ, cls, origin, g["text"], gs, ps))

    print("%-4s %-4s %-9s %6s %6s" % ("lang", "type", "class", "pack", "finder"))
    for lang, typ, cls in sorted({k[:3] for k in counts}):
        if cls == "missed":
            print("%-4s %-4s %-9s %13d" % (lang, typ, cls, counts[(lang, typ, cls, "-")]))
        else:
            print("%-4s %-4s %-9s %6d %6d" % (lang, typ, cls, counts[(lang, typ, cls, "pack")],
                                              counts[(lang, typ, cls, "finder")]))
    if a.show:
        print()
        for lang, typ, cls, origin, text, gs, ps in cases:
            if a.show != "all" and cls != a.show:
                continue
            gtxt = "%s %s" % (gs["type"], text[gs["start"]:gs["end"]]) if gs else "-"
            ptxt = "%s %s" % (ps["type"], text[ps["start"]:ps["end"]]) if ps else "-"
            where = ps or gs
            print("%s %s %-8s %-6s %-28s / %-28s %s" % (lang, typ, cls, origin, ptxt, gtxt,
                                                        context(text, where["start"], where["end"])))


if __name__ == "__main__":
    main()
