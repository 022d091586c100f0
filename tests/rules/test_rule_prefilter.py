"""The RE2 prefilter never hides a match: its rewritten classes cover what ``regex`` matches on every
code point, its case folding covers ``regex``'s for every letter a pattern spells, and on fixture
lines and generated texts an index of tables answers as trying every bucket would."""

from __future__ import annotations

import functools
import gzip
import string
from pathlib import Path
from typing import Any

import pytest
import re2
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.rules.helpers import every_bucket

from newsclean.cleaners import caption
from newsclean.errors import RuleError
from newsclean.rules import Rule, compile_rules, prefilter, rule_categories, rule_index, rule_table
from newsclean.rules.prefilter import Prefilter, superset
from newsclean.rules.table import prepare
from newsclean.text import diskcache
from newsclean.text.features import word_count
from newsclean.text.segment import segment_text

ROOT = Path(__file__).resolve().parents[2] / "fixtures"
# Characters where case-insensitive matching differs between engines or from lower-casing, numerals
# that are not word characters, marks, joiners, letters newer than some Unicode tables, astral ones.
ODD = (
    "ſİıΣςµϐ½²º\u0301\u0345\U0001df95K\u212bẞß_\u200c\u200d\xad’ﬅΐ\U00020000😀\U0001fae8Ⅻيكأــ\u064b"
    "\U000105c0"
)


@functools.cache
def _every_char() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@functools.cache
def _rules() -> tuple[Rule, ...]:
    return tuple(rule for category in rule_categories() for rule in rule_table(category).rules)


