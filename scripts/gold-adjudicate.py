#!/usr/bin/env python3
"""Adjudication of the gold set's two annotations into one gold file per article.

    python3 scripts/gold-adjudicate.py worksheets DIR   # one worksheet per article with every disagreement
    python3 scripts/gold-adjudicate.py merge DIR        # decisions -> Data/gold/adjudicated/<id>.json

Items both annotators marked with the same fields are gold as they are. Each disagreement is
listed in the worksheet with both readings and a `decision` to fill in after reading the article
against docs/annotation-guidelines.md (without slant's output):
- a field conflict on an item both marked: "a" or "b" (whose reading of the whole item is right);
- an item only one annotator marked: "include" or "exclude";
- a verdict check answered differently: "a" or "b".
`merge` refuses a worksheet with an undecided entry, so no disagreement is settled by default.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold  # noqa: E402

KINDS = {"attributions": "cue", "casualties": "word", "editorial_loaded_terms": "term"}
# The wording of a cue or term whose spans overlap ("said" or "said in a statement") is not a
# disagreement: the scorer matches spans, not strings.
IGNORED_FIELDS = {"note", "speaker_as_written", "speaker", "content", "context", "cue", "term", "word"}


DEFAULTS = {"nested": False, "counted": True, "named_victim": False, "direct": False}


def same(x, y):
    keys = (set(x) | set(y)) - IGNORED_FIELDS
    return all(x.get(k, DEFAULTS.get(k)) == y.get(k, DEFAULTS.get(k)) for k in keys)


def worksheets(folder):
    a = gold.annotations(os.path.join("annotations", "a"))
    b = gold.annotations(os.path.join("annotations", "b"))
    ids = sorted(set(a) & set(b))
    texts = gold.texts(ids)
    os.makedirs(folder, exist_ok=True)
    open_entries = 0
    for article_id in ids:
        sheet = {"id": article_id, "agreed": {}, "disagreements": []}
        for kind, key in KINDS.items():
            pairs, only_a, only_b = gold.align(texts[article_id], a[article_id].get(kind, []), b[article_id].get(kind, []), key)
            sheet["agreed"][kind] = [x for x, y in pairs if same(x, y)]
            for x, y in pairs:
                if not same(x, y):
                    sheet["disagreements"].append({"kind": kind, "type": "fields", "a": x, "b": y, "decision": None})
            for item in only_a:
                sheet["disagreements"].append({"kind": kind, "type": "only-a", "item": item, "decision": None})
            for item in only_b:
                sheet["disagreements"].append({"kind": kind, "type": "only-b", "item": item, "decision": None})
        checks = {}
        for check in gold.CHECKS:
            x = a[article_id].get("verdict_checks", {}).get(check, {})
            y = b[article_id].get("verdict_checks", {}).get(check, {})
            if x.get("answer") == y.get("answer") and x.get("toward") == y.get("toward"):
                checks[check] = x
            else:
                sheet["disagreements"].append({"kind": "verdict", "check": check, "a": x, "b": y, "decision": None})
        sheet["agreed"]["verdict_checks"] = checks
        open_entries += len(sheet["disagreements"])
        with open(os.path.join(folder, article_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(sheet, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print(f"{len(ids)} worksheets, {open_entries} disagreements to decide, in {folder}")


def merge(folder):
    out = os.path.join(gold.GOLD, "adjudicated")
    os.makedirs(out, exist_ok=True)
    undecided = 0
    written = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            sheet = json.load(f)
        result = {"id": sheet["id"], "annotator": "adjudicated"}
        for kind in KINDS:
            result[kind] = list(sheet["agreed"].get(kind, []))
        result["verdict_checks"] = dict(sheet["agreed"].get("verdict_checks", {}))
        missing = []
        for entry in sheet["disagreements"]:
            decision = entry.get("decision")
            if entry["kind"] == "verdict":
                if decision not in ("a", "b"):
                    missing.append(entry)
                    continue
                result["verdict_checks"][entry["check"]] = entry[decision]
            elif entry["type"] == "fields":
                if decision not in ("a", "b"):
                    missing.append(entry)
                    continue
                result[entry["kind"]].append(entry[decision])
            else:
                if decision not in ("include", "exclude"):
                    missing.append(entry)
                    continue
                if decision == "include":
                    result[entry["kind"]].append(entry["item"])
        if missing:
            undecided += len(missing)
            print(f"{name}: {len(missing)} undecided entries; not merged", file=sys.stderr)
            continue
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write("\n")
        written += 1
    print(f"{written} adjudicated files written to {out}; {undecided} undecided entries")
    return 1 if undecided else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("worksheets", "merge"):
        sys.exit(__doc__)
    sys.exit(worksheets(sys.argv[2]) if sys.argv[1] == "worksheets" else merge(sys.argv[2]))
