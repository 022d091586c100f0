"""Script of a text (``regex`` Unicode script properties) and its language (seeded langdetect).

Scripts are ISO 15924 names as Unicode spells them (``Latin``, ``Cyrillic``, ``Arabic``, ``Han``...),
with one addition: text whose letters are mostly Han *and* kana is reported as :data:`JAPANESE`
(``"Japanese"``, ISO 15924 ``Jpan``, the Han + Hiragana + Katakana writing system). Han without any
kana stays ``Han``, and Hangul (with or without Han) stays ``Hangul``. Letters of a script outside
:data:`SCRIPTS` count as ``"Other"``.

Language identification is deterministic. By default (the ``hybrid`` backend) CLD2 answers for
text of 20 words or more when it calls its answer reliable and gives 90% of the text to a language
langdetect also knows; everything else goes to langdetect, through factories of newsclean's own
(never langdetect's global factory or seed) and a detector seeded afresh on every call, weighing
only the languages written in the text's script. The answer is combined with cheaper and, on
short text, more reliable evidence: the script alone (Greek, Hebrew, Hangul,
kana... have a single language), letters outside a language's alphabet (Cyrillic and Arabic
script: ru/uk/bg/mk, ar/fa/ur), and stop words (jusText lists). Text with too few letters to
judge gets no language rather than a wrong one.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import types
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from newsclean.config import LANGID_BACKENDS as BACKENDS
from newsclean.errors import MissingExtraError
from newsclean.text import diskcache
from newsclean.text.stopwords import stoplist

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

# ISO 15924 names of the scripts newsclean tells apart; letters of any other script count as "Other".
SCRIPTS: tuple[str, ...] = (
    "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul",
    "Thai", "Devanagari", "Bengali", "Tamil", "Telugu", "Gujarati", "Gurmukhi", "Kannada",
    "Malayalam", "Georgian", "Armenian", "Ethiopic", "Khmer", "Lao", "Myanmar", "Sinhala", "Tibetan",
)  # fmt: skip
JAPANESE = "Japanese"
"""The script reported for Han mixed with kana (ISO 15924 ``Jpan``), or kana alone."""
_SCRIPT_ORDER = types.MappingProxyType({name: i for i, name in enumerate(SCRIPTS)})

# Letters and combining marks of each script; Common/Inherited characters (digits, punctuation,
# shared diacritics) belong to no script and are not counted. Every character has one script, so
# the classes are disjoint and a run of one class is a run of one script's letters.
_SCRIPT_LETTERS = {name: f"[\\p{{Script={name}}}&&[\\p{{L}}\\p{{M}}]]" for name in SCRIPTS}
# Letters of scripts not in SCRIPTS.
_OTHER_LETTERS = (
    "[\\p{L}--[\\p{Script=Common}\\p{Script=Inherited}"
    + "".join(f"\\p{{Script={name}}}" for name in SCRIPTS)
    + "]]"
)
_SCRIPT_RUNS = regex.compile(
    "|".join(f"(?P<{name}>{letters}+)" for name, letters in _SCRIPT_LETTERS.items())
    + f"|(?P<Other>{_OTHER_LETTERS}+)",
    flags=regex.VERSION1,
)
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_NON_ASCII_RUNS = re.compile(r"[^\x00-\x7f]+")
_ASCII_NON_LETTERS = bytes(c for c in range(256) if not (c < 128 and chr(c).isalpha()))
_KANA = ("Hiragana", "Katakana")
# Scripts written without spaces between words, or whose characters are whole syllables.
_DENSE_SCRIPTS = frozenset({"Han", JAPANESE, "Hangul", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan"})


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
    if text.isascii():
        # ASCII letters are Latin and every other ASCII character is Common (digits, punctuation).
        letters = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        return Counter({"Latin": letters} if letters else {})
    # ASCII letters are counted at C speed, the other characters a run of one script at a time.
    letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    found: Counter[str] = Counter()
    for run in _SCRIPT_RUNS.finditer("".join(_NON_ASCII_RUNS.findall(text))):
        found[run.lastgroup or ""] += run.end() - run.start()
    # Latin first, then the order of SCRIPTS, "Other" last, whatever order the text has them in.
    counts: Counter[str] = Counter({"Latin": letters} if letters else {})
    for name in sorted(found, key=lambda name: _SCRIPT_ORDER.get(name, len(_SCRIPT_ORDER))):
        counts[name] += found[name]
    return counts


def _dominant(counts: Counter[str]) -> str | None:
    if not counts:
        return None
    kana = counts["Hiragana"] + counts["Katakana"]
    others = max((n for name, n in counts.items() if name not in (*_KANA, "Han")), default=0)
    if kana and kana + counts["Han"] >= others:
        return JAPANESE
    # Ties go to the script listed first, so the answer never depends on character order.
    return min(counts, key=lambda name: (-counts[name], _SCRIPT_ORDER.get(name, len(_SCRIPT_ORDER))))


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in (:data:`JAPANESE` for Han with kana).

    >>> dominant_script("افغانستان آزاد")
    'Arabic'
    >>> dominant_script("東京で会議が開かれた")
    'Japanese'
    >>> dominant_script("12:30") is None
    True
    """
    if text.isascii():
        return "Latin" if text.encode("ascii").translate(None, _ASCII_NON_LETTERS) else None
    return _dominant(script_counts(text))


