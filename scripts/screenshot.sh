#!/usr/bin/env bash
# Takes the README's screenshot of the main window on a fresh local
# organization: scripts/screenshot.sh [OUT.png] [LANGUAGE]
# e.g. scripts/screenshot.sh docs/screenshot-main-window.png
#      scripts/screenshot.sh docs/screenshot-main-window-de.png de
# Needs a build (scripts/run.sh makes one in build/) and Xvfb + ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/screenshot-main-window.png}
language=${2:-}
app=${TESTOPS_BUILD_DIR:-build}/bin/testops-users
[[ -x "$app" ]] || { echo "screenshot: build first (scripts/run.sh builds $app)" >&2; exit 2; }
for tool in Xvfb import convert; do
    command -v "$tool" >/dev/null || { echo "screenshot: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 2; }
done

work=$(mktemp -d)
display=
for n in $(seq 200 260); do
    if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then display=:$n; break; fi
done
[[ -n "$display" ]] || { echo "screenshot: no free X display" >&2; exit 2; }

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
app_pid=
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done

# A private home: fresh settings (default geometry), a fresh demo organization.
env -u QT_QPA_PLATFORM DISPLAY="$display" HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" ${language:+LANGUAGE=$language LANG=$language.UTF-8} \
    "$app" --local --data-dir "$work/org" >"$work/app.log" 2>&1 &
app_pid=$!

# Wait until the demo lists are in (the status bar says when), at most 60 s.
for _ in $(seq 120); do
    [[ -e "$work/org/local.db" ]] && break
    sleep 0.5
done
sleep 4
DISPLAY="$display" import -window root "$work/root.png"
# The display is black around the window: trim it to the window.
convert "$work/root.png" -bordercolor black -border 1 -trim +repage "$out"
echo "screenshot: saved $out"
