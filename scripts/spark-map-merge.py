#!/usr/bin/env python3
"""Run the map step of `slant compare` on Apache Spark and merge the partial results.

Spark (PySpark, local mode by default) reads the corpus as lines and splits it into
partitions; `RDD.pipe` feeds each partition's lines to `slant compare - --partial -`, which
prints one line of partial results; the driver collects those lines in partition order and
`slant merge` turns them into the comparison. With --check, the script also runs
`slant compare` once over the whole corpus and fails unless both JSON reports are identical,
byte for byte.

    pip install pyspark            # needs Java 17+ (java -version)
    gzip -dc Data/abp/israel-palestine.jsonl.gz > /tmp/ip.jsonl; scripts/spark-map-merge.py /tmp/ip.jsonl /tmp/spark-out --check

Exit codes: 0 done (and identical, with --check); 1 a step failed or the reports differ;
3 PySpark or Java is not available.
"""
import argparse
import filecmp
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

UNAVAILABLE = 3


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="a JSON Lines corpus (one article per line)")
    parser.add_argument("output", help="folder for partials.jsonl and the merged comparison reports")
    parser.add_argument("--slant", default=".build/debug/slant", help="the slant binary (default: %(default)s)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default: %(default)s)")
    parser.add_argument("--partitions", type=int, default=4, help="minimum number of partitions (default: %(default)s)")
    parser.add_argument("--format", default="markdown,json", help="report formats for slant merge (default: %(default)s)")
    parser.add_argument("--seed", help="bootstrap seed, passed to slant merge")
    parser.add_argument("--resamples", help="bootstrap resamples, passed to slant merge")
    parser.add_argument("--min-articles", help="ranking threshold, passed to slant merge")
    parser.add_argument("--check", action="store_true", help="compare with a single run of slant compare")
    return parser.parse_args()


def comparison_options(arguments):
    options = []
    for name in ("seed", "resamples", "min_articles"):
        value = getattr(arguments, name)
        if value is not None:
            options += ["--" + name.replace("_", "-"), value]
    return options


def map_with_spark(arguments, slant):
    """The partial results of each partition, one JSON line each, in partition order."""
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        print("spark-map-merge: PySpark is not installed (pip install pyspark)", file=sys.stderr)
        sys.exit(UNAVAILABLE)
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        print("spark-map-merge: Spark needs Java 17 or later (java not found)", file=sys.stderr)
        sys.exit(UNAVAILABLE)
    # Spark's Python workers must be this interpreter, the one that has PySpark.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    # Local mode talks to itself only: keep the driver on the loopback address.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    conf = SparkConf().setMaster(arguments.master).setAppName("slant-compare-map")
    conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    conf.set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        lines = context.textFile(os.path.abspath(arguments.corpus), minPartitions=arguments.partitions)
        print(f"spark-map-merge: {lines.getNumPartitions()} partitions", file=sys.stderr)
        # One slant process per partition; each prints its partial results as one line.
        command = f"{shlex.quote(slant)} compare - --partial - --jobs 1"
        return lines.pipe(command, checkCode=True).collect()
    finally:
        context.stop()


def main():
    arguments = parse_arguments()
    slant = os.path.abspath(arguments.slant)
    if not os.access(slant, os.X_OK):
        print(f"spark-map-merge: {slant} is not an executable (make build?)", file=sys.stderr)
        return 1
    partials = map_with_spark(arguments, slant)
    os.makedirs(arguments.output, exist_ok=True)
    partials_file = os.path.join(arguments.output, "partials.jsonl")
    with open(partials_file, "w", encoding="utf-8") as handle:
        for line in partials:
            handle.write(line + "\n")
    options = comparison_options(arguments)
    subprocess.run(
        [slant, "merge", partials_file, "--output", arguments.output, "--format", arguments.format] + options,
        check=True)
    print(f"spark-map-merge: {len(partials)} partial results merged into {arguments.output}", file=sys.stderr)
    if not arguments.check:
        return 0
    if "json" not in arguments.format.split(","):
        print("spark-map-merge: --check compares the JSON reports; add json to --format", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as single:
        subprocess.run(
            [slant, "compare", arguments.corpus, "--output", single, "--format", "json"] + options, check=True)
        merged = os.path.join(arguments.output, "comparison.json")
        if not filecmp.cmp(os.path.join(single, "comparison.json"), merged, shallow=False):
            print("spark-map-merge: the merged comparison differs from a single run", file=sys.stderr)
            return 1
    print("spark-map-merge: identical to a single run of slant compare", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
