#!/usr/bin/env bash
# Checks what docs/deploy.md hands an operator: both systemd units pass
# `systemd-analyze verify`, and docs/deploy/haproxy.cfg passes `haproxy -c`
# (with a throwaway certificate in place of the real one).
# Usage: check-deploy.sh SOURCE_DIR. Exit 77 (skipped) when a tool is missing.
set -euo pipefail
source_dir=${1:?source dir}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

for tool in systemd-analyze haproxy openssl; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

for unit in testops-users-server.service testops-users-server@.service; do
    # The binary is not installed here: that one complaint is expected.
    out=$(systemd-analyze verify --man=no "$source_dir/packaging/$unit" 2>&1 |
          grep -v 'is not executable' || true)
    if [[ -n "$out" ]]; then
        echo "FAIL: systemd-analyze verify $unit: $out"
        failures=$((failures + 1))
    else
        echo "PASS: systemd-analyze verify $unit"
    fi
done

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" \
    -days 1 -subj /CN=users.example.com >/dev/null 2>&1
cat "$work/cert.pem" "$work/key.pem" >"$work/users.pem"
sed -e "s#/etc/haproxy/certs/users.example.com.pem#$work/users.pem#" \
    -e "s#log /dev/log local0#log stdout format raw local0#" \
    "$source_dir/docs/deploy/haproxy.cfg" >"$work/haproxy.cfg"
if out=$(haproxy -c -f "$work/haproxy.cfg" 2>&1); then
    echo "PASS: haproxy -c docs/deploy/haproxy.cfg"
else
    echo "FAIL: haproxy -c docs/deploy/haproxy.cfg: $out"
    failures=$((failures + 1))
fi
# Every upstream port of the configuration is one of the template's instances.
grep -q 'server users1 127.0.0.1:8081' "$source_dir/docs/deploy/haproxy.cfg" &&
    grep -q 'testops-users-server@8081' "$source_dir/docs/deploy.md" ||
    { echo "FAIL: docs/deploy.md and haproxy.cfg disagree on the instances"; failures=$((failures + 1)); }

echo "$((3 - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]
