#!/usr/bin/env bash
# Per-byte cost of one large article: extraction time and peak memory for
# one article built by repeating the seed articles, at each size given, so
# that a cost growing faster than the article shows as a growing per-byte
# figure. The issue it answers: a 100 MB article must cost at most twice
# the per-byte time of a 1 MB one.
#
#   bench/article-size.sh               # sizes in MB from ARTICLE_SIZES (default 1 100)
#   bench/article-size.sh 1 4 16 100    # these sizes
#
# CPU time (user + system) is the measure: on a shared machine wall time
# moves with the load, CPU time much less.
#
# Each size is measured twice: prose (the seeds as they are) and one
# endless line with no sentence ends (the seeds with every terminal and
# line break turned into a space), which is where per-sentence work
# would grow without bound.
#
# Environment:
#   CROSSCHECK     the binary to time (default: target/release/crosscheck,
#                  built with `cargo build --release` when missing; a debug
#                  binary works too, only slower per byte)
#   BENCH_DIR      where the articles go, default target/bench-article
#
# Needs: python3 and GNU time at /usr/bin/time.

set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || read -r -a SIZES <<<"${ARTICLE_SIZES:-1 100}"
DIR="${BENCH_DIR:-target/bench-article}"
BIN="${CROSSCHECK:-target/release/crosscheck}"
mkdir -p "$DIR"
if [ ! -x "$BIN" ]; then
  cargo build --release -p crosscheck-cli
fi

make_article() { # shape, MB, path
  python3 - "$1" "$2" "$3" <<'PY'
import glob, re, sys
shape, mb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seed = "\n\n".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob("seeds/*.txt")))
if shape == "line":
    seed = re.sub(r"[.!?؟…\n]", " ", seed)
unit = seed.encode("utf-8")
target = mb * 1024 * 1024
with open(path, "wb") as out:
    written = 0
    while written < target:
        out.write(unit + (b"\n\n" if shape == "prose" else b" "))
        written += len(unit) + 2
PY
}

printf '| shape | size | bytes | wall s | CPU s | CPU ns/byte | peak RSS (MB) | claims |\n|---|---|---|---|---|---|---|---|\n'
for shape in prose line; do
  for mb in "${SIZES[@]}"; do
    file="$DIR/$shape-$mb.txt"
    [ -f "$file" ] || make_article "$shape" "$mb" "$file"
    bytes=$(stat -c %s "$file")
    limit=$((bytes + 1))
    /usr/bin/time -f '%e %U %S %M' -o "$DIR/time" "$BIN" claims --format jsonl --max-article-bytes "$limit" "$file" \
      >"$DIR/out.jsonl" 2>"$DIR/err" || true
    read -r secs user sys rss <"$DIR/time"
    claims=$(wc -l <"$DIR/out.jsonl")
    awk -v s="$shape" -v mb="$mb" -v b="$bytes" -v t="$secs" -v u="$user" -v k="$sys" -v r="$rss" -v c="$claims" \
      'BEGIN { printf "| %s | %d MB | %d | %.2f | %.2f | %.1f | %.0f | %d |\n", s, mb, b, t, u + k, (u + k) * 1e9 / b, r / 1024, c }'
  done
done
