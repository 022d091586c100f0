"""Segmentation keeps input line numbers in both layouts and joins hard-wrapped lines."""

from __future__ import annotations

import pytest

from newsclean.segment import normalize_line, segment_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\nTwo.\nThree.", [("One.", 1, 1, 0), ("Two.", 2, 2, 0), ("Three.", 3, 3, 0)]),
        ("Head\n\n\n  Body one.  \n\nBody two.",
         [("Head", 1, 1, 0), ("Body one.", 4, 4, 1), ("Body two.", 6, 6, 2)]),
        (
            "The committee met on Tuesday to discuss the\nbudget for the coming year.\nNext line.",
            [("The committee met on Tuesday to discuss the budget for the coming year.", 1, 2, 0),
             ("Next line.", 3, 3, 0)],
        ),
        ("Short title\nlower case start", [("Short title", 1, 1, 0), ("lower case start", 2, 2, 0)]),
        (
            "Ministers Agree New Rules on Fishing Quotas After Talks\nfishing, quotas, europe",
            [("Ministers Agree New Rules on Fishing Quotas After Talks", 1, 1, 0),
             ("fishing, quotas, europe", 2, 2, 0)],
        ),
        ("", []),
        ("\n\n \n", []),
    ],
)  # fmt: skip
def test_segments(text: str, expected: list[tuple[str, int, int, int]]) -> None:
    got = [(s.text, s.start_line, s.end_line, s.block) for s in segment_text(text)]
    assert got == expected


def test_indices_are_positions_and_scripts_are_set() -> None:
    segments = segment_text("Привет, мир.\n\nHello world.\n\n12:30")
    assert [s.index for s in segments] == [0, 1, 2]
    assert [s.script for s in segments] == ["Cyrillic", "Latin", None]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("  a  b ", "a b"), ("\ta\u00a0\u2009b\t", "a b"), ("x", "x"), ("   ", "")],
)
def test_normalize_line(line: str, expected: str) -> None:
    assert normalize_line(line) == expected
