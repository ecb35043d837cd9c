"""slant's own gold set (issue 13): loading, aligning annotations with the article text, scoring
slant's reports against it, and inter-annotator agreement. Used by scripts/evaluate.py (`gold`)
and scripts/gold-agreement.py. Definitions are in docs/annotation-guidelines.md and EVALUATION.md.

Every annotated item is located by a verbatim `context` and the item (`cue`, `word`, `term`)
inside it; `locate` turns that into a UTF-8 byte span of the text slant audits, the same offsets
slant's JSON reports use.
"""

import collections
import gzip
import json
import os

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(REPO, "Data", "gold")
CORPUS = os.path.join(REPO, "Data", "abp", "israel-palestine.jsonl.gz")
PARTIES = ("israel", "palestinian")
# The gold's sides are the conflict's (docs/annotation-guidelines.md), so slant audits every gold
# article with this pack: left to choose, it reads an article about a US candidate's visit to
# Israel with the us-politics pack, whose side ids the gold cannot score.
SIDE_PACK = "israel-palestine"
SIDES = ("israel", "palestinian", "third-party")
CHECKS = ("voice-balance", "editorial-loaded-language", "verb-neutrality", "label-asymmetry")
# The guidelines' check names that differ from the ids in slant's report.
SLANT_CHECK_ID = {"verb-neutrality": "verb-neutrality-gap"}
# slant's agency names for the guidelines' classes (reduced passives are agentless in slant
# until it has a class of its own).
AGENCY = {
    "active": "active", "passive-agent": "passive-with-agent", "passive-agentless": "agentless-passive",
    "reduced-passive": "reduced-passive", "intransitive": "intransitive", "nominal": "nominal",
}


def draw():
    with open(os.path.join(GOLD, "draw.json"), encoding="utf-8") as f:
        return json.load(f)


def texts(ids):
    """The text each annotator read and slant audits: title, blank line, text."""
    wanted = set(ids)
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in wanted:
                out[row["id"]] = row["title"].strip() + "\n\n" + row["text"]
    return out


def annotations(folder):
    """id -> annotation, for every JSON file in a folder under Data/gold (missing folder: none)."""
    path = os.path.join(GOLD, folder)
    if not os.path.isdir(path):
        return {}
    out = {}
    for name in sorted(os.listdir(path)):
        if name.endswith(".json"):
            with open(os.path.join(path, name), encoding="utf-8") as f:
                out[name[:-5]] = json.load(f)
    return out


def byte_offset(text, char_index):
    return len(text[:char_index].encode("utf-8"))


def locate(text, item, key):
    """(start, end) UTF-8 byte span of item[key] inside item["context"] in text, or None."""
    context = item.get("context", "")
    at = text.find(context)
    if not context or at < 0:
        return None
    inner = item.get(key, "")
    if inner in ("(continued)", ""):
        start, end = at, at + len(context)
    else:
        offset = context.find(inner)
        if offset < 0:
            return None
        start, end = at + offset, at + offset + len(inner)
    return byte_offset(text, start), byte_offset(text, end)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def located(text, items, key):
    """Items with their spans; items that cannot be located are returned separately."""
    found, lost = [], []
    for item in items:
        span = locate(text, item, key)
        (found if span else lost).append((span, item))
    return found, lost


# --------------------------------------------------------------------------------------------
# Scoring slant's reports
# --------------------------------------------------------------------------------------------


def matching_attributions(span, attributions):
    """Indices of slant's attributions that a gold cue at `span` matches: those whose cue
    overlaps it first (a cue inside a quotation is its own, nested attribution), then those
    whose quotation does (a continued quotation)."""
    by_cue = [i for i, a in enumerate(attributions)
              if any(overlaps(span, (c["span"]["start"], c["span"]["end"])) for c in a.get("cues", []))]
    by_quote = [i for i, a in enumerate(attributions) if i not in by_cue
                and any(overlaps(span, (q["start"], q["end"])) for q in a.get("quotations", []))]
    return by_cue + by_quote


