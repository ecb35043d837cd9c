#!/usr/bin/env python3
"""Scores slant's editorial-voice findings of the issue-15 rules against the blind readers of
the political-language set (Data/politics-eval, docs/political-language-guidelines.md).

    python3 scripts/politics-eval.py [--slant PATH]

Reads the two readers' worksheets (annotations/a.tsv, annotations/b.tsv) and the adjudicated
one (annotations/adjudicated.tsv: a sentence is loaded when both readers say yes, or when they
disagree and the adjudicator says yes). slant runs afresh over the drawn sentences' articles
(title, blank line, text; `--sides us-politics`), so the figures are the current engine's, not
the draw's: a sentence is slant's `yes` when an issue-15 rule (the political-language pack and
the framing rules listed in the draw script) has a finding in editorial voice starting inside
it. Prints a Markdown block: Cohen's kappa between the readers, then precision and recall for
the dev and the test half. Python 3 standard library only.
"""
import argparse
import collections
import gzip
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = os.path.join(REPO, "Data", "politics-eval")
spec = importlib.util.spec_from_file_location("draw", os.path.join(REPO, "scripts", "draw-politics-sentences.py"))
draw = importlib.util.module_from_spec(spec)
spec.loader.exec_module(draw)


def worksheet(path):
    """Rows by id. Cells are tab-separated and never quoted: a sentence may open with a quote mark."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [line.rstrip("\r\n").split("\t") for line in f if line.strip()]
    header = rows[0]
    return {row[0]: dict(zip(header, row)) for row in rows[1:]}


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    count_a, count_b = collections.Counter(a for a, _ in pairs), collections.Counter(b for _, b in pairs)
    expected = sum(count_a[k] * count_b[k] for k in set(count_a) | set(count_b)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def slant_answers(slant, key):
    """Sentence id -> (slant says loaded, the editorial findings' texts)."""
    wanted = {item["article"] for item in key.values()}
    with gzip.open(os.path.join(REPO, "Data", "abp", "sample-5000.jsonl.gz"), "rt", encoding="utf-8") as f:
        rows = {row["id"]: row for row in map(json.loads, f) if row["id"] in wanted}
    rules = draw.political_rules() | draw.ISSUE_15_RULES
    answers = {}
    with tempfile.TemporaryDirectory() as tmp:
        names = {}
        for number, article in enumerate(sorted(rows)):
            names[article] = f"{number:04d}"
            with open(os.path.join(tmp, names[article] + ".txt"), "w", encoding="utf-8") as f:
                f.write(f"{rows[article]['title']}\n\n{rows[article]['text']}")
        out = os.path.join(tmp, "out")
        files = [os.path.join(tmp, names[a] + ".txt") for a in sorted(rows)]
        result = subprocess.run([slant, "audit", "--sides", draw.SIDES, "--format", "json", "--output", out] + files)
        if result.returncode not in (0, 2):
            sys.exit(f"slant failed with exit code {result.returncode}")
        for sid, item in key.items():
            with open(os.path.join(tmp, names[item["article"]] + ".txt"), "rb") as f:
                data = f.read()
            with open(os.path.join(out, names[item["article"]] + ".json"), encoding="utf-8") as f:
                findings = json.load(f)["findings"]
            start, end = draw.sentences(data)[item["sentence"]]
            mine = [x["span"]["text"] for x in findings
                    if x["ruleID"] in rules and x["voice"] == "editorial" and start <= x["span"]["start"] < end]
            answers[sid] = (bool(mine), mine)
    return answers


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slant", default=os.path.join(REPO, ".build", "release", "slant"))
    args = ap.parse_args()
    with open(os.path.join(SET, "key.json"), encoding="utf-8") as f:
        key = json.load(f)
    a = worksheet(os.path.join(SET, "annotations", "a.tsv"))
    b = worksheet(os.path.join(SET, "annotations", "b.tsv"))
    adjudicated_path = os.path.join(SET, "annotations", "adjudicated.tsv")
    adjudicated = worksheet(adjudicated_path) if os.path.exists(adjudicated_path) else {}
    answers = slant_answers(args.slant, key)
    lines = ["### Political language (issue 15): slant against two blind readers", ""]
    pairs = [(a[s]["loaded"], b[s]["loaded"]) for s in key]
    agree = sum(x == y for x, y in pairs)
    lines.append(f"Readers agree on {agree} of {len(pairs)} sentences; Cohen's kappa {kappa(pairs):.3f}. "
                 f"Disagreements adjudicated: {sum(1 for s in key if a[s]['loaded'] != b[s]['loaded'] and s in adjudicated)}.")
    lines += ["", "| half | sentences | gold loaded | slant flags | both | precision | recall |", "|---|---|---|---|---|---|---|"]
    for half in ("dev", "test"):
        ids = [s for s in key if a[s]["half"] == half]
        gold = {s for s in ids if a[s]["loaded"] == b[s]["loaded"] == "yes"
                or a[s]["loaded"] != b[s]["loaded"] and adjudicated.get(s, {}).get("loaded") == "yes"}
        flagged = {s for s in ids if answers[s][0]}
        both = gold & flagged
        p = len(both) / len(flagged) if flagged else float("nan")
        r = len(both) / len(gold) if gold else float("nan")
        lines.append(f"| {half} | {len(ids)} | {len(gold)} | {len(flagged)} | {len(both)} | {p:.3f} | {r:.3f} |")
    lines.append("")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
