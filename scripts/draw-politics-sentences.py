#!/usr/bin/env python3
"""Draw the sentences of the political-language evaluation set (issue 15) from sample-5000.

A seeded, documented draw, so anyone can check that the set was not cherry-picked:
- population: the sentences (5 to 80 words) of the articles of the ABP 5,000-article sample
  (Data/abp/sample-5000.jsonl.gz), each article audited by the slant binary as written to a
  file (title, blank line, text) with `--sides us-politics --format json`;
- a *hit* is a finding, in any voice, of a rule added for issue 15 (the political-language
  pack and the framing rules listed in ISSUE_15_RULES); a sentence holds a hit when the
  finding starts inside it;
- N/2 sentences drawn with random.Random(SEED).sample from the sentences holding a hit, then
  N/2 from all the other sentences, each pool sorted by (article id, sentence index) first;
  the two halves are shuffled together with the same generator;
- each sentence's half (dev or test) is fixed by the first byte of SHA-256(article id), even
  -> dev, as in the gold set (scripts/draw-gold-set.py), so one article's sentences share a half.

Writes, in --out (default Data/politics-eval):
- worksheet.tsv: id, half, the sentence before (context), the sentence, and empty columns
  for the reader (loaded: yes/no, loaded_words, notes). It holds nothing of slant's output:
  give it, with docs/political-language-guidelines.md, to each reader separately;
- key.json: the hidden key (article id, outlet, pool, and slant's hits with rule, text, voice
  and offsets), for scoring only; never shown to the readers;
- draw.json: the settings, the counts of each pool and the drawn ids in draw order.
"""
import argparse
import gzip
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO, "Data", "abp", "sample-5000.jsonl.gz")
OUT = os.path.join(REPO, "Data", "politics-eval")
SEED = 20261208
N = 300
MIN_WORDS, MAX_WORDS = 5, 80
SIDES = "us-politics"
# The rules added for issue 15 outside the political-language pack (which counts whole).
ISSUE_15_RULES = {
    "loaded.clashes-one-sided", "loaded.riots", "loaded.gruesome", "loaded.house-of-horrors",
    "loaded.reign-of-terror", "label.ultranationalists", "label.settler-gangs", "label.rioters",
    "hedge.claims-noun", "label.orcs", "label.neo-nazis", "loaded.special-military-operation",
    "loaded.denazification", "loaded.kiev", "loaded.crimea-reunification",
}
SENTENCE_END = re.compile(rb'(?<=[.!?])["\xe2\x80\x9d\xe2\x80\x99)]*\s+(?=["\xe2\x80\x9c(]?[A-Z0-9])')


def half(article_id):
    return "dev" if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else "test"


def political_rules():
    with open(os.path.join(REPO, "Lexicons", "political-language.yml"), encoding="utf-8") as f:
        return {m.group(1) for m in re.finditer(r"^  - id: (\S+)$", f.read(), re.M)}


def sentences(data):
    """(start, end) byte ranges of the sentences of one article file, paragraph by paragraph."""
    spans, offset = [], 0
    for line in data.split(b"\n"):
        start = 0
        for m in SENTENCE_END.finditer(line):
            spans.append((offset + start, offset + m.start()))
            start = m.end()
        if line[start:].strip():
            spans.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return [(s, e) for s, e in spans if MIN_WORDS <= len(data[s:e].split()) <= MAX_WORDS]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=CORPUS, help="JSON Lines, optionally .gz (default: %(default)s)")
    ap.add_argument("--slant", default=os.path.join(REPO, ".build", "release", "slant"), help="the slant binary")
    ap.add_argument("--out", default=OUT, help="output folder (default: %(default)s)")
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rules = political_rules() | ISSUE_15_RULES
    with tempfile.TemporaryDirectory() as tmp:
        texts, reports = os.path.join(tmp, "in"), os.path.join(tmp, "out")
        os.makedirs(texts)
        for index, row in enumerate(rows):
            with open(os.path.join(texts, f"{index:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"{row['title']}\n\n{row['text']}")
        names = sorted(os.listdir(texts))
        command = [args.slant, "audit", "--sides", SIDES, "--format", "json", "--output", reports]
        # In chunks, so the argument list stays short; an article slant cannot read is counted.
        for chunk in range(0, len(names), 500):
            result = subprocess.run(command + [os.path.join(texts, n) for n in names[chunk:chunk + 500]])
            if result.returncode not in (0, 2):
                sys.exit(f"slant failed with exit code {result.returncode}")
        hit_pool, other_pool, unreadable = [], [], 0
        for index, row in enumerate(rows):
            with open(os.path.join(texts, f"{index:05d}.txt"), "rb") as f:
                data = f.read()
            report = os.path.join(reports, f"{index:05d}.json")
            if not os.path.exists(report):
                unreadable += 1
                continue
            with open(report, encoding="utf-8") as f:
                findings = [x for x in json.load(f)["findings"] if x["ruleID"] in rules]
            spans = sentences(data)
            for number, (start, end) in enumerate(spans):
                hits = [
                    {"rule": x["ruleID"], "text": x["span"]["text"], "voice": x["voice"],
                     "start": x["span"]["start"] - start, "end": x["span"]["end"] - start}
                    for x in findings if start <= x["span"]["start"] < end]
                item = {
                    "article": row["id"], "outlet": row["outlet"], "sentence": number,
                    "text": data[start:end].decode("utf-8").strip(),
                    "before": data[spans[number - 1][0]:spans[number - 1][1]].decode("utf-8").strip() if number else "",
                    "hits": hits}
                (hit_pool if hits else other_pool).append(item)
    rng = random.Random(SEED)
    key = lambda item: (item["article"], item["sentence"])
    drawn = [dict(x, pool="hit") for x in rng.sample(sorted(hit_pool, key=key), N // 2)]
    drawn += [dict(x, pool="random") for x in rng.sample(sorted(other_pool, key=key), N - N // 2)]
    rng.shuffle(drawn)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "worksheet.tsv"), "w", encoding="utf-8") as f:
        f.write("id\thalf\tbefore\tsentence\tloaded\tloaded_words\tnotes\n")
        for number, item in enumerate(drawn, 1):
            clean = lambda text: text.replace("\t", " ").replace("\n", " ")
            f.write(f"S{number:03d}\t{half(item['article'])}\t{clean(item['before'])}\t{clean(item['text'])}\t\t\t\n")
    with open(os.path.join(args.out, "key.json"), "w", encoding="utf-8") as f:
        json.dump({f"S{n:03d}": {k: item[k] for k in ("article", "outlet", "sentence", "pool", "hits")}
                   for n, item in enumerate(drawn, 1)}, f, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(args.out, "draw.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": SEED, "n": N, "sides": SIDES, "words": [MIN_WORDS, MAX_WORDS],
                   "rules": sorted(rules), "corpus": os.path.relpath(args.corpus, REPO),
                   "articles": len(rows), "unreadable": unreadable,
                   "pool_sizes": {"hit": len(hit_pool), "random": len(other_pool)},
                   "drawn": [f"{item['article']}#{item['sentence']}" for item in drawn]},
                  f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(drawn)} sentences ({N // 2} with a hit of {len(hit_pool)}, {N - N // 2} of {len(other_pool)} others) "
          f"from {len(rows)} articles ({unreadable} unreadable) -> {args.out}")


if __name__ == "__main__":
    main()
