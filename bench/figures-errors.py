#!/usr/bin/env python3
"""Error breakdown for the figures and dates bench.

usage: bench/figures-errors.py [GOLD PRED] [--kind K] [--lang L] [--show CLASS] [--n N]

GOLD defaults to ../shared/bench/figures/dev/figures.jsonl and PRED to
build-release/bench-figures/predictions.jsonl (written by bench/figures.sh).
Every gold span that is not found exactly and every predicted span that is
not in gold is put in one class:

  missed      gold span with no overlapping prediction
  spurious    predicted span with no overlapping gold span
  longer-L/R  the prediction overlaps and starts earlier / ends later
  shorter-L/R the prediction overlaps and starts later / ends earlier
  split       one gold span is covered by two or more predictions
  merged      one prediction covers two or more gold spans
  value       exact span, wrong value (iso for dates)

It prints counts per language x kind x class, and with --show CLASS the
cases of that class (the input, gold and predicted spans).
"""
import argparse
import collections
import json
import math
import os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def value_ok(kind, g, p):
    if kind == "date":
        piso = p.get("iso")
        return bool(piso) and (piso == g.get("iso") or piso in (g.get("iso_any") or []))
    gv, pv = g.get("value"), p.get("value")
    if gv is None:
        return True
    if pv is None or not math.isclose(gv, pv, rel_tol=1e-9, abs_tol=1e-9):
        return False
    if kind == "money" and g.get("unit"):
        return str(p.get("unit") or "").upper() == g["unit"].upper()
    return True


def has_value(kind, g):
    if kind == "date":
        return bool(g.get("iso") or g.get("iso_any"))
    return g.get("value") is not None


def classify(case, pred_spans):
    kind = case["kind"]
    gold = case["spans"]
    out = []
    exact_pred = set()
    for g in gold:
        hit = [i for i, p in enumerate(pred_spans) if p["start"] == g["start"] and p["end"] == g["end"]]
        if hit:
            exact_pred.add(hit[0])
            if has_value(kind, g) and not value_ok(kind, g, pred_spans[hit[0]]):
                out.append(("value", g, pred_spans[hit[0]]))
            continue
        ov = [p for i, p in enumerate(pred_spans)
              if i not in exact_pred and min(g["end"], p["end"]) > max(g["start"], p["start"])]
        if not ov:
            out.append(("missed", g, None))
        elif len(ov) > 1:
            out.append(("split", g, ov[0]))
        else:
            p = ov[0]
            inside = [x for x in gold if min(x["end"], p["end"]) > max(x["start"], p["start"])]
            if len(inside) > 1:
                out.append(("merged", g, p))
            elif p["start"] < g["start"]:
                out.append(("longer-L", g, p))
            elif p["end"] > g["end"]:
                out.append(("longer-R", g, p))
            elif p["start"] > g["start"]:
                out.append(("shorter-L", g, p))
            else:
                out.append(("shorter-R", g, p))
    for i, p in enumerate(pred_spans):
        if i in exact_pred:
            continue
        if not any(min(g["end"], p["end"]) > max(g["start"], p["start"]) for g in gold):
            out.append(("spurious", None, p))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=os.path.join(root, "..", "shared", "bench", "figures", "dev",
                                                           "figures.jsonl"))
    ap.add_argument("pred", nargs="?", default=os.path.join(root, "build-release", "bench-figures",
                                                           "predictions.jsonl"))
    ap.add_argument("--kind")
    ap.add_argument("--lang")
    ap.add_argument("--show", help="print the cases of this class (or 'all')")
    ap.add_argument("--n", type=int, default=1000)
    a = ap.parse_args()

    preds = {p["id"]: p.get("spans", []) for p in load(a.pred)}
    counts = collections.Counter()
    shown = 0
    for case in load(a.gold):
        if a.kind and case["kind"] != a.kind or a.lang and case["lang"] != a.lang:
            continue
        errs = classify(case, preds.get(case["id"], []))
        for cls, g, p in errs:
            counts[(case["lang"], case["kind"], cls)] += 1
        if a.show and shown < a.n and any(a.show in ("all", c) for c, _, _ in errs):
            shown += 1
            print("#", case["id"], "ref", case.get("ref_date"))
            print("  input:", case["input"])
            for cls, g, p in errs:
                if a.show not in ("all", cls):
                    continue
                gs = "%r %d-%d %s" % (g["text"], g["start"], g["end"], g.get("iso") or g.get("iso_any") or g.get("value")) if g else "-"
                ps = "%r %d-%d %s" % (p["text"], p["start"], p["end"], p.get("iso") or p.get("value")) if p else "-"
                print("  %-10s gold %s | pred %s" % (cls, gs, ps))
    if a.show:
        print()
    for (lang, kind, cls), n in sorted(counts.items(), key=lambda x: (x[0][0], x[0][1], -x[1])):
        print("%-3s %-9s %-10s %4d" % (lang, kind, cls, n))
    print("total", sum(counts.values()))


if __name__ == "__main__":
    main()
