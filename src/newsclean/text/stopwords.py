"""Stop-word shares from jusText's stoplists: a cheap, robust language signal for short text."""

from __future__ import annotations

import functools

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
