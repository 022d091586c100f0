"""A pattern's necessary part matches wherever the pattern does, and keeps the most literal run;
its literals are in every text it matches."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.rules import rule_categories, rule_table
from newsclean.rules.factor import literals, necessary
from newsclean.rules.prefilter import _ALL_EXTRAS, _FOLD, superset
from newsclean.rules.table import prepare
from newsclean.text.segment import segment_text

ROOT = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("subscribe now", "subscribe now"),  # nothing to cut
        ("(?:[0-9]+ )?comments?", "comment"),  # optional ends go
        ("sign up .+ today", "sign up "),  # the longer side of a gap
        ("a[^.]*thank you", "thank you"),
        (r"[0-9]+[\t ]?€ per month", "€ per month"),
        ("(?:log ?in|x.*y|sign (?:up|in))", "(?:log ?in|x|sign (?:up|in))"),  # a lone group opens
        ("(?:ab.+c)x", "(?:ab.+c)x"),  # inside a run a gap stays: dropping it would not be a superset
        ("(?:ab)+.*", "(?:ab)+"),
        ("[ıiIİ]nfo|news", "[ıiIİ]nfo|news"),  # a class of case variants counts as a letter
        ("[^.]*", "[^.]*"),  # nothing literal: kept whole
        (r"\x{e9}t\x{e9}.*x", r"\x{e9}t\x{e9}"),
        ("(?s:a.b)", "(?s:a.b)"),  # a group with inline flags keeps them
        ("(?-i:AB)x.*y", "(?-i:AB)x"),  # and is read like any group
        ("(?s:ab.*c)", "(?s:ab)"),  # opened alone, it keeps its flags
        ("(ab", "(ab"),  # not a pattern: kept
        (r"a{2,}b", r"a{2,}b"),  # a repeated letter is kept
        (r"[a-z]+ x", " x"),
        (r"[\]a-]+x y", "x y"),
    ],
)
def test_necessary_keeps_the_most_literal_run(pattern: str, expected: str) -> None:
    assert necessary(pattern) == expected


def test_a_pattern_nested_too_deep_to_read_is_kept_whole() -> None:
    deep = "(?:" * 3000 + "a" + ")" * 3000
    assert necessary(deep) == deep


class _Sets:
    """The patterns in RE2 sets of at most ``shard`` members (one set of them all outgrows RE2's memory)."""

    def __init__(self, patterns: list[str], shard: int = 400) -> None:
        options = re2.Options()
        options.case_sensitive = False
        options.max_mem = 128 << 20
        self.shards: list[tuple[int, re2.Set]] = []
        for start in range(0, len(patterns), shard):
            matcher = re2.Set.SearchSet(options)
            for pattern in patterns[start : start + shard]:
                matcher.Add(pattern)
            matcher.Compile()
            self.shards.append((start, matcher))

    def match(self, text: str) -> set[int]:
        """The positions of the patterns that match ``text``."""
        return {start + i for start, matcher in self.shards for i in matcher.Match(text) or ()}


@functools.cache
def _bundled() -> tuple[list[str], list[str]]:
    rewritten = [
        superset(rule.source) for category in rule_categories() for rule in rule_table(category).rules
    ]
    full = [pattern for pattern in rewritten if pattern is not None]
    return full, [necessary(pattern) for pattern in full]


@functools.cache
def _sets() -> tuple[_Sets, _Sets]:
    full, cut = _bundled()
    return _Sets(full), _Sets(cut)


def _lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted(ROOT.glob("renderings/resiliparse/*.txt.gz"))[::3]:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts.append(fh.read())
    folded = (prepare(seg.text) for text in texts for seg in segment_text(text))
    return sorted({p.folded for p in folded if p is not None})


def test_the_cut_bundled_patterns_match_every_fixture_line_the_full_ones_match() -> None:
    full, cut = _sets()
    matched = 0
    for line in _lines():
        found = full.match(line)
        matched += bool(found)
        assert found <= cut.match(line), line
    assert matched > 300


def test_most_bundled_patterns_are_cut() -> None:
    full, cut = _bundled()
    assert sum(a != b for a, b in zip(full, cut, strict=True)) > len(full) // 4
    assert all(len(b) <= len(a) for a, b in zip(full, cut, strict=True))


ATOMS = st.sampled_from(["a", "b", "ab", "[ab]", "[^a]", ".", r"\x{e9}", "(?:a|b)", "(?:ab|b.*a)"])
REPEATS = st.sampled_from(["", "", "?", "*", "+", "{2}", "{1,3}", "{2,}"])
PATTERNS = st.lists(
    st.lists(st.tuples(ATOMS, REPEATS).map("".join), min_size=1, max_size=6).map("".join),
    min_size=1,
    max_size=3,
).map("|".join)


@settings(max_examples=300, deadline=None)
@given(PATTERNS, st.text(alphabet="abé c", max_size=20))
def test_the_cut_pattern_matches_wherever_the_pattern_does(pattern: str, text: str) -> None:
    cut = necessary(pattern)
    if re2.search(pattern, text):
        assert re2.search(cut, text), (pattern, cut, text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("subscribe now", ("subscribe now",)),
        ("(?:[0-9]+ )?comments?|sign up .+ today", ("comment", "sign up ")),
        ("(?:log ?in|sign (?:up|in))", ("log in", "login", "sign in", "sign up")),  # a few spellings
        ("(?:read|see) (?:more|also): .*", (" also: ", " more: ")),  # the fewest strings long enough
        ("(?:continue|keep) reading (?:more|this|that|our) .*", (" reading ",)),
        ("[ıiIİ]nfo|NEWS", ("info", "news")),  # case variants are one letter, folded
        ("[iIıİßẞ\U0001df95ab]c[iIıİßẞ\U0001df95d]e", ("acde", "bcde")),  # the extras every class takes
        (r"\x{e9}t\x{e9}.*x", ("été",)),
        ("ab|[^.]*xyz", None),  # an alternative with no literal long enough: none
        ("[a-z]+", None),
        ("(?-i:AB)cd", None),  # "cd" alone is too short; the flagged group is not read
        ("(ab", None),
    ],
)
def test_literals_of_a_pattern(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert literals(pattern, _ALL_EXTRAS, _FOLD) == expected


def test_most_bundled_patterns_have_literals() -> None:
    full, _ = _bundled()
    found = [literals(pattern, _ALL_EXTRAS, _FOLD) for pattern in full]
    assert sum(found_ is not None for found_ in found) > 0.95 * len(full)


@settings(max_examples=300, deadline=None)
@given(PATTERNS, st.text(alphabet="abéÉ cAB", max_size=20))
def test_every_text_the_pattern_matches_holds_one_of_its_literals(pattern: str, text: str) -> None:
    found = literals(pattern)
    if found is not None and re2.search(f"(?i:{pattern})", text):
        assert any(literal in text.lower() for literal in found), (pattern, found, text)
