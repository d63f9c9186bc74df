#!/bin/sh
# Extraction speed, side by side: Dossier's import pipeline
# (bench/extraction-speed.c) and Readability.js with jsdom
# (bench/extraction-speed.js) on the same 126 pages of
# ../shared/bench/extraction/dev, in one process each, pages in memory,
# one warm-up round excluded, then ROUNDS rounds; prints the ratio.
#
#   bench/extraction-speed.sh [BUILD_DIR] [ROUNDS]
#
# BUILD_DIR defaults to build-release (meson setup build-release
# --buildtype=release -Db_lto=true); its tests/extraction-speed target is (re)built.
# @mozilla/readability and jsdom@27.0.0 are installed with npm into
# bench/out/node the first time (never committed). Both sides run pinned to
# one core when taskset exists, since the machine is shared; CPU time is the
# number to compare, wall time is shown beside it.
#
# BIG_PAGE=1 also generates a 50 MB page of English and Chinese paragraphs
# (fixed seed, bench/out/big-page.html) and reports the peak resident
# memory and CPU time of `dossier-cli article` on it (GNU time).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${1:-$top/build-release}
rounds=${2:-3}
dev=${DOSSIER_SHARED:-$top/../shared}/bench/extraction/dev
node_dir=$here/out/node

if [ ! -f "$build/build.ninja" ]; then
  echo "extraction-speed.sh: no build in $build (meson setup build-release --buildtype=release -Db_lto=true)" >&2
  exit 2
fi
if [ ! -f "$dev/ground-truth.json" ]; then
  echo "extraction-speed.sh: benchmark data not found in $dev" >&2
  exit 2
fi
ninja -C "$build" tests/extraction-speed >/dev/null

if [ ! -d "$node_dir/node_modules/@mozilla/readability" ] || [ ! -d "$node_dir/node_modules/jsdom" ]; then
  mkdir -p "$node_dir"
  (cd "$node_dir" && npm install --silent --no-audit --no-fund @mozilla/readability jsdom@27.0.0 >/dev/null)
fi

pin=
if command -v taskset >/dev/null 2>&1; then
  pin="taskset -c 0"
fi

c_out=$($pin "$build/tests/extraction-speed" --rounds "$rounds" --machine "$dev")
js_out=$($pin node "$here/extraction-speed.js" "$node_dir" "$dev" "$rounds" --machine)

echo "$c_out" | sed '$d'
echo "$js_out" | sed '$d'
c_line=$(echo "$c_out" | tail -n 1)
js_line=$(echo "$js_out" | tail -n 1)
python3 - "$c_line" "$js_line" <<'PY'
import sys
c_cpu, c_wall = map(float, sys.argv[1].split()[:2])
js_cpu, js_wall = map(float, sys.argv[2].split()[:2])
print("Dossier is %.0fx faster per page than Readability.js by CPU time (%.0fx by wall time)"
      % (js_cpu / c_cpu, js_wall / c_wall))
print("(Dossier starts from the raw bytes and also decodes the charset, normalises to NFC and identifies"
      " the language; Readability.js gets the decoded string and the URL.)")
PY

if [ "${BIG_PAGE:-0}" = 1 ]; then
  big=$here/out/big-page.html
  ninja -C "$build" src/cli/dossier-cli >/dev/null
  if [ ! -f "$big" ]; then
    python3 - "$big" <<'PY'
import random, sys
random.seed(5)
words = ("the of and to in export controls chips semiconductor Commerce licence Nvidia data centres Gulf "
         "investment said officials would new rules").split()
zh = "美国 商务部 出口 管制 芯片 半导体 英伟达 人工智能 数据中心".split()
out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Big page</title></head><body><article>']
size, i = 0, 0
while size < 50 * 1024 * 1024:
    if i % 3 == 2:
        p = ("<p>" + "".join(random.choice(zh) for _ in range(60)) + "，" +
             "".join(random.choice(zh) for _ in range(30)) + "。</p>\n")
    else:
        p = ("<p>" + " ".join(random.choice(words) for _ in range(80)) + ", " +
             " ".join(random.choice(words) for _ in range(20)) + ".</p>\n")
    out.append(p)
    size += len(p.encode())
    i += 1
out.append("</article></body></html>\n")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("".join(out))
PY
  fi
  /usr/bin/time -f "%M %U %S" -o "$here/out/big-page.time" "$build/src/cli/dossier-cli" article "$big" >/dev/null
  python3 - "$big" "$here/out/big-page.time" <<'PY'
import os, sys
size = os.path.getsize(sys.argv[1])
rss_kb, user, system = open(sys.argv[2]).read().split()[-3:]
rss = int(rss_kb) * 1024
print("dossier-cli article on a %.1f MB page: peak RSS %.0f MB (%.1fx the file), %.1f s CPU (user %s s, system %s s)"
      % (size / 1e6, rss / 1e6, rss / size, float(user) + float(system), user, system))
PY
fi
