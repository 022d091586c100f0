"""Stop-word shares from jusText's stoplists: a cheap, robust language signal for short text."""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Iterable

import regex

from newsclean.text import diskcache

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
    words = _stoplists().get(language)
    return frozenset(words.split("\n")) if words else frozenset()


@functools.lru_cache(maxsize=1)
def _stoplists() -> dict[str, str]:
    """jusText's stop lists, casefolded, one newline-joined string per language.

    Kept in newsclean's disk cache (:mod:`newsclean.text.diskcache`), keyed by the list files,
    so that a fresh process neither imports jusText nor reads and folds its lists: loading all
    of them takes a few milliseconds, where building the 31 Latin-script ones took a tenth of a second.
    """
    spec = importlib.util.find_spec("justext")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    paths = (
        [os.path.join(folders[0], "stoplists", f"{name}.txt") for name in STOPLIST_NAMES.values()]
        if folders
        else []
    )
    try:
        key = diskcache.files_key(paths) if paths else ""
    except OSError:
        key = ""
    if not key:
        return _read_stoplists()

    def valid(loaded: object) -> bool:
        return isinstance(loaded, dict) and loaded.keys() == STOPLIST_NAMES.keys()

    return diskcache.cached("stoplists", key, _read_stoplists, valid)


def _read_stoplists() -> dict[str, str]:
    import justext

    return {
        language: "\n".join(sorted({word.casefold() for word in justext.get_stoplist(name)} - {""}))
        for language, name in STOPLIST_NAMES.items()
    }


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


def top_stopword_share(text: str, languages: Iterable[str]) -> float:
    """The largest :func:`stopword_share` of ``text`` among ``languages`` (0.0 when none has a list).

    The same as the maximum of ``stopword_share(text, language)`` over them, with the words
    found once.

    >>> top_stopword_share("der Hund und die Katze", ["en", "de", "nl"])
    0.6
    """
    tokens = _WORD.findall(text.casefold())
    if not tokens:
        return 0.0
    top = max((sum(map(stoplist(language).__contains__, tokens)) for language in set(languages)), default=0)
    return top / len(tokens)
