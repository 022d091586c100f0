"""The fast langdetect re-implementation gives langdetect's own probabilities, bit for bit."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsclean.text import detect, langdetect_fast
from newsclean.text.features import ends_sentence, word_count, word_count_up_to

CASES = [
    "Die Regierung hat am Montag neue Maßnahmen angekündigt, sagte ein Sprecher.",
    "Le gouvernement a annoncé lundi de nouvelles mesures, selon un porte-parole.",
    "Portion Fix Containers: 1 Green, 1 Purple, 1 Blue",
    "NASA and the ESA said the LAUNCH window opens in MAY",
    "Contact us at desk@example.org or https://example.org/about?x=1 for details",
    "Thủ tướng cho biết chính phủ sẽ tiếp tục cải cách kinh tế",
    "Thu tướng    cho biết  ",
    "  leading and   trailing   spaces ",
    "x",
    "12:30 — 45%",
    "Президент заявил, что переговоры продолжатся на следующей неделе.",
    "Мирний план обговорювали в Києві",
    "国务院总理在北京会见了来访的代表团",
    "東京で会議が開かれた",
    "وقال المتحدث إن المحادثات ستستأنف الأسبوع المقبل",
    "Mixed Latin and Кириллица in one line",
]


def _reference(text: str, languages: tuple[str, ...]) -> list[float] | None:
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import LangDetectException

    profiles = langdetect_fast.load_profiles(languages)

    factory = SimpleNamespace(
        word_lang_prob_map={k: list(v) for k, v in profiles.table.items()}, langlist=list(languages), seed=0
    )
    detector = Detector(factory)
    detector.append(text)
    try:
        detector.get_probabilities()
    except LangDetectException:
        return None
    result: list[float] = detector.langprob
    return result


@pytest.mark.parametrize("script", ["Latin", "Cyrillic", "Han", "Arabic"])
@pytest.mark.parametrize("text", CASES)
def test_probabilities_equal_langdetect(text: str, script: str) -> None:
    languages = detect._script_languages(script)
    profiles = langdetect_fast.load_profiles(languages)
    assert langdetect_fast.probabilities(text, profiles) == _reference(text, languages)


@pytest.mark.parametrize("n", [1, 2, 3, 7, 64, 65, 1000, 4399])
def test_draws_are_those_of_random_choice(n: int) -> None:
    import random

    ours, theirs = random.Random(), random.Random()
    ours.seed(0)
    theirs.seed(0)
    draw = langdetect_fast._drawer(ours, n)
    items = range(n)
    for _ in range(300):
        assert draw() == theirs.choice(items)
        # Interleaved with other uses of the generator, as between langdetect's trials.
        assert ours.gauss(0.0, 1.0) == theirs.gauss(0.0, 1.0)


def test_profiles_keep_langdetect_order_and_values() -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    languages = detect._script_languages("Cyrillic")
    profiles = langdetect_fast.load_profiles(languages)
    columns = [factory.langlist.index(lang) for lang in languages]
    assert set(languages) == {"bg", "mk", "ru", "uk"}
    for gram in ("при", "ї", "ъ"):
        assert profiles.table[gram] == tuple(factory.word_lang_prob_map[gram][i] for i in columns)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Listen Live", 2),
        ("snake_case and CamelCase-words, 2024!", 5),
        ("", 0),
        ("... — ...", 0),
        ("naïve café", 2),
        ("東京で会議が開かれた", 5),
        ("a " * 3000, 3000),
        ("é " * 3000, 3000),
    ],
)
def test_word_count_paths(text: str, words: int) -> None:
    assert word_count(text) == words
    assert word_count_up_to(text, 25) == min(words, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said so.", True),
        ("x" * 100 + ".”", True),
        ("x" * 100 + "." + "”" * 100, True),
        ("x" * 100 + "”" * 100, False),
        ("x" * 100 + "!\n", True),
        ("Related stories", False),
    ],
)
def test_ends_sentence_on_long_text(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected
