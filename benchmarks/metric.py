"""The article-extraction benchmark metric (scrapinghub/article-extraction-benchmark).

Texts become unicode ``\\w+`` tokens, then multisets of 4-token shingles. Each
document's true positives, false positives and false negatives are shingle counts
normalised to sum 1, so that long articles weigh no more than short ones. The
corpus precision and recall come from the per-document shares averaged over the
documents (``P = mean tp / (mean tp + mean fp)``); F1 is their harmonic mean.

An empty prediction for a non-empty truth gives ``(0, 0, 1)``: it counts only
against recall, exactly as in the original benchmark, where a document's share of
false positives is zero when it predicted nothing.

>>> score({"a": "one two three four five"}, {"a": "one two three four five"}).f1
1.0
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


@dataclass(frozen=True)
class Counts:
    """One document's normalised true positives, false positives and false negatives."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """This document's precision; ``None`` when it predicted nothing."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """This document's recall; ``None`` when its truth is empty."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        """This document's F1 (0 when either side is empty or nothing matches)."""
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Score:
    """Corpus precision, recall and F1 over ``n`` documents."""

    precision: float
    recall: float
    f1: float
    n: int


def tokenize(text: str) -> list[str]:
    """Unicode word tokens of ``text``.

    >>> tokenize("Don't stop — 3.5% of Zürich")
    ['Don', 't', 'stop', '3', '5', 'of', 'Zürich']
    """
    return _TOKEN.findall(text)


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles; a shorter text is one shingle of all its tokens.

    >>> sorted(shingles("a b c d e").items())
    [(('a', 'b', 'c', 'd'), 1), (('b', 'c', 'd', 'e'), 1)]
    >>> shingles("a b")
    Counter({('a', 'b'): 1})
    >>> shingles("")
    Counter()
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def match(truth: str, prediction: str) -> Counts:
    """Normalised shingle counts of one prediction against its truth.

    >>> match("a b c d e", "a b c d")
    Counts(tp=0.5, fp=0.0, fn=0.5)
    """
    return match_shingles(shingles(truth), shingles(prediction))


def match_shingles(true: Counter[tuple[str, ...]], pred: Counter[tuple[str, ...]]) -> Counts:
    """:func:`match` on shingle multisets already counted (a truth's is reused across systems).

    >>> match_shingles(shingles("a b c d e"), shingles("x a b c d"))
    Counts(tp=0.3333333333333333, fp=0.3333333333333333, fn=0.3333333333333333)
    """
    # |true & pred| by walking the prediction; fp and fn are what each side has beyond it.
    tp = sum(min(n, true[g]) for g, n in pred.items() if g in true)
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    total = tp + fp + fn
    if not total:
        return Counts(0.0, 0.0, 0.0)
    return Counts(tp / total, fp / total, fn / total)


def aggregate(counts: list[Counts]) -> Score:
    """Corpus precision, recall and F1 from per-document counts.

    >>> aggregate([Counts(1.0, 0.0, 0.0), Counts(0.0, 0.0, 1.0)])
    Score(precision=1.0, recall=0.5, f1=0.6666666666666666, n=2)
    """
    n = len(counts)
    if not n:
        return Score(0.0, 0.0, 0.0, 0)
    tp = sum(c.tp for c in counts) / n
    fp = sum(c.fp for c in counts) / n
    fn = sum(c.fn for c in counts) / n
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, n)


def score(truth: Mapping[str, str], prediction: Mapping[str, str]) -> Score:
    """Score predictions against truths keyed alike; a missing prediction counts as empty."""
    return aggregate([match(truth[key], prediction.get(key, "")) for key in sorted(truth)])
