"""PolNeAR's train split (networkdynamics/PolNeAR, data/train) scored against slant (issue 13).

PolNeAR annotates every attribution in US election news of 2015-16 (source, cue, content) in
brat standoff files. Only its train split may be scored here: its dev and test splits are kept
for independent scoring, so `train_pairs` refuses a path into them. Nothing of PolNeAR is
committed; `make evaluate POLNEAR=path` or `scripts/evaluate.py polnear --polnear path` scores a
checkout the user has.

Figures (definitions in EVALUATION.md):
- attributed share of an article: the share of its words inside attributed content (PolNeAR's
  Content spans; slant's quotations and paraphrases). Per article, slant's share is "within 0.10"
  when it differs from the gold's by at most 0.10; the Pearson r is over articles.
- cue recall and precision: a cue counts as found when slant's cue span overlaps it.
"""

import math
import os
import re

WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
KEPT_SPLITS = ("dev", "test")


class SplitRefused(Exception):
    pass


def split_dirs(path):
    """(text dir, annotation dir) for a PolNeAR checkout, its data/train folder, or a flat
    folder of .txt and .ann files. Raises SplitRefused for a path into dev or test."""
    parts = os.path.normpath(os.path.abspath(path)).split(os.sep)
    for kept in KEPT_SPLITS:
        if kept in parts and "data" in parts and parts.index(kept) == parts.index("data") + 1:
            raise SplitRefused(f"{path}: PolNeAR's {kept} split is kept for independent scoring; "
                               "give the checkout or its data/train folder")
    for base in (os.path.join(path, "data", "train"), path):
        text, ann = os.path.join(base, "text"), os.path.join(base, "attributions")
        if os.path.isdir(text) and os.path.isdir(ann):
            return text, ann
    if any(name.endswith(".ann") for name in os.listdir(path)):
        return path, path
    raise FileNotFoundError(f"{path}: no PolNeAR train split here (expected data/train/text and "
                            "data/train/attributions, or a folder of .txt and .ann files)")


def train_pairs(path):
    """[(name, text, annotation path)], one annotation per article: PolNeAR has a few articles
    annotated twice; the first annotation file in name order is used, so the choice is fixed."""
    text_dir, ann_dir = split_dirs(path)
    annotations = {}
    for name in sorted(os.listdir(ann_dir)):
        m = re.match(r"(.+)_[0-9a-f]{4}\.ann$", name)
        if m:
            annotations.setdefault(m.group(1), os.path.join(ann_dir, name))
    pairs = []
    for name in sorted(os.listdir(text_dir)):
        stem = name[:-4] if name.endswith(".txt") else None
        if stem and stem in annotations:
            with open(os.path.join(text_dir, name), encoding="utf-8", newline="") as f:
                pairs.append((stem, f.read(), annotations[stem]))
    return pairs


def brat_spans(path):
    """{"Cue": [[(start, end), ...], ...], "Content": [...]}: character spans per text-bound
    annotation (a discontinuous one has several)."""
    spans = {"Cue": [], "Content": [], "Source": []}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or not fields[0].startswith("T"):
                continue
            kind, _, ranges = fields[1].partition(" ")
            if kind in spans:
                spans[kind].append([tuple(map(int, r.split())) for r in ranges.split(";")])
    return spans


def word_spans(text):
    return [m.span() for m in WORD.finditer(text)]


def share_inside(words, spans):
    """The share of words whose start lies inside one of spans."""
    if not words:
        return 0.0
    inside = 0
    for start, _ in words:
        if any(a <= start < b for a, b in spans):
            inside += 1
    return inside / len(words)


def pearson(xs, ys):
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else None


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(pairs, reports, offsets_of):
    """Figures over all articles. reports: {name: slant JSON report}; offsets_of(text) maps
    slant's UTF-8 byte spans to character spans (evaluate.Offsets)."""
    gold_shares, slant_shares = [], []
    cues = {"gold": 0, "found": 0, "slant": 0, "right": 0}
    for name, text, ann in pairs:
        gold = brat_spans(ann)
        report = reports.get("p-" + name, {})
        offsets = offsets_of(text)
        slant_content, slant_cues = [], []
        for attribution in report.get("attributions", []):
            for span in attribution.get("quotations", []) + attribution.get("paraphrases", []):
                slant_content.append(offsets.span(span))
            for cue in attribution.get("cues", []):
                slant_cues.append(offsets.span(cue["span"]))
        words = word_spans(text)
        gold_shares.append(share_inside(words, [s for spans in gold["Content"] for s in spans]))
        slant_shares.append(share_inside(words, slant_content))
        for spans in gold["Cue"]:
            cues["gold"] += 1
            cues["found"] += any(overlaps(g, s) for g in spans for s in slant_cues)
        for s in slant_cues:
            cues["slant"] += 1
            cues["right"] += any(overlaps(g, s) for spans in gold["Cue"] for g in spans)
    within = sum(1 for g, s in zip(gold_shares, slant_shares) if abs(g - s) <= 0.10)
    n = len(pairs)
    return {
        "articles": n,
        "gold_mean": sum(gold_shares) / n if n else None,
        "slant_mean": sum(slant_shares) / n if n else None,
        "within": within,
        "pearson": pearson(gold_shares, slant_shares),
        "cues": cues,
    }
