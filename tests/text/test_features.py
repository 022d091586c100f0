"""Shared text features: the fast word count and sentence end agree with their plain regex definitions."""

from __future__ import annotations

import functools

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.text.features import ends_sentence, sentence_ends, word_count, word_count_up_to

_UNSPACED = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tai_Tham}\p{New_Tai_Lue}\p{Tai_Le}"
    r"\p{Javanese}\p{Balinese}]"
)
# Closing quotes and brackets (the French guillemet set off by a space) may follow the mark.
_TERMINAL = regex.compile(
    r"(?:[.!?…。！？؟۔।॥။።፧։។།༎᙮𑅁𑅂꓿᠃᠉꯫᱾꘎꧉܀]|፡፡)['\"”’»)\]“‘›‹«」』）】》〉 \u00a0\u202f]*$"
)

# Word and non-word characters of many kinds: combining marks, joiners, unspaced scripts,
# characters outside the BMP, lone surrogates, and the sentence-final marks and closers.
TRICKY = (
    "aZ9_ \n\t\r\x0b\x1c\u00a0\u202f\u2028.!?…。！？؟۔।॥။።፡፧։។᙮𑅁'\"”’»)]“‘›‹«」』）】》〉-,"
    "éß\u0301\u0307\u200c\u200dİıſK²½Ⅻ٣१"
    "東京でカナกขຂក့ကअिকᨠᩢᦀꦲᬓ"
    "👁𠀀𝒜\U000e0100\ud800"
)
TEXTS = st.one_of(st.text(alphabet=TRICKY, max_size=40), st.text(max_size=40))


def plain_word_count(text: str) -> int:
    unspaced = len(_UNSPACED.findall(text))
    return unspaced // 2 + len(regex.findall(r"\w+", _UNSPACED.sub(" ", text)))


@functools.cache
def all_characters() -> str:
    return "".join(map(chr, range(0x110000)))


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_word_count_is_the_plain_count(text: str) -> None:
    assert word_count(text) == plain_word_count(text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_ends_sentence_is_the_plain_pattern(text: str) -> None:
    assert ends_sentence(text) is (_TERMINAL.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("Listen Live", 2),
        ("“Quoted” — words’ count", 3),
        ("Привет, мир!", 2),
        ("東京で会議abc", 3),
        ("ᨠᨡᨣᨤ ᨥᨦ", 3),  # Tai Tham, unspaced like Thai: six letters
        ("ꦲꦤꦕꦫꦏ abc", 3),  # Javanese: five letters, and one word
        ("नमस्ते दुनिया", 2),  # combining vowel signs are word characters
        ("👁 Prepare for the 𝒜 era", 5),  # outside the BMP: a symbol, and a letter
        ("x" * 5000 + " é", 2),
    ],
)
def test_word_count_cases(text: str, words: int) -> None:
    assert word_count(text) == words == plain_word_count(text)
    assert word_count_up_to(text, 1) == min(words, 1)


def test_word_count_agrees_with_the_plain_count_on_every_bmp_character_between_letters() -> None:
    # A character between a spaced-script letter and an unspaced one: does it join, split or count?
    chars = all_characters()[0x80:0x10000]
    assert [word_count(f"a{c}東") for c in chars] == [plain_word_count(f"a{c}東") for c in chars]