def is_loaded(finding):
    """A loaded term as the guidelines define one: a loaded-term rule or a non-neutral label.
    Intensifiers and prescriptive words ("of course", "must"), which slant also counts as the
    outlet's word choices, were not annotated and are left out of this figure; so are contested
    labels ("militants"), which the guidelines call plain and slant shows without counting."""
    category = finding.get("category")
    if category == "label":
        return finding.get("polarity") not in (None, "neutral", "contested")
    return category == "loaded-term"


def score_article(text, gold, report, tally):
    """Adds one article's comparison to `tally` (a Counter)."""
    # Attributions: a gold cue matches a slant attribution whose cue (or, for a continued
    # quotation, whose quotation) overlaps it.
    found, lost = located(text, gold.get("attributions", []), "cue")
    tally["attr.unlocated"] += len(lost)
    slant_attrs = report.get("attributions", [])
    matched_slant = set()
    for span, item in found:
        tally["attr.gold"] += 1
        hits = matching_attributions(span, slant_attrs)
        side = item.get("side")
        if side in SIDES:
            tally[f"attr.gold.{side}"] += 1
        if not hits:
            if side in SIDES:
                tally[f"attr.missed.{side}"] += 1
            continue
        tally["attr.found"] += 1
        matched_slant.update(hits)
        predicted = slant_attrs[hits[0]].get("sideID")
        if side in SIDES:
            tally["side.gold"] += 1
            tally["side.right"] += predicted == side
            tally[f"side.gold.{side}"] += 1
            tally[f"side.right.{side}"] += predicted == side
            tally[f"side.unassigned.{side}"] += predicted is None
        elif side == "none":
            tally["side.none"] += 1
            tally["side.none.right"] += predicted is None
    tally["attr.slant"] += len(slant_attrs)
    tally["attr.slant.matched"] += len(matched_slant)

    # Casualties: counted gold mentions against slant's casualty mentions.
    found, lost = located(text, gold.get("casualties", []), "word")
    tally["cas.unlocated"] += len(lost)
    slant_cas = report.get("casualties", [])
    for span, item in found:
        hits = [c for c in slant_cas if overlaps(span, (c["span"]["start"], c["span"]["end"]))]
        if not item.get("counted", True):
            tally["cas.excluded.gold"] += 1
            tally["cas.excluded.counted"] += bool(hits)
            continue
        tally["cas.gold"] += 1
        if not hits:
            continue
        tally["cas.found"] += 1
        mention = hits[0]
        victims = item.get("victims_side")
        predicted = mention.get("victimSideID") or "unknown"
        gold_side = {"other": "third-party"}.get(victims, victims)
        tally["cas.side.right"] += predicted == gold_side
        tally[f"cas.side.gold.{victims}"] += 1
        tally[f"cas.side.right.{victims}"] += predicted == gold_side
        tally["cas.agency.right"] += mention.get("agency") == AGENCY.get(item.get("agency"))

    # Editorial loaded terms: slant's loaded-term and non-neutral label findings in editorial voice.
    found, lost = located(text, gold.get("editorial_loaded_terms", []), "term")
    tally["load.unlocated"] += len(lost)
    editorial = [
        (f["span"]["start"], f["span"]["end"]) for f in report.get("findings", [])
        if f.get("voice") == "editorial" and is_loaded(f)
    ]
    tally["load.gold"] += len(found)
    tally["load.found"] += sum(any(overlaps(span, e) for e in editorial) for span, _ in found)
    tally["load.slant"] += len(editorial)
    tally["load.slant.right"] += sum(any(overlaps(e, span) for span, _ in found) for e in editorial)

    # Verdict checks: the same answer (triggered, not-triggered, not-applicable).
    slant_checks = {c["id"]: c for c in report.get("verdict", {}).get("checks", [])}
    for check in CHECKS:
        answer = gold.get("verdict_checks", {}).get(check, {}).get("answer")
        mine = slant_checks.get(SLANT_CHECK_ID.get(check, check))
        if answer is None or mine is None:
            continue
        if mine.get("abstained"):
            # "Not enough evidence" is no answer: counted apart, and not as agreement.
            tally["verdict.abstained"] += 1
            tally[f"verdict.abstained.{check}"] += 1
            predicted = "abstained"
        else:
            predicted = "not-applicable" if not mine["applicable"] else "triggered" if mine["triggered"] else "not-triggered"
        tally["verdict.pairs"] += 1
        tally["verdict.agree"] += predicted == answer
        tally[f"verdict.pairs.{check}"] += 1
        tally[f"verdict.agree.{check}"] += predicted == answer


