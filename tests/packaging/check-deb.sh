#!/usr/bin/env bash
# Checks the .deb that build-deb.sh made, the way a user and Debian's tools
# meet it: its file list and control fields, lintian, the desktop entry and
# AppStream metainfo as packaged, and the packaged app itself started from an
# extracted copy (--version, and the local organization under offscreen,
# which runs the packaged server beside the app).
# Usage: check-deb.sh OUT_DIR FACTS_FILE
# FACTS_FILE (written by packaging/Packaging.cmake) sets app_id, version and
# qm_files, the translation files the package must hold.
set -euo pipefail
out_dir=$1
# shellcheck source=/dev/null
source "$2"

for tool in dpkg-deb lintian desktop-file-validate appstreamcli curl python3; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh --test installs it)"; exit 1; }
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

shopt -s nullglob
debs=("$out_dir"/*.deb)
[[ ${#debs[@]} -eq 1 ]] || { echo "FAIL: expected one .deb in $out_dir, found ${#debs[@]}"; exit 1; }
deb=${debs[0]}
echo "Package: $deb"

# Resolved, so that it compares equal to /proc/PID/exe.
work=$(realpath "$(mktemp -d)")
app_pid=
cleanup() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -KILL "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- control fields ---------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == testops-users ]] && pass "Package: testops-users" || fail "Package is $(field Package)"
[[ $(field Version) == "$version" ]] && pass "Version: $version" || fail "Version is $(field Version)"
[[ -n $(field Maintainer) ]] && pass "Maintainer: $(field Maintainer)" || fail "no Maintainer"
[[ -n $(field Section) ]] && pass "Section: $(field Section)" || fail "no Section"
depends=$(field Depends)
# dpkg-shlibdeps computed the libraries; the plugins are named by hand.
for dep in libqt6core6 libqt6widgets6 libqt6network6 libc6 qt6-qpa-plugins libqt6sql6-sqlite; do
    [[ ",$depends," == *"$dep"* ]] && pass "Depends names $dep" || fail "Depends lacks $dep: $depends"
done
# The server's HTTP is Boost.Beast, header-only: nothing more at run time.
[[ ",$depends," != *libqt6httpserver6* && ",$depends," != *libboost* ]] \
    && pass "Depends names neither Qt HttpServer nor a Boost library" \
    || fail "Depends names a library the server no longer loads: $depends"
# Qt's own strings in the app's languages (de, fr, ja).
[[ $(field Recommends) == *qt6-translations-l10n* ]] && pass "Recommends qt6-translations-l10n" \
    || fail "Recommends lacks qt6-translations-l10n: $(field Recommends)"

# --- file list ----------------------------------------------------------------
listing=$(dpkg-deb -c "$deb")
has() { # has PATH [executable]
    local line
    line=$(awk -v p="./$1" '$6 == p' <<<"$listing")
    if [[ -z "$line" ]]; then
        fail "missing /$1"
    elif [[ "${2:-}" == executable && "$line" != -rwxr-xr-x* ]]; then
        fail "/$1 is not -rwxr-xr-x: $line"
    else
        pass "contains /$1"
    fi
}
has usr/bin/testops-users executable
has usr/bin/testops-users-server executable
has "usr/share/applications/$app_id.desktop"
has "usr/share/metainfo/$app_id.metainfo.xml"
has "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256; do
    has "usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
has usr/lib/systemd/system/testops-users-server.service
has usr/lib/systemd/system/testops-users-server@.service
has usr/share/doc/testops-users/copyright
has usr/share/doc/testops-users/changelog.gz
has usr/share/man/man1/testops-users.1.gz
has usr/share/man/man1/testops-users-server.1.gz
for qm in "${qm_files[@]}"; do
    has "usr/share/testops-users/translations/$qm"
done
[[ ${#qm_files[@]} -gt 0 ]] || echo "NOTE: no translations (.qm) are built yet, so none are expected"

# --- lintian: errors fail, warnings are listed ------------------------------
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1) || true
echo "$lintian_out" | sed 's/^/  lintian: /'
if grep -q '^E: ' <<<"$lintian_out"; then
    fail "lintian reports errors"
else
    pass "lintian: no errors ($(grep -c '^W: ' <<<"$lintian_out" || true) warnings)"
fi

# --- the packaged files, extracted -------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root"
if desktop-file-validate "$root/usr/share/applications/$app_id.desktop"; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate"
fi
if appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"; then
    pass "appstreamcli validate --no-net"
else
    fail "appstreamcli validate --no-net"
fi
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    && pass "metainfo names release $version" || fail "metainfo has no release $version"
grep -q '^Exec=testops-users$' "$root/usr/share/applications/$app_id.desktop" \
    && pass "desktop entry runs testops-users" || fail "desktop entry Exec is not testops-users"
# Each PNG really has the size its directory names.
for size in 16 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "not-png")' "$png" 2>/dev/null) || dims=missing
    [[ "$dims" == "${size}x${size}" ]] && pass "icon ${size}x${size} is ${dims}" || fail "icon ${size}x${size} is $dims"
done
unit=$root/usr/lib/systemd/system/testops-users-server.service
grep -q '^ExecStart=/usr/bin/testops-users-server serve ' "$unit" && grep -q '^StateDirectory=testops-users-server$' "$unit" \
    && pass "systemd unit runs the server with its state in /var/lib/testops-users-server" \
    || fail "systemd unit ExecStart/StateDirectory"
if command -v systemd-analyze >/dev/null; then
    # The binary path is checked on the real system only, so a missing binary is no failure here.
    analyze=$(systemd-analyze verify --man=no "$unit" 2>&1 | grep -v 'is not executable' || true)
    [[ -z "$analyze" ]] && pass "systemd-analyze verify" || fail "systemd-analyze verify: $analyze"
fi

# --- the packaged app runs ----------------------------------------------------
# A private home, so that the app touches none of the user's settings.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
    XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen \
    DBUS_SESSION_BUS_ADDRESS=disabled:
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"
app=$root/usr/bin/testops-users
server=$root/usr/bin/testops-users-server

version_out=$(timeout 30 "$app" --version 2>&1) || true
[[ "$version_out" == *"$version"* ]] && pass "testops-users --version: $version_out" \
    || fail "testops-users --version printed: $version_out"
server_version=$(timeout 30 "$server" --help 2>&1 | head -n 1) || true
[[ "$server_version" == *"$version"* ]] && pass "testops-users-server --help: $server_version" \
    || fail "testops-users-server --help printed: $server_version"

# The local organization: the app must start the packaged server beside it.
data=$work/data
"$app" --local --data-dir "$data" >"$work/app.log" 2>&1 &
app_pid=$!
server_pid=
port=
# Bounded poll: up to 60 s in 0.2 s steps.
for _ in $(seq 300); do
    kill -0 "$app_pid" 2>/dev/null || break
    if [[ -z "$server_pid" ]]; then
        # A child of the app running the extracted server binary.
        for proc in /proc/[0-9]*; do
            [[ $(readlink "$proc/exe" 2>/dev/null) == "$server" ]] || continue
            ppid=$(awk '{ print $4 }' "$proc/stat" 2>/dev/null || true)
            [[ "$ppid" == "$app_pid" ]] && server_pid=${proc#/proc/}
        done
    fi
    if [[ -n "$server_pid" && -z "$port" ]]; then
        # The server's listening TCP port, from its socket inodes.
        for fd in /proc/"$server_pid"/fd/*; do
            inode=$(readlink "$fd" 2>/dev/null | sed -n 's/^socket:\[\([0-9]*\)\]$/\1/p') || true
            [[ -n "$inode" ]] || continue
            hex=$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null \
                | awk -v ino="$inode" '$4 == "0A" && $10 == ino { split($2, a, ":"); print a[2]; exit }' || true)
            [[ -n "$hex" ]] && port=$((16#$hex)) && break
        done
    fi
    if [[ -n "$port" && -f "$data/local.db" ]]; then
        health=$(curl -sS --max-time 5 "http://127.0.0.1:$port/api/v1/health" 2>/dev/null || true)
        [[ "$health" == *'"status":"ok"'* ]] && break
    fi
    sleep 0.2
done
if ! kill -0 "$app_pid" 2>/dev/null; then
    fail "the packaged app stopped on its own: $(cat "$work/app.log")"
else
    [[ -n "$server_pid" ]] && pass "the app started the packaged server beside it (pid $server_pid)" \
        || fail "no packaged server process under the app"
    [[ -f "$data/local.db" ]] && pass "the local organization's database is in --data-dir" \
        || fail "no $data/local.db"
    [[ "${health:-}" == *"\"version\":\"$version\""* ]] && pass "the packaged server answers: $health" \
        || fail "the packaged server did not answer /api/v1/health (port ${port:-unknown}): ${health:-}"
    # SIGTERM: the app quits cleanly and stops its server.
    kill -TERM "$app_pid"
    for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$app_pid" 2>/dev/null; then
        fail "the app did not quit within 10 s of SIGTERM"
    else
        wait "$app_pid" && status=0 || status=$?
        [[ $status -eq 0 ]] && pass "the app quit on SIGTERM with status 0" || fail "the app quit with status $status"
        app_pid=
        if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null \
            && [[ $(readlink /proc/"$server_pid"/exe 2>/dev/null) == "$server" ]]; then
            fail "the packaged server still runs after the app quit"
            kill -KILL "$server_pid" || true
        else
            pass "the packaged server stopped with the app"
        fi
    fi
fi
if [[ $failures -gt 0 ]]; then
    echo "--- app log ---"
    cat "$work/app.log"
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
