"""How rule matching sees a text: its words, and whether the finer prefilters are sound on it.

A text's words are its lower-cased runs of letters and digits (:func:`words_of`). The finer
prefilters of :mod:`newsclean.rules.keys` and :mod:`newsclean.rules.literals` assume that
lower-casing a text treats its letters as the ``regex`` engine's case-insensitive matching
does, which holds unless the text has one of a few odd characters (:func:`is_plain`).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

_BEYOND_TABLE = 0x20000
_BEYOND_CHAR = chr(_BEYOND_TABLE)
_ASTRAL = 0x10000
# Runs of str.isalnum() characters: the stdlib engine scans these fastest.
_WORD_RUN = re.compile(r"[^\W_]+")


@functools.cache
def _ascii_separators() -> bytes:
    return bytes(c if chr(c).isalnum() else 32 for c in range(256))


def words_of(text: str) -> list[str]:
    """The lower-cased words (runs of letters and digits) of ``text``.

    >>> words_of("Sign-up: l'article")
    ['sign', 'up', 'l', 'article']
    """
    return lower_words(text.lower())


def lower_words(low: str) -> list[str]:
    """:func:`words_of` for text already lower-cased."""
    if low.isascii():  # the common case, where bytes.translate is fastest
        return low.encode("ascii").translate(_ascii_separators()).decode("ascii").split()
    return _WORD_RUN.findall(low)


@functools.cache
def _irregular() -> frozenset[str]:
    """Characters whose lower case may differ from what case-insensitive ``regex`` matching sees.

    Built once (read-only): letters outside Python's Unicode tables, letters that lower-case to
    several characters or differently from their upper case's lower case (``ſ``, ``ς``, ``İ``),
    those whose upper case is several letters (apart from ``ß``, whose case partner ``ẞ``
    lower-cases alike), capital sigma (lower-cased by context), and numerals ``regex`` does not
    count as word characters. Everything past the table (:func:`is_plain`) counts as odd too.
    """
    chars = [chr(c) for c in range(_BEYOND_TABLE)]
    return frozenset(
        ch
        for ch, category, low, up in zip(
            chars,
            map(unicodedata.category, chars),
            map(str.lower, chars),
            map(str.upper, chars),
            strict=True,
        )
        if category in ("Cn", "No", "Nl")
        or len(low) != 1
        or (up.lower() != low if len(up) == 1 else ch != "\u00df")
        or ch == "\u03a3"
    )


@functools.cache
def _odd_search() -> re.Pattern[str]:
    # The odd characters of the Basic Multilingual Plane as one class (a fast table lookup for
    # the stdlib engine), and any character past it, left to a closer look.
    codes = sorted(ord(ch) for ch in _irregular() if ord(ch) < _ASTRAL)
    ranges = []
    for _, run in itertools.groupby(enumerate(codes), key=lambda pair: pair[1] - pair[0]):
        found = [code for _, code in run]
        ranges.append(f"\\u{found[0]:04x}-\\u{found[-1]:04x}")
    return re.compile(f"[{''.join(ranges)}\\U{_ASTRAL:08x}-\\U0010ffff]")


def is_plain(text: str) -> bool:
    """Whether the finer tests (alternatives, literal text) are sound on ``text``.

    >>> is_plain("Ärger: ein Straßenfest"), is_plain("ſubscribe")
    (True, False)
    """
    if text.isascii():
        return True
    odd = _odd_search().search(text)
    if odd is None:
        return True
    return ord(odd.group()) >= _ASTRAL and max(text) < _BEYOND_CHAR and _irregular().isdisjoint(text)
