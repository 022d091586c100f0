"""Learning a site profile: count, per site, the documents each line (and two-line block) is on.

Lines are counted by hash. Counts (with the smallest spelling of each line, its sample)
accumulate in memory up to a fixed number of entries, then go to disk as a sorted run;
the runs are merged at the end, so memory stays bounded however large the corpus, and
only the entries that qualify keep their sample in the profile. A sample is a minimum
and a count a sum: the same corpus in any order gives the same profile bytes.

Documents are read as ``newsclean clean`` reads them (through :func:`newsclean.ingest.ingest`)
and learned on the lines the cleaner chain will see: HTML is extracted, then text is repaired
and segmented.
"""

from __future__ import annotations

import functools
import heapq
import json
import math
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from newsclean.config import Config
from newsclean.errors import ConfigError
from newsclean.ingest import check_kind, ingest
from newsclean.io.items import Item
from newsclean.io.readers import read_document
from newsclean.profile_data import Entry, Profile, SiteKey, SiteProfile, remember
from newsclean.profiles.profile import site_of, units
from newsclean.text.repair import repair
from newsclean.text.segment import segment_text
from newsclean.version import __version__

_MAX_SAMPLE = 300
# (site, hash) -> [documents, lines, sample]
_Counts = dict[tuple[str, str], list[int | str]]
# One item's site and lines, or None when it is skipped.
Found = tuple[str, tuple[str, ...]] | None
# map(function, items) in input order, in this process or in worker processes.
ItemMap = Callable[[Callable[[Item], Found], Iterable[Item]], Iterable[Found]]
_Record = tuple[str, str, int, int, str]


@dataclass(frozen=True)
class LearnOptions:
    """How a profile is learned.

    An entry is kept when it is on at least ``min_docs`` documents of its site and on at
    least ``min_share`` of them. ``max_entries`` bounds the counts held in memory (about
    350 bytes each, with the entry's sample; past it they go to disk as a sorted run).
    """

    site_key: SiteKey = "host"
    min_docs: int = 3
    min_share: float = 0.25
    kind: str = "auto"
    max_bytes: int = 80_000_000
    max_entries: int = 250_000
    config: Config = field(default_factory=Config)

    def __post_init__(self) -> None:
        check_kind(self.kind)
        if self.site_key not in ("host", "folder"):
            raise ConfigError(f"site_key must be 'host' or 'folder', got {self.site_key!r}")
        if self.min_docs < 1:
            raise ConfigError(f"min_docs must be at least 1, got {self.min_docs}")
        if not 0.0 < self.min_share <= 1.0:
            raise ConfigError(f"min_share must be in (0, 1], got {self.min_share!r}")


def document_lines(
    data: str | bytes,
    *,
    kind: str = "auto",
    url: str | None = None,
    config: Config | None = None,
    declared_encoding: str | None = None,
) -> tuple[str, ...]:
    """The lines the cleaner chain sees for a document, read by :func:`newsclean.clean`'s front door.

    >>> document_lines("Home\\n\\n  The  talks resumed on Monday.")
    ('Home', 'The talks resumed on Monday.')
    """
    config = config or Config()
    text = ingest(data, kind=kind, url=url, declared_encoding=declared_encoding, config=config).text
    return tuple(s.text for s in segment_text(repair(text, config=config).text))


