#!/usr/bin/env bash
# Installs what Rolspiegel needs to build, run and test, and nothing that is
# already there: Debian/Ubuntu packages, then the UI's npm packages.
# Safe to run again; it only acts on what is missing.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)

# Build and run: WebKitGTK 4.1 for Tauri 2, a C toolchain for SQLite.
# Test: Xvfb (with xauth for xvfb-run) and WebKitWebDriver for the end-to-end tests;
# xdotool types into the native file dialogs there, as a person would.
# A live session is tested with phones in Chromium (chromium-driver) and
# WebKitGTK inside a network namespace the test makes (iproute2).
# One window per user is tested on a private D-Bus session bus (dbus).
# The PDF report is read back by independent tools: poppler (pdftotext,
# pdfinfo, pdftoppm) and pikepdf for its structure tree.
packages=(build-essential pkg-config curl file libssl-dev libwebkit2gtk-4.1-dev
          xvfb xauth webkit2gtk-driver xdotool dbus
          chromium chromium-driver iproute2
          poppler-utils python3-pikepdf)
# `install-deps.sh package`: also what `make package-test` needs to install
# the .deb in a clean Debian root, check its desktop entry, and read the .rpm.
if [ "${1:-}" = "package" ]; then
  packages+=(debootstrap desktop-file-utils rpm lintian rpmlint appstream)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is missing. Install it with rustup (https://rustup.rs), then run make again." >&2
  exit 1
fi

# Vite 8 needs Node.js 20.19 or newer.
node_version=$(node -p 'process.versions.node')
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "Node.js $node_version is too old: the UI build needs Node.js 20.19 or newer." >&2
  exit 1
fi

# npm packages, exactly as locked, only when the lock file changed.
lock="$here/ui/package-lock.json"
stamp="$here/ui/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
  echo "Installing npm packages (ui/)"
  (cd "$here/ui" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi
