#!/usr/bin/env bash
# Builds and runs Dossier's Flatpak on a machine that cannot download the
# GNOME runtime: a stand-in runtime and SDK are assembled from the Debian
# packages installed here, then flatpak-builder builds the real manifest
# against it and installs the app, all inside build-flatpak/.
#
#   build-aux/flatpak-local-runtime.sh          build runtime (once) and app
#   build-aux/flatpak-local-runtime.sh run      also start the sandboxed app
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
work="$top/build-flatpak"
export FLATPAK_USER_DIR="$work/user"
runtime=org.dossier.LocalGnome
branch=local
mkdir -p "$work"

packages=(
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsqlite3-dev libxml2-dev
  libgtk-4-1 libadwaita-1-0 libjson-glib-1.0-0 libsqlite3-0 libxml2
  meson ninja-build pkg-config gettext gcc libc6-dev libglib2.0-dev-bin libglib2.0-bin
  desktop-file-utils appstream-util appstream librsvg2-common shared-mime-info
  fonts-dejavu-core fonts-wqy-microhei adwaita-icon-theme hicolor-icon-theme
  libgl1-mesa-dri elfutils python3 bash dash coreutils findutils sed grep
)

build_runtime () {
  local files="$work/runtime/files"
  if [ -f "$work/runtime/.done" ]; then return; fi
  rm -rf "$work/runtime"; mkdir -p "$files/etc"
  echo "Collecting the package closure…"
  apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
      --no-breaks --no-replaces --no-enhances "${packages[@]}" 2>/dev/null \
    | grep -E '^[a-z0-9]' | sort -u > "$work/runtime/packages.txt"
  while read -r pkg; do
    dpkg -L "$pkg" 2>/dev/null || true
  done < "$work/runtime/packages.txt" | sort -u > "$work/runtime/paths.txt"
  echo "Copying $(wc -l < "$work/runtime/paths.txt") paths…"
  while read -r path; do
    [ -f "$path" ] || [ -L "$path" ] || continue
    case "$path" in
      /usr/*) dest="$files/${path#/usr/}" ;;
      /bin/*|/sbin/*|/lib/*|/lib64/*) dest="$files/${path#/}" ;;
      /etc/*) dest="$files/etc/${path#/etc/}" ;;
      *) continue ;;
    esac
    mkdir -p "$(dirname "$dest")"
    cp -a "$path" "$dest" 2>/dev/null || true
  done < "$work/runtime/paths.txt"
  cp -a /etc/alternatives "$files/etc/" 2>/dev/null || true
  # Made by maintainer scripts and triggers, so not listed by dpkg: the
  # shell, the pixbuf loader cache (SVG icons) and the GIO module cache.
  ln -sf dash "$files/bin/sh"
  local cache
  for cache in /usr/lib/x86_64-linux-gnu/gdk-pixbuf-2.0/2.10.0/loaders.cache \
               /usr/lib/x86_64-linux-gnu/gio/modules/giomodule.cache; do
    [ -f "$cache" ] && mkdir -p "$files/${cache#/usr/}" && rmdir "$files/${cache#/usr/}" && cp -a "$cache" "$files/${cache#/usr/}"
  done
  mkdir -p "$files/share/mime" "$files/lib/locale"
  cp -a /usr/share/mime/. "$files/share/mime/" 2>/dev/null || true
  cp -a /usr/lib/locale/locale-archive "$files/lib/locale/" 2>/dev/null || true
  glib-compile-schemas "$files/share/glib-2.0/schemas" 2>/dev/null || true
  cat > "$work/runtime/metadata" <<META
[Runtime]
name=$runtime
runtime=$runtime/x86_64/$branch
sdk=$runtime/x86_64/$branch
META
  ostree init --repo="$work/repo" --mode=bare-user-only
  flatpak build-export --runtime --files=files "$work/repo" "$work/runtime" "$branch"
  flatpak --user remote-add --if-not-exists --no-gpg-verify local "file://$work/repo"
  flatpak --user install -y --noninteractive local "$runtime//$branch"
  touch "$work/runtime/.done"
}

build_app () {
  python3 - "$top/flatpak/io.github.dossier_app.Dossier.json" "$work/manifest.json" "$runtime" "$branch" <<'PY'
import json, sys
src, dst, runtime, branch = sys.argv[1:]
m = json.load(open(src))
m['runtime'] = m['sdk'] = runtime
m['runtime-version'] = branch
m['modules'][-1]['sources'] = [{'type': 'dir', 'path': sys.argv[1].rsplit('/flatpak/', 1)[0]}]
json.dump(m, open(dst, 'w'), indent=2)
PY
  flatpak-builder --user --force-clean --disable-download --disable-rofiles-fuse \
    --state-dir="$work/state" --install "$work/app" "$work/manifest.json"
}

build_runtime
build_app
if [ "${1:-}" = run ]; then
  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- flatpak --user run io.github.dossier_app.Dossier
fi
