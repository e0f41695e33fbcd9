#!/usr/bin/env python3
"""The quality ratchet: score seeds, dev and dev2 and fail when any figure
falls below the floor recorded in .ci/quality-floor.json.

Usage: python3 .ci/quality.py [BINARY] [--update]

BINARY defaults to target/debug/crosscheck. The gold sets live in ../shared
beside the repository; where they are absent the check says so and passes,
unless CROSSCHECK_REQUIRE_EXTERNAL=1. --update raises each floor to the score
measured now (never lowers one): run it in the commit that gains.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
FLOOR = os.path.join(ROOT, ".ci", "quality-floor.json")
SETS = {
    "seeds": (os.path.join(SHARED, "eval", "seeds-gold.yaml"), os.path.join(ROOT, "seeds")),
    "dev": (os.path.join(SHARED, "dev", "gold.yaml"), os.path.join(SHARED, "dev", "articles")),
    "dev2": (os.path.join(SHARED, "dev2", "gold.yaml"), os.path.join(SHARED, "dev2", "articles")),
}
METRICS = [
    "quantity_recall", "quantity_precision", "qualifier_accuracy", "camp_accuracy",
    "proposition_recall", "proposition_precision", "dispute_recall", "contradiction_pair_precision",
]


def score(binary, gold, docs):
    report = subprocess.run([binary, "report", "--format", "json", docs], capture_output=True, check=False)
    if report.returncode not in (0, 1):
        raise RuntimeError(f"{binary} report {docs} exited {report.returncode}: {report.stderr.decode()[:500]}")
    scored = subprocess.run(
        [sys.executable, os.path.join(SHARED, "eval", "score.py"), "--gold", gold, "--docs", docs, "--json", "-"],
        input=report.stdout, capture_output=True, check=True)
    return json.loads(scored.stdout)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    update = "--update" in sys.argv
    binary = args[0] if args else os.path.join(ROOT, "target", "debug", "crosscheck")
    if not os.path.isfile(os.path.join(SHARED, "eval", "score.py")):
        message = f"quality: skipped, no gold sets at {SHARED}"
        if os.environ.get("CROSSCHECK_REQUIRE_EXTERNAL") == "1":
            print(message + " (CROSSCHECK_REQUIRE_EXTERNAL=1)", file=sys.stderr)
            return 1
        print(message)
        return 0
    with open(FLOOR) as f:
        floor = json.load(f)
    failures = []
    for name, (gold, docs) in SETS.items():
        if not (os.path.isfile(gold) and os.path.isdir(docs)):
            failures.append(f"{name}: gold set missing")
            continue
        s = score(binary, gold, docs)
        line = []
        for metric in METRICS:
            value = s.get(metric)
            if value is None:
                continue
            value = round(value, 3)
            least = floor.get(name, {}).get(metric)
            line.append(f"{metric}={value:.3f}" + ("" if least is None else f" (floor {least:.3f})"))
            if least is not None and value < least - 1e-9:
                failures.append(f"{name}: {metric} {value:.3f} is below its floor {least:.3f}")
            if update and (least is None or value > least):
                floor.setdefault(name, {})[metric] = value
        print(f"quality {name}: " + ", ".join(line))
    if update:
        with open(FLOOR, "w") as f:
            json.dump(floor, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"quality: floors written to {FLOOR}")
    for failure in failures:
        print(f"quality: FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
