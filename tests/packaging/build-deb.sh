#!/usr/bin/env bash
# Test fixture: builds the .deb from the already built tree with CPack, which
# installs what the build produced and compiles nothing.
# Usage: build-deb.sh CPACK BUILD_DIR OUT_DIR
set -euo pipefail
cpack=$1
build_dir=$2
out_dir=$3
rm -rf "$out_dir"
mkdir -p "$out_dir"
cd "$build_dir"
"$cpack" -G DEB -B "$out_dir"
ls "$out_dir"/*.deb
