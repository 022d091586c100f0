"""Script of a text (``regex`` Unicode script properties) and its language (seeded langdetect).

Language identification is deterministic: langdetect runs from a detector factory
owned by this module and seeded on every call, never from the library's global seed.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from typing import Any

import regex

# ISO 15924 names of the scripts newsclean tells apart; letters of any other script count as "Other".
SCRIPTS: tuple[str, ...] = (
    "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul",
    "Thai", "Devanagari", "Bengali", "Tamil", "Telugu", "Gujarati", "Gurmukhi", "Kannada",
    "Malayalam", "Georgian", "Armenian", "Ethiopic", "Khmer", "Lao", "Myanmar", "Sinhala", "Tibetan",
)  # fmt: skip

_SCRIPT_RUNS = regex.compile(
    "|".join(f"(?P<{name}>\\p{{Script={name}}}+)" for name in SCRIPTS) + r"|(?P<Other>\p{L}+)"
)
_JAPANESE_KANA = frozenset({"Hiragana", "Katakana"})


@dataclass(frozen=True)
class LanguageGuess:
    """A language guess: ISO 639-1 code (``None`` when it cannot be judged), probability, script."""

    language: str | None
    score: float
    script: str | None


def script_counts(text: str) -> Counter[str]:
    """Count the letters of ``text`` per script.

    >>> script_counts("Hello мир")["Cyrillic"]
    3
    """
    counts: Counter[str] = Counter()
    for match in _SCRIPT_RUNS.finditer(text):
        name = match.lastgroup
        if name is not None:
            counts[name] += match.end() - match.start()
    return counts


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in; Japanese kana with Han count as Han+kana.

    >>> dominant_script("افغانستان آزاد")
    'Arabic'
    >>> dominant_script("12:30") is None
    True
    """
    counts = script_counts(text)
    if not counts:
        return None
    # Japanese mixes Han with kana; report the text as Japanese-script when kana are present.
    kana = sum(counts[k] for k in _JAPANESE_KANA)
    if kana and kana + counts["Han"] >= max(counts.values()):
        return "Hiragana" if counts["Hiragana"] >= counts["Katakana"] else "Katakana"
    best, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return best


# Scripts used by a single language that langdetect knows: no statistics needed.
_SCRIPT_LANGUAGE: dict[str, str] = {
    "Greek": "el", "Hebrew": "he", "Hangul": "ko", "Hiragana": "ja", "Katakana": "ja", "Thai": "th",
    "Bengali": "bn", "Tamil": "ta", "Telugu": "te", "Gujarati": "gu", "Gurmukhi": "pa", "Kannada": "kn",
    "Malayalam": "ml",
}  # fmt: skip

_LANGDETECT_CODES = {"zh-cn": "zh", "zh-tw": "zh"}


@functools.lru_cache(maxsize=1)
def _factory() -> Any:
    # The profiles take about a second to load, so they are loaded once per process. The factory is
    # only read after loading and every detector is seeded explicitly, so sharing it is deterministic.
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def _langdetect(text: str) -> tuple[str | None, float]:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.set_seed(0) if hasattr(detector, "set_seed") else setattr(detector, "seed", 0)
    detector.append(text)
    try:
        probs = detector.get_probabilities()
    except LangDetectException:
        return None, 0.0
    if not probs:
        return None, 0.0
    best = probs[0]
    return _LANGDETECT_CODES.get(best.lang, best.lang), float(best.prob)


def detect_language(text: str, *, max_chars: int = 3000) -> LanguageGuess:
    """Guess the language of ``text`` from at most ``max_chars`` characters.

    >>> detect_language("The minister said the talks would continue next week.").language
    'en'
    >>> detect_language("12:30").language is None
    True
    """
    sample = text[:max_chars]
    script = dominant_script(sample)
    if script is None:
        return LanguageGuess(None, 0.0, None)
    if script in _SCRIPT_LANGUAGE:
        return LanguageGuess(_SCRIPT_LANGUAGE[script], 1.0, script)
    language, score = _langdetect(sample)
    return LanguageGuess(language, round(score, 4), script)
