"""Text to segments: one per line (or per hard-wrapped paragraph), keeping input line numbers.

Both layouts of scraped text work: blank-line-separated paragraphs and one paragraph
per line. A line whose successor obviously continues its sentence (it stops mid-sentence
and the next line starts in lower case) is joined with it, so hard-wrapped text becomes
one segment per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from newsclean.model import Segment
from newsclean.text.detect import dominant_script
from newsclean.text.features import CLOSERS, LOWER
from newsclean.text.repair import split_lines

# Unicode's space separators (``\p{Zs}``) other than the plain space, spelt out so that the
# stdlib engine can look for them; a test checks the list against the ``regex`` property.
_ODD_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
# Not the apostrophe: a wrapped line may end on a possessive ("the parents'").
_STOPS_SENTENCE = regex.compile(r"[.!?:;…。！？" + regex.escape(CLOSERS.replace("'", "")) + r"]\s*$")
_STARTS_LOWER = regex.compile(rf"^{LOWER}")
_MIN_WRAPPED_LINE = 40
_LONG_WORD = regex.compile(r"\b\p{L}{4,}")
_TITLE_CASE_SHARE = 0.6
_CELL_TAB = re.compile(r"\S\t|\u00a0\t")


def normalize_line(line: str) -> str:
    """Strip a line and collapse its runs of spaces (space, tab, any ``\\p{Zs}``) to one.

    >>> normalize_line("  a \\u00a0 b  ")
    'a b'
    """
    return _collapse_spaces(line).strip()


def _collapse_spaces(text: str) -> str:
    """``text`` with every run of spaces and tabs, and every other space separator, made one space.

    A run at either end of ``text`` goes entirely (callers strip lines anyway). Newlines stay,
    so collapsing a whole text and then splitting it gives the lines collapsed one by one.
    """
    if not text.isascii() and _ODD_SPACE.search(text) is not None:
        text = _ODD_SPACE.sub(" ", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "  " in text:
        text = " ".join(filter(None, text.split(" ")))
    return text


def cell_lines(text: str) -> frozenset[int]:
    """The 1-based numbers of the lines of ``text`` that hold a tab after another character.

    Some renderings lay out a table's cells with tabs ("Certificate\\t\\tCertification", or a
    row's second cell under its first after a blank one: "\\u00a0\\t\\tResult of an exam").
    A tab that opens a line indents code and marks nothing. Lines are counted as
    :func:`~newsclean.text.repair.repair` breaks them, so the numbers are the segments' own.

    >>> sorted(cell_lines("Course\\t\\tExam\\n\\tindented code\\n\\u00a0\\t\\tBy exam"))
    [1, 3]
    """
    if "\t" not in text:
        return frozenset()
    return frozenset(
        number for number, line in enumerate(split_lines(text), start=1) if _CELL_TAB.search(line) is not None
    )


def cell_segments(text: str, segments: Sequence[Segment]) -> frozenset[int]:
    """The indices of ``segments`` (cut from ``text`` once repaired) that hold a line of :func:`cell_lines`.

    >>> text = "Intro line\\nCourse\\t\\tExam"
    >>> sorted(cell_segments(text, segment_text(text)))
    [1]
    """
    tabbed = cell_lines(text)
    if not tabbed:
        return frozenset()
    return frozenset(s.index for s in segments if not tabbed.isdisjoint(range(s.start_line, s.end_line + 1)))


def segment_text(text: str) -> tuple[Segment, ...]:
    """Split repaired text into segments with 1-based input line numbers.

    >>> [(s.text, s.start_line, s.block) for s in segment_text("Title\\n\\n  First para.\\nSecond.")]
    [('Title', 1, 0), ('First para.', 3, 1), ('Second.', 4, 1)]
    """
    # Each group: its lines, first and last line number, block.
    groups: list[tuple[list[str], list[int], int]] = []
    block = -1
    previous_blank = True
    last = ""
    for number, raw in enumerate(_collapse_spaces(text).split("\n"), start=1):
        line = raw.strip()
        if not line:
            previous_blank = True
            continue
        if previous_blank:
            block += 1
            previous_blank = False
        elif _continues(last, line):
            group = groups[-1]
            group[0].append(line)
            group[1][1] = number
            last = line
            continue
        groups.append(([line], [number, number], block))
        last = line
    segments = []
    for index, (lines, (start, end), group_block) in enumerate(groups):
        joined = lines[0] if len(lines) == 1 else " ".join(lines)
        segments.append(Segment(index, joined, start, end, group_block, dominant_script(joined)))
    return tuple(segments)


def _continues(previous: str, line: str) -> bool:
    # Most lines open with a capital: that test comes first because it reads one character.
    return (
        _STARTS_LOWER.match(line) is not None
        and len(previous) >= _MIN_WRAPPED_LINE
        and not _STOPS_SENTENCE.search(previous)
        and not _title_case(previous)
    )


def _title_case(text: str) -> bool:
    # A Title Case line is a headline or link text: the lower-case line below it is not its continuation.
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)
