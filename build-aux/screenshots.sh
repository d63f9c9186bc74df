#!/usr/bin/env bash
# Takes screenshots of Dossier on the bundled sample library under Xvfb, in
# English, French and Chinese, light and dark:
#   build-aux/screenshots.sh [OUTDIR]     (default: build/screenshots)
# Uses an installed copy (build-screenshots/_install) so that translations
# load. Each shot starts a fresh first run, waits for the sample article to
# open, then types its keys with xdotool: Alt+2 shows the timeline, and a
# selection in the article followed by Ctrl+T opens "Add to Timeline".
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$top/build/screenshots}
mkdir -p "$out"
cd "$top"
build=$top/build-screenshots
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" -Dprofile=development -Dui_tests=false --prefix="$build/_install"
fi
ninja -C "$build"
meson install -C "$build" --quiet >/dev/null
export XDG_DATA_DIRS="$build/_install/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"

# shoot LANG LOCALE SCHEME NAME [XDOTOOL-STEPS]
shoot () {
  local lang=$1 locale=$2 scheme=$3 name=$4 steps=${5:-}
  local home
  # SHOTS='timeline|add-event' takes only the shots whose names match.
  if [ -n "${SHOTS:-}" ] && ! printf '%s' "$name" | grep -Eq "$SHOTS"; then return; fi
  home=$(mktemp -d)
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
  LANGUAGE=$lang LANG=$locale LC_ALL=$locale GSETTINGS_BACKEND=memory \
  xvfb-run -a -s '-screen 0 1280x800x24' sh -c "
    ADW_DEBUG_COLOR_SCHEME=$scheme '$build/_install/bin/dossier' --library '$home/library' & app=\$!
    sleep 6
    $steps
    import -window root -crop 1280x800+0+0 +repage '$out/$name.png'
    kill \$app"
  rm -rf "$home"
}

shoot en en_US.UTF-8 prefer-light library-en
shoot en en_US.UTF-8 prefer-dark library-en-dark
shoot fr fr_FR.UTF-8 prefer-light library-fr
shoot zh_CN zh_CN.UTF-8 prefer-light library-zh
shoot zh_CN zh_CN.UTF-8 prefer-dark library-zh-dark

timeline='xdotool key alt+2; sleep 1; xdotool mousemove 400 420 click 1; sleep 0.5; xdotool key End Return; sleep 1'
shoot en en_US.UTF-8 prefer-light timeline-en "$timeline"
shoot fr fr_FR.UTF-8 prefer-light timeline-fr "$timeline"
shoot zh_CN zh_CN.UTF-8 prefer-light timeline-zh "$timeline"

# A paragraph of the sample article each language opens first, selected
# by dragging from its first character to its last.
select_and_add () {
  echo "xdotool mousemove $1 $2 mousedown 1 mousemove $3 $4 sleep 0.3 mouseup 1; sleep 0.5; xdotool key ctrl+t; sleep 2"
}
shoot en en_US.UTF-8 prefer-light add-event-en "$(select_and_add 390 621 792 683)"
shoot fr fr_FR.UTF-8 prefer-light add-event-fr "$(select_and_add 390 231 558 382)"
shoot zh_CN zh_CN.UTF-8 prefer-light add-event-zh "$(select_and_add 390 391 433 467)"
echo "Screenshots in $out"
