"""Text repair: identity on clean text, each named fix, quotes, idempotence, decode + repair."""

from __future__ import annotations

import ftfy
import pytest
from benchmarks.decode_accuracy import double_utf8
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import CHARMAP_ENCODINGS
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean.config import Config
from newsclean.text.decode import decode
from newsclean.text.repair import (
    _FTFY_CONFIG,
    _LINE_BREAK,
    _LINE_BREAK_CHARS,
    _ODD_SPACE,
    _ODD_SPACE_CHARS,
    _ZERO_WIDTH,
    _ZERO_WIDTH_CHARS,
    FIX_NAMES,
    _fix_with_ftfy,
    _has_utf8_pair,
    _looks_like_mojibake,
    _replacing,
    repair,
    straighten,
)

CLEAN = [
    "The council approved the budget on Tuesday.",
    "Line one.\nLine two.\n\nA new paragraph.",
    "“We will not give up,” the mayor’s spokeswoman said — again.",
    "Le gouvernement a présenté mercredi un projet de loi « ambitieux ».",
    "Die Straße bleibt gesperrt; Autofahrer müssen über Köln ausweichen.",
    "Правительство утвердило новые правила.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα.",
    "הממשלה אישרה את התקציב.",
    "وزیر آموزش گفت مدارس باز می\u200cشوند.",  # ZWNJ is part of Persian spelling
    "国务院今天通过了新的政策。",
    "政府は新しい経済対策を決定しました。",
    "정부는 오늘 새로운 대책을 발표했다.",
    "Family emoji 👨\u200d👩\u200d👧 stays joined.",
    "AT&T and R&D: a bare ampersand is not an entity.",
    "A capital with a tilde: SÃO PAULO",
    "",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_returned_unchanged(text: str) -> None:
    result = repair(text)
    assert result.text is text
    assert result.fixes == ()


@pytest.mark.parametrize(
    ("text", "expected", "fixes"),
    [
        ("cafÃ© au lait", "café au lait", ("mojibake",)),
        ("The â€œbestâ€\x9d result", "The “best” result", ("mojibake",)),
        ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет", ("mojibake",)),
        ("\x93Quoted\x94 in C1", "“Quoted” in C1", ("mojibake",)),
        ("Fish &amp; chips &#8217;n&#x2019; more", "Fish & chips ’n’ more", ("html_entities",)),
        ("Double &amp;amp; escaped", "Double & escaped", ("html_entities",)),
        ("A&nbsp;space", "A space", ("html_entities", "odd_spaces")),
        ("Bell\x07 and\x00 nul", "Bell and nul", ("control_chars",)),
        ("Colour \x1b[1mbold\x1b[0m", "Colour bold", ("control_chars",)),
        ("zero\u200bwidth, word\u2060joiner", "zerowidth, wordjoiner", ("zero_width",)),
        ("\ufeffByte-order mark", "Byte-order mark", ("zero_width",)),
        ("Bundes\u00adregierung", "Bundesregierung", ("zero_width",)),
        ("non\u00a0breaking\u202fnarrow\u2009thin\u3000wide\ttab", "non breaking narrow thin wide tab",
         ("odd_spaces",)),
        ("one\r\ntwo\rthree\u2028four\u2029five\fsix", "one\ntwo\nthree\nfour\nfive\nsix", ("line_breaks",)),
        ("cafe\u0301", "café", ("nfc",)),
        ("ﬁnancial ﬂows", "financial flows", ("ligatures",)),
        ("lone \ud83d surrogate", "lone \ufffd surrogate", ("surrogates",)),
        ("cafÃ©&nbsp;&amp;\r\nbar\u200b", "café &\nbar",
         ("html_entities", "line_breaks", "zero_width", "mojibake", "odd_spaces")),
    ],
)  # fmt: skip
def test_each_fix(text: str, expected: str, fixes: tuple[str, ...]) -> None:
    result = repair(text)
    assert result.text == expected
    assert result.fixes == fixes
    assert set(result.fixes) <= set(FIX_NAMES)


@pytest.mark.parametrize(
    ("text", "straightened"),
    [
        ("“It’s done,” she said.", '"It\'s done," she said.'),
        ("„Wir schaffen das“, sagte sie.", '"Wir schaffen das", sagte sie.'),
        ("‘single’ and ‛reversed‛", "'single' and 'reversed'"),
    ],
)
def test_quotes_are_kept_unless_straightened(text: str, straightened: str) -> None:
    assert repair(text).text == text
    result = repair(text, config=Config(straighten_quotes=True))
    assert (result.text, result.fixes) == (straightened, ("straighten_quotes",))
    assert straighten(text) == straightened


MESSY = [
    "cafÃ©&amp;nbsp;bar",
    "&amp;#233;t&amp;eacute;",
    "Ã\xa0 la carte",
    "â€™ twice â€™ \r\n",
    "\u00a0\u00a0lead and trail\u3000",
    "x\x00\x85y",
]


@pytest.mark.parametrize("text", MESSY)
def test_repair_is_idempotent(text: str) -> None:
    once = repair(text)
    twice = repair(once.text)
    assert twice.text == once.text
    assert twice.fixes == ()


@pytest.mark.parametrize(
    "text", ["Crème brûlée — “naïve” résumé", "Zażółć gęślą jaźń", "Москва", "東京の天気"]
)
def test_decode_then_repair_gives_the_original(text: str) -> None:
    assert repair(decode(double_utf8(text, "cp1252")).text).text == text


@pytest.mark.parametrize("text", ["Crème brûlée — “naïve” résumé", "Ελλάδα", "東京の天気"])
def test_mojibake_inside_correct_text_is_left_to_repair(text: str) -> None:
    # Decode cannot undo a double-encoded fragment next to correct non-Latin-1 text; repair does.
    mixed = "Новости: " + double_utf8(text, "cp1252").decode("utf-8")
    decoded = decode(mixed.encode("utf-8")).text
    assert decoded == mixed
    assert repair(decoded).text == "Новости: " + text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_repair_reaches_a_fixed_point(text: str) -> None:
    once = repair(text)
    assert repair(once.text).text == once.text
    assert set(once.fixes) <= set(FIX_NAMES)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="cp1252"), max_size=80))
