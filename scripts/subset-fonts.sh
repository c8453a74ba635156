#!/usr/bin/env bash
# Makes the fonts Rolspiegel ships from the upstream Open Sans files in
# assets/fonts (Regular and Bold, Apache-2.0), with fontTools:
# - assets/fonts/charts/*.ttf: every glyph, without TrueType hinting (the
#   chart renderer, ab_glyph, never uses hinting), embedded by the charts
#   crate, so PNG exports draw any name people type that Open Sans covers;
# - assets/fonts/web/*.woff2: the UI's web fonts, subset to Latin (Dutch,
#   English and the names people type in Western Europe) and the punctuation
#   and arrows the UI shows. Text outside these ranges (a name in Greek, say)
#   falls back to a system font, as the unicode-range in
#   ui/src/styles/tokens.css tells the web view.
# The outputs are committed, so neither `make run` nor `make test` runs this;
# run it only when the fonts or the ranges change.
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep in step with `unicode-range` in ui/src/styles/tokens.css.
RANGES="U+0000-017F,U+0192,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2215"

venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "fonttools[woff]==4.68.0"
mkdir -p assets/fonts/charts assets/fonts/web
for weight in Regular Bold; do
  "$venv/bin/pyftsubset" "assets/fonts/OpenSans-$weight.ttf" \
    --unicodes='*' --no-hinting \
    --output-file="assets/fonts/charts/OpenSans-$weight.ttf"
  "$venv/bin/pyftsubset" "assets/fonts/OpenSans-$weight.ttf" \
    --unicodes="$RANGES" \
    --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk,tnum,lnum' \
    --flavor=woff2 \
    --output-file="assets/fonts/web/OpenSans-$weight-latin.woff2"
done
ls -l assets/fonts/charts assets/fonts/web
