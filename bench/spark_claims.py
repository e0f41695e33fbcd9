"""The map step under Apache Spark: extraction of a JSON Lines feed, each
partition piped through `crosscheck claims --format jsonl -`, one stream
file per partition. The reduce step is `crosscheck compare` over them.

    python3 bench/spark_claims.py CROSSCHECK FEED.jsonl OUT_DIR [PARTITIONS]

On a cluster the same job runs with another master (`spark-submit
--master yarn ...`) and CROSSCHECK installed on every worker (or shipped
with `--files`); nothing is shuffled: the map needs no key, and the
reduce reads the part files in any order.
"""

import sys
import time

from pyspark.sql import SparkSession


def main():
    crosscheck, feed, out = sys.argv[1], sys.argv[2], sys.argv[3]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("crosscheck-claims")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    started = time.monotonic()
    lines = spark.sparkContext.textFile(feed, minPartitions=partitions)
    # An empty partition would pipe an empty input, which is no feed: drop such partitions.
    lines = lines.filter(lambda line: line.strip()).coalesce(partitions)
    claims = lines.pipe(f"{crosscheck} claims --format jsonl --quiet --threads 1 -", checkCode=False)
    claims.saveAsTextFile(out)
    took = time.monotonic() - started
    print(f"spark: {lines.getNumPartitions()} partitions, map done in {took:.2f} s", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
