"""The phrase-rule prefilters never change a result: the finer tests are sound on plain text,
plain text is what ``regex`` sees, and on any text a table answers as its bare word keys would."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.cleaners.phrases import _family, phrase_cleaners
from newsclean.rules import Rule, RuleTable, rule_categories, rule_table
from newsclean.rules.keys import required_alternatives
from newsclean.rules.literals import leading_words, required_text
from newsclean.rules.table import Prepared, prepare, rule_test
from newsclean.rules.words import is_plain
from newsclean.text.segment import segment_text

ROOT = Path(__file__).resolve().parents[2] / "fixtures"
# Characters where lower-casing and case-insensitive matching part ways, numerals that are not
# word characters, marks, joiners, letters newer than Python's tables, and astral characters.
ODD = "ſİıΣςµϐ½²º\u0301\u0345\U0001df95K\u212bẞß_\u200c\u200d\xad’ﬅΐ\U00020000😀\U0001fae8Ⅻيكأــ\u064b"


@functools.cache
def _rules() -> tuple[Rule, ...]:
    return tuple(rule for category in rule_categories() for rule in rule_table(category).rules)


@functools.cache
def _segments() -> tuple[str, ...]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted(ROOT.glob("renderings/*/*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts.append(fh.read())
    return tuple(sorted({seg.text for text in texts for seg in segment_text(text)}))


def _keyed_only(table: RuleTable, prepared: Prepared | None, role: str) -> Rule | None:
    """The table's answer with the plain word-key prefilter alone (each bucket's own keys)."""
    if prepared is None:
        return None
    for bucket in table.role_buckets(role):
        if len(prepared.words) <= bucket.max_words and (bucket.keys is None or bucket.keys & prepared.keys):
            rule = bucket.run(prepared.folded)
            if rule is not None:
                return rule
    return None


def test_finer_requirements_hold_wherever_a_rule_fires() -> None:
    prepared = [p for p in map(prepare, _segments()) if p is not None and is_plain(p.folded)]
    fired = 0
    for rule in _rules():
        test = rule_test(rule)
        ways = required_alternatives(rule.source)
        clauses = required_text(rule.source)
        first = leading_words(rule.source) if rule.scope != "anywhere" else None
        for p in prepared:
            if not test(p.folded):
                continue
            fired += 1
            assert ways is None or any(all(c & p.keys for c in way) for way in ways), (rule.id, p.folded)
            assert all(any(s in p.lowered for s in clause) for clause in clauses), (rule.id, p.folded)
            assert first is None or p.words[0].startswith(tuple(first)), (rule.id, p.folded)
    assert fired > 500


@pytest.mark.parametrize(
    ("pattern", "ways"),
    [
        (
            r"sign up for (?:our|the) newsletter",
            [{"sign", "up", "for", "newsl", "our"}, {"sign", "up", "for", "newsl", "the"}],
        ),
        (r"(?:\d+ )?comments?", [{"comme"}]),
        (r"\d+:\d+", None),
        (r"read more|more", [{"more"}]),
    ],
)
def test_ways_of_a_pattern_list_every_key(pattern: str, ways: list[set[str]] | None) -> None:
    found = required_alternatives(pattern)
    if ways is None:
        assert found is None
    else:
        assert found is not None
        assert sorted(sorted(k for clause in way for k in clause) for way in found) == sorted(
            map(sorted, ways)
        )
        assert all(len(clause) == 1 for way in found for clause in way)


def test_plain_text_is_lower_cased_as_regex_matches_it() -> None:
    get_all_cases = pytest.importorskip("regex._regex").get_all_cases
    flags = regex.IGNORECASE | regex.UNICODE
    word = regex.compile(r"\w")
    for code in range(0x110000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or not is_plain(ch):
            continue
        assert ch.isascii() or code < 0x20000
        low = ch.lower()
        assert len(low) == 1, hex(code)
        assert ("A" + ch).lower()[1:] == low, hex(code)  # no context-dependent lower case
        if ch.isalnum():
            assert word.match(ch), hex(code)
        for other in map(chr, get_all_cases(flags, code)):
            if is_plain(other):
                assert other.lower() == low and other.isalnum() == ch.isalnum(), (hex(code), hex(ord(other)))


def test_plain_is_decided_on_the_whole_text() -> None:
    assert is_plain("Newsletter: Ärger, Straße, главная, الرئیسیة, 日本, 😀 share")
    for odd in ("ſ", "İ", "ς", "½", "\U0001df95"):
        assert not is_plain(f"subscribe 😀 {odd} now")
        assert not is_plain(f"{odd} subscribe")


WORDS = sorted(
    {w for rule in _rules() for w in regex.findall(r"[^\W\d_]+", rule.source) if len(w) > 1}
    | {"2023", "12", "the", "a", "x", "vk", "e", "mail", "home"}
)
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(WORDS).map(str.title),
    st.sampled_from(list(ODD)),
    st.sampled_from(["©", "(c)", "@", "www.", "https://", "»", "|", "/", "-", ":", "erid:", "x@y.org"]),
    st.text(max_size=3),
)
TEXTS = st.lists(
    st.tuples(PIECES, st.sampled_from(["", " ", " ", " ", " | ", ": ", ", ", "\u200c", "\xa0"])),
    min_size=1,
    max_size=30,
).map(lambda parts: "".join(piece + sep for piece, sep in parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_tables_answer_as_their_bare_word_keys_would(text: str) -> None:
    prepared = prepare(text)
    opened = {} if prepared is None else _family(()).open(prepared)
    for cleaner in phrase_cleaners():
        table = rule_table(cleaner.category.value)
        for role in ("prompt", "heading"):
            expected = _keyed_only(table, prepared, role)
            assert table.match(text, role) == expected
            if role == "prompt" and prepared is not None:
                assert table.run(prepared.folded, opened.get(cleaner.category, ())) == expected
