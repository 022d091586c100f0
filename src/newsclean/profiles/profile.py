"""Site profiles: how lines are compared and counted, and which site a document belongs to.

Lines are compared by :func:`line_key`, applied to the segments the cleaner chain sees
(repaired and segmented text), both when learning and when cleaning. The profile itself, as
data and as a file, is :mod:`newsclean.profile_data`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import regex

# Entry and SiteProfile are re-exported for the site-profile cleaner, which imports them from here.
from newsclean.html.declared import declared_url
from newsclean.profile_data import Entry, SiteKey, SiteProfile

__all__ = [
    "HASH_BYTES", "MIN_LINE_WORDS", "Entry", "SiteKey", "SiteProfile", "key_hash", "line_key", "site_of",
    "units",
]  # fmt: skip

HASH_BYTES = 8
MIN_LINE_WORDS = 3
"""Shorter lines ("Politics", "Share") are counted only within two-line blocks."""
_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_DIGITS = regex.compile(r"\d+")
_SPACES = regex.compile(r"\s+")


def line_key(text: str) -> str:
    """The form a line is compared by: case-folded, digits as ``0``, no punctuation, single spaces.

    Page clocks, counters and copyright years vary from page to page; the line around them does not.

    >>> line_key("© 2019 Example  News. All rights reserved.")
    '0 example news all rights reserved'
    """
    folded = _DIGITS.sub("0", _PUNCT.sub(" ", text.casefold()))
    return _SPACES.sub(" ", folded).strip()


def key_hash(*keys: str) -> str:
    """Stable hex digest of one line key, or of a block of consecutive line keys.

    >>> len(key_hash("a", "b")) == 2 * HASH_BYTES and key_hash("a", "b") != key_hash("a b")
    True
    """
    data = "\n".join(keys).encode("utf-8")
    return hashlib.blake2b(data, digest_size=HASH_BYTES).hexdigest()


def units(texts: Sequence[str]) -> Iterator[tuple[tuple[int, ...], str]]:
    """The countable units of a document's lines: ``(line indices, hash)``.

    Each line of at least :data:`MIN_LINE_WORDS` words is a unit, and so is each pair of
    adjacent lines: a short menu label counts only next to its neighbour in the menu.

    >>> [i for i, _ in units(["Home", "World", "Share this article", "..."])]
    [(0, 1), (1, 2), (2,)]
    """
    keys = [line_key(t) for t in texts]
    for i, key in enumerate(keys):
        if not key:
            continue
        if key.count(" ") + 1 >= MIN_LINE_WORDS:
            yield (i,), key_hash(key)
        if i + 1 < len(keys) and keys[i + 1]:
            yield (i, i + 1), key_hash(key, keys[i + 1])


def site_of(
    url: str | None, source: str | None, site_key: SiteKey = "host", page: str | bytes | None = None
) -> str | None:
    """The site a document belongs to: its URL's host (``host``, when it has a URL), else its folder.

    ``page`` is the document itself, when it may be HTML: a page given without a URL is keyed
    by the URL it declares (its canonical link, else ``og:url``; see
    :func:`~newsclean.html.declared.declared_url`). Learning and cleaning both find the site
    this way. The folder is the name of the input file's parent folder, so the same corpus
    keys alike wherever it is mounted.

    >>> site_of("https://www.Example.com:8080/a/b.html", "x/y.txt")
    'example.com'
    >>> site_of(None, "corpus/news.example/page1.txt")
    'news.example'
    >>> site_of(None, "saved/page1.html", page='<link rel="canonical" href="https://www.herald.example/a">')
    'herald.example'
    >>> site_of("https://example.com/a", "corpus/blog/page1.txt", "folder")
    'blog'
    """
    if site_key == "host" and not url and page is not None:
        url = declared_url(page)
    if site_key == "host" and url:
        host = (urlsplit(url.strip()).hostname or "").lower()
        host = host[4:] if host.startswith("www.") else host
        if host:
            return host
    if source and source != "-":
        name = Path(source).parent.name
        return name or None
    return None
