#!/usr/bin/env bash
# Formats every C++ source in place with the committed .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
find domain server client models session ui app bench tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i
