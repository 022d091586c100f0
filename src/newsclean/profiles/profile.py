"""Site profiles: the lines each site repeats on its pages, as learned from a corpus.

A profile is data: per site, the number of documents seen and the hashed lines (and
two-line blocks) that repeat on enough of them, each with its document count and a
readable sample. It is saved as canonical JSON (sorted keys, fixed layout), so equal
profiles are equal bytes, and its :attr:`Profile.digest` (of those bytes) stands for its
content wherever a profile must be compared or hashed, such as :meth:`Config.hash`.

Lines are compared by :func:`line_key`, applied to the segments the cleaner chain sees
(repaired and segmented text), both when learning and when cleaning.
"""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import regex

from newsclean.errors import ConfigError
from newsclean.html.declared import declared_url
from newsclean.io import jsonsafe

SiteKey = Literal["host", "folder"]
FORMAT = "newsclean-profile"
FORMAT_VERSION = 1
HASH_BYTES = 8
MIN_LINE_WORDS = 3
"""Shorter lines ("Politics", "Share") are counted only within two-line blocks."""
_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_DIGITS = regex.compile(r"\d+")
_SPACES = regex.compile(r"\s+")
# Profiles restored in this process, by digest: a worker parses a profile file once, not
# once per document. Keyed by content, so a changed file can never be served stale.
_LOADED: dict[str, Profile] = {}
_MAX_LOADED = 4


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


@dataclass(frozen=True)
class Entry:
    """A line (``lines=1``) or block of lines that repeats on ``docs`` pages of a site."""

    hash: str
    docs: int
    lines: int
    sample: str


@dataclass(frozen=True)
class SiteProfile:
    """What is known about one site: how many documents were seen and its repeated lines."""

    site: str
    documents: int
    entries: tuple[Entry, ...]

    @functools.cached_property
    def by_hash(self) -> Mapping[str, Entry]:
        """The entries by hash (built on first use; the profile itself never changes)."""
        return {e.hash: e for e in self.entries}


@dataclass(frozen=True, eq=False)
class Profile:
    """A learned site profile. Equal content means equal :attr:`digest`, equality and hash.

    ``source`` is the file it was loaded from, if any; workers then re-read that file once
    instead of receiving the profile with every document.
    """

    site_key: SiteKey
    min_docs: int
    min_share: float
    newsclean_version: str
    sites: tuple[SiteProfile, ...]
    source: str | None = field(default=None, compare=False)

    @functools.cached_property
    def canonical(self) -> bytes:
        """The profile file's bytes: equal profiles give equal bytes."""
        return dumps(self)

    @functools.cached_property
    def digest(self) -> str:
        """A short digest of the profile's content."""
        return hashlib.blake2b(self.canonical, digest_size=16).hexdigest()

    @functools.cached_property
    def by_site(self) -> Mapping[str, SiteProfile]:
        """The site profiles by site name."""
        return {s.site: s for s in self.sites}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Profile) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)

    def __reduce__(self) -> tuple[Any, ...]:
        payload = None if self.source is not None else zlib.compress(self.canonical)
        return (_restore, (self.digest, self.source, payload))


def remember(profile: Profile) -> Profile:
    """Keep ``profile`` as this process's copy of its content, and return it.

    Worker processes forked afterwards then take it from memory when they receive its digest.
    A copy that names its file is preferred, so that it travels to workers by path.
    """
    cached = _LOADED.get(profile.digest)
    if cached is None or (cached.source is None and profile.source is not None):
        _LOADED.pop(profile.digest, None)
        while len(_LOADED) >= _MAX_LOADED:
            del _LOADED[next(iter(_LOADED))]
        _LOADED[profile.digest] = profile
    return profile


def _restore(digest: str, source: str | None, payload: bytes | None) -> Profile:
    cached = _LOADED.get(digest)
    if cached is not None:
        return cached
    if payload is not None:
        profile = loads(zlib.decompress(payload), source=None)
    elif source is not None:
        profile = load_profile(source)
    else:  # pragma: no cover - __reduce__ always sends one of the two
        raise pickle.UnpicklingError("profile pickle without content")
    if profile.digest != digest:
        raise ConfigError(f"profile file {source} changed while it was in use")
    return remember(profile)


