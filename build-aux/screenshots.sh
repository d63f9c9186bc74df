#!/usr/bin/env bash
# Takes screenshots of Dossier on the bundled sample library under Xvfb, in
# English, French and Chinese, light and dark:
#   build-aux/screenshots.sh [OUTDIR]     (default: build/screenshots)
# Uses an installed copy in build/_install so that translations load.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$top/build/screenshots}
mkdir -p "$out"
cd "$top"
if [ ! -f build/build.ninja ]; then
  meson setup build -Dprofile=development --prefix="$top/build/_install"
fi
ninja -C build
meson install -C build --quiet >/dev/null
export XDG_DATA_DIRS="$top/build/_install/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"

shoot () {
  local lang=$1 locale=$2 scheme=$3 name=$4
  local home; home=$(mktemp -d)
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
  LANGUAGE=$lang LANG=$locale LC_ALL=$locale GSETTINGS_BACKEND=memory \
  xvfb-run -a -s '-screen 0 1280x800x24' sh -c "
    ADW_DEBUG_COLOR_SCHEME=$scheme '$top/build/_install/bin/dossier' --library '$home/library' & app=\$!
    sleep 6
    import -window root -crop 1280x800+0+0 +repage '$out/$name.png'
    kill \$app"
  rm -rf "$home"
}

shoot en en_US.UTF-8 prefer-light library-en
shoot en en_US.UTF-8 prefer-dark library-en-dark
shoot fr fr_FR.UTF-8 prefer-light library-fr
shoot zh_CN zh_CN.UTF-8 prefer-light library-zh
shoot zh_CN zh_CN.UTF-8 prefer-dark library-zh-dark
echo "Screenshots in $out"
