#!/usr/bin/env bash
# The files the .deb and .rpm carry besides the app, in the form Debian's
# rules ask (`lintian`): the manual pages and the changelog compressed with
# `gzip -9n` (no name or time stamp inside, so a rebuild is identical), and
# the machine-readable copyright file as it is. Written to
# target/package-files/, which src-tauri/tauri.conf.json maps into the
# packages. Run by `make package`.
set -euo pipefail
cd "$(dirname "$0")/.."
src=src-tauri/packaging
out=target/package-files
rm -rf "$out"
mkdir -p "$out/nl"
gzip -9n -c "$src/man/rolspiegel.1" >"$out/rolspiegel.1.gz"
gzip -9n -c "$src/man/nl/rolspiegel.1" >"$out/nl/rolspiegel.1.gz"
gzip -9n -c "$src/debian/changelog" >"$out/changelog.gz"
cp "$src/debian/copyright" "$out/copyright"
