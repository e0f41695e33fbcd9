#!/usr/bin/env bash
# Copies the seeds', dev's and dev2's article texts (no index.yaml, so
# language detection and every other slow path are taken) into COPIES
# directories under OUT: the real-article corpus of bench/run.sh.
#
#   bench/real-corpus.sh COPIES OUT [SHARED]    # SHARED defaults to ../shared
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies=$1
out=$2
shared="${3:-$ROOT/../shared}"
[[ "$copies" =~ ^[1-9][0-9]*$ ]] || { echo "bench/real-corpus.sh: not a count: $copies" >&2; exit 1; }
sources=("$ROOT"/seeds/*.txt)
for set in dev dev2; do
    [[ -d "$shared/$set/articles" ]] && sources+=("$shared/$set/articles"/*.txt)
done
if [[ -f "$out/.complete" ]] && [[ "$(cat "$out/.complete")" == "$copies ${#sources[@]}" ]]; then
    exit 0
fi
rm -rf "$out"
for ((i = 0; i < copies; i++)); do
    d=$(printf '%s/%04d' "$out" "$i")
    mkdir -p "$d"
    cp "${sources[@]}" "$d/"
done
echo "$copies ${#sources[@]}" >"$out/.complete"
