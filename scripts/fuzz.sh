#!/usr/bin/env bash
# Runs one libFuzzer target of tests/fuzz for SECONDS (the test command runs
# each for a fixed number of inputs only), in the sanitizer build tree that
# the test command makes (configured and built here when missing). New inputs
# go to the build tree's corpus; a crash, a sanitizer report or a time-out is
# written to FINDINGS (default: the build tree's tests/fuzz/findings/TARGET/).
# A run keeps one core busy for SECONDS: on a shared machine, run one at a
# time and hold no build lock meanwhile (builds may share the machine).
# Usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
# Targets: FuzzEmailAddress FuzzJsonCodec FuzzRequestParsing FuzzMailEncoding FuzzCsvWriter
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -lt 2 ]]; then
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
target=$1
seconds=$2
shift 2

dir=${TESTOPS_SANITIZE_BUILD_DIR:-build-test-sanitize}
if [[ ! -f "$dir/CMakeCache.txt" ]]; then
    scripts/install-deps.sh --test
    CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
        -DTESTOPS_FUZZ=ON
fi
cmake --build "$dir" --parallel "$(nproc)" --target "$target"

corpus="$dir/tests/fuzz/corpus/$target"
findings=${FINDINGS:-$dir/tests/fuzz/findings/$target}
mkdir -p "$corpus" "$findings"
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
exec "$dir/bin/$target" -max_total_time="$seconds" -timeout=10 -max_len=4096 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" \
    "$@" "$corpus" "tests/fuzz/corpus/$target"