# Scripts used by a single language that langdetect knows: no statistics needed.
_SCRIPT_LANGUAGE: dict[str, str] = {
    "Greek": "el", "Hebrew": "he", "Hangul": "ko", JAPANESE: "ja", "Thai": "th", "Bengali": "bn",
    "Tamil": "ta", "Telugu": "te", "Gujarati": "gu", "Gurmukhi": "pa", "Kannada": "kn",
    "Malayalam": "ml",
}  # fmt: skip
# The scripts each language is written in; langdetect only weighs a text's script's languages.
_LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    **{code: frozenset({"Latin"}) for code in (
        "af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it", "lt",
        "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi",
    )},
    **{code: frozenset({"Cyrillic"}) for code in ("bg", "mk", "ru", "uk")},
    **{code: frozenset({"Arabic"}) for code in ("ar", "fa", "ur")},
    **{code: frozenset({"Devanagari"}) for code in ("hi", "mr", "ne")},
    "zh": frozenset({"Han"}), "ja": frozenset({"Han", JAPANESE}),
    **{code: frozenset({script}) for script, code in _SCRIPT_LANGUAGE.items() if code != "ja"},
}  # fmt: skip
# Full alphabets of the languages of scripts that transliterate foreign names into their own
# letters, so that a letter outside a language's alphabet is real evidence against it (Latin-script
# news keeps names' diacritics: "Erdoğan" in English text says nothing about the language).
_CYRILLIC_BASE = "абвгдежзийклмнопрстуфхцчшщъьюя"
_ARABIC_BASE = "ءآأؤإئابتثجحخدذرزسشصضطظعغفقلمنهوٱ"
_ALPHABETS: dict[str, frozenset[str]] = {
    "ru": frozenset(_CYRILLIC_BASE + "ёыэ"),
    "uk": frozenset(_CYRILLIC_BASE.replace("ъ", "") + "ґєії"),
    "bg": frozenset(_CYRILLIC_BASE),
    "mk": frozenset("абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
    "ar": frozenset(_ARABIC_BASE + "يكةى"),
    "fa": frozenset(_ARABIC_BASE + "پچژگکیۀ"),
    "ur": frozenset(_ARABIC_BASE + "پچژگکیٹڈڑںےۓہھۂۃ"),
}
_ALPHABET_LETTERS = {
    script: regex.compile(f"[\\p{{Script={script}}}&&\\p{{L}}]", flags=regex.VERSION1)
    for script in ("Cyrillic", "Arabic")
}
_CONTROL = regex.compile(r"[\p{Cc}\p{Cs}]")
_BACKEND_CODES = {"zh-cn": "zh", "zh-tw": "zh", "zh-hant": "zh", "iw": "he", "nb": "no"}

# A text is judged only with enough letters, dense-script characters counting as three.
_MIN_LETTERS = 12
_DENSE_WEIGHT = 3
# ...and, when its script is shared by several languages, enough words to tell them apart.
_MIN_WORDS = 3
# Below this many words langdetect's n-grams are unreliable and stop words get a vote.
_SHORT_WORDS = 25
# Log-odds a stop word of a candidate language adds, and a letter outside its alphabet takes away.
_STOPWORD_WEIGHT = 0.5
_FOREIGN_LETTER_WEIGHT = 2.0
# The least probability a candidate keeps, so that evidence can overturn an overconfident backend.
_FLOOR_SHORT = 0.02
_FLOOR_LONG = 1e-3
_CANDIDATES = 4
# The hybrid backend takes CLD2's answer only on text of this many words, when CLD2 calls it
# reliable and gives at least this share of the text to one language.
_HYBRID_MIN_WORDS = 20
_HYBRID_MIN_SHARE = 0.9
_LANGDETECT_SEED = 0


def script_languages(script: str) -> frozenset[str]:
    """The ISO 639-1 codes of the languages :func:`detect_language` may give text in ``script``.

    >>> sorted(script_languages("Cyrillic"))
    ['bg', 'mk', 'ru', 'uk']
    """
    return frozenset(code for code, scripts in _LANGUAGE_SCRIPTS.items() if script in scripts)


@functools.lru_cache(maxsize=len(SCRIPTS) + 2)
def _script_languages(script: str) -> tuple[str, ...]:
    """The langdetect languages written in ``script``, sorted.

    Text in one script is in one of that script's languages: scoring only those is a sound prior,
    faster (every update runs over every language) and never confuses Chinese with Korean. The
    sorted order makes langdetect's float sums, and so its scores, the same on every machine
    (its own ``load_profile`` takes the directory-listing order, which differs between file systems).
    """
    from langdetect.detector_factory import PROFILES_DIRECTORY

    return tuple(
        lang
        for lang in sorted(os.listdir(PROFILES_DIRECTORY))
        if script in _LANGUAGE_SCRIPTS.get(_BACKEND_CODES.get(lang, lang), ())
    )


@functools.lru_cache(maxsize=len(SCRIPTS) + 2)
def _langdetect_factory(script: str) -> DetectorFactory | None:
    """A langdetect factory of the languages of ``script``, seeded; ``None`` when there are none.

    Created on first use and kept for the process because loading profiles is the slow part of
    langdetect (about 0.3 s for the 31 Latin-script languages), and only the scripts a corpus has
    are loaded. The built factory is also kept in newsclean's disk cache
    (:mod:`newsclean.text.diskcache`), keyed by the profile files it was built from, so a fresh
    process loads it instead. A factory is only read once loaded: each call creates its own
    detector, with its own random generator seeded from this factory's seed, so answers never
    depend on call order or on langdetect's global factory.
    """
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    languages = _script_languages(script)
    if not languages:
        return None
    paths = [os.path.join(PROFILES_DIRECTORY, lang) for lang in languages]
    key = diskcache.files_key(paths)

    def valid(loaded: object) -> bool:
        return (
            isinstance(loaded, DetectorFactory)
            and loaded.get_lang_list() == list(languages)
            and loaded.seed == _LANGDETECT_SEED
        )

    return diskcache.cached("langdetect", key, functools.partial(_build_factory, paths), valid)


def _build_factory(paths: list[str]) -> DetectorFactory:
    from langdetect.detector_factory import DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()
    factory.seed = _LANGDETECT_SEED
    for index, path in enumerate(paths):
        with open(path, encoding="utf-8") as fh:
            factory.add_profile(LangProfile(**json.load(fh)), index, len(paths))
    return factory


def _langdetect(text: str, script: str) -> dict[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _langdetect_factory(script)
    if factory is None:
        return {}
    detector = factory.create()
    detector.append(text)
    try:
        detector.get_probabilities()
    except LangDetectException:  # no n-gram of the text is in any profile
        return {}
    # The full distribution (``langprob``, filled in by ``get_probabilities``), not only the
    # languages above langdetect's 0.1 reporting threshold.
    probs: dict[str, float] = {}
    for lang, prob in zip(factory.get_lang_list(), detector.langprob, strict=True):
        code = _BACKEND_CODES.get(lang, lang)
        probs[code] = probs.get(code, 0.0) + prob
    return probs


def _cld2(text: str) -> tuple[dict[str, float], bool]:
    """CLD2's share of ``text`` per language, and whether CLD2 calls its answer reliable."""
    try:
        import pycld2  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as exc:
        raise MissingExtraError("the cld2 language backend", "cld2") from exc
    # CLD2 rejects control characters and text that is not valid UTF-8 (lone surrogates).
    clean = _CONTROL.sub(" ", text)
    try:
        reliable, _, details = pycld2.detect(clean, bestEffort=True)
    except pycld2.error:
        return {}, False
    probs: dict[str, float] = {}
    for _name, raw, percent, _score in details:
        code = _BACKEND_CODES.get(raw.lower(), raw.lower())
        if code != "un" and percent > 0:
            probs[code] = probs.get(code, 0.0) + percent / 100
    return probs, bool(reliable)


def _hybrid(text: str, script: str, words: int) -> dict[str, float]:
    """CLD2's answer where it is sure of a language langdetect also knows, else langdetect's.

    CLD2 is fast and, on text of a few dozen words, as accurate as langdetect; on short text it is
    weaker, and it knows languages langdetect does not (Malay, Bosnian, Galician...). Keeping its
    answers inside langdetect's languages keeps a document's label and its segments' labels (which,
    short, go to langdetect) in one set of names.
    """
    if words >= _HYBRID_MIN_WORDS:
        probs, reliable = _cld2(text)
        known = {_BACKEND_CODES.get(lang, lang) for lang in _script_languages(script)}
        top = max(probs.items(), key=lambda item: (item[1], item[0]), default=None)
        if reliable and top is not None and top[1] >= _HYBRID_MIN_SHARE and top[0] in known:
            return probs
    return _langdetect(text, script)


def _judgeable(counts: Counter[str], script: str, words: int) -> bool:
    if script == JAPANESE:
        letters = (counts["Han"] + counts["Hiragana"] + counts["Katakana"]) * _DENSE_WEIGHT
    else:
        letters = counts[script] * (_DENSE_WEIGHT if script in _DENSE_SCRIPTS else 1)
    if letters < _MIN_LETTERS:
        return False
    return script in _DENSE_SCRIPTS or script in _SCRIPT_LANGUAGE or words >= _MIN_WORDS


def _letters(text: str, script: str) -> frozenset[str]:
    """The distinct casefolded letters of ``text`` in ``script`` (one with :data:`_ALPHABETS`)."""
    return frozenset(_ALPHABET_LETTERS[script].findall("".join(set(text.casefold()))))


def _evidence(language: str, script: str, letters: frozenset[str], words: list[str]) -> float:
    """Log-odds for ``language``: its stop words among ``words``, minus letters it never writes."""
    stops = stoplist(language)
    score = _STOPWORD_WEIGHT * sum(word in stops for word in words)
    alphabet = _ALPHABETS.get(language)
    if alphabet is not None:
        score -= _FOREIGN_LETTER_WEIGHT * len(letters - alphabet)
    return score


def detect_language(text: str, *, max_chars: int = 3000, backend: str = "hybrid") -> LanguageGuess:
    """Guess the language of ``text`` from at most ``max_chars`` characters.

    The language is ``None`` when the text has too few letters to be judged (a time, a credit, a
    two-word button), or is in a script the backend has no language for. ``backend`` is
    ``"hybrid"`` (CLD2 where it is sure on text of 20 words or more, langdetect otherwise),
    ``"langdetect"`` or ``"cld2"``.

    >>> detect_language("The minister said the talks would continue next week.").language
    'en'
    >>> detect_language("Buy Now").language is None
    True
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
    sample = text[:max_chars]
    counts = script_counts(sample)
    script = _dominant(counts)
    if script is None:
        return LanguageGuess(None, 0.0, None)
    words = _WORD.findall(sample.casefold())
    if not _judgeable(counts, script, len(words)):
        return LanguageGuess(None, 0.0, script)
    if script in _SCRIPT_LANGUAGE:
        return LanguageGuess(_SCRIPT_LANGUAGE[script], 1.0, script)
    if backend == "langdetect":
        probs = _langdetect(sample, script)
    elif backend == "cld2":
        probs = _cld2(sample)[0]
    else:
        probs = _hybrid(sample, script, len(words))
    candidates = sorted(
        ((p, lang) for lang, p in probs.items() if script in _LANGUAGE_SCRIPTS.get(lang, {script})),
        reverse=True,
    )[:_CANDIDATES]
    if not candidates:
        return LanguageGuess(None, 0.0, script)
    # Naive-Bayes style: the backend's probability times the likelihood ratio of independent
    # evidence. On long text the backend is reliable and evidence from a few names would only hurt.
    short = len(words) < _SHORT_WORDS
    letters = _letters(sample, script) if short and script in _ALPHABET_LETTERS else frozenset()
    floor = _FLOOR_SHORT if short else _FLOOR_LONG
    weights = [
        (math.log(max(p, floor)) + (_evidence(lang, script, letters, words) if short else 0.0), lang)
        for p, lang in candidates
    ]
    top = max(w for w, _ in weights)
    total = sum(math.exp(w - top) for w, _ in weights)
    best_weight, best = max(weights, key=lambda wl: (wl[0], wl[1]))
    return LanguageGuess(best, round(math.exp(best_weight - top) / total, 4), script)
