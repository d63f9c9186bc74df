#!/bin/sh
# Figures and dates benchmark: runs `dossier-cli analyze --jsonl` over the
# Recognizers-Text cases of ../shared/bench/figures, keeps the spans of each
# case's kind and scores them with the bench's own score.py.
#
# usage: bench/figures.sh [BUILD_DIR] [-- score.py options]
#   BUILD_DIR defaults to build-release (meson setup build-release --buildtype=release -Db_lto=true)
#   environment: FIGURES_GOLD (default ../shared/bench/figures/dev/figures.jsonl)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-build-release}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
case $build in /*) ;; *) build=$root/$build ;; esac
cli=$build/src/cli/dossier-cli
bench=$root/../shared/bench/figures
gold=${FIGURES_GOLD:-$bench/dev/figures.jsonl}
out=${FIGURES_OUT:-$build/bench-figures}

[ -x "$cli" ] || { echo "figures.sh: $cli not found; build first (ninja -C $build)" >&2; exit 2; }
[ -f "$gold" ] || { echo "figures.sh: $gold not found" >&2; exit 2; }
mkdir -p "$out"

# Gold cases → analyzer input lines (id, text, lang, ref_date).
python3 - "$gold" > "$out/input.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        c = json.loads(line)
        d = {"id": c["id"], "text": c["input"], "lang": c["lang"]}
        if c.get("ref_date"):
            d["ref_date"] = c["ref_date"]
        print(json.dumps(d, ensure_ascii=False))
PY

start=$(date +%s.%N)
"$cli" analyze --jsonl < "$out/input.jsonl" > "$out/output.jsonl" || true
end=$(date +%s.%N)

# Analyzer output → predictions in the bench format: only the spans of the
# case's kind. An approximate amount (value_min/value_max) is scored by its
# lower bound, the figure as written (二十几万 → 200000).
python3 - "$gold" "$out/output.jsonl" > "$out/predictions.jsonl" <<'PY'
import json, sys
kinds = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        c = json.loads(line)
        kinds[c["id"]] = c["kind"]
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    kind = kinds.get(r.get("id"))
    spans = []
    for s in r.get("spans", []):
        if s["kind"] != kind:
            continue
        p = {"start": s["start"], "end": s["end"], "text": s["text"]}
        if "value" in s:
            p["value"] = s["value"]
        elif "value_min" in s:
            p["value"] = s["value_min"]
        if "unit" in s and kind == "money":
            p["unit"] = s["unit"]
        if "iso" in s:
            p["iso"] = s["iso"]
        spans.append(p)
    print(json.dumps({"id": r.get("id"), "spans": spans}, ensure_ascii=False))
PY

echo "== all cases"
python3 "$bench/score.py" "$gold" "$out/predictions.jsonl" "$@"
echo
echo "== without cases flagged unverified"
python3 "$bench/score.py" "$gold" "$out/predictions.jsonl" --exclude-flag unverified "$@" | tail -n 1
echo
echo "analysis time: $(echo "$end - $start" | bc) s for $(wc -l < "$out/input.jsonl") cases (includes loading the entity packs)"