def attribution_errors(text, gold, report):
    """(kind, gold item, slant attribution or None) for each gold attribution slant missed or
    gave the wrong side; for error analysis on the dev half only."""
    found, _ = located(text, gold.get("attributions", []), "cue")
    slant_attrs = report.get("attributions", [])
    matched = set()
    for span, item in found:
        indices = matching_attributions(span, slant_attrs)
        matched.update(indices)
        hits = [slant_attrs[i] for i in indices]
        if not hits:
            yield "missed", item, None
        elif item.get("side") in SIDES and hits[0].get("sideID") != item["side"]:
            yield ("unassigned" if hits[0].get("sideID") is None else "wrong side"), item, hits[0]
    # slant's attributions that match no gold one (the precision errors), shown by their cue.
    for index, attribution in enumerate(slant_attrs):
        if index in matched or not attribution.get("cues"):
            continue
        cue = attribution["cues"][0]["span"]
        start, end = cue["start"], cue["end"]
        raw = text.encode("utf-8")
        context = raw[max(0, start - 80):end + 60].decode("utf-8", "replace").replace("\n", " ")
        yield "spurious", {"cue": cue["text"], "context": context}, attribution


def ratio(a, b):
    return a / b if b else float("nan")


def figures(t):
    """The headline figures of one half's tally."""
    out = collections.OrderedDict()
    out["attribution cue recall"] = (ratio(t["attr.found"], t["attr.gold"]), f'{t["attr.found"]}/{t["attr.gold"]}')
    out["attribution cue precision"] = (
        ratio(t["attr.slant.matched"], t["attr.slant"]), f'{t["attr.slant.matched"]}/{t["attr.slant"]}')
    out["speaker side accuracy (gold side, found)"] = (ratio(t["side.right"], t["side.gold"]), f'{t["side.right"]}/{t["side.gold"]}')
    for side in SIDES:
        out[f"  side accuracy, {side}"] = (
            ratio(t[f"side.right.{side}"], t[f"side.gold.{side}"]), f'{t[f"side.right.{side}"]}/{t[f"side.gold.{side}"]}')
    for party in PARTIES:
        out[f"unassigned rate, {party}"] = (
            ratio(t[f"side.unassigned.{party}"], t[f"side.gold.{party}"]),
            f'{t[f"side.unassigned.{party}"]}/{t[f"side.gold.{party}"]}')
    out["casualty mentions found"] = (ratio(t["cas.found"], t["cas.gold"]), f'{t["cas.found"]}/{t["cas.gold"]}')
    out["casualty victims' side (found)"] = (ratio(t["cas.side.right"], t["cas.found"]), f'{t["cas.side.right"]}/{t["cas.found"]}')
    out["casualty agency (found)"] = (ratio(t["cas.agency.right"], t["cas.found"]), f'{t["cas.agency.right"]}/{t["cas.found"]}')
    out["excluded deaths counted anyway"] = (
        ratio(t["cas.excluded.counted"], t["cas.excluded.gold"]), f'{t["cas.excluded.counted"]}/{t["cas.excluded.gold"]}')
    out["editorial loaded-term precision"] = (
        ratio(t["load.slant.right"], t["load.slant"]), f'{t["load.slant.right"]}/{t["load.slant"]}')
    out["editorial loaded-term recall"] = (ratio(t["load.found"], t["load.gold"]), f'{t["load.found"]}/{t["load.gold"]}')
    out["verdict checks agreeing with gold"] = (ratio(t["verdict.agree"], t["verdict.pairs"]), f'{t["verdict.agree"]}/{t["verdict.pairs"]}')
    answered = t["verdict.pairs"] - t["verdict.abstained"]
    out["  agreeing, where slant answered"] = (ratio(t["verdict.agree"], answered), f'{t["verdict.agree"]}/{answered}')
    out["  checks abstained (not enough evidence)"] = (
        ratio(t["verdict.abstained"], t["verdict.pairs"]), f'{t["verdict.abstained"]}/{t["verdict.pairs"]}')
    for check in CHECKS:
        out[f"  {check}"] = (
            ratio(t[f"verdict.agree.{check}"], t[f"verdict.pairs.{check}"]),
            f'{t[f"verdict.agree.{check}"]}/{t[f"verdict.pairs.{check}"]}')
    return out


