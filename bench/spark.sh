#!/usr/bin/env bash
# Map and reduce under Apache Spark: extraction of the seeds, dev and dev2
# articles as a JSON Lines feed under Spark (`local[2]`, each partition piped
# through `crosscheck claims --format jsonl -`), then `crosscheck compare`
# over the part files, checked byte for byte against a single-machine
# `crosscheck report` of the same feed in every format. Exits non-zero on a
# difference. CI does not run it.
#
#   bench/spark.sh                    # builds crosscheck (release) and runs
#   CROSSCHECK=target/debug/crosscheck bench/spark.sh
#
# Environment:
#   CROSSCHECK        the binary to use (default: build the release profile)
#   SPARK_PARTITIONS  partitions of the feed, default 4
#   SPARK_DIR         where the feed and the streams go, default target/spark
#   SHARED            the gold sets' directory, default ../shared
#
# Installs Java (openjdk-17-jre-headless, with apt-get) when `java` is
# missing and pyspark (with pip) when Python cannot import it.

set -euo pipefail
export LC_ALL=C.UTF-8

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="${SPARK_DIR:-$TARGET_DIR/spark}"
PARTITIONS="${SPARK_PARTITIONS:-4}"
SHARED="${SHARED:-$ROOT/../shared}"

note() { echo "bench/spark.sh: $*" >&2; }
fail() {
    note "$*"
    exit 1
}

if ! command -v java >/dev/null; then
    note "installing Java"
    apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
if ! python3 -c "import pyspark" 2>/dev/null; then
    note "installing pyspark"
    python3 -m pip install --quiet pyspark
fi
python3 -c "import yaml" 2>/dev/null || python3 -m pip install --quiet pyyaml

if [[ -n "${CROSSCHECK:-}" ]]; then
    CC="$(cd "$(dirname "$CROSSCHECK")" && pwd)/$(basename "$CROSSCHECK")"
else
    note "building (release)"
    cargo build --release --quiet -p crosscheck-cli
    CC="$TARGET_DIR/release/crosscheck"
fi
[[ -x "$CC" ]] || fail "no crosscheck binary at $CC"

DIRS=(seeds=seeds)
for set in dev dev2; do
    if [[ -d "$SHARED/$set/articles" ]]; then
        DIRS+=("$set=$SHARED/$set/articles")
    else
        note "no $SHARED/$set/articles: left out"
    fi
done

rm -rf "$WORK"
mkdir -p "$WORK"
FEED="$WORK/feed.jsonl"
python3 bench/spark_feed.py "$FEED" "${DIRS[@]}"

note "map: Spark local[2], $PARTITIONS partitions"
start=$(date +%s.%N)
python3 bench/spark_claims.py "$CC" "$FEED" "$WORK/streams" "$PARTITIONS"
map_s=$(echo "$(date +%s.%N) - $start" | bc)
shopt -s nullglob
PARTS=("$WORK"/streams/part-*)
[[ ${#PARTS[@]} -gt 0 ]] || fail "Spark wrote no part files"

status=0
for format in table markdown json csv claimreview html; do
    set +e
    "$CC" report --quiet --format "$format" "$FEED" >"$WORK/report.$format" 2>"$WORK/report.$format.err"
    want=$?
    "$CC" compare --format "$format" "${PARTS[@]}" >"$WORK/compare.$format" 2>"$WORK/compare.$format.err"
    got=$?
    set -e
    if [[ $want -ne $got ]] || ! cmp -s "$WORK/report.$format" "$WORK/compare.$format" \
        || ! cmp -s "$WORK/report.$format.err" "$WORK/compare.$format.err"; then
        note "DIFFERENT: $format (report exit $want, compare exit $got; see $WORK/report.$format and $WORK/compare.$format)"
        status=1
    else
        echo "identical: $format ($(wc -c <"$WORK/compare.$format") bytes, exit $got)"
    fi
done

timed() {
    local start
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    echo "$(date +%s.%N) - $start" | bc
}
report_s=$(timed "$CC" report --quiet --format json "$FEED")
compare_s=$(timed "$CC" compare --format json "${PARTS[@]}")
claims_s=$(timed "$CC" claims --quiet --format jsonl "$FEED")
articles=$(wc -l <"$FEED")
lines=$(cat "${PARTS[@]}" | wc -l)
printf '%s articles, %s stream lines in %s part files\n' "$articles" "$lines" "${#PARTS[@]}"
printf 'map under Spark (with start-up): %.2f s; compare: %.3f s; single-machine claims: %.3f s, report: %.3f s\n' \
    "$map_s" "$compare_s" "$claims_s" "$report_s"
if [[ $status -eq 0 ]]; then
    echo "spark: compare over the part files is byte-identical to report in every format"
fi
exit $status
