"""Writes a JSON Lines feed of article directories (each with its index.yaml)
for bench/spark.sh: one item per article, `id` its path as given, the
index's language, date, outlet, conflict and URL, in the order `crosscheck
compare` lists articles (by the path claims cite, component by component).

    python3 bench/spark_feed.py OUT.jsonl NAME=DIR...

Each item's id is NAME/FILE (`dev/d01.txt`).
"""

import json
import os
import sys

import yaml


def cited(item):
    """The path claims cite (the URL, else the id), as Rust's Path orders it."""
    path = item.get("url") or item["id"]
    # Rust's Path: the root before anything, `..` before any name.
    parts = [(0, "") if c == ".." else (1, c) for c in path.split("/") if c not in ("", ".")]
    return (0 if path.startswith("/") else 1, parts)


def main():
    out, dirs = sys.argv[1], sys.argv[2:]
    items = []
    for named in dirs:
        label, d = named.split("=", 1)
        index = os.path.join(d, "index.yaml")
        entries = {}
        if os.path.exists(index):
            with open(index, encoding="utf-8") as f:
                for entry in yaml.safe_load(f) or []:
                    entries[entry["file"]] = entry
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                item = {"id": f"{label}/{name}", "text": f.read()}
            meta = entries.get(name, {})
            for key in ("language", "outlet", "conflict", "url"):
                if meta.get(key):
                    item[key] = str(meta[key])
            if meta.get("published"):
                item["published"] = str(meta["published"])[:10]
            items.append(item)
    items.sort(key=cited)
    with open(out, "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} articles -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
