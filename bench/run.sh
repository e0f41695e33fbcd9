#!/usr/bin/env bash
# Throughput and memory of crosscheck on generated corpora, beside the scan
# floor (ripgrep looking for the rule packs' trigger words in the same files).
#
#   bench/run.sh                  # sizes from BENCH_SIZES (default 1000 10000 100000)
#   bench/run.sh 1000 10000       # these sizes only
#   bench/run.sh none             # the real-article corpus only
#
# Then, on the real-article corpus (the seeds', dev's and dev2's texts
# copied into BENCH_REAL_COPIES directories, no index.yaml, so language
# detection and every slow path are taken; bench/real-corpus.sh), it prints
# every ratio in one run: single-thread `claims` against `rg -F -f
# PATTERNS` and against the spaCy peer (bench/spacy_peer.py: spacy.blank,
# sentencizer, PhraseMatcher(attr="LOWER") over the same PATTERNS,
# nlp.pipe(batch_size=256), one process; spaCy is installed from PyPI,
# pinned, when missing), start-up for one article, and the peak memory of
# `report` and `compare` with its growth per article (against a corpus of a
# tenth of the copies).
#
# For each size it generates (or reuses) a corpus with crosscheck-corpgen under
# target/bench-corpus/, then prints one Markdown table row: input size,
# sentences and claims, extraction speed (`claims --format jsonl`) on one
# thread and on all cores, the ripgrep floor and crosscheck's time over it,
# `report --format json` wall time, peak RSS, and whether the -j 1 and
# all-core outputs are byte-identical. Times are the best of BENCH_REPEAT
# runs on a warm page cache.
#
# Environment:
#   BENCH_SIZES    article counts, default "1000 10000 100000"
#   BENCH_SEED     corpus seed, default 1
#   BENCH_REPEAT   runs per timing, default 3 (1 for sizes over 10000)
#   BENCH_THREADS  "all cores", default $(nproc)
#   BENCH_REPORT   0 to skip the `report` timing
#   BENCH_DIR      where corpora and outputs go, default target/bench-corpus
#   BENCH_REAL_COPIES  copies of the real articles, default 300 (0 to skip)
#   CROSSCHECK     a crosscheck binary to use instead of building the release profile
#
# Needs: cargo, python3, ripgrep (apt-get install -y ripgrep) and GNU time at
# /usr/bin/time (apt-get install -y time).

set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SIZES="${*:-${BENCH_SIZES:-1000 10000 100000}}"
[[ "$SIZES" == none ]] && SIZES=""
REAL_COPIES="${BENCH_REAL_COPIES:-300}"
SPACY_PIN="spacy==3.8.18"
SEED="${BENCH_SEED:-1}"
THREADS="${BENCH_THREADS:-$(nproc)}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="${BENCH_DIR:-$TARGET_DIR/bench-corpus}"

fail() {
    echo "bench/run.sh: $*" >&2
    exit 1
}
note() { echo "bench/run.sh: $*" >&2; }

command -v cargo >/dev/null || fail "needs cargo"
command -v python3 >/dev/null || fail "needs python3"
command -v rg >/dev/null || fail "needs ripgrep for the scan floor: apt-get install -y ripgrep"
[[ -x /usr/bin/time ]] || fail "needs GNU time at /usr/bin/time for peak RSS: apt-get install -y time"
for n in $SIZES; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || fail "not an article count: $n"
done

if [[ -n "${CROSSCHECK:-}" ]]; then
    CC="$(cd "$(dirname "$CROSSCHECK")" && pwd)/$(basename "$CROSSCHECK")"
    [[ -z "$SIZES" ]] || cargo build --release --quiet -p crosscheck-corpgen
else
    note "building (release)"
    cargo build --release --quiet -p crosscheck-cli -p crosscheck-corpgen
    CC="$TARGET_DIR/release/crosscheck"
fi
GEN="$TARGET_DIR/release/crosscheck-corpgen"
mkdir -p "$WORK"

