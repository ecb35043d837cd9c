#!/usr/bin/env python3
"""Agreement between the gold set's two annotators (Data/gold/annotations/a and b).

For items that must be found (attributions, casualty mentions, editorial loaded terms) it reports
how many each annotator marked and the positive specific agreement (2 x both / (a + b), which is
F1 with either annotator as reference): kappa needs the count of items neither marked, which a
span task does not have. For the fields of items both marked, and for the verdict checks, it
reports observed agreement and Cohen's kappa. Both halves together and each half apart.

    python3 scripts/gold-agreement.py            # Markdown table on standard output
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold  # noqa: E402

FIELDS = {
    "attributions": ("cue", ["side", "direct"]),
    "casualties": ("word", ["counted", "victims_side", "agency", "agent_side", "named_victim"]),
    "editorial_loaded_terms": ("term", ["describes_side", "polarity"]),
}


def main():
    a, b = gold.annotations(os.path.join("annotations", "a")), gold.annotations(os.path.join("annotations", "b"))
    halves = {x["id"]: x["half"] for x in gold.draw()["articles"]}
    both = sorted(set(a) & set(b) & set(halves))
    texts = gold.texts(both)
    rows = collections.OrderedDict()

    def add(name, half, value):
        rows.setdefault(name, {}).setdefault(half, []).append(value)

    for article_id in both:
        for half in ("all", halves[article_id]):
            text = texts[article_id]
            for kind, (key, fields) in FIELDS.items():
                pairs, only_a, only_b = gold.align(text, a[article_id].get(kind, []), b[article_id].get(kind, []), key)
                add(f"{kind}: marked", half, (len(pairs), len(only_a), len(only_b)))
                for field in fields:
                    for x, y in pairs:
                        add(f"{kind}: {field}", half, (str(x.get(field)), str(y.get(field))))
            for check in gold.CHECKS:
                add(f"verdict: {check}", half, (
                    a[article_id].get("verdict_checks", {}).get(check, {}).get("answer"),
                    b[article_id].get("verdict_checks", {}).get(check, {}).get("answer")))
    print(f"Articles annotated by both: {len(both)} "
          f"({sum(halves[i] == 'dev' for i in both)} dev, {sum(halves[i] == 'test' for i in both)} test).")
    print()
    print("| item or field | all | dev | test |")
    print("|---|---|---|---|")
    for name, by_half in rows.items():
        cells = []
        for half in ("all", "dev", "test"):
            values = by_half.get(half, [])
            if name.endswith(": marked"):
                both_marked = sum(v[0] for v in values)
                marked_a = both_marked + sum(v[1] for v in values)
                marked_b = both_marked + sum(v[2] for v in values)
                agreement = 2 * both_marked / (marked_a + marked_b) if marked_a + marked_b else float("nan")
                cells.append(f"agreement {agreement:.2f} (a {marked_a}, b {marked_b}, both {both_marked})")
            else:
                observed = sum(x == y for x, y in values) / len(values) if values else float("nan")
                cells.append(f"kappa {gold.cohen_kappa(values):.2f}, agree {observed:.2f} (n {len(values)})")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
