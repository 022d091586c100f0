"""Cheap surface features of a segment's text, shared by the cleaners."""

from __future__ import annotations

import regex

_WORD = regex.compile(r"\w+")
_WORD_CHAR = regex.compile(r"\w")
# Scripts written without spaces between words: their length is counted in characters.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_TERMINAL = regex.compile(r"[.!?…。！？؟।]['\"”’»)\]]*$")
_UNSPACED_CHARS_PER_WORD = 2
# ASCII word characters (\w) become "w" and everything else a space, for C-speed word counting.
_ASCII_WORD_MAP = bytes(
    ord("w") if c < 128 and (chr(c).isalnum() or chr(c) == "_") else ord(" ") for c in range(256)
)
# Past this length a non-ASCII text is counted by classifying its distinct characters once.
_LONG_TEXT = 2000
# Longer texts are first judged on a prefix (word counts) or a suffix (the sentence end).
_PREFIX_CHARS = 4096
_TAIL_CHARS = 64
_CLOSERS_ONLY = regex.compile(r"['\"”’»)\]]*\n?")


def word_count(text: str) -> int:
    """Words in ``text``; in scripts without spaces, characters are counted in pairs.

    >>> word_count("Listen Live")
    2
    >>> word_count("東京で会議")
    2
    """
    if text.isascii():
        # Counting the starts of word-character runs equals counting ``\w+`` matches, without
        # building a string per word (this runs for every segment in several cleaners).
        marks = text.encode("ascii").translate(_ASCII_WORD_MAP)
        return marks.count(b" w") + marks.startswith(b"w")
    if len(text) > _LONG_TEXT:
        return _long_word_count(text)
    unspaced = len(_UNSPACED.findall(text))
    if unspaced:
        return unspaced // _UNSPACED_CHARS_PER_WORD + len(_WORD.findall(_UNSPACED.sub(" ", text)))
    return len(_WORD.findall(text))


def _long_word_count(text: str) -> int:
    """:func:`word_count` of a long text, with each distinct character classified once."""
    table = {}
    for ch in set(text):
        if _UNSPACED.match(ch):
            table[ord(ch)] = "u"
        elif _WORD_CHAR.match(ch):
            table[ord(ch)] = "w"
        else:
            table[ord(ch)] = " "
    marks = text.translate(table)
    unspaced = marks.count("u")
    if unspaced:
        marks = marks.replace("u", " ")
    words = marks.count(" w") + marks.startswith("w")
    return (unspaced // _UNSPACED_CHARS_PER_WORD if unspaced else 0) + words


def word_count_up_to(text: str, cap: int) -> int:
    """``min(word_count(text), cap)``, counting only a prefix of a long text that reaches ``cap``.

    A prefix never has more words than the whole, so thresholds are decided exactly.

    >>> word_count_up_to("one two three four", 3)
    3
    """
    if len(text) > _PREFIX_CHARS and word_count(text[:_PREFIX_CHARS]) >= cap:
        return cap
    return min(word_count(text), cap)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (closing quotes allowed).

    >>> ends_sentence('he said."')
    True
    >>> ends_sentence("Related stories")
    False
    """
    if len(text) > _TAIL_CHARS:
        tail = text[-_TAIL_CHARS:]
        # A match ends the text, so it starts in the tail unless the tail is all closing marks.
        if _CLOSERS_ONLY.fullmatch(tail) is None:
            return _TERMINAL.search(tail) is not None
    return _TERMINAL.search(text) is not None


def is_prose(text: str, words: int | None = None) -> bool:
    """Whether ``text`` reads as an article paragraph rather than a label, link or headline.

    >>> is_prose("Guan said China had played a positive role in the talks.")
    True
    >>> is_prose("Skip to main content")
    False
    """
    if words is None:
        words = word_count_up_to(text, 25)
    return (words >= 6 and ends_sentence(text)) or words >= 25


def is_headline_like(text: str, words: int | None = None) -> bool:
    """A short line without terminal punctuation, as headlines and link texts are.

    >>> is_headline_like("China Ready to Work With Russia on Post-War Reconstruction in Syria")
    True
    """
    if words is None:
        words = word_count_up_to(text, 26)
    return 3 <= words <= 25 and not ends_sentence(text) and not text.endswith((",", ";", ":"))
