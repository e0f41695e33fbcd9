#!/usr/bin/env bash
# Makes docs/report.png: the HTML report of the seeds as headless Chromium
# draws it. Not compared in tests (fonts differ between machines); rerun it
# when the report's look changes, and commit the image.
#
#   scripts/screenshot.sh            # needs chromium (apt-get install -y chromium)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
command -v chromium >/dev/null || { echo "scripts/screenshot.sh: needs chromium (apt-get install -y chromium)" >&2; exit 1; }
cargo build --quiet
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
status=0
target/debug/crosscheck report --format html seeds > "$WORK/report.html" || status=$?
# 0: contradictions found, 1: none; both are a report.
[[ $status -le 1 ]] || { echo "scripts/screenshot.sh: crosscheck exited $status" >&2; exit 1; }
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --window-size=1280,1600 --screenshot="$ROOT/docs/report.png" "file://$WORK/report.html" 2>/dev/null
echo "wrote docs/report.png"
