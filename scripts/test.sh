#!/usr/bin/env bash
# The test command: installs what is missing, builds everything with warnings
# as errors, and runs the whole suite through ctest; then builds the domain,
# models, client, session and server tests and the fuzz targets with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, and runs those tests again
# and each fuzz target for a fixed number of inputs.
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

QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --timeout 900

# The sanitizer build (cmake/Sanitizers.cmake): one clang tree for the
# sanitized tests and the libFuzzer targets; scripts/fuzz.sh runs a target
# for longer in it. -O1 keeps ASan's reports exact and the build short.
sanitize_dir=${TESTOPS_SANITIZE_BUILD_DIR:-$build_dir-sanitize}
CC=clang CXX=clang++ cmake -S . -B "$sanitize_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DTESTOPS_FUZZ=ON \
    -DTESTOPS_WERROR=ON
cmake --build "$sanitize_dir" --parallel "$(nproc)" --target sanitizer_tests fuzzers
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
QT_QPA_PLATFORM=offscreen ctest --test-dir "$sanitize_dir" -L '^(sanitize|fuzz)$' \
    --output-on-failure --timeout 900
