#!/bin/sh
# Named-entity benchmark: runs `dossier-cli analyze --jsonl` over the
# human-annotated sentences of ../shared/bench/entities (zh, fr, en), keeps
# the person / organization / place spans as PER / ORG / LOC and scores them
# with the bench's own score.py (exact span and type). Then measures pack
# loading time and the automaton's memory with a generated catalog of
# 10,000 entities × 5 aliases (bench/entities-bench.c).
#
# usage: bench/entities.sh [BUILD_DIR] [-- score.py options]
#   BUILD_DIR defaults to build-release (meson setup build-release --buildtype=release -Db_lto=true)
#   environment: ENTITIES_GOLD (default ../shared/bench/entities/dev)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-build-release}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
case $build in /*) ;; *) build=$root/$build ;; esac
cli=$build/src/cli/dossier-cli
bench=$root/../shared/bench/entities
gold=${ENTITIES_GOLD:-$bench/dev}
out=${ENTITIES_OUT:-$build/bench-entities}

[ -x "$cli" ] || { echo "entities.sh: $cli not found; build first (ninja -C $build)" >&2; exit 2; }
[ -d "$gold" ] || { echo "entities.sh: $gold not found" >&2; exit 2; }
mkdir -p "$out/pred"

for file in "$gold"/*.jsonl; do
  lang=$(basename "$file" .jsonl)
  # Gold sentences → analyzer input (id, text, lang).
  python3 - "$file" > "$out/$lang.input.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        s = json.loads(line)
        print(json.dumps({"id": s["id"], "text": s["text"], "lang": s["lang"]}, ensure_ascii=False))
PY
  "$cli" analyze --jsonl < "$out/$lang.input.jsonl" > "$out/$lang.output.jsonl"
  # Analyzer output → scorer format: entity spans only, kinds mapped.
  python3 - "$out/$lang.input.jsonl" "$out/$lang.output.jsonl" > "$out/pred/$lang.jsonl" <<'PY'
import json, sys
types = {"person": "PER", "organization": "ORG", "place": "LOC"}
texts = {}
for line in open(sys.argv[1], encoding="utf-8"):
    s = json.loads(line)
    texts[s["id"]] = s["text"]
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    ents = [{"start": s["start"], "end": s["end"], "type": types[s["kind"]], "text": s["text"]}
            for s in r.get("spans", []) if s["kind"] in types]
    print(json.dumps({"id": r["id"], "text": texts.get(r["id"], ""), "entities": ents}, ensure_ascii=False))
PY
done

python3 "$bench/score.py" "$gold" "$out/pred" "$@"

# Pack loading and automaton memory.
cc -O2 -std=gnu11 -o "$out/entities-bench" "$here/entities-bench.c" \
  -I"$root/src/core" -I"$build" -I"$build/src/core" "$build/src/core/libdossier-core.a" \
  $(pkg-config --cflags --libs glib-2.0 gio-2.0 json-glib-1.0 sqlite3 libxml-2.0) -lm
"$out/entities-bench"
