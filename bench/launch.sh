#!/usr/bin/env bash
# Builds Rolspiegel and a bare Tauri app in release mode and compares launch
# time, idle memory and binary size in one run, under Xvfb; then the window
# redrawing a large group, and the window during a live session (needs root
# or sudo for its network namespace).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p rolspiegel -p bare-tauri-app
xvfb-run -a -s "-screen 0 1280x900x24" python3 bench/launch.py "$@"
xvfb-run -a -s "-screen 0 1280x900x24" python3 bench/group_redraw.py 1000
xvfb-run -a -s "-screen 0 1280x900x24" python3 bench/group_redraw.py 10000
xvfb-run -a -s "-screen 0 1280x900x24" python3 bench/live_window.py
