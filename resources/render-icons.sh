#!/usr/bin/env bash
# Renders the application icon's PNG sizes from icons/testops-users.svg
# (ImageMagick), so that the icon shows without Qt's SVG plugin.
# Run after editing the SVG; commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    convert -background none -density $((96 * size / 256 * 4 + 8)) icons/testops-users.svg \
        -resize "${size}x${size}" -depth 8 "icons/testops-users-${size}.png"
done
