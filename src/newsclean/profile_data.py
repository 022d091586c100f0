"""A site profile as data: the frozen :class:`Profile`, its canonical file format and its digest.

A profile is, per site, the number of documents seen and the hashed lines (and two-line
blocks) that repeat on enough of them, each with its document count and a readable sample.
It is saved as canonical JSON (sorted keys, fixed layout), so equal profiles are equal bytes,
and its :attr:`Profile.digest` (of those bytes) stands for its content wherever a profile
must be compared or hashed, such as :meth:`newsclean.Config.hash`.

This module sits at the base of the package, beside :mod:`newsclean.config` (which holds a
profile) and below everything else: it imports only :mod:`newsclean.errors`. How lines are
keyed and documents assigned to sites is :mod:`newsclean.profiles.profile`; learning is
:mod:`newsclean.profiles.learn`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from newsclean import jsonsafe
from newsclean.errors import ConfigError
from newsclean.version import __version__

SiteKey = Literal["host", "folder"]
FORMAT = "newsclean-profile"
FORMAT_VERSION = 1
# Profiles restored in this process, by digest: a worker that receives the same profile with
# every task parses it once. Keyed by content, so a different profile can never be served.
_LOADED: dict[str, Profile] = {}
_MAX_LOADED = 4


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

    It travels by content: a pickled profile (inside a pickled :class:`newsclean.Config`, for
    a worker process or a Dask worker on another machine) carries its compressed canonical
    bytes, never the path of a file, and is parsed once per process.
    """

    site_key: SiteKey
    min_docs: int
    min_share: float
    newsclean_version: str
    sites: tuple[SiteProfile, ...]

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

    @functools.cached_property
    def _packed(self) -> bytes:
        # Compressed once: a pool may pickle the same profile with every document.
        return zlib.compress(self.canonical)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Profile) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (self.digest, self._packed))


def remember(profile: Profile) -> Profile:
    """Keep ``profile`` as this process's copy of its content, and return it.

    Worker processes forked afterwards, and unpickled copies of the same content, then share
    it (with the lookup tables it has built) instead of parsing it again.
    """
    if profile.digest not in _LOADED:
        while len(_LOADED) >= _MAX_LOADED:
            del _LOADED[next(iter(_LOADED))]
        _LOADED[profile.digest] = profile
    return profile


def _restore(digest: str, packed: bytes) -> Profile:
    cached = _LOADED.get(digest)
    if cached is not None:
        return cached
    return remember(loads(zlib.decompress(packed)))


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
    """Parse and validate a profile from its JSON bytes (``source`` names the file in errors)."""
    where = f"profile file {source}" if source else "profile"
    try:
        raw = jsonsafe.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{where} is not valid JSON: {exc}") from exc
    try:
        profile = _parse(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{where} is not a newsclean profile: {type(exc).__name__}: {exc}") from exc
    _check_version(profile.newsclean_version, where)
    return profile


def _check_version(written: str, where: str) -> None:
    """Refuse a profile from a newer newsclean: its lines may be keyed in a way this one does not know."""
    running = __version__
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
    match = re.match(r"\d+(?:\.\d+)*", text.strip())
    numbers = [int(part) for part in match.group().split(".")] if match else []
    while numbers and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def _parse(raw: Any) -> Profile:
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
    )


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"expected a count, got {value!r}")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value