def test_repair_fixes_mojibake_of_any_cp1252_text(text: str) -> None:
    once = repair(text.encode("utf-8").decode("cp1252", errors="replace"))
    assert repair(once.text).text == once.text


# Characters ftfy's badness regex is made of, with letters, spaces and line ends around them.
_BADNESS_ALPHABET = sorted(
    {ch for ch in BADNESS_RE.pattern if not ch.isascii()}
    | set("aZ \n\t.,!?-")
    | set("\x80\x9f\xa0ÃÂØÙВГРСΒΓΞΟβā€Ђ√≈‚Ä")
)


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(st.sampled_from(_BADNESS_ALPHABET), st.characters(codec="utf-8")),
        max_size=120,
    )
)
@example("Ǳ")  # a Latin digraph ftfy splits as a ligature
def test_the_mojibake_prefilter_never_hides_what_ftfy_would_fix(text: str) -> None:
    text = _LINE_BREAK.sub("\n", text)  # the repair step before ftfy's
    fixed, _ = ftfy.fix_and_explain(text, config=_FTFY_CONFIG)
    assert _fix_with_ftfy(text, _looks_like_mojibake)[0] == fixed
    if _looks_like_mojibake(text):
        assert is_bad(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(st.characters(min_codepoint=0x80, max_codepoint=0x10FFFF, exclude_categories=["Cs"]), min_size=1),
    st.sampled_from(CHARMAP_ENCODINGS),
)
def test_utf8_read_in_any_of_ftfys_code_pages_shows_a_pair_of_it(text: str, encoding: str) -> None:
    data = text.encode("utf-8")
    try:
        shown = data.decode(encoding)
    except UnicodeDecodeError:
        shown = data.decode(encoding, errors="replace")
    assert _has_utf8_pair(shown)


@pytest.mark.parametrize(
    "text",
    [
        "“It’s done,’” she said — ’’quoted’’",  # Mac Roman leads before Windows-1252 continuations
        "A programação da conferência",  # ç leads in Windows-1252, ã continues in Mac Roman
        "Москва и Санкт-Петербург",
    ],
)
def test_pairs_mixing_two_code_pages_are_not_mojibake(text: str) -> None:
    assert not _has_utf8_pair(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("cafÃ© " * 3, True), ("плохо вЂ", True), ("Ð¼Ð¸Ñ€", True), ("Москва", False), ("clean text", False)],
)
def test_mojibake_cases(text: str, expected: bool) -> None:
    assert _looks_like_mojibake(text) is expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab \n\r\v\f\t\u2028\u2029\u200b\u2060\ufeff\u00ad\u180e\u00a0\u2003\u3000")
        ),
        max_size=30,
    )
)
def test_guarded_replacements_equal_the_bare_substitutions(text: str) -> None:
    for pattern, chars, replacement in (
        (_LINE_BREAK, _LINE_BREAK_CHARS, "\n"),
        (_ZERO_WIDTH, _ZERO_WIDTH_CHARS, ""),
        (_ODD_SPACE, _ODD_SPACE_CHARS, " "),
    ):
        assert _replacing(pattern, chars, replacement)(text) == pattern.sub(replacement, text)
