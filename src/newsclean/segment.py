"""Text to segments: one per line (or per hard-wrapped paragraph), keeping input line numbers.

Both layouts of scraped text work: blank-line-separated paragraphs and one paragraph
per line. A line whose successor obviously continues its sentence (it stops mid-sentence
and the next line starts in lower case) is joined with it, so hard-wrapped text becomes
one segment per paragraph.
"""

from __future__ import annotations

import regex

from newsclean.detect import dominant_script
from newsclean.model import Segment

_SPACES = regex.compile(r"[ \t\p{Zs}]+")
_STOPS_SENTENCE = regex.compile(r"[.!?:;…。！？\"”’»)\]]\s*$")
_STARTS_LOWER = regex.compile(r"^\p{Ll}")
_MIN_WRAPPED_LINE = 40
_LONG_WORD = regex.compile(r"\b\p{L}{4,}")
_TITLE_CASE_SHARE = 0.6


def normalize_line(line: str) -> str:
    """Strip a line and collapse its runs of spaces to one.

    >>> normalize_line("  a \\u00a0 b  ")
    'a b'
    """
    if line.isascii():
        # The only ASCII spaces the pattern collapses are " " and tab: split and join is faster.
        if "  " in line or "\t" in line:
            line = " ".join(filter(None, line.replace("\t", " ").split(" ")))
        return line.strip()
    return str(_SPACES.sub(" ", line)).strip()


def segment_text(text: str) -> tuple[Segment, ...]:
    """Split repaired text into segments with 1-based input line numbers.

    >>> [(s.text, s.start_line, s.block) for s in segment_text("Title\\n\\n  First para.\\nSecond.")]
    [('Title', 1, 0), ('First para.', 3, 1), ('Second.', 4, 1)]
    """
    segments: list[Segment] = []
    block = -1
    pending: list[str] = []
    pending_start = 0
    pending_end = 0
    previous_blank = True

    def flush() -> None:
        if pending:
            joined = " ".join(pending)
            segments.append(
                Segment(len(segments), joined, pending_start, pending_end, block, dominant_script(joined))
            )
            pending.clear()

    for number, raw in enumerate(text.split("\n"), start=1):
        line = normalize_line(raw)
        if not line:
            flush()
            previous_blank = True
            continue
        if previous_blank:
            block += 1
        elif pending and _continues(pending[-1], line):
            pending.append(line)
            pending_end = number
            previous_blank = False
            continue
        flush()
        pending.append(line)
        pending_start = pending_end = number
        previous_blank = False
    flush()
    return tuple(segments)


def _continues(previous: str, line: str) -> bool:
    return (
        len(previous) >= _MIN_WRAPPED_LINE
        and not _STOPS_SENTENCE.search(previous)
        and _STARTS_LOWER.match(line) is not None
        and not _title_case(previous)
    )


def _title_case(text: str) -> bool:
    # A Title Case line is a headline or link text: the lower-case line below it is not its continuation.
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)
