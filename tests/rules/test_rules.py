"""Rule tables as data: bundled tables load and cover nine languages; bad tables fail naming file and id."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.errors import RuleError
from newsclean.model import Category
from newsclean.rules import (
    compile_rules,
    fold_spelling,
    load_rules,
    parse_rules,
    read_table,
    rule_categories,
    rule_table,
    table_header,
)
from newsclean.rules.loader import MAX_RULE_WORDS, Header
from newsclean.rules.table import prepare
from newsclean.text.features import word_count

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "ru", "ar", "fa")


def test_every_phrase_category_has_a_table() -> None:
    assert rule_categories() == tuple(
        sorted(
            c.value
            for c in (
                Category.SITE_CHROME,
                Category.PAYWALL,
                Category.NEWSLETTER,
                Category.COOKIE,
                Category.SOCIAL,
                Category.PUBLISHER,
                Category.ADVERTISEMENT,
                Category.COMMENTS,
            )
        )
    )


@pytest.mark.parametrize("category", rule_categories())
def test_table_covers_nine_languages_with_several_rules(category: str) -> None:
    rules = rule_table(category).rules
    counts = {lang: sum(r.lang == lang for r in rules) for lang in LANGUAGES}
    assert min(counts.values()) >= 2, counts


def test_rule_ids_are_unique_and_named_after_category_and_language() -> None:
    ids = [r.id for c in rule_categories() for r in rule_table(c).rules]
    assert len(ids) == len(set(ids))
    for category in rule_categories():
        for rule in rule_table(category).rules:
            lang = "any" if rule.lang == "*" else rule.lang
            assert rule.id.startswith(f"{category}.{lang}."), rule.id


def test_tables_are_compiled_once_and_language_selection_filters() -> None:
    assert rule_table("cookie") is rule_table("cookie")
    german = rule_table("cookie", ("de",))
    assert {r.lang for r in german.rules} == {"de"}
    assert rule_table("social", ("de",)).match("Facebook | Twitter") is not None  # language-neutral


def write(tmp_path: Path, body: str) -> tuple[str, bytes]:
    path = tmp_path / "demo.toml"
    path.write_text(body, encoding="utf-8")
    return str(path), path.read_bytes()


GOOD = '[[rule]]\nid = "demo.en.ok"\nlang = "en"\nphrase = "Read more"\n'


@pytest.mark.parametrize(
    ("body", "names_id", "message"),
    [
        (
            '[[rule]]\nid = "demo.en.x"\nlang = "en"\nphrase = "Hi"\ncolour = "red"\n',
            "demo.en.x",
            "unknown key",
        ),
        ('[[rule]]\nlang = "en"\nphrase = "Hi"\n', None, "has no id"),
        (GOOD + GOOD, "demo.en.ok", "duplicate id"),
        ('[[rule]]\nid = "demo.en.re"\nlang = "en"\npattern = "sign (up"\n', "demo.en.re", "bad regex"),
        ('[[rule]]\nid = "demo.xx.l"\nlang = "english"\nphrase = "Hi"\n', "demo.xx.l", "ISO 639-1"),
        ('[[rule]]\nid = "demo.en.s"\nlang = "en"\nphrase = "Hi"\nscope = "page"\n', "demo.en.s", "scope"),
        ('[[rule]]\nid = "demo.en.w"\nlang = "en"\nphrase = "Hi"\nmax_words = 0\n', "demo.en.w", "max_words"),
        (
            '[[rule]]\nid = "demo.en.b"\nlang = "en"\nphrase = "Hi"\npattern = "Hi"\n',
            "demo.en.b",
            "exactly one",
        ),
        ('[[rule]]\nid = "demo.en.e"\nlang = "en"\npattern = "(?:ads)?"\n', "demo.en.e", "empty text"),
        ('[[rule]]\nid = "demo.en.g"\nlang = "en"\npattern = "(?P<x>ad)"\n', "demo.en.g", "named groups"),
        (
            '[[rule]]\nid = "demo.en.h"\nlang = "en"\nphrase = "News"\nrole = "heading"\nscope = "start"\n',
            "demo.en.h",
            "heading",
        ),
        (
            '[[rule]]\nid = "demo.en.c"\nlang = "en"\nphrase = "Hi"\ncase_sensitive = "yes"\n',
            "demo.en.c",
            "true",
        ),
        ('[rules]\nid = "demo.en.t"\n', None, "top-level"),
        ('[[rule]\nid = "broken"\n', None, "TOML"),
    ],
)
def test_invalid_table_raises_naming_file_and_rule(
    tmp_path: Path, body: str, names_id: str | None, message: str
) -> None:
    path, data = write(tmp_path, body)
    with pytest.raises(RuleError) as caught:
        load_rules(path, data)
    text = str(caught.value)
    assert path in text
    assert message in text
    if names_id is not None:
        assert repr(names_id) in text


@pytest.mark.parametrize(
    ("rule", "text", "fires"),
    [
        # line: the pattern covers the segment apart from surrounding punctuation and symbols
        ('scope = "line"\nphrase = "Read more"', "» Read more …", True),
        ('scope = "line"\nphrase = "Read more"', "Read more about the budget", False),
        # start: the segment begins with it
        ('scope = "start"\npattern = "sign up"', "• Sign up for alerts", True),
        ('scope = "start"\npattern = "sign up"', "Readers can sign up for alerts", False),
        # anywhere: inside a longer segment, whole words only, and within max_words
        ('scope = "anywhere"\nphrase = "your inbox"', "Get it in your inbox daily.", True),
        ('scope = "anywhere"\nphrase = "your inbox"', "Get it in your inboxes daily.", False),
        (
            'scope = "anywhere"\nmax_words = 5\nphrase = "your inbox"',
            "Get it in your inbox every day.",
            False,
        ),
        # case-insensitive by default, optionally case-sensitive
        ('pattern = "ad"', "AD", True),
        ('pattern = "AD"\ncase_sensitive = true', "ad", False),
        ('pattern = "AD"\ncase_sensitive = true', "AD", True),
        # typographic apostrophes and Persian half-spaces are folded on both sides
        ('phrase = "l\'article"', "L’article", True),
        ('phrase = "می‌پذیرم"', "می پذیرم", True),
        ('phrase = "كوكي"', "کوکی", True),
    ],
)
def test_scope_words_case_and_folding(tmp_path: Path, rule: str, text: str, fires: bool) -> None:
    path, data = write(tmp_path, f'[[rule]]\nid = "demo.en.r"\nlang = "en"\n{rule}\n')
    assert (load_rules(path, data).match(text) is not None) is fires


def test_heading_rules_only_match_in_heading_role(tmp_path: Path) -> None:
    path, data = write(
        tmp_path, '[[rule]]\nid = "demo.en.h"\nlang = "en"\nrole = "heading"\nphrase = "Briefing"\n'
    )
    table = load_rules(path, data)
    assert table.match("Briefing") is None
    rule = table.match("Briefing", role="heading")
    assert rule is not None
    assert rule.id == "demo.en.h"


def test_parse_then_compile_equals_load(tmp_path: Path) -> None:
    path, data = write(tmp_path, GOOD)
    assert compile_rules(parse_rules(path, data)).match("Read more") == load_rules(path, data).match(
        "Read more"
    )


def test_every_table_has_a_header_with_a_reason_and_its_own_position() -> None:
    headers = [table_header(category) for category in rule_categories()]
    assert all(h.reason and not h.reason.endswith(".") for h in headers)
    assert len({h.position for h in headers}) == len(headers)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[cleaner]\nreason = "x"\n', "position"),
        ("[cleaner]\nposition = 3\n", "reason"),
        ('[cleaner]\nreason = "x"\nposition = 3\nname = "y"\n', "unknown key"),
        ('[cleaner]\nreason = "x"\nposition = "first"\n', "position"),
        ("cleaner = 3\n", "[cleaner]"),
    ],
)
def test_invalid_header_raises_naming_file(tmp_path: Path, body: str, message: str) -> None:
    path, data = write(tmp_path, body + GOOD)
    with pytest.raises(RuleError) as caught:
        read_table(path, data)
    assert path in str(caught.value)
    assert message in str(caught.value)


def test_header_is_read_and_rules_need_none(tmp_path: Path) -> None:
    path, data = write(tmp_path, '[cleaner]\nreason = "a label"\nposition = 5\n' + GOOD)
    header, rules = read_table(path, data)
    assert header == Header("a label", 5)
    assert [r.id for r in rules] == ["demo.en.ok"]
    assert read_table(*write(tmp_path, GOOD))[0] is None


def test_every_rule_has_its_compiled_pattern_and_every_bucket_compiles() -> None:
    for category in rule_categories():
        table = rule_table(category).check()
        for rule in table.rules:
            assert rule.source in rule.pattern.pattern
            assert not rule.fires("")


def test_buckets_compile_on_first_use_and_name_the_faulty_rule(tmp_path: Path) -> None:
    bad = '[[rule]]\nid = "demo.en.bad"\nlang = "en"\nscope = "start"\npattern = "(x"\n'
    path, data = write(tmp_path, GOOD + bad)
    table = compile_rules(parse_rules(path, data))  # grouping only: nothing compiled yet
    assert table.match("Read more").id == "demo.en.ok"
    with pytest.raises(RuleError, match=r"demo\.en\.bad"):
        table.match("x")


def test_fold_is_a_deterministic_helper() -> None:
    assert fold_spelling("Don’t miss: e-mail") == "Don't miss: e-mail"
    assert fold_spelling("ي‌ك") == "ی ک"


@pytest.mark.parametrize(
    ("category", "atomic", "old"),
    [
        # Malayalam pages still write a final consonant as letter, virama and zero-width joiner.
        ("social", "ഷെയർ ചെയ്യുക", "ഷെയര്\u200d ചെയ്യുക"),
        ("advertisement", "സ്പോൺസർ ചെയ്തത്", "സ്പോണ്\u200dസര്\u200d ചെയ്തത്"),
    ],
)
def test_malayalam_old_final_consonants_match_like_the_atomic_letters(
    category: str, atomic: str, old: str
) -> None:
    rule = rule_table(category).match(atomic)
    assert rule is not None
    assert rule_table(category).match(old) == rule
    assert fold_spelling(old) == atomic


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Don’t miss: e-mail", 5),
        # Where rules once counted runs of letters and digits apart from Segment.words:
        ("नमस्ते दुनिया", 2),  # vowel signs and virama are part of the word (was 5)
        ("東京で会議", 2),  # two characters of an unspaced script make a word (was 1)
        ("e_mail signup", 2),  # the underscore joins (was 3)
        ("İstanbul", 1),  # no split at the dot lower-casing adds (was 2)
    ],
)
def test_max_words_counts_the_words_segments_count(text: str, words: int) -> None:
    prepared = prepare(text)
    assert prepared is not None
    assert prepared.words == words == word_count(fold_spelling(text))


def test_segments_beyond_every_word_limit_are_not_prepared() -> None:
    assert prepare("word " * MAX_RULE_WORDS) is not None
    assert prepare("word " * (MAX_RULE_WORDS + 1)) is None
    assert prepare("word " * 5000) is None


def test_no_rule_opens_with_a_lookaround_over_the_rest_of_the_line() -> None:
    # A line rule is tried after each way of skipping the segment's leading punctuation; a
    # lookaround that scans to the line's end at its start makes a long run of punctuation or
    # underscores cost quadratic time. Placed after the rule's first words, it runs once per match.
    openers = ("(?![^\\n]*", "(?=[^\\n]*", "(?!.*", "(?=.*", "(?![^\\n]+", "(?=[^\\n]+")
    opening = [r.id for c in rule_categories() for r in rule_table(c).rules if r.source.startswith(openers)]
    assert opening == []
