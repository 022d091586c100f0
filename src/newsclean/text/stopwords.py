"""Stop-word shares from jusText's stoplists: a cheap, robust language signal for short text."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable

import regex

_WORD = regex.compile(r"\w+")

# ISO 639-1 code -> jusText stoplist name, for the languages langdetect knows.
STOPLIST_NAMES: dict[str, str] = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "id": "Indonesian", "it": "Italian", "kn": "Kannada", "ko": "Korean", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali",
    "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sv": "Swedish",
    "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}  # fmt: skip


@functools.lru_cache(maxsize=64)
def stoplist(language: str) -> frozenset[str]:
    """The casefolded stop words of an ISO 639-1 language; empty when jusText has none.

    >>> "the" in stoplist("en")
    True
    >>> stoplist("xx")
    frozenset()
    """
    # Read-only data loaded once per process and language; results never depend on call order.
    name = STOPLIST_NAMES.get(language)
    if name is None:
        return frozenset()
    import justext

    return frozenset(word.casefold() for word in justext.get_stoplist(name))


def stopword_share(text: str, language: str) -> float | None:
    """Share of the words of ``text`` that are stop words of ``language`` (``None`` if unknown).

    >>> round(stopword_share("the cat sat on the mat", "en") or 0, 2)
    0.5
    """
    words = stoplist(language)
    if not words:
        return None
    tokens = _WORD.findall(text.casefold())
    if not tokens:
        return 0.0
    return sum(map(words.__contains__, tokens)) / len(tokens)


@functools.lru_cache(maxsize=16)
def _owners(languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each stop word of ``languages`` and the languages it is a stop word of."""
    owners: dict[str, list[str]] = {}
    for language in languages:
        for word in stoplist(language):
            owners.setdefault(word, []).append(language)
    return {word: tuple(found) for word, found in owners.items()}


def top_stopword_share(text: str, languages: Iterable[str]) -> float:
    """The largest :func:`stopword_share` of ``text`` among ``languages`` (0.0 when none has a list).

    One pass over the words, however many languages: the same as the maximum of
    ``stopword_share(text, language)`` over them.

    >>> top_stopword_share("der Hund und die Katze", ["en", "de", "nl"])
    0.6
    """
    tokens = _WORD.findall(text.casefold())
    if not tokens:
        return 0.0
    owners = _owners(tuple(sorted(set(languages))))
    counts: Counter[str] = Counter()
    for token in tokens:
        counts.update(owners.get(token, ()))
    return max(counts.values(), default=0) / len(tokens)
