"""langdetect's detector re-implemented for speed, with bit-identical probabilities.

langdetect (Nakatani Shuyo's Java library ported to Python) spends most of its time in
per-character Python: copying the text one character at a time, normalising and extracting
n-grams one character at a time, and updating each language's probability in an indexed loop.
This module computes the very same n-gram list word by word (a word's n-grams depend on that word
only, so each distinct word is worked out once), normalises characters through a translation
table, and replays the seeded random walk draw for draw with the same float operations in the
same order. The probabilities equal those of ``langdetect.detector.Detector`` to the last bit.

Profiles are loaded per set of languages, only from those languages' profile files, in the order
langdetect itself lists them.
"""

from __future__ import annotations

import functools
import json
import os
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

# langdetect's constants (``Detector`` class attributes), fixed by its published algorithm.
_N_TRIAL = 7
_ALPHA = 0.5
_ALPHA_WIDTH = 0.05
_ITERATION_LIMIT = 1000
_CONV_THRESHOLD = 0.99999
_BASE_FREQ = 10000
_MAX_TEXT_LENGTH = 10000
# Distinct words whose n-gram rows each loaded profile set remembers (a few MB at most).
_WORD_MEMO = 50_000
_SPACE_RUNS = re.compile(" {2,}")
_ASCII_LETTERISH = re.compile("[A-z]")  # langdetect's 'A' <= ch <= 'z' (with [\]^_`)
_FROM_U0300 = re.compile("[\u0300-\U0010ffff]+")
_NOT_ASCII_LETTERISH = bytes(c for c in range(128) if not ord("A") <= c <= ord("z"))


@dataclass(frozen=True)
class Profiles:
    """N-gram probabilities for some languages: ``table[ngram][i]`` is for ``languages[i]``."""

    table: dict[str, tuple[float, ...]]
    languages: tuple[str, ...]
    words: dict[tuple[str, bool], list[tuple[float, ...]]] = field(default_factory=dict, compare=False)
    """Rows already worked out per word (see :func:`_ngrams`)."""


def profile_languages() -> tuple[str, ...]:
    """Every language langdetect has a profile for, in sorted order.

    langdetect itself indexes languages in directory-listing order, which differs between file
    systems and so changes its float sums in the last digits; a sorted order makes every
    machine give the same scores.
    """
    from langdetect.detector_factory import PROFILES_DIRECTORY

    return tuple(sorted(name for name in os.listdir(PROFILES_DIRECTORY) if not name.startswith(".")))


@functools.lru_cache(maxsize=32)
def load_profiles(languages: tuple[str, ...]) -> Profiles:
    """The profiles of ``languages`` (langdetect names such as ``"en"`` or ``"zh-cn"``).

    Built once per process and set of languages, then only read.
    """
    from langdetect.detector_factory import PROFILES_DIRECTORY

    rows: dict[str, list[float]] = {}
    for index, name in enumerate(languages):
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as fh:
            profile = json.load(fh)
        n_words = profile["n_words"]
        for word, count in profile["freq"].items():
            length = len(word)
            if 1 <= length <= 3:
                # The expression langdetect's DetectorFactory.add_profile evaluates.
                prob = 1.0 * count / n_words[length - 1]
                rows.setdefault(word, [0.0] * len(languages))[index] = prob
    table = {word: tuple(row) for word, row in rows.items() if any(row)}
    return Profiles(table, languages)


def probabilities(text: str, profiles: Profiles, seed: int = 0) -> list[float] | None:
    """langdetect's averaged probability per language of ``profiles`` (``None``: no n-gram known).

    Equal to ``Detector.langprob`` after ``append(text)`` and ``get_probabilities()`` on a detector
    built from the same profiles with ``seed``.
    """
    rows = _ngrams(_clean(_append(text)), profiles)
    if not rows:
        return None
    size = len(profiles.languages)
    langprob = [0.0] * size
    rnd = random.Random()
    rnd.seed(seed)
    draw = _drawer(rnd, len(rows))
    for _ in range(_N_TRIAL):
        w = (_ALPHA + rnd.gauss(0.0, 1.0) * _ALPHA_WIDTH) / _BASE_FREQ
        prob = [1.0 / size * (w + q) for q in rows[draw()]]
        # langdetect updates one n-gram at a time and normalises after the first update and then
        # after every fifth; five updates fused into one pass multiply in the same order, and the
        # normalising division joins that pass: (p / total) * ... is what langdetect computes.
        # Division by the positive total keeps the order of the values, so the largest normalised
        # value is exactly max(prob) / total.
        i = 0
        while True:
            total = sum(prob)
            if max(prob) / total > _CONV_THRESHOLD or i >= _ITERATION_LIMIT:
                prob = [p / total for p in prob]
                break
            r1, r2, r3, r4, r5 = rows[draw()], rows[draw()], rows[draw()], rows[draw()], rows[draw()]
            prob = [
                p / total * (w + a) * (w + b) * (w + c) * (w + d) * (w + e)
                for p, a, b, c, d, e in zip(prob, r1, r2, r3, r4, r5, strict=True)
            ]
            i += 5
        langprob = [lp + p / _N_TRIAL for lp, p in zip(langprob, prob, strict=True)]
    return langprob


