#!/usr/bin/env python3
"""Draw the articles of slant's own gold set (issue 13) from the Israel-Palestine corpus.

A seeded, documented draw, so anyone can check that the set was not cherry-picked:
- population: articles of Data/abp/israel-palestine.jsonl.gz that are mostly about the
  conflict (at least CONFLICT_DENSITY mentions of the conflict's parties and places per 100
  words) and that two annotators can read in full (150 to MAX_WORDS words);
- PER_RATING articles from each AllSides rating (left, center, right), drawn with
  random.Random(SEED).sample from the ids of that rating sorted by id;
- each article's half (dev or test) is fixed by the first byte of SHA-256(id): even -> dev.

Writes Data/gold/draw.json (the settings and the drawn ids, in draw order) and, with
--texts DIR, DIR/<id>.txt (title, blank line, text) for the annotators; the texts are not
committed, since they are in the corpus.
"""
import argparse
import gzip
import hashlib
import json
import os
import random
import re

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO, "Data", "abp", "israel-palestine.jsonl.gz")
OUT = os.path.join(REPO, "Data", "gold")
SEED = 20261207
PER_RATING = 20
CONFLICT_DENSITY = 3.0
MAX_WORDS = 1500
MIN_WORDS = 150
CONFLICT_TERMS = re.compile(
    r"\b(Israel|Israeli|Israelis|Palestinian|Palestinians|Gaza|Hamas|West Bank|Netanyahu|Abbas|Hezbollah|IDF|Fatah)\b")


def half(article_id):
    return "dev" if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else "test"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", help="write each drawn article's text to this folder")
    args = ap.parse_args()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    eligible = {}
    for row in rows:
        words = len(row["text"].split())
        mentions = len(CONFLICT_TERMS.findall(row["text"]))
        if MIN_WORDS <= words <= MAX_WORDS and mentions * 100 / words >= CONFLICT_DENSITY:
            eligible.setdefault(row["allsides_rating"], []).append(row)
    rng = random.Random(SEED)
    drawn = []
    for rating in ("left", "center", "right"):
        pool = sorted(eligible[rating], key=lambda r: r["id"])
        drawn += [(rating, r) for r in rng.sample(pool, PER_RATING)]
    if args.texts:
        os.makedirs(args.texts, exist_ok=True)
        for _, row in drawn:
            with open(os.path.join(args.texts, row["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(row["title"].strip() + "\n\n" + row["text"])
    draw = {
        "seed": SEED, "per_rating": PER_RATING, "conflict_density_per_100_words": CONFLICT_DENSITY,
        "words": [MIN_WORDS, MAX_WORDS], "conflict_terms": CONFLICT_TERMS.pattern,
        "eligible": {k: len(v) for k, v in sorted(eligible.items())},
        "articles": [{"id": r["id"], "outlet": r["outlet"], "rating": rating, "half": half(r["id"]),
                      "words": len(r["text"].split())} for rating, r in drawn],
    }
    with open(os.path.join(OUT, "draw.json"), "w", encoding="utf-8") as f:
        json.dump(draw, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"drew {len(drawn)} articles; dev {sum(a['half'] == 'dev' for a in draw['articles'])}, "
          f"test {sum(a['half'] == 'test' for a in draw['articles'])}; {sum(a['words'] for a in draw['articles'])} words")


if __name__ == "__main__":
    main()