# The floor's patterns: every metric trigger and reporting verb of the rule packs.
PATTERNS="$WORK/patterns.txt"
python3 - "$ROOT/rules" "$PATTERNS" <<'PY'
import glob, os, re, sys

rules, out = sys.argv[1], sys.argv[2]

def load(path):
    try:
        import yaml
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except ImportError:
        return None

def literal_start(regex):
    """The literal a trigger regex starts with (`massacre[sd]?` -> massacre)."""
    out = ""
    for c in regex:
        if c in "[](){}?*+|.^$\\":
            if c in "?*{" and out:
                out = out[:-1]
            break
        out += c
    return out

def flow_lists(path, keys):
    """Without PyYAML: the `key: [a, b, c]` lists of the given keys."""
    words = []
    pattern = re.compile(r"^\s*(%s):\s*\[(.*)\]\s*$" % "|".join(keys))
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = pattern.match(line)
            if m:
                words += [w.strip().strip("\"'") for w in m.group(2).split(",")]
    return words

words = []
metrics = os.path.join(rules, "metrics.yaml")
doc = load(metrics)
if doc is None:
    words += flow_lists(metrics, ["before", "after", "either"])
else:
    for metric in doc.get("metrics", []):
        for positions in (metric.get("triggers") or {}).values():
            for position, ws in positions.items():
                words += [literal_start(w) for w in ws] if position == "regex" else ws
for lang in sorted(glob.glob(os.path.join(rules, "lang", "*.yaml"))):
    doc = load(lang)
    if doc is None:
        words += flow_lists(lang, ["reporting_verbs"])
    else:
        words += doc["language"].get("reporting_verbs", [])
words = sorted({str(w).strip() for w in words if str(w).strip()})
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(words) + "\n")
PY
PATTERN_COUNT=$(wc -l <"$PATTERNS")

rate() { if [[ "$1" == "-" ]]; then echo "-"; else div "$1" "$2" "$3"; fi; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.1f}" 'BEGIN { if (b > 0) printf f, a / b; else printf "-" }'; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 > a + 0) ? b : a }'; }

# timed OUT CMD...: runs CMD with stdout to OUT under /usr/bin/time -v; sets
# ELAPSED (seconds, wall) and RSS_KB (peak resident set). Exit codes 0 and 1
# (found / nothing found) are success for crosscheck and ripgrep alike.
timed() {
    local out=$1 rc=0 t0 t1
    shift
    t0=$EPOCHREALTIME
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$out" || rc=$?
    t1=$EPOCHREALTIME
    ((rc <= 1)) || fail "'$*' exited with $rc"
    ELAPSED=$(secs "$t0" "$t1")
    RSS_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
}

# best REPEAT CMD...: the best time and the highest RSS over REPEAT runs.
best() {
    local repeat=$1 i best_t="" peak=""
    shift
    for ((i = 0; i < repeat; i++)); do
        timed /dev/null "$@"
        best_t=$(min "$best_t" "$ELAPSED")
        peak=$(max "$peak" "$RSS_KB")
    done
    BEST=$best_t
    PEAK_KB=$peak
}

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo "+changes" || true)
echo "machine: $(nproc) cores (nproc), ${cpu:-unknown CPU}, $mem RAM, $(uname -sr)"
echo "build: crosscheck $rev$dirty, $(rustc --version 2>/dev/null || echo rustc unknown), release profile"
echo "floor: rg $(rg --version | awk 'NR == 1 { print $2 }') -c -F -f patterns.txt ($PATTERN_COUNT words: rules/metrics.yaml triggers and rules/lang/*.yaml reporting_verbs) over the same *.txt files"
echo "all cores: -j $THREADS; times are the best of ${BENCH_REPEAT:-3} runs (1 over 10000 articles unless BENCH_REPEAT is set), warm cache"
echo
if [[ -n "$SIZES" ]]; then
    echo "| articles | input MB | sentences | claims | -j1 s | -j1 MB/s | -j1 sent/s | -j$THREADS s | -j$THREADS MB/s | -j$THREADS sent/s | rg -j1 s | vs rg -j1 | rg -j$THREADS s | vs rg -j$THREADS | report s | report ms/article | claims RSS MB | report RSS MB | -j1 = -j$THREADS |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"
