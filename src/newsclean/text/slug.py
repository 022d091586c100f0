"""The words of a URL's slug, which name the page's headline ("/harbour-bridge-reopens-after-repairs")."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

import regex

_SPLIT = regex.compile(r"[^\p{L}\p{N}]+")
_WORD = regex.compile(r"\w+")
# File extensions, host parts and function words name nothing.
SKIP = frozenset(
    {"html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm", "amp", "index", "www", "com"}
    | {"the", "and", "of", "to", "in", "for", "on", "is", "how", "what"}
)


# A slug's last word this long may be the headline's word cut short.
_CUT_WORD_MIN = 5


@dataclass(frozen=True)
class Slug:
    """The words of a URL's slug, and its last word, which a site may have cut short."""

    words: frozenset[str] = frozenset()
    last: str = ""

    def __len__(self) -> int:
        return len(self.words)


def slug_words(url: str | None) -> Slug:
    """The words of a URL's slug: its last path segment of words joined by hyphens or underscores.

    Figures, file extensions and a few function words are left out; a path without such a
    segment ("/news/12345") names nothing.

    >>> sorted(slug_words("https://example.com/news/2024/05/harbour-bridge-reopens.html?ref=rss").words)
    ['bridge', 'harbour', 'reopens']
    >>> len(slug_words("https://example.com/article/12345"))
    0
    >>> sorted(slug_words("https://example.com/terms/d/digital-marketing.asp").words)
    ['digital', 'marketing']
    >>> sorted(slug_words("https://example.edu/ideas-made-to-matter/harbour-bridge-reopens").words)
    ['bridge', 'harbour', 'reopens']
    >>> sorted(slug_words("https://example.com/harbour-bridge-reopens/2024-05-03/").words)
    ['bridge', 'harbour', 'reopens']
    >>> sorted(slug_words("https://example.ru/news/%D0%BC%D0%BE%D1%81%D1%82-%D0%BE%D1%82%D0%BA%D1%80%D1%8B%D1%82").words)
    ['мост', 'открыт']
    """
    if not url:
        return Slug()
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    parts = [part for part in path.split("/")[1:] if part]
    if not parts:
        return Slug()
    # The last segment that is a phrase names the page; the ones before it are its sections
    # ("/ideas-made-to-matter/machine-learning-explained"), or a date and an id.
    for slug in reversed(parts):
        if "-" not in slug and "_" not in slug:
            continue
        tokens = [w.casefold() for w in _SPLIT.split(slug) if w]
        words = frozenset(w for w in tokens if not w.isdigit() and w not in SKIP and len(w) > 1)
        if words:
            last = tokens[-1] if tokens[-1] in words else ""
            return Slug(words, last)
    return Slug()


def slug_overlap(text: str, slug: Slug) -> int:
    """How many of the slug's words ``text`` holds.

    The slug's last word also counts when it opens a word of ``text`` and is five letters long
    or more: sites cut long slugs short ("...-trends-in-psychiatr").

    >>> slug_overlap("Harbour Bridge reopens after repairs", slug_words("https://x.org/harbour-bridge-reopens"))
    3
    >>> slug_overlap("New trends in psychiatry", slug_words("https://x.org/latest-trends-in-psychiatr"))
    2
    >>> slug_overlap("Psychiatry trends", slug_words("https://x.org/psychiatr-latest-trends"))
    1
    """
    words = content_words(text)
    shared = len(words & slug.words)
    last = slug.last
    if len(last) >= _CUT_WORD_MIN and last not in words and any(w.startswith(last) for w in words):
        shared += 1
    return shared


def content_words(text: str) -> set[str]:
    """The casefolded words of ``text``, without those a slug leaves out."""
    return {w.casefold() for w in _WORD.findall(text)} - SKIP


# A site's name shorter than this is as likely initials or a country code.
_SITE_NAME_MIN_CHARS = 3
_LETTERS_AND_DIGITS = regex.compile(r"[\p{L}\p{N}]+")


def site_name(url: str | None) -> str:
    """The site's name as its host gives it, letters and digits only ("" when too short or unknown).

    It compares with a name in the text by :func:`name_key`: "Class Central" on classcentral.com.

    >>> site_name("https://www.classcentral.com/report/free-certificates/")
    'classcentral'
    >>> site_name("https://jd.example/maps"), site_name(None)
    ('', '')
    """
    host = (urllib.parse.urlsplit(url).hostname or "").casefold() if url else ""
    name = name_key(host.removeprefix("www.").split(".")[0])
    return name if len(name) >= _SITE_NAME_MIN_CHARS else ""


def name_key(text: str) -> str:
    """``text`` case-folded with only its letters and digits, to compare with :func:`site_name`.

    >>> name_key("Class Central")
    'classcentral'
    """
    return "".join(_LETTERS_AND_DIGITS.findall(text.casefold()))
