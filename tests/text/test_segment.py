"""Segmentation keeps input line numbers in both layouts and joins hard-wrapped lines."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.text.detect import dominant_script
from newsclean.text.repair import repair
from newsclean.text.segment import _ODD_SPACES, _continues, cell_lines, normalize_line, segment_text


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
        # Georgian letters are lower case to Unicode, but a Georgian line opening with one may
        # start a new paragraph: a subheading without a full stop keeps its own line.
        (
            "ეს არის ქვესათაური, რომელიც ორმოც სიმბოლოზე გრძელია\nმინისტრმა განაცხადა, რომ კანონი შეიცვლება.",
            [("ეს არის ქვესათაური, რომელიც ორმოც სიმბოლოზე გრძელია", 1, 1, 0),
             ("მინისტრმა განაცხადა, რომ კანონი შეიცვლება.", 2, 2, 0)],
        ),
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


def test_odd_spaces_are_the_space_separators_regex_knows() -> None:
    everything = "".join(map(chr, range(0x110000)))
    spelled = re.findall(f"[{_ODD_SPACES}]", everything)
    assert spelled == [ch for ch in regex.findall(r"\p{Zs}", everything) if ch != " "]


_PLAIN_SPACES = regex.compile(r"[ \t\p{Zs}]+")


def _plain_segments(text: str) -> list[tuple[str, int, int, int, str | None]]:
    """Segmentation as first written: a regex per line, groups flushed as they close."""
    out: list[tuple[str, int, int, int, str | None]] = []
    block, pending, start, end, previous_blank = -1, list[str](), 0, 0, True

    def flush() -> None:
        if pending:
            joined = " ".join(pending)
            out.append((joined, start, end, block, dominant_script(joined)))
            pending.clear()

    for number, raw in enumerate(text.split("\n"), start=1):
        line = str(_PLAIN_SPACES.sub(" ", raw)).strip()
        if not line:
            flush()
            previous_blank = True
            continue
        if previous_blank:
            block += 1
        elif pending and _continues(pending[-1], line):
            pending.append(line)
            end = number
            previous_blank = False
            continue
        flush()
        pending.append(line)
        start = end = number
        previous_blank = False
    flush()
    return out


SPACY = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list(" \t\n\n\r\x0b\x1c\x85\u00a0\u1680\u2003\u202f\u3000\u180e\u200b.”aZéЖ")),
    ),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(SPACY)
def test_segments_match_the_plain_per_line_version(text: str) -> None:
    got = [(s.text, s.start_line, s.end_line, s.block, s.script) for s in segment_text(text)]
    assert got == _plain_segments(text)
    for line in text.split("\n"):
        assert normalize_line(line) == str(_PLAIN_SPACES.sub(" ", line)).strip()


def test_cell_lines_are_those_with_a_tab_after_text_or_after_a_blank_cell() -> None:
    text = "Plan\t\tPrice\r\nBasic\n\u00a0\t\t$5 a month\n\tindented = True\nno tab here\u2028Pro\t$9"
    assert cell_lines(text) == frozenset({1, 3, 6})
    assert cell_lines("no tabs at all\nanywhere") == frozenset()


def test_cell_lines_count_lines_as_segments_do() -> None:
    text = "First line\rSecond\t\tcell\n\nThird"
    segments = segment_text(repair(text).text)
    assert [s.text for s in segments if s.start_line in cell_lines(text)] == ["Second cell"]
