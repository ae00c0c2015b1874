#!/usr/bin/env bash
# The run command: installs what is missing, builds, and opens TestOps User
# Management on the local organization (a bundled server with demo data).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build_dir=${TESTOPS_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTESTOPS_BUILD_TESTS=OFF -DTESTOPS_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"

exec "$build_dir/bin/testops-users" --local "$@"
