#!/usr/bin/env python3
"""Evaluation harness for slant against the human-annotated data committed under Data/.

    python3 scripts/evaluate.py all            # everything EVALUATION.md reports
    python3 scripts/evaluate.py quotes         # GGT quote set only
    python3 scripts/evaluate.py casualties     # casualty sentences only
    python3 scripts/evaluate.py gold           # slant's own gold set (Data/gold), dev and test halves
    python3 scripts/evaluate.py gold --dev-only --errors 20  # what rule writers read: the dev half alone
    python3 scripts/evaluate.py all --errors 3 # plus error analysis, 3 examples per kind
    python3 scripts/evaluate.py polnear --polnear PATH  # PolNeAR's train split (a checkout you have)

`all` also scores PolNeAR's train split when --polnear PATH is given.

Each article or sentence is written to a temporary directory, slant runs once over all of them
(`slant audit ... --format json --output DIR`), and the JSON reports are scored. The output is a
Markdown block; it is deterministic for a given engine and data (timings go to stderr).
Python 3 standard library only. Definitions are documented in EVALUATION.md.
"""

import argparse
import collections
import csv
import gzip
import hashlib
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def open_data(path, **kwargs):
    """Opens a data file as text, gzip-compressed (path + ".gz", as committed) or plain."""
    if os.path.exists(path + ".gz"):
        return gzip.open(path + ".gz", "rt", **kwargs)
    return open(path, **kwargs)

# --------------------------------------------------------------------------------------------
# Running slant
# --------------------------------------------------------------------------------------------


def ensure_slant(path):
    if os.path.exists(path):
        built = os.path.getmtime(path)
        for top in ("Sources", "Lexicons", "Package.swift"):
            for root, _, files in os.walk(os.path.join(REPO, top)) if top != "Package.swift" else [(REPO, [], [top])]:
                if any(os.path.getmtime(os.path.join(root, f)) > built for f in files):
                    print(f"evaluate: warning: {path} is older than {top}; rebuild (swift build -c release) "
                          "to measure the current engine", file=sys.stderr)
                    return path
        return path
    default = os.path.join(REPO, ".build", "release", "slant")
    if os.path.abspath(path) != default:
        sys.exit(f"evaluate: no slant binary at {path}")
    print("evaluate: building slant (swift build -c release)", file=sys.stderr)
    # Build output goes to stderr: stdout carries only the Markdown figures.
    subprocess.run(["swift", "build", "-c", "release"], cwd=REPO, check=True, stdout=sys.stderr)
    return path


