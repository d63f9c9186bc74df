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
# --buildtype=release); its tests/extraction-speed target is (re)built.
# @mozilla/readability and jsdom@27.0.0 are installed with npm into
# bench/out/node the first time (never committed). Both sides run pinned to
# one core when taskset exists, since the machine is shared; CPU time is the
# number to compare, wall time is shown beside it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${1:-$top/build-release}
rounds=${2:-3}
dev=${DOSSIER_SHARED:-$top/../shared}/bench/extraction/dev
node_dir=$here/out/node

if [ ! -f "$build/build.ninja" ]; then
  echo "extraction-speed.sh: no build in $build (meson setup build-release --buildtype=release)" >&2
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
