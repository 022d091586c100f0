"""The words of a URL's slug, which name the page's headline ("/harbour-bridge-reopens-after-repairs")."""

from __future__ import annotations

import urllib.parse

import regex

_SPLIT = regex.compile(r"[^\p{L}\p{N}]+")
_WORD = regex.compile(r"\w+")
# File extensions, host parts and function words name nothing.
SKIP = frozenset(
    {"html", "htm", "php", "aspx", "amp", "index", "www", "com"}
    | {"the", "and", "of", "to", "in", "for", "on", "is", "how", "what"}
)


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a URL's slug: its path segment with the most hyphens or underscores.

    Figures, file extensions and a few function words are left out; a path without such a
    segment ("/news/12345") names nothing.

    >>> sorted(slug_words("https://example.com/news/2024/05/harbour-bridge-reopens.html?ref=rss"))
    ['bridge', 'harbour', 'reopens']
    >>> slug_words("https://example.com/article/12345")
    frozenset()
    >>> sorted(slug_words("https://example.ru/news/%D0%BC%D0%BE%D1%81%D1%82-%D0%BE%D1%82%D0%BA%D1%80%D1%8B%D1%82"))
    ['мост', 'открыт']
    """
    if not url:
        return frozenset()
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    parts = [part for part in path.split("/")[1:] if part]
    if not parts:
        return frozenset()
    slug = max(parts, key=lambda part: part.count("-") + part.count("_"))
    if "-" not in slug and "_" not in slug:
        return frozenset()
    words = {w.casefold() for w in _SPLIT.split(slug) if w and not w.isdigit()}
    return frozenset(w for w in words if w not in SKIP and len(w) > 1)


def slug_overlap(text: str, slug: frozenset[str]) -> int:
    """How many of the slug's words ``text`` holds.

    >>> slug_overlap("Harbour Bridge reopens after repairs", slug_words("https://x.org/harbour-bridge-reopens"))
    3
    """
    return len(content_words(text) & slug)


def content_words(text: str) -> set[str]:
    """The casefolded words of ``text``, without those a slug leaves out."""
    return {w.casefold() for w in _WORD.findall(text)} - SKIP