@pytest.mark.parametrize("text", ["A.\n", "A.\n\n", 'A."\n', "A\n.", "…»", "?)]x", "\n"])
def test_ends_sentence_cases(text: str) -> None:
    assert ends_sentence(text) is (_TERMINAL.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "یہ منصوبہ اگلے سال مکمل ہوگا۔",  # Urdu full stop
        "ဒီအမှုကို တရားရုံးမှာ စွဲဆိုထားတယ်။",  # Burmese
        "ስብሰባው ነገ ይካሄዳል።",  # Amharic
        "Ժողովը վաղը կկայանա։",  # Armenian
        "सभा कल होगी।",  # Hindi danda
        "ཚོགས་འདུ་སང་ཉིན་འཚོགས་རྒྱུ་ཡིན།",  # Tibetan shad
        "ኣኼባ ጽባሕ ክካየድ እዩ፡፡",  # Tigrinya, two word spaces typed for a full stop
        "ኣኼባ ጽባሕ ክካየድ እዩ፧",  # Ethiopic question mark
        "𑄥𑄧𑄞 𑄇𑄣𑄴 𑄦𑄧𑄝𑄧𑅁",  # Chakma danda
        "ᓄᓇᕗᑦ ᒐᕙᒪᒃᑯᑦ ᐅᖃᐅᓯᖃᖅᑐᑦ᙮",  # Inuktitut, Canadian syllabics full stop
        "ᠬᠤᠷᠠᠯ ᠮᠠᠷᠭᠠᠰᠢ ᠪᠣᠯᠤᠨᠠ᠃",  # Mongolian full stop
    ],
)
def test_sentences_end_in_other_scripts_too(text: str) -> None:
    assert ends_sentence(text)
    assert sentence_ends(f"{text} {text}") == 2


@pytest.mark.parametrize(
    "text",
    [
        "„Eine Zeitung, die man nicht anfassen kann, ist keine richtige Zeitung.“",  # German
        "‚Wir bleiben‘, sagte sie, ‚bis der Laden schließt.‘",  # German single quotes
        "« Je voulais soigner les gens. »",  # French, a space before the guillemet
        "«\u00a0Nous ferons appel.\u00a0»",  # ... or a no-break space
        "»Vi er glade for resultatet.«",  # Danish
        "›Das ist erst der Anfang.‹",  # Swiss
        "「会議は明日開かれる。」",  # Japanese corner brackets
    ],
)
def test_a_sentence_ends_before_the_closing_quotes_of_other_languages(text: str) -> None:
    assert ends_sentence(text)
    assert sentence_ends(f"{text} {text}") == 2


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("It rained. The river rose! Version 2.1 shipped", 2),
        ("“Stay home.” The roads closed.", 2),
        ("雨が降った。川が増水した。", 2),
        ("www.example.com 3.5 km", 0),
        ("Archives Select Month December 2025 November 2025", 0),
    ],
)
def test_sentence_ends_cases(text: str, ends: int) -> None:
    assert sentence_ends(text) == ends


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_text_that_ends_a_sentence_has_a_sentence_end(text: str) -> None:
    if ends_sentence(text):
        assert sentence_ends(text) >= 1


@pytest.mark.parametrize(
    ("text", "structured"),
    [
        ("- Share of homes sold above asking", True),
        ("* Waterproof to 50 metres", True),
        ("12) Serve with rice", True),
        ("| City | Median price |", True),
        ("Release date: 14 March", True),
        ("Battery life: up to 18 hours", True),
        ("The company said: profits rose by a third.", False),
        ("Officials in the port city said on Monday that the line would open.", False),
        ("A very long label that has far too many words in it: value", False),
        ("2024 was a record year for the port", False),
        ("", False),
    ],
)
def test_is_structured_tells_items_of_lists_tables_and_fields_from_prose(text: str, structured: bool) -> None:
    from newsclean.text.features import is_structured

    assert is_structured(text) is structured


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("docker run --rm -p 8080:80 web", True),
        ("const total = items.reduce(add, 0);", True),
        ("    return {'ok': True}", True),
        ("# comment out the old key", True),
        ("max_connections: 100", True),
        ("  - name: build", True),
        ("print(result.summary())", True),
        ("Opinion", False),
        ("World | Business | Sport", False),
        ("Category: Local news", False),
        ("Price: $12.50 a month", False),
        ("Five places to swim this summer (and two to avoid)", False),
        ("The council said it would review the decision next year.", False),
    ],
)
def test_is_code_line_tells_code_and_configuration_from_labels_and_prose(text: str, code: bool) -> None:
    from newsclean.text.features import is_code_line

    assert is_code_line(text) is code