class Learner:
    """Counts documents per site and line hash; :meth:`profile` gives the result."""

    def __init__(self, options: LearnOptions | None = None) -> None:
        self.options = options or LearnOptions()
        self.documents: Counter[str] = Counter()
        self.skipped = 0
        self._counts: _Counts = {}
        self._runs: list[IO[str]] = []

    def add(self, site: str, lines: Iterable[str]) -> None:
        """Count one document of ``site`` (a line repeated within it counts once)."""
        texts = list(lines)
        self.documents[site] += 1
        seen: dict[str, tuple[int, str]] = {}
        for indices, digest in units(texts):
            sample = "\n".join(texts[i] for i in indices)
            known = seen.get(digest)
            if known is None or sample < known[1]:
                seen[digest] = (len(indices), sample)
        for digest, (size, sample) in seen.items():
            slot = self._counts.get((site, digest))
            if slot is None:
                self._counts[(site, digest)] = [1, size, sample]
            else:
                slot[0] = int(slot[0]) + 1
                slot[2] = min(str(slot[2]), sample)
        if len(self._counts) >= self.options.max_entries:
            self._spill()

    def add_item(self, item: Item) -> bool:
        """Read and count one input item; an unreadable or undecodable one is skipped (``False``)."""
        return self.add_read(read_item(item, self.options))

    def add_read(self, found: tuple[str, tuple[str, ...]] | None) -> bool:
        """Count what :func:`read_item` gave: a site and its lines, or ``None`` for a skipped item."""
        if found is None:
            self.skipped += 1
            return False
        self.add(*found)
        return True

    def profile(self) -> Profile:
        """The learned profile. It ends the learning: the counts are released."""
        options = self.options
        kept: dict[str, list[Entry]] = {}
        try:
            merged = list(self._qualifying())
        finally:
            for run in self._runs:
                run.close()
            self._runs, self._counts = [], {}
        for site, digest, docs, size, sample in merged:
            text = sample if len(sample) <= _MAX_SAMPLE else sample[: _MAX_SAMPLE - 1] + "…"
            kept.setdefault(site, []).append(Entry(digest, docs, size, text))
        sites = tuple(
            SiteProfile(site, self.documents[site], tuple(sorted(entries, key=_entry_order)))
            for site, entries in sorted(kept.items())
        )
        return remember(Profile(options.site_key, options.min_docs, options.min_share, __version__, sites))

    def _spill(self) -> None:
        # Text mode with JSON lines: a run is read back in the order it was written.
        run = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed in _merged
        for (site, digest), (docs, size, sample) in sorted(self._counts.items()):
            run.write(json.dumps([site, digest, docs, size, sample], ensure_ascii=False) + "\n")
        self._runs.append(run)
        self._counts = {}

    def _qualifying(self) -> Iterator[_Record]:
        limits = {site: min_count(n, self.options) for site, n in self.documents.items()}
        return (r for r in self._merged() if r[2] >= limits[r[0]])

    def _merged(self) -> Iterator[_Record]:
        """Every (site, hash) with its summed count and smallest sample, in (site, hash) order."""
        streams: list[Iterable[_Record]] = [_memory_run(self._counts)]
        for run in self._runs:
            run.seek(0)
            streams.append(_file_run(run))
        current: _Record | None = None
        for record in heapq.merge(*streams, key=lambda r: (r[0], r[1])):
            if current is not None and current[:2] == record[:2]:
                current = (*current[:2], current[2] + record[2], current[3], min(current[4], record[4]))
                continue
            if current is not None:
                yield current
            current = record
        if current is not None:
            yield current


def read_item(item: Item, options: LearnOptions) -> Found:
    """The site and the lines of one input item, or ``None`` when it is skipped.

    An item is skipped when it cannot be read or decoded, or has no site (standard input
    without a URL). The site is found as :func:`~newsclean.profiles.profile.site_of` says:
    an HTML page without a URL field is keyed by the URL it declares.
    """
    if item.error is not None:
        return None
    try:
        data = item.data
        if data is None:
            data = read_document(str(item.path), options.max_bytes)
        kind = options.kind if options.kind != "auto" else item.kind or "auto"
        site = site_of(item.url, item.source, options.site_key, page=None if kind == "text" else data)
        if site is None:
            return None
        lines = document_lines(
            data, kind=kind, url=item.url, config=options.config, declared_encoding=item.encoding
        )
        return site, lines
    except Exception:  # as in a batch run, one bad document does not stop the rest
        return None


def learn_items(
    items: Iterable[Item],
    options: LearnOptions | None = None,
    *,
    map_items: ItemMap = map,
    on_item: Callable[[Learner], None] | None = None,
) -> tuple[Profile, Learner]:
    """Learn a profile from input items (as listed by :func:`newsclean.io.readers.iter_items`).

    Items are read and extracted by ``map_items(read, items)``, which must give the results in
    input order (``None`` for an item it could not read): in this process with the built-in
    ``map``, or in worker processes when the application passes its ordered process map. They
    are counted here; counts are sums and samples minima, so the profile is the same bytes
    either way. ``on_item`` is called with the learner after each item (for a progress line).
    """
    learner = Learner(options)
    read = functools.partial(read_item, options=learner.options)
    for found in map_items(read, items):
        learner.add_read(found)
        if on_item is not None:
            on_item(learner)
    return learner.profile(), learner


def _memory_run(counts: _Counts) -> Iterator[_Record]:
    for (site, digest), (docs, size, sample) in sorted(counts.items()):
        yield site, digest, int(docs), int(size), str(sample)


def _file_run(run: IO[str]) -> Iterator[_Record]:
    for line in run:
        site, digest, docs, size, sample = json.loads(line)
        yield site, digest, docs, size, sample


def _entry_order(entry: Entry) -> tuple[int, int, str, str]:
    return (-entry.docs, entry.lines, entry.sample, entry.hash)


def min_count(documents: int, options: LearnOptions) -> int:
    """How many of a site's ``documents`` an entry must be on to be kept.

    >>> min_count(50, LearnOptions())
    13
    """
    # Rounded first: 0.3 * 10 is 3.0000000000000004 in floating point.
    return max(options.min_docs, math.ceil(round(options.min_share * documents, 9)))