def _drawer(rnd: random.Random, n: int) -> Callable[[], int]:
    """``rnd.choice(range(n))`` as a function: the same draws from the same generator state.

    ``Random.choice`` takes ``_randbelow(len(seq))``, which for the default generator asks
    ``getrandbits(n.bit_length())`` until the value is below ``n``; calling that directly
    spares two Python calls per draw (a test checks the draws against ``choice``).
    """
    bits = n.bit_length()
    getrandbits = rnd.getrandbits

    def draw() -> int:
        r = getrandbits(bits)
        while r >= n:
            r = getrandbits(bits)
        return r

    return draw


def _append(text: str) -> str:
    """``Detector.append``: drop URLs and e-mail addresses, fix Vietnamese marks, cap, squeeze spaces."""
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram

    # Both patterns scan every word-character run; a text without their anchor cannot match.
    if "http" in text:
        text = Detector.URL_RE.sub(" ", text)
    if "@" in text:
        text = Detector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)
    return _SPACE_RUNS.sub(" ", text[:_MAX_TEXT_LENGTH])


def _clean(text: str) -> str:
    """``Detector.cleaning_text``: text mostly in a non-Latin alphabet loses its ASCII letters."""
    if text.isascii():
        return text  # no character counts as non-Latin
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERISH))
    # langdetect compares a block number with a block name there, so every character from U+0300
    # up counts as non-Latin (Vietnamese letters included); kept as is to keep its answers.
    non_latin = len(text) - len(_FROM_U0300.sub("", text))
    if latin * 2 < non_latin:
        return _ASCII_LETTERISH.sub("", text)
    return text


def _ngrams(text: str, profiles: Profiles) -> list[tuple[float, ...]]:
    """``Detector._extract_ngrams``: the rows of the known 1- to 3-grams of ``text``, in its order.

    A word's rows depend only on the word and the profiles, so they are remembered with the
    profiles (up to :data:`_WORD_MEMO` words): a hit returns exactly what a miss computes, and
    words recur from document to document.
    """
    from langdetect.utils.ngram import NGram

    normal = text.translate({ord(ch): NGram.normalize(ch) for ch in set(text)})
    words = normal.split(" ")
    last = len(words) - 1
    table = profiles.table
    memo = profiles.words
    out: list[tuple[float, ...]] = []
    for position, word in enumerate(words):
        if not word:
            continue
        key = (word, position < last)
        rows = memo.get(key)
        if rows is None:
            rows = _word_rows(word, key[1], table)
            if len(memo) < _WORD_MEMO:
                memo[key] = rows
        out.extend(rows)
    return out


def _word_rows(word: str, spaced: bool, table: dict[str, tuple[float, ...]]) -> list[tuple[float, ...]]:
    """The rows of the n-grams langdetect's NGram buffer yields over one space-delimited word.

    The buffer restarts as ``" "`` after every space, so at the word's ``k``-th character it holds
    the last three characters of ``" " + word[:k + 1]``, and yields its last character, last two
    and last three (only two at ``k = 0``); nothing is yielded inside a run of capitals (a
    character and its predecessor both upper case). A following space yields the word's last
    character and last two with the space.
    """
    padded = " " + word + " "
    ends = range(2, len(word) + 2)
    skip = _capital_run_ends(word)
    grams = [padded[1:2], padded[0:2]]
    for end in ends[1:]:
        if end not in skip:
            grams += (padded[end - 1 : end], padded[end - 2 : end], padded[end - 3 : end])
    if spaced:
        grams += (padded[-2:], padded[-3:])
    return [row for row in map(table.get, grams) if row is not None]


def _capital_run_ends(word: str) -> frozenset[int]:
    """Buffer ends (``k + 2``) of the characters that follow an upper-case one and are upper case."""
    if word.islower() or not any(map(str.isupper, word[1:])):
        return frozenset()
    return frozenset(k + 2 for k in range(1, len(word)) if word[k].isupper() and word[k - 1].isupper())