fi

for n in $SIZES; do
    dir="$WORK/corpus-$n-seed$SEED"
    run="$WORK/out-$n"
    mkdir -p "$run"
    note "[$n] corpus in $dir"
    "$GEN" --articles "$n" --out "$dir" --seed "$SEED" --reuse
    repeat=${BENCH_REPEAT:-$((n > 10000 ? 1 : 3))}

    bytes=$(find "$dir" -name '*.txt' -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    mb=$(div "$bytes" 1000000 "%.1f")
    # Warm the page cache so every timing reads from memory.
    find "$dir" -name '*.txt' -type f -exec cat {} + >/dev/null

    note "[$n] claims --format jsonl -j 1 and -j $THREADS ($repeat runs each)"
    best "$repeat" "$CC" claims --format jsonl -j 1 "$dir"
    t1=$BEST
    best "$repeat" "$CC" claims --format jsonl -j "$THREADS" "$dir"
    tn=$BEST
    claims_rss=$PEAK_KB

    note "[$n] rg floor -j 1 and -j $THREADS"
    rg_args=(-c -F -uu -g '*.txt' -f "$PATTERNS")
    best "$repeat" rg -j 1 "${rg_args[@]}" "$dir"
    rg1=$BEST
    best "$repeat" rg -j "$THREADS" "${rg_args[@]}" "$dir"
    rgn=$BEST

    note "[$n] determinism: -j 1 against -j $THREADS"
    timed "$run/claims-j1.jsonl" "$CC" claims --format jsonl -j 1 "$dir"
    timed "$run/claims-jn.jsonl" "$CC" claims --format jsonl -j "$THREADS" "$dir"
    if cmp -s "$run/claims-j1.jsonl" "$run/claims-jn.jsonl"; then same=yes; else same="**NO**"; fi
    claims=$(wc -l <"$run/claims-j1.jsonl")

    report_t="-" per_article="-" report_rss="-" sentences=""
    if [[ "${BENCH_REPORT:-1}" != 0 ]]; then
        note "[$n] report --format json"
        best_t="" peak=""
        for ((i = 0; i < repeat; i++)); do
            timed "$run/report.json" "$CC" report --format json -j "$THREADS" "$dir"
            best_t=$(min "$best_t" "$ELAPSED")
            peak=$(max "$peak" "$RSS_KB")
        done
        report_t=$best_t
        per_article=$(div "$(awk -v t="$best_t" 'BEGIN { print t * 1000 }')" "$n" "%.2f")
        report_rss=$(div "$peak" 1024 "%.0f")
        # The summary comes first in the report; read only as far as it.
        sentences=$(grep -m1 -o '"sentences": *[0-9]*' "$run/report.json" | grep -o '[0-9]*$' || true)
    fi
    if ((n <= 10000)); then
        # Small corpora: the counts from the claims summary, checked against the stream.
        "$CC" claims --format json -j "$THREADS" "$dir" >"$run/claims.json" || (($? == 1)) || fail "claims --format json failed"
        read -r sentences json_claims < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(s["sentences"], s["claims"])' "$run/claims.json")
        ((json_claims == claims)) || note "[$n] claims: $json_claims in the JSON summary, $claims in the JSONL stream"
    fi
    [[ -n "$sentences" ]] || sentences="-"
    rm -f "$run"/claims-j1.jsonl "$run"/claims-jn.jsonl "$run"/claims.json "$run"/report.json

    echo "| $n | $mb | $sentences | $claims | $t1 | $(div "$mb" "$t1") | $(rate "$sentences" "$t1" "%.0f") | $tn | $(div "$mb" "$tn") | $(rate "$sentences" "$tn" "%.0f") | $rg1 | $(div "$t1" "$rg1" "%.0fx") | $rgn | $(div "$tn" "$rgn" "%.0fx") | $report_t | $per_article | $(div "$claims_rss" 1024 "%.0f") | $report_rss | $same |"
done
echo
echo "vs rg: crosscheck's extraction time (claims --format jsonl, output to /dev/null) over rg's on the same files and threads."
echo "report: report --format json -j $THREADS, written to a file; per article = report time / articles. RSS: peak resident set (/usr/bin/time -v)."

if ((REAL_COPIES > 0)); then
    if ! python3 -c "import spacy" 2>/dev/null; then
        note "installing the spaCy peer ($SPACY_PIN)"
        python3 -m pip install --quiet "$SPACY_PIN"
    fi
    small_copies=$(((REAL_COPIES + 9) / 10))
    real="$WORK/real-$REAL_COPIES"
    small="$WORK/real-$small_copies"
    note "[real] corpus of $REAL_COPIES and $small_copies copies of the seeds, dev and dev2 texts"
    bench/real-corpus.sh "$REAL_COPIES" "$real"
    bench/real-corpus.sh "$small_copies" "$small"
    find "$real" -name '*.txt' -type f -exec cat {} + >/dev/null
    articles=$(find "$real" -name '*.txt' -type f | wc -l)
    small_articles=$(find "$small" -name '*.txt' -type f | wc -l)
    bytes=$(find "$real" -name '*.txt' -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    mb=$(div "$bytes" 1000000 "%.1f")
    repeat=${BENCH_REPEAT:-3}

    note "[real] claims -j 1, rg -j 1, the spaCy peer ($repeat runs each)"
    best "$repeat" "$CC" claims --format jsonl -q -j 1 "$real"
    t1=$BEST
    best "$repeat" rg -j 1 -c -F -uu -g '*.txt' -f "$PATTERNS" "$real"
    rg1=$BEST
    best "$repeat" python3 bench/spacy_peer.py "$PATTERNS" "$real"
    spacy_t=$BEST
    one=$(find "$real" -name '*.txt' -type f -print -quit)
    best 10 "$CC" claims --format jsonl -q -j 1 "$one"
    startup=$BEST

    note "[real] memory of report and compare, $articles and $small_articles articles"
    rss() { # rss CORPUS -> "report_kb compare_kb"
        local r c
        timed /dev/null "$CC" report --format json -q "$1"
        r=$RSS_KB
        "$CC" claims --format jsonl -q "$1" >"$WORK/real-stream.jsonl" || (($? == 1))
        timed /dev/null "$CC" compare --format json "$WORK/real-stream.jsonl"
        c=$RSS_KB
        rm -f "$WORK/real-stream.jsonl"
        echo "$r $c"
    }
    read -r report_big compare_big < <(rss "$real")
    read -r report_small compare_small < <(rss "$small")
    per() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.1f", (a - b) / n }'; }
    grown=$((articles - small_articles))

    echo
    echo "Real articles: $articles ($REAL_COPIES copies of the seeds, dev and dev2 texts, no index.yaml), $mb MB"
    echo
    echo "| measure | value |"
    echo "|---|---:|"
    echo "| claims -j1 | $t1 s, $(div "$mb" "$t1") MB/s |"
    echo "| rg -F -f PATTERNS -j1 | $rg1 s |"
    echo "| spaCy peer ($SPACY_PIN, one process) | $spacy_t s |"
    echo "| claims -j1 / rg -j1 | $(div "$t1" "$rg1" "%.1fx") |"
    echo "| spaCy peer / claims -j1 | $(div "$spacy_t" "$t1" "%.1fx") |"
    echo "| start-up, one article (best of 10) | $(awk -v t="$startup" 'BEGIN { printf "%.0f", t * 1000 }') ms |"
    echo "| report peak RSS, $articles / $small_articles articles | $(div "$report_big" 1024 "%.0f") / $(div "$report_small" 1024 "%.0f") MB |"
    echo "| report growth per article | $(per "$report_big" "$report_small" "$grown") KiB |"
    echo "| compare peak RSS, $articles / $small_articles articles | $(div "$compare_big" 1024 "%.0f") / $(div "$compare_small" 1024 "%.0f") MB |"
    echo "| compare growth per article | $(per "$compare_big" "$compare_small" "$grown") KiB |"
fi
