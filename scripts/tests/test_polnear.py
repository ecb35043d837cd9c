"""Tests of scripts/polnear.py (PolNeAR train-split scoring): run by `make test`."""

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import polnear  # noqa: E402


class IdentityOffsets:
    """Byte spans equal character spans for ASCII text."""

    def __init__(self, text):
        pass

    def span(self, span):
        return (span["start"], span["end"])


TEXT = "Smith said the plan would fail. The weather was fine today in the city."
# Gold: cue "said" (6-10), content "the plan would fail" (11-30): 4 of 14 words.
ANN = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 30\tthe plan would fail\n"


def checkout(root, split="train"):
    for sub in ("text", "attributions"):
        os.makedirs(os.path.join(root, "data", split, sub))
    with open(os.path.join(root, "data", split, "text", "a_1.txt"), "w") as f:
        f.write(TEXT)
    with open(os.path.join(root, "data", split, "attributions", "a_1_ab12.ann"), "w") as f:
        f.write(ANN)
    with open(os.path.join(root, "data", split, "attributions", "a_1_ff00.ann"), "w") as f:
        f.write("T1\tCue 0 5\tSmith\n")


class PolNeARTests(unittest.TestCase):
    def test_refuses_the_kept_splits(self):
        with tempfile.TemporaryDirectory() as root:
            checkout(root, "test")
            with self.assertRaises(polnear.SplitRefused):
                polnear.train_pairs(os.path.join(root, "data", "test"))

    def test_reads_train_with_the_first_annotation_in_name_order(self):
        with tempfile.TemporaryDirectory() as root:
            checkout(root)
            pairs = polnear.train_pairs(root)
            self.assertEqual([(p[0], p[2].endswith("a_1_ab12.ann")) for p in pairs], [("a_1", True)])

    def test_share_within_and_cues(self):
        with tempfile.TemporaryDirectory() as root:
            checkout(root)
            pairs = polnear.train_pairs(root)
            full = {"attributions": [{"cues": [{"span": {"start": 6, "end": 10}}],
                                      "quotations": [], "paraphrases": [{"start": 11, "end": 30}]}]}
            f = polnear.score(pairs, {"p-a_1": full}, IdentityOffsets)
            self.assertAlmostEqual(f["gold_mean"], 4 / 14)
            self.assertEqual((f["within"], f["cues"]["found"], f["cues"]["right"]), (1, 1, 1))
            f = polnear.score(pairs, {}, IdentityOffsets)
            self.assertEqual((f["within"], f["slant_mean"], f["cues"]["found"]), (0, 0.0, 0))

    def test_pearson(self):
        self.assertAlmostEqual(polnear.pearson([0.1, 0.2, 0.3], [0.2, 0.4, 0.6]), 1.0)
        self.assertIsNone(polnear.pearson([0.1, 0.1], [0.2, 0.3]))


if __name__ == "__main__":
    unittest.main()
