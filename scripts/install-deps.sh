#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that building, running and testing need,
# if any are missing. Usage: scripts/install-deps.sh [--test]
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev libboost-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libxkbcommon-dev libgl1-mesa-dev
    libcurl4-openssl-dev
)
if [[ "${1:-}" == "--test" ]]; then
    # clang-format checks the style; chromium drives the join page; python3 reads CSV.
    packages+=(clang-format chromium python3 curl xvfb)
    packages+=(dbus-daemon) # a session bus without a keychain in TestTokenStoreBusWithoutKeychain
    packages+=(python3-aiosmtpd openssl) # the SMTP server and its certificate in TestSmtpDelivery
    # Every server test also runs on a throwaway PostgreSQL cluster (initdb, pg_ctl).
    packages+=(postgresql)
    # docs/deploy/haproxy.cfg is checked with `haproxy -c` (DeployConfiguration).
    packages+=(haproxy)
    # The sanitizer build and the fuzz targets: clang with libFuzzer, ASan and UBSan.
    packages+=(clang libclang-rt-14-dev)
    # The packaging test builds the .deb (dpkg-shlibdeps, file) and checks it
    # (lintian, desktop-file-validate, appstreamcli, systemd-analyze); rpm builds the .rpm.
    packages+=(dpkg-dev file lintian desktop-file-utils appstream systemd rpm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
