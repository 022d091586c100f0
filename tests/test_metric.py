"""The benchmark metric on hand-computed cases."""

from __future__ import annotations

import pytest
from benchmarks.metric import Counts, aggregate, match, score, shingles, tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Hello, world!", ["Hello", "world"]),
        ("It's 3.5%", ["It", "s", "3", "5"]),
        ("Grüße aus Köln — über_alles", ["Grüße", "aus", "Köln", "über_alles"]),
        ("Москва, 12 мая", ["Москва", "12", "мая"]),
        ("  \n\t ", []),
    ],
)
def test_tokenize(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("one", {("one",): 1}),
        ("one two three", {("one", "two", "three"): 1}),
        ("a b c d", {("a", "b", "c", "d"): 1}),
        (
            "a b c d a b c d",
            {
                ("a", "b", "c", "d"): 2,
                ("b", "c", "d", "a"): 1,
                ("c", "d", "a", "b"): 1,
                ("d", "a", "b", "c"): 1,
            },
        ),
    ],
)
def test_shingles(text: str, expected: dict[tuple[str, ...], int]) -> None:
    assert dict(shingles(text)) == expected


@pytest.mark.parametrize(
    ("truth", "prediction", "expected"),
    [
        # Identical texts: all true positives.
        ("a b c d e", "a b c d e", (1.0, 0.0, 0.0)),
        # 2 true shingles, 1 predicted: tp=1, fn=1.
        ("a b c d e", "a b c d", (0.5, 0.0, 0.5)),
        # 2 true, 3 predicted (one extra token at the end): tp=2, fp=1.
        ("a b c d e", "a b c d e f", (2 / 3, 1 / 3, 0.0)),
        # Junk before the article: 2 true shingles all found, 2 junk shingles.
        ("a b c d e", "x a b c d e", (2 / 3, 1 / 3, 0.0)),
        # Empty prediction: only false negatives.
        ("a b c d e", "", (0.0, 0.0, 1.0)),
        # Empty truth: only false positives.
        ("", "a b c d e", (0.0, 1.0, 0.0)),
        # Both empty: nothing to count.
        ("", "", (0.0, 0.0, 0.0)),
        # Repeated paragraph counts twice (multisets, not sets).
        ("a b c d", "a b c d a b c d", (1 / 5, 4 / 5, 0.0)),
        # Case and punctuation matter as the tokenizer sees them.
        ("A b c d", "a b c d", (0.0, 0.5, 0.5)),
        ("a, b; c. d!", "a b c d", (1.0, 0.0, 0.0)),
    ],
)
def test_match(truth: str, prediction: str, expected: tuple[float, float, float]) -> None:
    counts = match(truth, prediction)
    assert (counts.tp, counts.fp, counts.fn) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("counts", "precision", "recall"),
    [
        ([Counts(1.0, 0.0, 0.0)], 1.0, 1.0),
        # An empty prediction lowers recall only.
        ([Counts(1.0, 0.0, 0.0), Counts(0.0, 0.0, 1.0)], 1.0, 0.5),
        # Documents weigh the same whatever their length: shares are averaged.
        ([Counts(0.5, 0.5, 0.0), Counts(1.0, 0.0, 0.0)], 0.75, 1.0),
        ([Counts(0.5, 0.25, 0.25), Counts(0.5, 0.0, 0.5)], 1.0 / 1.25, 1.0 / 1.75),
        ([], 0.0, 0.0),
    ],
)
def test_aggregate(counts: list[Counts], precision: float, recall: float) -> None:
    result = aggregate(counts)
    assert (result.precision, result.recall) == pytest.approx((precision, recall))
    expected_f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert result.f1 == pytest.approx(expected_f1)
    assert result.n == len(counts)


def test_score_treats_a_missing_prediction_as_empty() -> None:
    result = score({"x": "a b c d e", "y": "f g h i j"}, {"x": "a b c d e"})
    assert (result.precision, result.recall, result.n) == pytest.approx((1.0, 0.5, 2))


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (Counts(0.5, 0.25, 0.25), 2 / 3, 2 / 3, 2 / 3),
        (Counts(0.0, 0.0, 1.0), None, 0.0, 0.0),
        (Counts(0.0, 1.0, 0.0), 0.0, None, 0.0),
    ],
)
def test_per_document_scores(
    counts: Counts, precision: float | None, recall: float | None, f1: float
) -> None:
    assert counts.precision == (pytest.approx(precision) if precision is not None else None)
    assert counts.recall == (pytest.approx(recall) if recall is not None else None)
    assert counts.f1 == pytest.approx(f1)
