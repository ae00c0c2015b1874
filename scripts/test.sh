#!/usr/bin/env bash
# The test command: installs what is missing, builds everything with warnings
# as errors, and runs the whole suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test

build_dir=${TESTOPS_BUILD_DIR:-build-test}
# RelWithDebInfo without NDEBUG: optimised like a release, asserts kept on.
cmake -S . -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g" \
    -DTESTOPS_WERROR=ON
cmake --build "$build_dir" --parallel "$(nproc)"

cd "$build_dir"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900
