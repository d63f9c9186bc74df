#!/usr/bin/env bash
# Installs what the `exports` test suite needs from npm: TimelineJS 3, to
# render the TimelineJS export in headless Chromium. It goes to
# $DOSSIER_TEST_DEPS_DIR (default /var/cache/dossier-test-deps), never into
# the source tree; the tests look for it there and install nothing.
set -euo pipefail

dir=${DOSSIER_TEST_DEPS_DIR:-/var/cache/dossier-test-deps}
timelinejs_version=3.9.11

if [ -f "$dir/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ] &&
   grep -q "\"version\": \"$timelinejs_version\"" "$dir/node_modules/@knight-lab/timelinejs/package.json"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "install-test-deps: npm is missing; the TimelineJS rendering test will be skipped" >&2
  exit 0
fi

mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || echo '{"private": true}' > package.json
# --ignore-scripts: only the files are needed, nothing is built or run.
npm install --no-audit --no-fund --ignore-scripts --save-exact \
  "@knight-lab/timelinejs@$timelinejs_version" >&2
