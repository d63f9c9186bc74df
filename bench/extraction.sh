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
  echo "extraction.sh: no dossier-cli at $cli (build one: meson setup build-release --buildtype=release -Db_lto=true && ninja -C build-release)" >&2
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

# CPU time (user + system of the child processes) rather than wall time:
# the machine is shared, and CPU time does not depend on its load. A run on
# a one-line text gives the cost of starting dossier-cli itself.
python3 - "$cli" "$pages" "$out" <<'PY'
import os, resource, subprocess, sys, time
cli, pages, out = sys.argv[1:4]

def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

tiny = os.path.join(pages, "tiny.txt")
with open(tiny, "w") as f:
    f.write("One short line of text.\n")
before = cpu()
for _ in range(20):
    subprocess.run([cli, "article", tiny], stdout=subprocess.DEVNULL, check=True)
startup = (cpu() - before) / 20

failures = 0
ids = [line.rstrip("\n").split("\t") for line in open(os.path.join(pages, "list.tsv"))]
before, wall = cpu(), time.time()
for page_id, charset in ids:
    with open(os.path.join(out, page_id + ".json"), "wb") as stdout, \
         open(os.path.join(out, page_id + ".err"), "wb") as stderr:
        rc = subprocess.run([cli, "article", "--charset", charset, os.path.join(pages, page_id + ".html")],
                            stdout=stdout, stderr=stderr).returncode
    if rc != 0:
        failures += 1
        print("failed: %s: %s" % (page_id, open(os.path.join(out, page_id + ".err")).read().strip()), file=sys.stderr)
per_page = (cpu() - before) / len(ids)
print("pages: %d, failures: %d" % (len(ids), failures))
print("dossier-cli: %.1f ms CPU per page, of which %.1f ms is process start (%.1f ms wall per page)"
      % (per_page * 1000, startup * 1000, (time.time() - wall) * 1000 / len(ids)))
with open(os.path.join(pages, "cpu.txt"), "w") as f:
    f.write("%f %f\n" % (per_page, startup))
PY

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
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");
const dir = process.argv[2];
const list = fs.readFileSync(path.join(dir, "list.tsv"), "utf8").trim().split("\n");
const pages = list.map((line) => {
  const [id, charset] = line.split("\t");
  return new TextDecoder(charset).decode(fs.readFileSync(path.join(dir, id + ".html")));
});
const start = process.cpuUsage();
for (const html of pages) {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  new Readability(dom.window.document).parse();
  dom.window.close();
}
const used = process.cpuUsage(start);
const ms = (used.user + used.system) / 1000 / pages.length;
const c = fs.readFileSync(path.join(dir, "cpu.txt"), "utf8").trim().split(" ").map(Number);
console.log("Readability.js: " + ms.toFixed(1) + " ms CPU per page (one process, pages decoded beforehand)");
console.log("dossier-cli is " + (ms / (c[0] * 1000)).toFixed(0) + "x faster per page including its process start, " +
            (ms / ((c[0] - c[1]) * 1000)).toFixed(0) + "x without it");
JS
  node "$node_dir/run.js" "$pages"
fi