@functools.cache
def _segments() -> tuple[str, ...]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted(ROOT.glob("renderings/inscriptis/*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts.append(fh.read())
    return tuple(sorted({seg.text for text in texts for seg in segment_text(text)}))


def _caseless(pattern: str) -> Any:
    options = re2.Options()
    options.case_sensitive = False
    return re2.compile(pattern, options)


@pytest.mark.parametrize(
    "pattern",
    [
        *(rf"{form}" for form in (r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", r"\p{L}", r"\p{Lu}")),
        *(rf"[{form}]" for form in (r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", r"\p{L}", r"\w.!?-")),
        *(rf"[^{form}]" for form in (r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", r"\p{L}", r"\s.!?")),
    ],
)
def test_rewritten_classes_cover_every_code_point_regex_matches(pattern: str) -> None:
    rewritten = superset(pattern)
    assert rewritten is not None
    wanted = "".join(regex.findall(pattern, _every_char(), regex.IGNORECASE))
    # One pass: the rewritten class (one character) repeated must cover all of them.
    if _caseless(f"(?:{rewritten})*").fullmatch(wanted) is None:
        missed = [hex(ord(c)) for c in wanted if _caseless(rewritten).fullmatch(c) is None]
        raise AssertionError(missed[:10])


def _pattern_letters() -> list[str]:
    """Every letter a bundled pattern spells, the ends of its ranges, the ASCII letters and a few more."""
    sources = [r.source for r in _rules()]
    sources += [
        p.pattern for group in ("strong", "credit", "trailing") for p in caption._SHAPES.patterns(group)
    ]
    spelled = set(string.ascii_letters + "ıİßẞ") | {c for source in sources for c in source}
    spelled |= {c for source in sources for span in regex.findall(r"\w-\w", source) for c in span}
    return sorted(c for c in spelled if c.isalpha())


def test_case_folding_covers_regex_for_every_letter_patterns_spell() -> None:
    letters = _pattern_letters()
    alike = "[" + "".join(regex.escape(c) for c in letters) + "]"
    tests = {c: regex.compile(regex.escape(c), regex.IGNORECASE).fullmatch for c in letters}
    prefilters = {c: Prefilter.build([regex.escape(c)]) for c in letters}
    for char in set(regex.findall(alike, _every_char(), regex.IGNORECASE)):
        for letter, test in tests.items():
            if test(char):
                assert prefilters[letter].candidates(char) == {0}, (letter, hex(ord(char)))


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"(?<!\w)ad(?!\w)", "ad"),
        (r"\bsign\b up", "s[iIıİ]gn up"),
        (r"Straße", "Stra[ßẞ\U0001df95]e"),
        (r"^menu$", "menu"),
        (r"(?P<credit>afp)", "(?:afp)"),
        (r"(?>ab)c++d{,3}", "(?:ab)c+d{0,3}"),
        (r"(?-i:AFP) photo", "(?-i:AFP) photo"),
        (r"[^\n]*x", r"[^\n]*x"),
        (r"[]a]", "[iIıİßẞ\U0001df95\\]a]"),
        (r"[^i]", "[^i]"),
        (r"\u00e9t\x{e9}\x27", r"\x{00e9}t\x{e9}\x{27}"),
        (r"\x49\u0131ı", "[\\x{49}iıİ][\\x{0131}iIİ][ıiIİ]"),
        (r"[^\p{L}]x", r"[\x00-\x{10FFFF}]x"),
        (r"ab{e<=1}", None),
        (r"[[:alpha:]]", None),
        (r"(?(1)a|b)", None),
        (r"(?x) a b", None),
        (r"(?s:a.b)(?m)", "(?s:a.b)(?m)"),
    ],
)
def test_superset_rewrites(pattern: str, rewritten: str | None) -> None:
    assert superset(pattern) == rewritten


def test_patterns_it_cannot_read_are_always_candidates() -> None:
    prefilter = Prefilter.build([r"subscribe", r"(?x) a b", r"(a)\1"])
    assert prefilter.always == {1, 2}
    assert prefilter.candidates("nothing here") == {1, 2}
    assert prefilter.candidates("Subscribe") == {0, 1, 2}
    # RE2 reads UTF-8 only: a lone surrogate makes every pattern a candidate.
    assert prefilter.candidates("subscribe \ud800") == {0, 1, 2}


def test_every_bundled_rule_and_caption_shape_is_prefiltered() -> None:
    assert Prefilter.build([r.source for r in _rules()]).always == frozenset()
    assert caption._SHAPES.prefilter.always == frozenset()


def test_every_rule_that_fires_on_a_fixture_line_is_a_candidate() -> None:
    prefilter = Prefilter.build([r.source for r in _rules()])
    position = {rule.id: k for k, rule in enumerate(_rules())}
    buckets = [b for category in rule_categories() for b in rule_table(category).buckets]
    fired = 0
    for text in _segments():
        prepared = prepare(text)
        if prepared is None:
            continue
        candidates = prefilter.candidates(prepared.folded)
        for bucket in buckets:
            rule = bucket.run(prepared.folded) if prepared.words <= bucket.max_words else None
            if rule is not None:
                fired += 1
                assert position[rule.id] in candidates, (rule.id, text)
    assert fired > 300


WORDS = sorted(
    {w for rule in _rules() for w in regex.findall(r"[^\W\d_]+", rule.source) if len(w) > 1}
    | {"2023", "12", "the", "a", "x", "vk", "e", "mail", "home"}
)
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(WORDS).map(str.title),
    st.sampled_from(WORDS).map(lambda w: w.replace("i", "ı").replace("s", "ſ").replace("k", "\u212a")),
    st.sampled_from(list(ODD)),
    st.sampled_from(["©", "(c)", "@", "www.", "https://", "»", "|", "/", "-", ":", "erid:", "x@y.org"]),
    st.text(max_size=3),
)
TEXTS = st.lists(
    st.tuples(PIECES, st.sampled_from(["", " ", " ", " ", " | ", ": ", ", ", "\u200c", "\xa0", "\u2028"])),
    min_size=1,
    max_size=30,
).map(lambda parts: "".join(piece + sep for piece, sep in parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
# ", share" alone reads as a share count, but a whole bucket takes "©, " as leading symbols first.
@example("©, share")
def test_an_index_answers_as_trying_every_bucket_would(text: str) -> None:
    index = rule_index(rule_categories())
    found = index.first_rules(text)
    assert index.first_rules(text, word_count(text)) == found  # a segment's own count, given
    for category in rule_categories():
        table = rule_table(category)
        expected = every_bucket(table, prepare(text))
        assert found.get(category) == expected
        assert table.match(text) == expected
        assert table.match(text, "heading") == every_bucket(table, prepare(text), "heading")


def test_rewritten_patterns_come_from_the_disk_cache_only_for_the_same_patterns_and_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(diskcache.ENV, str(tmp_path))
    sources = [r"(?<!\w)read\s?more\b", r"sign [^.]", r"\d{4}"]
    fresh = [prefilter.superset(source) for source in sources]
    assert prefilter.supersets(sources) == fresh
    assert len(list(tmp_path.glob("prefilter-*.pickle"))) == 1
    calls: list[str] = []
    monkeypatch.setattr(prefilter, "superset", lambda source: calls.append(source) or "x")
    assert prefilter.supersets(sources) == fresh  # loaded: no rewriting
    assert calls == []
    assert prefilter.supersets([*sources, "new"]) == ["x"] * 4  # other patterns: rewritten
    monkeypatch.setattr(prefilter, "_code_hash", lambda: "other code")
    assert prefilter.supersets(sources) == ["x"] * 3  # other code: rewritten


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("alpha, then beta", "t.en.early"),  # the later rule matches first in the text: it names it
        ("beta, then alpha", "t.en.late"),
        ("no match here", None),
    ],
)
def test_an_anywhere_rule_that_matches_earlier_in_the_text_wins_as_in_the_combined_pattern(
    text: str, expected: str | None
) -> None:
    rules = [
        Rule("t.en.late", "en", "beta", "anywhere", 40, "prompt", False, "t.toml"),
        Rule("t.en.early", "en", "alpha", "anywhere", 40, "prompt", False, "t.toml"),
    ]
    table = compile_rules(rules)
    found = table.match(text)
    assert (found.id if found else None) == expected
    assert found == every_bucket(table, prepare(text))


def test_a_rule_that_does_not_compile_is_named_when_a_segment_first_needs_it() -> None:
    rules = [
        Rule("t.en.fine", "en", "fine", "line", 15, "prompt", False, "t.toml"),
        Rule("t.en.broken", "en", "bro(ken", "anywhere", 15, "prompt", False, "t.toml"),
    ]
    table = compile_rules(rules)
    assert table.match("Fine").id == "t.en.fine"
    with pytest.raises(RuleError, match=r"t\.toml: rule 't\.en\.broken': bad regex"):
        table.match("it is bro(ken here")


def test_parsed_tables_come_from_the_disk_cache_only_for_the_same_bytes_and_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean import rules
    from newsclean.rules import loader

    monkeypatch.setenv(diskcache.ENV, str(tmp_path))
    data = b'[[rule]]\nid = "demo.en.ad"\nlang = "en"\nphrase = "Advertisement"\n'
    fresh = loader.read_table("demo.toml", data)
    assert rules._parsed("demo.toml", data) == fresh
    assert len(list(tmp_path.glob("rules-*.pickle"))) == 1
    calls: list[bytes] = []

    def counted(path: str, read: bytes) -> object:
        calls.append(read)
        return loader.read_table(path, read)

    monkeypatch.setattr(rules, "read_table", counted)
    assert rules._parsed("demo.toml", data) == fresh  # loaded: not parsed again
    assert calls == []
    edited = data.replace(b"Advertisement", b"Sponsored")
    assert rules._parsed("demo.toml", edited)[1][0].source != fresh[1][0].source  # other bytes: parsed
    assert calls == [edited]
    monkeypatch.setattr(diskcache, "source_hash", lambda path: "other code")
    rules._parsed("demo.toml", data)  # other parsing code: parsed
    assert calls == [edited, data]


def test_patterns_beyond_one_set_are_found_in_the_next_sets() -> None:
    # More patterns without literals (two letters are too short to be one) than one RE2 set
    # holds, with one that cannot be rewritten: each is still a candidate exactly for the texts it
    # can match, by its position. An "i" would stand for its dotless and dotted forms too.
    letters = "abcdefghjklmnopqrstuvwxyz0123456789"
    words = [a + b for a in letters for b in letters][: 2 * prefilter._SHARD + 7]
    sources = [*words, r"(?<=x)(?=y)\1"]
    found = Prefilter.build(sources)
    assert found.words is None
    assert len(found.shards) == 3
    last = len(sources) - 1
    assert found.always == {last}
    for n in (0, prefilter._SHARD - 1, prefilter._SHARD, 2 * prefilter._SHARD + 6):
        assert found.candidates(f"+ {words[n]} +") == {n, last}
    assert found.candidates("a1 q7") == {words.index("a1"), words.index("q7"), last}
    assert found.candidates("+ 1 + 2 +") == {last}


def test_patterns_with_literals_are_found_by_them() -> None:
    # A pattern whose every match holds one of a few literals is looked up by them, the others by
    # their automaton; a dotless or dotted i counts as an i, as ``regex`` reads it caselessly.
    sources = [r"sign\s+up|subscribe", r"\d{4}", r"kaydınız"]
    found = Prefilter.build(sources)
    assert found.words is not None and [index for _, index in found.shards] == [(1,)]
    assert found.candidates("Please SIGN  up") == {0}
    assert found.candidates("SUBSCRIBE in 2024") == {0, 1}
    assert found.candidates("KAYDINIZ") == found.candidates("kaydiniz") == {2}
    assert found.candidates("sign on, then ask") == {0}  # "sign" is a literal of the first
    assert found.candidates("log on, then ask") == set()