def run_slant(slant, docs, sides=None):
    """docs: {name: text}. Writes name.txt, runs slant once, returns {name: report dict}.
    sides: a side pack for every document (slant chooses one per document when None)."""
    reports = {}
    with tempfile.TemporaryDirectory(prefix="slant-eval-") as tmp:
        names = sorted(docs)
        for name in names:
            with open(os.path.join(tmp, name + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(docs[name])
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        started = time.monotonic()
        proc = subprocess.run(
            [os.path.abspath(slant), "audit", *[n + ".txt" for n in names], "--format", "json", "--output", out,
             *(["--sides", sides] if sides else [])],
            cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.monotonic() - started
        print(f"evaluate: slant audited {len(names)} files in {elapsed:.1f} s (exit {proc.returncode})",
              file=sys.stderr)
        if proc.returncode != 0:
            print(proc.stderr[-2000:], file=sys.stderr)
        missing = 0
        for name in names:
            path = os.path.join(out, name + ".json")
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    reports[name] = json.load(f)
            else:
                missing += 1
        if missing:
            print(f"evaluate: {missing} reports missing; they count as empty", file=sys.stderr)
    return reports


class Offsets:
    """Maps UTF-8 byte offsets of a text to character offsets."""

    def __init__(self, text):
        self.b2c = {}
        b = 0
        for i, ch in enumerate(text):
            self.b2c[b] = i
            b += len(ch.encode("utf-8"))
        self.b2c[b] = len(text)

    def char(self, byte):
        return self.b2c[byte]

    def span(self, span):
        if span is None:
            return None
        return (self.char(span["start"]), self.char(span["end"]))


def engine_version(slant):
    try:
        v = subprocess.run([slant, "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        v = "?"
    # The engine is Sources/, Lexicons/ and Package.swift: name the last commit that changed them.
    paths = ["Sources", "Lexicons", "Package.swift"]
    try:
        c = subprocess.run(["git", "log", "-1", "--format=%h", "--", *paths], cwd=REPO, capture_output=True,
                           text=True).stdout.strip() or "?"
        dirty = subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=REPO, capture_output=True,
                               text=True).stdout.strip()
        if dirty:
            c += " + uncommitted changes"
    except OSError:
        c = "?"
    return v, c


def pct(x):
    return "–" if x is None else f"{100 * x:.1f}"


def ratio(a, b):
    return a / b if b else None


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def short(s, n=160):
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


# --------------------------------------------------------------------------------------------
# Quotes (GGT protocol)
# --------------------------------------------------------------------------------------------

# Characters trimmed from both ends of gold and predicted quote spans before scoring: the gold
# includes the quote marks and the comma inside them ("...,"), slant's spans exclude the marks.
EDGE = set(" \t\r\n\u00a0\"'“”‘’«»„‚`,.;:!?—–-…")
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their"}
# Words that do not identify a speaker: titles, roles, determiners.
NAME_STOP = PRONOUNS | {
    "the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "with", "by", "'s", "s",
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor", "rev", "gen", "general",
    "lt", "col", "capt", "sgt", "sen", "senator", "rep", "gov", "governor", "mayor", "president",
    "prime", "minister", "premier", "chief", "deputy", "spokesperson", "spokesman", "spokeswoman",
    "executive", "director", "ceo", "head", "leader", "former", "new", "said", "says",
}
SPEECH_AFFECT = {"affect"}
TITLES = {"dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "mr", "mrs", "ms", "prof", "rev",
          "cpl", "const", "supt", "insp", "det", "st", "hon", "pres", "atty", "maj", "cmdr", "adm"}


def ggt_index(s):
    m = re.fullmatch(r"\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)\s*", s or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def trim(text, a, b):
    while a < b and text[a] in EDGE:
        a += 1
    while b > a and text[b - 1] in EDGE:
        b -= 1
    return a, b


def name_tokens(s):
    toks = re.findall(r"[a-z0-9]+", (s or "").lower().replace("’", "'").replace("'s ", " "))
    return {t for t in toks if t not in NAME_STOP and len(t) > 1}


def load_ggt(data):
    """Returns (articles, stats). articles: list of dicts with id, outlet, text, gold quotes."""
    path = os.path.join(data, "ggt-quotes", "quotes.jsonl")
    stats = collections.Counter()
    articles = []
    with open_data(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for r in rows:
        stats["articles"] += 1
        quotes = r.get("quotations")
        repaired = False
        if quotes is None and r.get("quotations_raw_if_unparsed"):
            quotes = parse_concatenated(r["quotations_raw_if_unparsed"])
            repaired = True
            stats["repaired_quotes"] += len(quotes)
        quotes = quotes or []
        stats["listed_quotes" if not repaired else "repaired_listed"] += len(quotes)
        text = r.get("text")
        if text is None:
            stats["no_text_articles"] += 1
            stats["dropped_no_text"] += len(quotes)
            continue
        gold = []
        for q in quotes:
            start = q.get("quote_char_start_in_rawtext")
            qt = q["quote"]
            if start is None or start < 0 or text[start:start + len(qt)] != qt:
                # Recover by an exact search when the string occurs once (with or without the
                # leading space some annotations carry).
                cands = [s for s in find_all(text, qt)] or [s for s in find_all(text, qt.strip())]
                if len(cands) == 1:
                    start = cands[0]
                    qt = qt if text[start:start + len(qt)] == qt else qt.strip()
                    stats["realigned"] += 1
                else:
                    stats["dropped_unaligned"] += 1
                    continue
            a, b = trim(text, start, start + len(qt))
            if a >= b:
                stats["dropped_empty"] += 1
                continue
            g = {
                "span": (a, b), "raw": (start, start + len(qt)), "quote": qt,
                "speaker": q.get("speaker", "") or "", "reference": q.get("reference", "") or "",
                "verb": q.get("verb", "") or "",
            }
            # Locate the speaker mention and the verb: the *_index fields are offsets into another
            # copy of the text, shifted by a constant per quote; keep them when the text agrees.
            qi = ggt_index(q.get("quote_index"))
            shift = start - qi[0] if qi else None
            g["speaker_span"] = locate(text, g["speaker"], ggt_index(q.get("speaker_index")), shift, start)
            g["verb_span"] = locate(text, g["verb"], ggt_index(q.get("verb_index")), shift, start)
            gold.append(g)
        stats["gold_quotes"] += len(gold)
        if repaired:
            stats["repaired_articles"] += 1
        articles.append({"id": r["id"], "outlet": r["outlet"], "text": text, "gold": gold})
    return articles, stats


def find_all(text, sub):
    if not sub:
        return []
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def locate(text, s, idx, shift, near):
    if not s.strip():
        return None
    if idx and shift is not None:
        a, b = idx[0] + shift, idx[1] + shift
        if 0 <= a < b <= len(text) and text[a:b] == s:
            return (a, b)
    occ = [i for i in find_all(text, s) if abs(i - near) < 400]
    if occ:
        i = min(occ, key=lambda i: (abs(i - near), i))
        return (i, i + len(s))
    return None


def parse_concatenated(raw):
    """The one unparsed annotation holds the same JSON array twice, the first missing its ']'."""
    dec = json.JSONDecoder()
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        first = raw[: e.pos].rstrip()
        try:
            return json.loads(first + "]")
        except json.JSONDecodeError:
            obj, _ = dec.raw_decode(raw[e.pos:].lstrip())
            return obj


def predictions(report, text, merge=True):
    """One predicted quote per contiguous content span of an attribution (see EVALUATION.md)."""
    off = Offsets(text)
    preds = []
    cues_all = []
    for att in report.get("attributions", []):
        spans = [(off.span(s), "q") for s in att.get("quotations", [])]
        spans += [(off.span(s), "p") for s in att.get("paraphrases", [])]
        spans.sort()
        cues = [off.span(c["span"]) for c in att.get("cues", [])]
        cues_all += cues
        classes = [c.get("verbClass") for c in att.get("cues", [])]
        groups = []
        for sp, kind in spans:
            if merge and groups:
                last = groups[-1]
                gap = text[last["end"]:sp[0]]
                if sp[0] >= last["end"] and not re.search(r"[\w\n.?!]", gap):
                    last["end"] = max(last["end"], sp[1])
                    last["kinds"].add(kind)
                    continue
            groups.append({"start": sp[0], "end": sp[1], "kinds": {kind}})
        sspan = off.span(att.get("speaker"))
        for g in groups:
            a, b = trim(text, g["start"], g["end"])
            if a >= b:
                continue
            preds.append({
                "span": (a, b), "kinds": g["kinds"], "speaker_span": sspan,
                "speaker_text": att["speaker"]["text"] if att.get("speaker") else "",
                "speaker_name": att.get("speakerName") or "", "cues": cues, "classes": classes,
                "cue_text": [c["span"]["text"] for c in att.get("cues", [])],
            })
    preds.sort(key=lambda p: (p["span"], p["speaker_name"]))
    return preds, cues_all


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(gold, pred, denom):
    inter = overlap(gold, pred)
    if denom == "gold":
        d = gold[1] - gold[0]
    else:
        d = max(gold[1] - gold[0], pred[1] - pred[0])
    return inter / d if d else 0.0


def match(golds, preds, threshold, denom="gold"):
    """GGT's matching (evaluate_quotes.py): for each gold quote in annotation order, the remaining
    prediction with the highest score, if that score is strictly above the threshold; each
    prediction is used once. Returns {gold index: pred index}."""
    remaining = list(range(len(preds)))
    pairs = {}
    for gi, g in enumerate(golds):
        best, best_score = None, 0.0
        for pi in remaining:
            s = score(g["span"], preds[pi]["span"], denom)
            if s > threshold and s > best_score:
                best, best_score = pi, s
        if best is not None:
            pairs[gi] = best
            remaining.remove(best)
    return pairs


def is_floating_pred(text, pred):
    """The prediction takes its speaker from another sentence or paragraph (or has none): the analogue
    of GGT's `is_floating_quote`, which slant's JSON does not carry."""
    sp = pred["speaker_span"]
    if sp is None:
        return True
    a, b = sorted([sp, pred["span"]])
    gap = text[a[1]:b[0]]
    return "\n" in gap or bool(re.search(r"[.?!][\"”’']*\s", gap))


def speaker_match(text, g, p):
    """Returns (same person, GGT rule)."""
    by_mention = g["speaker_span"] is not None and p["speaker_span"] is not None and \
        overlap(g["speaker_span"], p["speaker_span"]) > 0
    gold_names = name_tokens(g["reference"]) | name_tokens(g["speaker"])
    pred_names = name_tokens(p["speaker_name"]) | name_tokens(p["speaker_text"])
    by_name = bool(gold_names & pred_names)
    ggt_floating = not g["speaker"].strip() and is_floating_pred(text, p)
    return (by_mention or by_name), (by_mention or ggt_floating)


def appositive_name(text, sspan, g):
    """The predicted speaker is a description followed by ", Name" that holds the gold name."""
    after = text[sspan[1]:sspan[1] + 60]
    m = re.match(r"\s*,\s*([^,.;]{2,50})", after)
    gold_names = name_tokens(g["reference"]) | name_tokens(g["speaker"])
    return bool(m and name_tokens(m.group(1)) & gold_names)


def prf(tp, fp, fn):
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f = 2 * p * r / (p + r) if p and r else None
    return p, r, f


def evaluate_quotes(articles, reports, thresholds=(0.3, 0.8)):
    """Returns results per variant and threshold, with per-outlet counts and per-quote details."""
    res = {}
    variants = {"main": ("gold", True), "longer": ("longer", True), "unmerged": ("gold", False)}
    for vname, (denom, merge) in variants.items():
        for t in thresholds:
            tot = collections.defaultdict(collections.Counter)
            details = []
            for art in articles:
                preds, cues = predictions(reports.get(art["key"], {}), art["text"], merge)
                pairs = match(art["gold"], preds, t, denom)
                c = tot[art["outlet"]]
                c["gold"] += len(art["gold"])
                c["pred"] += len(preds)
                c["tp"] += len(pairs)
                for gi, pi in pairs.items():
                    same, ggt = speaker_match(art["text"], art["gold"][gi], preds[pi])
                    c["spk"] += same
                    c["spk_ggt"] += ggt
                details.append((art, preds, cues, pairs))
            res[(vname, t)] = (tot, details)
    return res


def quote_figures(res, stats, articles):
    lines = []
    total_gold = sum(len(a["gold"]) for a in articles)
    lines.append("### Quotes (GGT set)")
    lines.append("")
    lines.append(
        f"{len(articles)} articles, {total_gold} gold quotes scored "
        f"({stats['listed_quotes']} listed in `quotations`; {stats['dropped_no_text']} dropped with the "
        f"{stats['no_text_articles']} article that has no text; {stats['realigned']} without a usable "
        f"offset realigned by a unique exact search; {stats['dropped_unaligned']} unalignable dropped; "
        f"{stats['dropped_empty']} with an empty quote field dropped; "
        f"{stats['repaired_quotes']} added from the {stats['repaired_articles']} article whose annotation is "
        f"only in `quotations_raw_if_unparsed`).")
    lines.append("")

    def row(label, c):
        p, r, f = prf(c["tp"], c["pred"] - c["tp"], c["gold"] - c["tp"])
        return [label, c["gold"], c["pred"], c["tp"], pct(p), pct(r), pct(f),
                pct(ratio(c["spk"], c["tp"])), pct(ratio(c["spk_ggt"], c["tp"]))]

    header = ["", "gold", "pred", "matched", "P", "R", "F1", "speaker (same person)", "speaker (GGT rule)"]
    rows = []
    for t in (0.3, 0.8):
        tot, _ = res[("main", t)]
        all_c = sum(tot.values(), collections.Counter())
        rows.append(row(f"**overlap > {t}**", all_c))
    lines.append(md_table(header, rows))
    lines.append("")
    lines.append("Per outlet:")
    lines.append("")
    rows = []
    outlets = sorted(res[("main", 0.3)][0])
    for o in outlets:
        for t in (0.3, 0.8):
            rows.append(row(f"{o} > {t}", res[("main", t)][0][o]))
    lines.append(md_table(header, rows))
    lines.append("")
    lines.append("Sensitivity of the definition (F1 at 0.3 / 0.8):")
    lines.append("")
    rows = []
    labels = {"main": "overlap / gold length, contiguous spans merged (main)",
              "longer": "overlap / longer span, merged",
              "unmerged": "overlap / gold length, every span separate"}
    for v in ("main", "longer", "unmerged"):
        fs = []
        for t in (0.3, 0.8):
            all_c = sum(res[(v, t)][0].values(), collections.Counter())
            fs.append(pct(prf(all_c["tp"], all_c["pred"] - all_c["tp"], all_c["gold"] - all_c["tp"])[2]))
        rows.append([labels[v], fs[0], fs[1]])
    lines.append(md_table(["definition", "F1 > 0.3", "F1 > 0.8"], rows))
    return lines


# ---- quote error kinds ----

def gold_features(art, gi, cues):
    g = art["gold"][gi]
    text = art["text"]
    raw = text[g["raw"][0]:g["raw"][1]].strip()
    f = {}
    f["floating"] = not g["speaker"].strip()
    f["pronoun"] = g["speaker"].strip().lower() in PRONOUNS
    f["direct"] = raw[:1] in "\"“‘'"
    f["according"] = "accord" in g["verb"].lower()
    f["no_verb"] = not g["verb"].strip()
    f["verb_found"] = g["verb_span"] is not None and any(overlap(g["verb_span"], c) > 0 for c in cues)
    f["nested"] = any(j != gi and overlap(g["span"], o["span"]) > 0 for j, o in enumerate(art["gold"]))
    sp, vp = g["speaker_span"], g["verb_span"]
    f["aside"] = bool(sp and vp and vp[0] - sp[1] > 25 and "," in text[sp[1]:vp[0]])
    return f


def quote_errors(res, threshold=0.3):
    tot, details = res[("main", threshold)]
    misses, fps, spk = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(list)
    for art, preds, cues, pairs in details:
        text = art["text"]
        matched_preds = set(pairs.values())
        matched_gold = set(pairs)
        for gi, g in enumerate(art["gold"]):
            f = gold_features(art, gi, cues)
            if gi in matched_gold:
                p = preds[pairs[gi]]
                same, _ = speaker_match(text, g, p)
                if same:
                    continue
                if not p["speaker_span"]:
                    kind = "speaker: none predicted"
                elif p["speaker_name"].strip().lower() in PRONOUNS or p["speaker_text"].strip().lower() in PRONOUNS:
                    kind = "speaker: pronoun not resolved to the named speaker"
                elif p["speaker_text"].split() and p["speaker_text"].split()[-1].lower().strip(".") in TITLES:
                    kind = "speaker: title abbreviation taken as the speaker (Dr., Sen., Rep.)"
                elif appositive_name(text, p["speaker_span"], g):
                    kind = "speaker: description chosen, the appositive name next to it ignored"
                elif any(ct.lower().startswith("told") or ct.lower().startswith("tell") for ct in p["cue_text"]) \
                        and p["speaker_span"][0] > min(c[0] for c in p["cues"]):
                    kind = "speaker: addressee of 'told' taken as speaker"
                elif f["aside"]:
                    kind = "speaker: speaker before a long aside"
                elif f["nested"]:
                    kind = "speaker: nested attribution (inner/outer speaker swapped)"
                elif f["floating"]:
                    kind = "speaker: floating quote inherits the wrong speaker"
                else:
                    kind = "speaker: another name chosen"
                spk[kind].append((art, g, p))
                continue
            best = max((score(g["span"], p["span"], "gold") for p in preds), default=0.0)
            if f["nested"]:
                kind = "miss: nested attribution (gold quote inside/overlapping another)"
            elif best > 0:
                kind = "miss: boundary (predicted span covers ≤ 30% of the gold quote)"
            elif f["floating"]:
                kind = "miss: floating quote not linked to the previous speaker"
            elif f["according"] and not f["verb_found"]:
                kind = "miss: 'according to' not recognised"
            elif f["no_verb"]:
                kind = "miss: no reporting verb (noun cue, colon, headline)"
            elif not f["verb_found"]:
                kind = "miss: reporting verb not a cue"
            elif f["aside"]:
                kind = "miss: speaker before a long aside"
            elif f["pronoun"]:
                kind = "miss: cue found, pronoun speaker, content not extracted"
            elif f["direct"]:
                kind = "miss: cue found, direct quote not extracted"
            else:
                kind = "miss: cue found, indirect content not extracted"
            misses[kind].append((art, g, f, best))
        for pi, p in enumerate(preds):
            if pi in matched_preds:
                continue
            ov = [(gi, score(g["span"], p["span"], "gold")) for gi, g in enumerate(art["gold"])
                  if overlap(g["span"], p["span"]) > 0]
            words = len(text[p["span"][0]:p["span"][1]].split())
            line_start = text.rfind("\n", 0, p["span"][0]) + 1
            line = text[line_start:p["span"][0]]
            if any(gi in matched_gold for gi, _ in ov):
                kind = "false positive: extra fragment of a gold quote already matched"
            elif ov:
                kind = "false positive: boundary (overlaps a gold quote too little)"
            elif re.match(r"\s*(WATCH|READ MORE|RELATED|READ|LISTEN)\b", line):
                kind = "false positive: teaser or headline line (WATCH:, READ MORE:)"
            elif set(p["classes"]) & SPEECH_AFFECT and "q" not in p["kinds"]:
                kind = "false positive: belief/affect verb, not speech in the gold"
            elif "q" in p["kinds"] and words < 4:
                kind = "false positive: short quoted phrase (scare quote, title, term)"
            elif words < 4:
                kind = "false positive: short non-speech complement (time, addressee, object)"
            elif not p["speaker_span"]:
                kind = "false positive: no speaker"
            elif "q" in p["kinds"]:
                kind = "false positive: direct quote not in the gold"
            elif any(re.match(r"(say|said|tell|told|according)", c.lower()) for c in p["cue_text"]):
                kind = "false positive: reported content not in the gold, cue say/tell/according to"
            else:
                kind = "false positive: reported content not in the gold, other cue verb"
            fps[kind].append((art, p))
    return misses, fps, spk


def context(text, span, width=90):
    a, b = span
    left = text[max(0, a - width):a]
    right = text[b:b + width]
    return short(f"…{left}[[{text[a:b]}]]{right}…", 2 * width + (b - a) + 10)


def quote_example(fmt, item, width=90):
    if fmt == "miss":
        art, g, f, best = item
        return (f"{art['outlet']} {art['id']}: {context(art['text'], g['span'], width)} "
                f"(gold speaker '{g['speaker']}' → {g['reference']}, verb '{g['verb']}')")
    if fmt == "fp":
        art, p = item
        return (f"{art['outlet']} {art['id']}: {context(art['text'], p['span'], width)} "
                f"(speaker '{p['speaker_text']}', cues {p['cue_text']})")
    art, g, p = item
    return (f"{art['outlet']} {art['id']}: {context(art['text'], g['span'], width)} "
            f"(gold '{g['speaker']}' → {g['reference']}; predicted '{p['speaker_text']}' / '{p['speaker_name']}')")


def quote_error_groups(res):
    misses, fps, spk = quote_errors(res)
    return (("Missed gold quotes", misses, "miss"), ("False positives", fps, "fp"),
            ("Wrong speaker on matched quotes", spk, "spk"))


def cell(s):
    return s.replace("|", "\\|")


def top_kinds(groups, example, k=10):
    """groups: iterable of (kinds dict, fmt). The k most common kinds over all, one example each."""
    allk = []
    for g, fmt in groups:
        for kind, items in g.items():
            allk.append((kind, items, fmt))
    allk.sort(key=lambda x: (-len(x[1]), x[0]))
    return md_table(["#", "failure kind", "count", "example"],
                    [[i + 1, kind, len(items), cell(example(fmt, readable(fmt, items)))] for i, (kind, items, fmt) in
                     enumerate(allk[:k])])


def readable(fmt, items):
    """A short, plain example: the first item of moderate length (deterministic)."""
    def size(it):
        if fmt == "c":
            return len(it["text"]) if not GLUED.search(it["text"]) else 10 ** 6
        span = it[1]["span"] if fmt in ("miss", "fp", "spk") else (0, 0)
        return span[1] - span[0]
    for it in items:
        n = size(it)
        if (fmt == "c" and n <= 200) or (fmt != "c" and 15 <= n <= 160):
            return it
    return items[0]


def quote_top_lines(res):
    groups = quote_error_groups(res)
    lines = ["### Quote failure kinds (overlap > 0.3), ten most common", ""]
    lines.append("Totals: " + ", ".join(f"{t.lower()} {sum(len(v) for v in g.values())}" for t, g, _ in groups) + ".")
    lines.append("")
    lines.append(top_kinds([(g, fmt) for _, g, fmt in groups], lambda fmt, it: quote_example(fmt, it, 60)))
    return lines


def quote_error_lines(res, n):
    lines = ["### Quote errors (overlap > 0.3), all kinds", ""]
    for title, groups, fmt in quote_error_groups(res):
        total = sum(len(v) for v in groups.values())
        lines.append(f"**{title}: {total}**")
        lines.append("")
        order = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        lines.append(md_table(["kind", "count"], [[k, len(v)] for k, v in order]))
        lines.append("")
        for k, v in order:
            lines.append(f"- {k} ({len(v)}):")
            for item in v[:n]:
                lines.append("  - " + quote_example(fmt, item))
        lines.append("")
    return lines


# --------------------------------------------------------------------------------------------
# Casualty sentences
# --------------------------------------------------------------------------------------------

CASUALTY_FILES = [
    ("NYT", "tagged_data_nyt_oct7_to_oct18.csv"),
    ("NYT", "tagged_data_nyt_oct18_to_oct22.csv"),
    ("WP", "tagged_data_wp_oct7_to_oct22.csv"),
    ("WSJ", "tagged_data_wsj_oct7_to_oct22.csv"),
]
SIDE = {"israel": "israel", "palestinian": "palestine"}
EMOTIVE = [
    ("slaughter", r"\bslaughter\w*"), ("massacre", r"\bmassacr\w*"), ("horrific", r"\bhorrific\w*"),
    ("butcher*", r"\bbutcher\w*"), ("murder*", r"\bmurder\w*"), ("brutal", r"\bbrutal\w*"),
]
PUBLISHED = {
    "slaughter": "NYT 53:0 (Jackson 2023); NYT/WaPo/LAT 60:1 (Intercept 2024)",
    "massacre": "NYT 24:1 (Jackson 2023); NYT/WaPo/LAT 125:2 (Intercept 2024)",
    "horrific": "NYT/WaPo/LAT 36:4 (Intercept 2024)",
}
# Diagnostic only (failure kinds), never used to score: words that name a side or its places.
ISR_ACTOR = re.compile(r"\b(Israel(i|is)?|I\.D\.F\.|IDF|Jewish|Jews?|Netanyahu|kibbutz\w*)\b", re.I)
PAL_ACTOR = re.compile(r"\b(Palestinians?|Hamas|Islamic Jihad|Gazans?|Hezbollah)\b", re.I)
ISR_PLACE = re.compile(r"\b(Be'?eri|Kfar Aza|Sderot|Ashkelon|Re'?im|Nir Oz|Tel Aviv|Jerusalem|Ofakim|Negev)\b", re.I)
PAL_PLACE = re.compile(r"\b(Gaza|West Bank|Jenin|Khan Yo?unis|Rafah|Jabaliya|al-Ahli|Nablus|Ramallah)\b", re.I)


GLUED = re.compile(r"[a-z0-9)”\"'’]\.[A-Z“\"]")


def load_casualties(data):
    sents = []
    for outlet, fname in CASUALTY_FILES:
        with open_data(os.path.join(data, "casualty-sentences", fname), encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f)):
                text = " ".join(r["sentence"].split())
                sents.append({"key": f"c-{fname.split('_')[2]}-{fname.split('_')[3]}-{i:05d}",
                              "outlet": outlet, "gold": r["category"].strip(), "text": text,
                              "title": r["article_title"],
                              "article": f"a-{fname.split('_')[2]}-{fname.split('_')[3]}-{r['article_index']}"})
    for s in sents:
        s["split"] = split_of(s["article"])
    return sents


def split_of(article):
    """Development or held-out half, by article: the first byte of the SHA-1 of the article key
    (`a-<outlet>-<file date>-<article_index>`, e.g. `a-nyt-oct7-12`), even = dev, odd = held-out.
    Whole articles stay together, so the article-context run never mixes the halves. Error
    analysis (--errors) looks at the dev half only."""
    return "dev" if hashlib.sha1(article.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def sentence_side(report):
    """Majority victimSideID over the casualty mentions that have one; ties go to the side of the
    first such mention; None when no mention has a side."""
    sides = [m.get("victimSideID") for m in report.get("casualties", []) if m.get("victimSideID")]
    if not sides:
        return None
    counts = collections.Counter(sides)
    top = max(counts.values())
    for s in sides:
        if counts[s] == top:
            return SIDE.get(s, s)


def article_documents(sents):
    """Article context: one document per article, its headline then its tagged sentences in
    order, each as a paragraph (the annotator read the whole article; the data keeps only these
    sentences). Returns {name: text} and, per sentence key, (name, byte start, byte end)."""
    docs, where = {}, {}
    for article, group in itertools.groupby(sents, key=lambda s: s["article"]):
        group = list(group)
        text = " ".join(group[0]["title"].split()) + "\n\n"
        for s in group:
            start = len(text.encode("utf-8"))
            text += s["text"]
            where[s["key"]] = (article, start, len(text.encode("utf-8")))
            text += "\n\n"
        docs[article] = text
    return docs, where


def evaluate_casualties_in_context(sents, reports, where):
    """Like evaluate_casualties, each sentence judged by the mentions inside its byte range."""
    per_sentence = {}
    for s in sents:
        article, start, end = where[s["key"]]
        mentions = [m for m in reports.get(article, {}).get("casualties", []) if start <= m["span"]["start"] < end]
        per_sentence[s["key"]] = {"casualties": mentions}
    return evaluate_casualties(sents, per_sentence)


def evaluate_casualties(sents, reports):
    for s in sents:
        rep = reports.get(s["key"], {})
        s["mentions"] = rep.get("casualties", [])
        s["pred"] = sentence_side(rep)
        s["off"] = None
        s["engine_terms"] = []
        seen = set()
        for m in s["mentions"]:
            for t in m.get("emotiveTerms", []):
                if t["start"] in seen:
                    continue
                seen.add(t["start"])
                s["engine_terms"].append((t["text"], SIDE.get(m.get("victimSideID"), None)))
    return sents


def casualty_figures(sents):
    lines = ["### Casualty sentences: victims' side", ""]
    lines.append(
        f"{len(sents)} sentences ({sum(s['gold'] in ('israel', 'palestine') for s in sents)} tagged israel or "
        "palestine, scored; the rest tagged both, shown in the confusion matrix only).")
    lines.append("")
    rows = []
    for outlet in ("NYT", "WP", "WSJ", "all"):
        ss = [s for s in sents if s["gold"] in ("israel", "palestine") and (outlet == "all" or s["outlet"] == outlet)]
        correct = sum(s["pred"] == s["gold"] for s in ss)
        covered = [s for s in ss if s["pred"] is not None]
        cc = sum(s["pred"] == s["gold"] for s in covered)
        per = []
        for side in ("israel", "palestine"):
            sd = [s for s in ss if s["gold"] == side]
            per.append(pct(ratio(sum(s["pred"] == side for s in sd), len(sd))))
        rows.append([f"**{outlet}**" if outlet == "all" else outlet, len(ss), pct(ratio(correct, len(ss))),
                     pct(ratio(len(covered), len(ss))), pct(ratio(cc, len(covered))), per[0], per[1]])
    dev_texts = {(s["outlet"], s["text"]) for s in sents if s["split"] == "dev"}
    for label, keep in (("dev half", lambda s: s["split"] == "dev"),
                        ("held-out half", lambda s: s["split"] == "held-out"),
                        ("held-out, text not in dev", lambda s: s["split"] == "held-out"
                         and (s["outlet"], s["text"]) not in dev_texts)):
        ss = [s for s in sents if s["gold"] in ("israel", "palestine") and keep(s)]
        covered = [s for s in ss if s["pred"] is not None]
        rows.append([label, len(ss), pct(ratio(sum(s["pred"] == s["gold"] for s in ss), len(ss))),
                     pct(ratio(len(covered), len(ss))), pct(ratio(sum(s["pred"] == s["gold"] for s in covered),
                                                                  len(covered)))]
                    + [pct(ratio(sum(s["pred"] == side for s in ss if s["gold"] == side),
                                 sum(s["gold"] == side for s in ss))) for side in ("israel", "palestine")])
    seen, uniq = set(), []
    for s in sents:
        if s["gold"] in ("israel", "palestine") and (s["outlet"], s["text"]) not in seen:
            seen.add((s["outlet"], s["text"]))
            uniq.append(s)
    uc = [s for s in uniq if s["pred"] is not None]
    rows.append(["all, each sentence once", len(uniq), pct(ratio(sum(s["pred"] == s["gold"] for s in uniq), len(uniq))),
                 pct(ratio(len(uc), len(uniq))), pct(ratio(sum(s["pred"] == s["gold"] for s in uc), len(uc))),
                 pct(ratio(sum(s["pred"] == "israel" for s in uniq if s["gold"] == "israel"),
                           sum(s["gold"] == "israel" for s in uniq))),
                 pct(ratio(sum(s["pred"] == "palestine" for s in uniq if s["gold"] == "palestine"),
                           sum(s["gold"] == "palestine" for s in uniq)))])
    lines.append(md_table(["outlet", "sentences", "accuracy (null = wrong)", "coverage (side given)",
                           "accuracy where given", "recall israel", "recall palestine"], rows))
    lines.append("")
    scored = [s for s in sents if s["gold"] in ("israel", "palestine")]
    dup = collections.Counter((s["outlet"], s["text"]) for s in scored)
    glued = [s for s in scored if GLUED.search(s["text"])]
    named = [s for s in scored if any(rx.search(s["text"]) for rx in (ISR_ACTOR, PAL_ACTOR, ISR_PLACE, PAL_PLACE))]
    acc = lambda ss: pct(ratio(sum(s["pred"] == s["gold"] for s in ss), len(ss)))
    lines.append(f"Notes: {sum(c - 1 for c in dup.values() if c > 1)} scored rows repeat an earlier row's text "
                 f"of the same outlet (the same sentence in several articles or editions); the outlet rows count "
                 f"every row, as the data set does, the last row each sentence once. {len(glued)} rows hold several "
                 f"sentences run together (`guerrillas.Israel’s`), accuracy on them {acc(glued)}. "
                 f"{len(scored) - len(named)} rows name no side, people or place that the diagnostic word list "
                 f"(`ISR_*`/`PAL_*` in the script) knows, so the victims' side is only in the article around "
                 f"them (the annotator could see it); accuracy on the other {len(named)} rows {acc(named)}.")
    lines.append("")
    lines.append("Confusion matrix (rows gold, columns engine):")
    lines.append("")
    for outlet in ("all", "NYT", "WP", "WSJ"):
        ss = [s for s in sents if outlet == "all" or s["outlet"] == outlet]
        cm = collections.Counter((s["gold"], s["pred"]) for s in ss)
        rows = [[g] + [cm[(g, p)] for p in ("israel", "palestine", "both", None)] for g in ("israel", "palestine", "both")]
        lines.append(f"{outlet}:")
        lines.append("")
        lines.append(md_table(["gold \\ engine", "israel", "palestine", "both", "null"], rows))
        lines.append("")
    lines.append("### Emotive terms by victims' side (Israeli : Palestinian victims)")
    lines.append("")
    lines.append("Occurrences in the tagged sentences. *gold*: term in a sentence whose hand-tagged victims "
                 "are that side; *engine side*: same terms, side the engine assigned to the sentence; "
                 "*engine terms*: terms slant itself attached to casualty mentions, by that mention's side "
                 "(unique spans). Sentences tagged both are left out of the ratios.")
    lines.append("")
    rows = []
    for outlet in ("NYT", "WP", "WSJ"):
        ss = [s for s in sents if s["outlet"] == outlet]
        for name, pat in EMOTIVE:
            rx = re.compile(pat, re.I)
            gold = collections.Counter()
            pred = collections.Counter()
            eng = collections.Counter()
            for s in ss:
                k = len(rx.findall(s["text"]))
                gold[s["gold"]] += k
                pred[s["pred"]] += k
                for t, side in s["engine_terms"]:
                    if rx.fullmatch(t) or rx.match(t):
                        eng[side] += 1
            rows.append([outlet, name, f"{gold['israel']}:{gold['palestine']}", gold["both"],
                         f"{pred['israel']}:{pred['palestine']}", pred[None],
                         f"{eng['israel']}:{eng['palestine']}", eng[None],
                         PUBLISHED.get(name, "") if outlet == "NYT" else ""])
    lines.append(md_table(["outlet", "term", "gold I:P", "gold both", "engine side I:P", "engine side null",
                           "engine terms I:P", "engine terms no side", "published"], rows))
    return lines


AGENT_NOUNS = (r"(attacks?|assault|strikes?|airstrikes?|air strikes?|bombardment|bombing|shelling|gunmen|militants|"
               r"fighters|forces|soldiers|terrorists|troops|rockets?|missiles?|incursion|raids?|military|army|"
               r"murderers|killers|operatives|jets|warplanes|settlers)")


def agentive(text, actor):
    """The actor stands as the agent: "by (the) ACTOR", "ACTOR('s) attack/gunmen/strike ..."."""
    a = re.escape(actor)
    return bool(re.search(rf"\bby (the |an? )?{a}\b", text, re.I) or
                re.search(rf"\b{a}(’s|'s)?\s+(\w+\s+)?{AGENT_NOUNS}\b", text, re.I))


def casualty_errors(sents):
    groups = collections.defaultdict(list)
    for s in sents:
        if s["gold"] not in ("israel", "palestine") or s["pred"] == s["gold"]:
            continue
        t = s["text"]
        isr_a, pal_a = bool(ISR_ACTOR.search(t)), bool(PAL_ACTOR.search(t))
        isr_p, pal_p = bool(ISR_PLACE.search(t)), bool(PAL_PLACE.search(t))
        sided = [m for m in s["mentions"] if m.get("victimSideID")]
        if not s["mentions"]:
            kind = "no casualty clause found"
        elif s["pred"] is None:
            if not (isr_a or pal_a or isr_p or pal_p):
                kind = "no side: no actor or place in the sentence (needs context)"
            elif not (isr_a or pal_a):
                kind = "no side: place-only sentence"
            else:
                kind = "no side: actor present but not linked to the victims"
        else:
            wrong = [m for m in sided if SIDE.get(m["victimSideID"]) == s["pred"]]
            ev = collections.Counter((m.get("victimEvidence") or "").split(":")[0].split(" (")[0] for m in wrong)
            top = ev.most_common(1)[0][0] if ev else "?"
            actors = [(m.get("victimEvidence") or "").partition(": ")[2] for m in wrong]
            if len({SIDE.get(m["victimSideID"]) for m in sided}) > 1:
                kind = "wrong side: mentions on both sides, the majority picked the other"
            elif top == "the other party of the agent" or any(agentive(t, x) for x in actors if x):
                kind = "wrong side: agent/victim confusion (the killers' side taken as the victims)"
            elif re.search(r"\b(ministry|military|army|officials?|authorit\w+|spokes\w+)\b[^.]{0,40}"
                           r"\b(said|says|reported)", t, re.I) and top in ("nearest actor", "people named in the sentence"):
                kind = "wrong side: source of the figure taken as the victims"
            elif top == "place":
                kind = "wrong side: a place of the other side decided it ('near Gaza', 'in Israel')"
            elif top == "people named in the sentence":
                kind = "wrong side: the other side's people named elsewhere in the sentence"
            elif top == "nearest actor":
                kind = "wrong side: the nearest actor is not the victims"
            else:
                kind = f"wrong side: {top} misread"
        groups[kind].append(s)
    return groups


def casualty_example(s, width=260):
    ev = "; ".join(f"{m['span']['text']}→{m.get('victimSideID')} ({m.get('victimEvidence')})"
                   for m in s["mentions"][:3])
    return (f"{s['outlet']} gold {s['gold']}, engine {s['pred']}: {short(s['text'], width)}"
            + (f" [{ev}]" if ev else ""))


def casualty_top_lines(sents):
    groups = casualty_errors(sents)
    lines = ["### Casualty failure kinds (sentences tagged israel or palestine), ten most common", ""]
    lines.append(f"Total wrong or null: {sum(len(v) for v in groups.values())}.")
    lines.append("")
    lines.append(top_kinds([(groups, "c")], lambda fmt, s: casualty_example(s, 200)))
    return lines


def casualty_error_lines(sents, n, title="Casualty errors"):
    groups = casualty_errors([s for s in sents if s["split"] == "dev"])
    lines = [f"### {title} (development half, sentences tagged israel or palestine), all kinds", ""]
    order = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    lines.append(md_table(["kind", "count"], [[k, len(v)] for k, v in order]))
    lines.append("")
    for k, v in order:
        lines.append(f"- {k} ({len(v)}):")
        for s in v[:n]:
            lines.append("  - " + casualty_example(s))
    lines.append("")
    return lines


# --------------------------------------------------------------------------------------------
# slant's own gold set (issue 13)
# --------------------------------------------------------------------------------------------


def gold_figures(slant, errors=0, dev_only=False):
    """Figures against Data/gold, each for the dev and the test half and their gap; with
    dev_only, the dev half alone (for whoever writes rules, who must not see the test half)."""
    import gold

    reference, source = gold.annotations("adjudicated"), "adjudicated gold"
    if not reference:
        reference, source = gold.annotations(os.path.join("annotations", "a")), "annotator a (not yet adjudicated)"
    halves = {a["id"]: a["half"] for a in gold.draw()["articles"]}
    reference = {k: v for k, v in reference.items() if k in halves}
    lines = ["### slant's own gold set: sides, attributions, casualties, verdicts", ""]
    if not reference:
        return lines + ["No annotated articles under Data/gold yet.", ""]
    texts = gold.texts(reference)
    reports = run_slant(slant, {"g-" + k: texts[k] for k in reference}, sides=gold.SIDE_PACK)
    tallies = {"dev": collections.Counter(), "test": collections.Counter()}
    per_article = {"dev": [], "test": []}
    for article_id, annotation in sorted(reference.items()):
        tally = collections.Counter()
        gold.score_article(texts[article_id], annotation, reports.get("g-" + article_id, {}), tally)
        tallies[halves[article_id]].update(tally)
        per_article[halves[article_id]].append(tally)
    counts = {h: sum(1 for k in reference if halves[k] == h) for h in tallies}
    if dev_only:
        dev = gold.figures(tallies["dev"])
        lines += [f"Reference: {source}; the {counts['dev']} dev articles only (--dev-only).", "",
                  "| figure | dev |", "|---|---|"]
        lines += [f"| {name} | {'-' if v != v else f'{v:.3f} ({n})'} |" for name, (v, n) in dev.items()]
        lines.append("")
    else:
        lines += gold_table(source, counts, tallies, per_article)
    if errors:
        # Dev half only: rules are written from these, and the test half stays unseen.
        kinds = collections.defaultdict(list)
        for article_id, annotation in sorted(reference.items()):
            if halves[article_id] != "dev":
                continue
            for kind, item, mine in gold.attribution_errors(texts[article_id], annotation, reports.get("g-" + article_id, {})):
                slant_said = "" if mine is None else f' -> slant: {mine.get("speakerName")!r} ({mine.get("resolution")}, {mine.get("sideID")})'
                kinds[kind].append(f'{article_id}: {item["cue"]!r} in "{item["context"]}"; gold {item.get("speaker_as_written")!r} = '
                                   f'{item.get("speaker")!r} ({item.get("side")}){slant_said}')
        lines += ["#### Attribution errors on the dev half", ""]
        for kind, rows in sorted(kinds.items()):
            lines.append(f"- {kind} ({len(rows)}):")
            lines += ["  - " + row for row in rows[:errors]]
        lines.append("")
        lines += gold_error_lines(reference, halves, texts, reports, errors)
    return lines


def gold_table(source, counts, tallies, per_article):
    """The dev and test columns, the test half's interval and the gap, per figure."""
    import gold

    lines = [f"Reference: {source}; {counts['dev']} dev and {counts['test']} test articles "
              f"(`python3 scripts/evaluate.py gold`). Rules are written from dev errors only. "
              f"The test half's 95% interval resamples its articles ({GOLD_RESAMPLES} times, seed "
              f"{GOLD_SEED}): with {counts['test']} articles, differences inside it are not evidence.", "",
             "| figure | dev | test | test, 95% interval | gap (test - dev) |", "|---|---|---|---|---|"]
    dev, test = gold.figures(tallies["dev"]), gold.figures(tallies["test"])
    intervals = article_bootstrap(per_article["test"])
    for name in dev:
        (d, dn), (t, tn) = dev[name], test[name]
        gap = "" if d != d or t != t else f"{t - d:+.3f}"
        cell = lambda v, n: "-" if v != v else f"{v:.3f} ({n})"
        low, high = intervals.get(name, (float("nan"), float("nan")))
        interval = "-" if low != low else f"{low:.2f} to {high:.2f}"
        lines.append(f"| {name} | {cell(d, dn)} | {cell(t, tn)} | {interval} | {gap} |")
    unlocated = sum(tallies[h][k] for h in tallies for k in ("attr.unlocated", "cas.unlocated", "load.unlocated"))
    lines += ["", f"Annotated items that could not be located in the text (not scored): {unlocated}.", ""]
    return lines


GOLD_RESAMPLES = 1000
GOLD_SEED = 20261207


def article_bootstrap(tallies):
    """Each figure's 2.5th and 97.5th percentile over resamples of the articles (with
    replacement): the articles, not the items, are the units drawn, since one article's items
    share its writer and its topic."""
    import gold

    if not tallies:
        return {}
    rng = random.Random(GOLD_SEED)
    values = collections.defaultdict(list)
    for _ in range(GOLD_RESAMPLES):
        total = collections.Counter()
        for _ in tallies:
            total.update(tallies[rng.randrange(len(tallies))])
        for name, (value, _) in gold.figures(total).items():
            if value == value:
                values[name].append(value)
    out = {}
    for name, drawn in values.items():
        drawn.sort()
        if len(drawn) >= GOLD_RESAMPLES // 2:
            out[name] = (drawn[int(0.025 * (len(drawn) - 1))], drawn[int(0.975 * (len(drawn) - 1))])
    return out


def gold_error_lines(reference, halves, texts, reports, errors):
    """Casualty, loaded-term and verdict errors on the dev half (the test half stays unseen)."""
    import gold

    casualties, loaded, verdicts = (collections.defaultdict(list) for _ in range(3))
    for article_id, annotation in sorted(reference.items()):
        if halves[article_id] != "dev":
            continue
        text, report = texts[article_id], reports.get("g-" + article_id, {})
        for kind, item, mine in gold.casualty_errors(text, annotation, report):
            slant_said = "" if mine is None else f' -> slant: {mine.get("victimSideID")}, {mine.get("agency")}'
            casualties[kind].append(f'{article_id}: {item["word"]!r} in "{item["context"]}"; gold '
                                    f'{item.get("victims_side")}, {item.get("agency")}{slant_said}')
        for kind, item in gold.loaded_term_errors(text, annotation, report):
            if kind == "false alarm":
                start, end = item["span"]["start"], item["span"]["end"]
                raw = text.encode("utf-8")
                around = raw[max(0, start - 70):end + 70].decode("utf-8", "replace").replace("\n", " ")
                loaded[kind].append(f'{article_id}: {item.get("ruleID")} {item.get("matchedText")!r} in "{around}"')
            else:
                loaded[kind].append(f'{article_id}: {item["term"]!r} in "{item["context"]}"')
        for check, answer, predicted, note, detail in gold.verdict_errors(annotation, report):
            verdicts[check].append(f"{article_id}: gold {answer}, slant {predicted}; gold note: {note}; slant: {detail}")
    lines = []
    for title, kinds in (("Casualty errors", casualties), ("Editorial loaded-term errors", loaded),
                         ("Verdict disagreements", verdicts)):
        lines += [f"#### {title} on the dev half", ""]
        for kind, rows in sorted(kinds.items()):
            lines.append(f"- {kind} ({len(rows)}):")
            lines += ["  - " + row for row in rows[:errors]]
        lines.append("")
    return lines


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def polnear_pairs(path):
    import polnear

    try:
        pairs = polnear.train_pairs(path)
    except (polnear.SplitRefused, OSError) as e:
        sys.exit(f"evaluate: {e}")
    if not pairs:
        sys.exit(f"evaluate: {path}: no PolNeAR train article has both a text and an annotation file")
    return pairs


def polnear_figures(slant, pairs):
    """PolNeAR's train split: attributed share per article and cue recall/precision."""
    import polnear

    reports = run_slant(slant, {"p-" + name: text for name, text, _ in pairs})
    f = polnear.score(pairs, reports, Offsets)
    c = f["cues"]
    r = f["pearson"]
    return [
        "### PolNeAR train split: attributed share of each article", "",
        f"Reference: PolNeAR v1 `data/train` ({f['articles']} US election articles of 2015-16, one "
        "annotation each); its dev and test splits are kept for independent scoring and never read. "
        "Not a development set for slant's Israel-Palestine rules; two cues (\"continued\", "
        "\"agreed that\") were added from it.", "",
        md_table(["figure", "value", "target"], [
            ["articles whose attributed share is within 0.10 of the gold",
             f"{f['within'] / f['articles']:.3f} ({f['within']}/{f['articles']})", ">= 0.80"],
            ["Pearson r of the attributed share over articles", "–" if r is None else f"{r:.3f}", ">= 0.85"],
            ["mean attributed share, gold / slant", f"{f['gold_mean']:.3f} / {f['slant_mean']:.3f}", ""],
            ["cue recall", f"{pct(ratio(c['found'], c['gold']))} ({c['found']}/{c['gold']})", ""],
            ["cue precision", f"{pct(ratio(c['right'], c['slant']))} ({c['right']}/{c['slant']})", ""],
        ]), "",
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["quotes", "casualties", "gold", "polnear", "all"])
    ap.add_argument("--slant", default=os.path.join(REPO, ".build", "release", "slant"))
    ap.add_argument("--data", default=os.path.join(REPO, "Data"))
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="add the error analysis: failure kinds with counts and N examples each")
    ap.add_argument("--dev-only", action="store_true",
                    help="gold: print the dev half's figures only (for whoever writes rules: the test half stays unseen)")
    ap.add_argument("--polnear", metavar="PATH",
                    help="a PolNeAR checkout (networkdynamics/PolNeAR) or its data/train folder; "
                         "only the train split is scored")
    args = ap.parse_args()
    if args.what == "polnear" and not args.polnear:
        ap.error("polnear needs --polnear PATH (a PolNeAR checkout or its data/train folder)")
    pairs = polnear_pairs(args.polnear) if args.polnear and args.what in ("polnear", "all") else []
    slant = ensure_slant(args.slant)
    started = time.monotonic()

    docs = {}
    articles, qstats, sents = [], None, []
    if args.what in ("quotes", "all"):
        articles, qstats = load_ggt(args.data)
        for a in articles:
            a["key"] = "q-" + a["id"]
            docs[a["key"]] = a["text"]
    if args.what in ("casualties", "all"):
        sents = load_casualties(args.data)
        for s in sents:
            docs[s["key"]] = s["text"] + "\n"
    # `gold` alone audits its own articles below; an empty run would only print a usage error.
    reports = run_slant(slant, docs) if docs else {}

    version, commit = engine_version(slant)
    out = [f"## slant evaluation (slant {version}, engine at commit {commit})", ""]
    if articles:
        res = evaluate_quotes(articles, reports)
        out += quote_figures(res, qstats, articles)
        out.append("")
        out += quote_top_lines(res)
        out.append("")
        if args.errors:
            out += quote_error_lines(res, args.errors)
    if sents:
        evaluate_casualties(sents, reports)
        out += casualty_figures(sents)
        out.append("")
        out += casualty_top_lines(sents)
        out.append("")
        if args.errors:
            out += casualty_error_lines(sents, args.errors)
        # The same sentences read in their article: headline and the article's other tagged
        # sentences before them, as the annotator read them.
        context_docs, where = article_documents(sents)
        context_reports = run_slant(slant, context_docs)
        in_context = [dict(s) for s in sents]
        evaluate_casualties_in_context(in_context, context_reports, where)
        out += ["### Casualty sentences in their article's context", "",
                "Each article's headline and tagged sentences, in order, as one document; a sentence is "
                "judged by the casualty mentions inside it (see Definitions).", ""]
        figures = casualty_figures(in_context)
        out += figures[:figures.index("Confusion matrix (rows gold, columns engine):")] if "Confusion matrix (rows gold, columns engine):" in figures else figures
        if args.errors:
            out += casualty_error_lines(in_context, args.errors, "Casualty errors in article context")
        out.append("")
    if args.what in ("gold", "all"):
        out += gold_figures(slant, args.errors, args.dev_only)
    if pairs:
        out += polnear_figures(slant, pairs)
    print("\n".join(out).rstrip() + "\n")
    print(f"evaluate: done in {time.monotonic() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