# --------------------------------------------------------------------------------------------
# Agreement between annotators
# --------------------------------------------------------------------------------------------


def cohen_kappa(pairs):
    """Cohen's kappa of a list of (label_a, label_b); nan when undefined."""
    if not pairs:
        return float("nan")
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    count_a = collections.Counter(a for a, _ in pairs)
    count_b = collections.Counter(b for _, b in pairs)
    expected = sum(count_a[k] * count_b[k] for k in set(count_a) | set(count_b)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def align(text, items_a, items_b, key):
    """Pairs of items (a, b) whose spans overlap (each item used once, in text order), with the
    items of each annotator that the other did not mark."""
    located_a, _ = located(text, items_a, key)
    located_b, _ = located(text, items_b, key)
    located_a.sort(key=lambda x: x[0])
    located_b.sort(key=lambda x: x[0])
    used = set()
    pairs, only_a = [], []
    for span_a, item_a in located_a:
        match = next((j for j, (span_b, _) in enumerate(located_b) if j not in used and overlaps(span_a, span_b)), None)
        if match is None:
            only_a.append(item_a)
        else:
            used.add(match)
            pairs.append((item_a, located_b[match][1]))
    only_b = [item for j, (_, item) in enumerate(located_b) if j not in used]
    return pairs, only_a, only_b


def casualty_errors(text, gold, report):
    """(kind, gold item, slant mention or None) for each counted gold casualty mention slant
    missed or got wrong, and each excluded one it counted; dev half only."""
    found, _ = located(text, gold.get("casualties", []), "word")
    slant_cas = report.get("casualties", [])
    for span, item in found:
        hits = [c for c in slant_cas if overlaps(span, (c["span"]["start"], c["span"]["end"]))]
        if not item.get("counted", True):
            if hits:
                yield "excluded but counted", item, hits[0]
            continue
        if not hits:
            yield "missed", item, None
            continue
        victims = {"other": "third-party"}.get(item.get("victims_side"), item.get("victims_side"))
        if (hits[0].get("victimSideID") or "unknown") != victims:
            yield "victims' side", item, hits[0]
        if hits[0].get("agency") != AGENCY.get(item.get("agency")):
            yield "agency", item, hits[0]


def loaded_term_errors(text, gold, report):
    """("false alarm", finding) for slant's editorial loaded terms the gold does not have, and
    ("missed", gold item) for gold terms slant did not flag in editorial voice; dev half only."""
    found, _ = located(text, gold.get("editorial_loaded_terms", []), "term")
    findings = [f for f in report.get("findings", []) if is_loaded(f)]
    editorial = [f for f in findings if f.get("voice") == "editorial"]
    for f in editorial:
        span = (f["span"]["start"], f["span"]["end"])
        if not any(overlaps(span, g) for g, _ in found):
            yield "false alarm", f
    for g, item in found:
        if not any(overlaps(g, (f["span"]["start"], f["span"]["end"])) for f in editorial):
            other = [f for f in findings if overlaps(g, (f["span"]["start"], f["span"]["end"]))]
            yield ("missed (slant: %s voice)" % other[0].get("voice")) if other else "missed", item


def verdict_errors(gold, report):
    """(check, gold answer, slant answer, gold note) for each disagreement; dev half only."""
    slant_checks = {c["id"]: c for c in report.get("verdict", {}).get("checks", [])}
    for check in CHECKS:
        answer = gold.get("verdict_checks", {}).get(check, {})
        mine = slant_checks.get(SLANT_CHECK_ID.get(check, check))
        if not answer.get("answer") or mine is None:
            continue
        predicted = ("abstained" if mine.get("abstained") else "not-applicable" if not mine["applicable"]
                     else "triggered" if mine["triggered"] else "not-triggered")
        if predicted != answer["answer"]:
            yield check, answer["answer"], predicted, answer.get("note", ""), mine.get("detail", "")