def to_json(profile: Profile) -> dict[str, Any]:
    """The profile as plain JSON data (the file format)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "newsclean_version": profile.newsclean_version,
        "parameters": {
            "site_key": profile.site_key,
            "min_docs": profile.min_docs,
            "min_share": profile.min_share,
        },
        "sites": {
            s.site: {
                "documents": s.documents,
                "entries": [
                    {"hash": e.hash, "docs": e.docs, "lines": e.lines, "sample": e.sample} for e in s.entries
                ],
            }
            for s in sorted(profile.sites, key=lambda s: s.site)
        },
    }


def dumps(profile: Profile) -> bytes:
    """Canonical bytes of the profile: sorted keys, one entry per line, UTF-8, final newline."""
    data = to_json(profile)
    sites = data.pop("sites")

    def compact(value: Any) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    head = [f" {compact(key)}: {compact(value)}" for key, value in sorted(data.items())]
    blocks = []
    for name, site in sites.items():
        entries = ",\n".join(f"    {compact(e)}" for e in site["entries"])
        documents = f'   "documents": {site["documents"]},'
        blocks.append(f'  {compact(name)}: {{\n{documents}\n   "entries": [\n{entries}\n   ]\n  }}')
    body = ",\n".join(blocks)
    text = "{\n" + ",\n".join(head) + ',\n "sites": {' + (f"\n{body}\n }}" if blocks else "}") + "\n}\n"
    return text.encode("utf-8")


def save_profile(profile: Profile, path: str | Path) -> None:
    """Write the profile's canonical bytes to ``path`` (through a temporary file, then renamed)."""
    target = Path(path)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_bytes(profile.canonical)
    temporary.replace(target)


def load_profile(path: str | Path) -> Profile:
    """Read a profile file; a missing, unreadable or malformed file is a :class:`ConfigError`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read profile file {path}: {exc.strerror or exc}") from exc
    return remember(loads(data, source=str(path)))


def loads(data: bytes, *, source: str | None = None) -> Profile:
    """Parse and validate a profile from its JSON bytes."""
    where = f"profile file {source}" if source else "profile"
    try:
        raw = jsonsafe.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{where} is not valid JSON: {exc}") from exc
    try:
        profile = _parse(raw, source)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{where} is not a newsclean profile: {type(exc).__name__}: {exc}") from exc
    _check_version(profile.newsclean_version, where)
    return profile


def _check_version(written: str, where: str) -> None:
    """Refuse a profile from a newer newsclean: its lines may be keyed in a way this one does not know."""
    try:
        running = version("newsclean")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return
    if _release(written) > _release(running):
        raise ConfigError(
            f"{where} was written by newsclean {written}, newer than this newsclean {running}: "
            "upgrade newsclean (pip install -U newsclean), or learn the profile again with this version"
        )


def _release(text: str) -> tuple[int, ...]:
    """The numeric release of a version string, trailing zeros dropped (unreadable: ``()``).

    >>> _release("1.2.0"), _release("0.10.1rc1") > _release("0.9"), _release("dev")
    ((1, 2), True, ())
    """
    match = regex.match(r"\d+(?:\.\d+)*", text.strip())
    numbers = [int(part) for part in match.group().split(".")] if match else []
    while numbers and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def _parse(raw: Any, source: str | None) -> Profile:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError(f"the 'format' field must be {FORMAT!r}")
    if raw["format_version"] != FORMAT_VERSION:
        raise ValueError(f"format_version {raw['format_version']!r} is not {FORMAT_VERSION}")
    params = raw["parameters"]
    site_key = params["site_key"]
    if site_key not in ("host", "folder"):
        raise ValueError(f"site_key must be 'host' or 'folder', got {site_key!r}")
    min_share = params["min_share"]
    if not isinstance(min_share, int | float) or isinstance(min_share, bool) or not 0 < min_share <= 1:
        raise ValueError(f"min_share must be a number in (0, 1], got {min_share!r}")
    if _count(params["min_docs"]) < 1:
        raise ValueError(f"min_docs must be at least 1, got {params['min_docs']!r}")
    sites = []
    for name, body in raw["sites"].items():
        entries = tuple(
            Entry(_text(e["hash"]), _count(e["docs"]), _count(e["lines"]), _text(e["sample"]))
            for e in body["entries"]
        )
        sites.append(SiteProfile(_text(name), _count(body["documents"]), entries))
    return Profile(
        site_key,
        _count(params["min_docs"]),
        float(min_share),
        _text(raw["newsclean_version"]),
        tuple(sorted(sites, key=lambda s: s.site)),
        source,
    )


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"expected a count, got {value!r}")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value
