#!/bin/sh
# Article-extraction benchmark: runs `dossier-cli article` on every page of
# ../shared/bench/extraction/dev and scores the bodies with its score.py.
#
#   bench/extraction.sh [PATH-TO-dossier-cli]
#
# Builds nothing: pass the dossier-cli to measure (default: a release build
# in build-release/). Bodies go to bench/out/extraction/<id>.txt. Set
# READABILITY=1 to time Readability.js (npm @mozilla/readability with
# jsdom@27.0.0, installed into bench/out/node) on the same pages.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
cli=${1:-$top/build-release/src/cli/dossier-cli}
data=${DOSSIER_SHARED:-$top/../shared}/bench/extraction
out=$here/out/extraction
pages=$here/out/extraction-pages

if [ ! -x "$cli" ]; then
  echo "extraction.sh: no dossier-cli at $cli (build one: meson setup build-release --buildtype=release && ninja -C build-release)" >&2
  exit 2
fi
if [ ! -f "$data/dev/ground-truth.json" ]; then
  echo "extraction.sh: benchmark data not found in $data" >&2
  exit 2
fi

rm -rf "$out" "$pages"
mkdir -p "$out" "$pages"

# Gunzip the pages once, outside the timed part, and list id + charset.
python3 - "$data/dev" "$pages" <<'PY'
import gzip, json, os, sys
dev, pages = sys.argv[1], sys.argv[2]
truth = json.load(open(os.path.join(dev, "ground-truth.json"), encoding="utf-8"))
with open(os.path.join(pages, "list.tsv"), "w") as listing:
    for page_id in sorted(truth):
        with gzip.open(os.path.join(dev, "html", page_id + ".html.gz")) as f:
            data = f.read()
        with open(os.path.join(pages, page_id + ".html"), "wb") as f:
            f.write(data)
        listing.write("%s\t%s\n" % (page_id, truth[page_id]["charset"]))
PY

failures=0
start=$(date +%s.%N)
while IFS="$(printf '\t')" read -r id charset; do
  if ! "$cli" article --charset "$charset" "$pages/$id.html" > "$out/$id.json" 2> "$out/$id.err"; then
    failures=$((failures + 1))
    echo "failed: $id: $(cat "$out/$id.err")" >&2
  fi
done < "$pages/list.tsv"
end=$(date +%s.%N)

python3 - "$out" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
for path in glob.glob(os.path.join(out, "*.json")):
    try:
        body = json.load(open(path, encoding="utf-8"))["body"]
    except (ValueError, KeyError):
        body = ""
    with open(path[:-5] + ".txt", "w", encoding="utf-8") as f:
        f.write(body)
PY

n=$(wc -l < "$pages/list.tsv")
echo "pages: $n, failures: $failures"
echo "dossier-cli: $(python3 -c "print('%.1f ms per page (process start included)' % (($end - $start) * 1000 / $n))")"
echo "== overall"
python3 "$data/score.py" "$out" "$data/dev/ground-truth.json" --quiet
echo "== cwced-zh"
python3 "$data/score.py" "$out" "$data/dev/ground-truth.json" --quiet --source cwced-zh

if [ "${READABILITY:-0}" = 1 ]; then
  node_dir=$here/out/node
  if [ ! -d "$node_dir/node_modules/@mozilla/readability" ]; then
    mkdir -p "$node_dir"
    (cd "$node_dir" && npm install --silent --no-audit --no-fund @mozilla/readability jsdom@27.0.0 >/dev/null)
  fi
  cat > "$node_dir/run.js" <<'JS'
const fs = require("fs");
const path = require("path");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");
const dir = process.argv[2];
const list = fs.readFileSync(path.join(dir, "list.tsv"), "utf8").trim().split("\n");
const start = process.hrtime.bigint();
for (const line of list) {
  const [id, charset] = line.split("\t");
  const html = new TextDecoder(charset).decode(fs.readFileSync(path.join(dir, id + ".html")));
  const dom = new JSDOM(html);
  new Readability(dom.window.document).parse();
  dom.window.close();
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log("Readability.js: " + (ms / list.length).toFixed(1) + " ms per page (one process, warm)");
JS
  node "$node_dir/run.js" "$pages"
  # The same pages through dossier-cli in one process would need a batch
  # mode; time the in-process import instead, when the helper is built.
fi
