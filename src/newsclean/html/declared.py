"""The URL an HTML page declares for itself: its canonical link, else its ``og:url``.

A page saved to disk has lost the address it was fetched from, but it usually still says
where it lives. Site profiles key such a page by that URL's host when the input gives no
URL. This runs on every page before it is cleaned, so it is a scan of ``<link>`` and
``<meta>`` tags with regular expressions, not a parse of the page.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

import regex

# A tag up to its first ">": a ">" inside a quoted value cuts it short, which costs at most
# that tag's later attributes. Bounded, so that a stray "<meta" costs little to reject.
_TAG = regex.compile(r"<(link|meta)\b([^<>]{0,4000})>", regex.I)
_ATTRIBUTE = regex.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
# Pages run to a few MB at most; past this the tags are not in a head any more.
_SCAN_CHARS = 4_000_000
# Most pages declare their URL in the first few KB: bytes are decoded in two steps.
_FIRST_BYTES = 65_536


def declared_url(page: str | bytes) -> str | None:
    """The absolute http(s) URL in the page's ``<link rel="canonical">``, else in its ``og:url``.

    A relative or malformed URL counts as none. Bytes are read as UTF-8 (with replacement),
    which keeps an ASCII URL intact in any ASCII-compatible page encoding.

    >>> declared_url('<html><head><link href="https://news.example.com/a/1" rel="canonical">')
    'https://news.example.com/a/1'
    >>> declared_url(b'<link rel=canonical href="/a/1"><meta property="og:url" content="//example.org/a">')
    'https://example.org/a'
    >>> declared_url("Plain text: no tags.") is None
    True
    """
    if isinstance(page, bytes):
        if len(page) > _FIRST_BYTES:
            canonical, _ = _scan(page[:_FIRST_BYTES].decode("utf-8", "replace"))
            if canonical is not None:
                return canonical
        page = page[:_SCAN_CHARS].decode("utf-8", "replace")
    canonical, og_url = _scan(page)
    return canonical or og_url


def _scan(page: str) -> tuple[str | None, str | None]:
    """The first usable canonical URL (the scan stops there), and the first ``og:url`` before it."""
    og_url = None
    for match in _TAG.finditer(page, 0, min(len(page), _SCAN_CHARS)):
        text = match.group(2)
        folded = text.lower()
        if "canonical" not in folded and "og:url" not in folded:
            continue  # most tags are neither: skip parsing their attributes
        attributes = _attributes(text)
        if match.group(1).lower() == "link":
            if "canonical" in attributes.get("rel", "").lower().split():
                canonical = _absolute(attributes.get("href"))
                if canonical is not None:
                    return canonical, og_url
        elif og_url is None:
            name = attributes.get("property") or attributes.get("name") or ""
            if name.lower() == "og:url":
                og_url = _absolute(attributes.get("content"))
    return None, og_url


def _attributes(text: str) -> dict[str, str]:
    """A tag's attributes, names lower-cased; the first of a repeated name wins, as in browsers.

    >>> _attributes(' REL="canonical" href=/x data-x')
    {'rel': 'canonical', 'href': '/x', 'data-x': ''}
    """
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found


def _absolute(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host (a scheme-relative one gets https)."""
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # a malformed port or IPv6 literal
        return None
    return url if parts.scheme.lower() in ("http", "https") and host else None
