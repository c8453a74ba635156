#!/usr/bin/env bash
# Makes the UI's web fonts: Open Sans Regular and Bold from assets/fonts,
# subset to Latin (Dutch, English and the names people type in Western
# Europe) and the punctuation and arrows the UI shows, as WOFF2. The outputs
# are committed (ui/src/styles/fonts/), so neither `make run` nor `make test`
# runs this; run it only when the fonts or the ranges change. Text outside
# these ranges (a name in Greek, say) falls back to a system font, as the
# unicode-range in tokens.css tells the web view. The charts keep the full
# TTF files: a PNG export draws every character itself.
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep in step with `unicode-range` in ui/src/styles/tokens.css.
RANGES="U+0000-017F,U+0192,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2215"
OUT=ui/src/styles/fonts

venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "fonttools[woff]==4.68.0"
mkdir -p "$OUT"
for weight in Regular Bold; do
  "$venv/bin/pyftsubset" "assets/fonts/OpenSans-$weight.ttf" \
    --unicodes="$RANGES" \
    --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk,tnum,lnum' \
    --flavor=woff2 \
    --output-file="$OUT/OpenSans-$weight-latin.woff2"
done
ls -l "$OUT"
