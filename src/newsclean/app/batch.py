"""Cleaning many documents: one item to one record, in worker processes that a deadline can kill.

Records come back in input order whatever the number of workers; at most a small window
of items is in flight, so memory does not grow with the number of inputs.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import newsclean
from newsclean.app.interrupts import raise_if_interrupted
from newsclean.app.workers import Pool
from newsclean.config import Config
from newsclean.errors import InputError
from newsclean.io.items import Item
from newsclean.io.readers import read_document
from newsclean.io.writers import error_record, record_line
from newsclean.profiles.profile import site_of

_MAX_MESSAGE = 500


@dataclass(frozen=True)
class Settings:
    """What every worker needs to clean an item."""

    config: Config = field(default_factory=Config)
    kind: str = "auto"
    timeout: float | None = None
    max_bytes: int = 80_000_000


@dataclass(frozen=True)
class Outcome:
    """One document's serialised record plus the facts the summary counts (never timings)."""

    line: str
    body: str | None
    error_type: str | None = None
    language: str | None = None
    removed: tuple[tuple[str, int], ...] = ()
    input_chars: int = 0


def default_workers() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - platforms without affinity


def load(item: Item, max_bytes: int) -> Item:
    """``item`` with its file read into ``data``, for engines whose workers may not see the files.

    A file that cannot be read gives an item carrying the error :func:`process` would record.
    """
    if item.path is None or item.error is not None:
        return item
    try:
        data = read_document(item.path, max_bytes)
    except Exception as exc:
        error = (type(exc).__name__, str(exc) or type(exc).__name__)
        return replace(item, path=None, error=error)
    return replace(item, path=None, data=data)


def failed(item: Item, error_type: str, message: str) -> Outcome:
    """The outcome of an item that could not be cleaned."""
    message = message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"
    record = error_record(item.id, item.source, error_type, message)
    return Outcome(record_line(record), None, error_type)


def process(item: Item, settings: Settings) -> Outcome:
    """Clean one item into its record; any failure becomes an error record, never an exception.

    It sets no deadline: ``settings.timeout`` is kept by whoever runs it in a worker process
    (:class:`newsclean.app.workers.Pool`), which kills the worker when the deadline passes.
    """
    try:
        return _clean(item, settings)
    except Exception as exc:  # the batch goes on whatever one document does
        return failed(item, type(exc).__name__, str(exc) or type(exc).__name__)


def _clean(item: Item, settings: Settings) -> Outcome:
    if item.error is not None:
        return failed(item, *item.error)
    if item.data is not None:
        data = item.data
    elif item.path is not None:
        data = read_document(item.path, settings.max_bytes)
    else:  # pragma: no cover - readers always set one of the three
        raise InputError("item has no content")
    if not data.strip():
        raise InputError("document is empty")
    kind = settings.kind if settings.kind != "auto" else item.kind or "auto"
    profile = settings.config.profile
    # The site is found the way the profile was learned: by the URL given or declared, else by folder.
    page = None if kind == "text" else data
    site = site_of(item.url, item.source, profile.site_key, page=page) if profile is not None else None
    result = newsclean.clean(
        data,
        url=item.url,
        kind=kind,  # type: ignore[arg-type]
        config=settings.config,
        site=site,
        declared_encoding=item.encoding,
    )
    record: dict[str, Any] = {"id": item.id, "source": item.source}
    record.update(result.to_dict())
    return Outcome(
        record_line(record),
        result.body,
        None,
        result.metadata.language,
        result.stats.removed_by_category,
        result.stats.input_chars,
    )


# A few scripts, so that their language profiles and the per-process character tables are loaded
# before the workers fork and are shared with them, rather than built again in every worker.
_WARM_UP = "\n\n".join(
    (
        "Warm-up line.",
        "The minister said on Monday that the talks would resume next week, officials confirmed.",
        "Le ministre a déclaré lundi que les négociations reprendraient « la semaine prochaine ».",
        "Министр заявил в понедельник, что переговоры возобновятся на следующей неделе.",
        "وقال الوزير يوم الاثنين إن المحادثات ستستأنف الأسبوع المقبل.",
        "部长周一表示，会谈将于下周恢复。",
        # A repeated paragraph, for the duplicate cleaner's tables.
        "Le ministre a déclaré lundi que les négociations reprendraient « la semaine prochaine ».",
    )
)
# Long enough for CLD2 to name its language: most documents never need langdetect's profiles.
_WARM_UP_LATIN = (
    "The minister said on Monday that the talks would resume next week, officials confirmed, "
    "and that both delegations had agreed on the agenda."
)
_WARM_UP_PAGE = (
    f"<html><head><title>Warm-up</title></head><body><article><p>{_WARM_UP}</p></article></body></html>"
)


def warm_up(config: Config, *, html: bool = True, every_script: bool = True) -> None:
    """Clean a few small documents, so that tables and profiles are loaded before any deadline runs.

    Forked workers inherit what the parent loaded; a spawned worker warms up before its first item.
    ``html=False`` leaves out the HTML page, and with it the import of trafilatura.
    ``every_script=False`` loads only what every document needs (rule tables, character tables,
    the line scorer), for a worker with one document to clean: the language profiles its short
    lines or other scripts need, if any, are loaded under its deadline (a tenth of a second).
    """
    newsclean.clean(_WARM_UP if every_script else _WARM_UP_LATIN, kind="text", config=config)
    if html:
        newsclean.clean(_WARM_UP_PAGE, kind="html", config=config)


def run_ordered(
    items: Iterable[Item], settings: Settings, workers: int = 1
) -> Generator[tuple[Item, Outcome], None, None]:
    """Clean ``items`` in ``workers`` worker processes, yielding ``(item, outcome)`` in input order.

    Every document runs in a worker process, whatever the number of workers, under its own
    ``settings.timeout``: past it the worker is killed and replaced and the document recorded
    as ``Timeout``; a document whose worker dies is recorded as ``WorkerCrashed``. The rest of
    the batch goes on. At most a small window of items is in flight.
    """
    first, items = _peek(items, 2)
    html = _may_hold_html(first, settings.kind)
    task = functools.partial(process, settings=settings)
    if len(first) > 1:
        # Forked workers share what the parent has loaded (language profiles, rule tables).
        warm_up(settings.config, html=html)
        raise_if_interrupted()  # before any worker starts
        pool = Pool(task, failed, workers=workers, timeout=settings.timeout)
    else:
        # One document: there is nothing to share, so its one worker loads the tables itself
        # (still before its deadline starts), and this process never holds them: freeing them
        # at exit took a seventh of a one-file run.
        warm = functools.partial(warm_up, settings.config, html=html, every_script=False)
        pool = Pool(task, failed, workers=1, timeout=settings.timeout, warm=warm)
    with pool:
        yield from pool.run(items)


def _peek(items: Iterable[Item], count: int) -> tuple[list[Item], Iterable[Item]]:
    """The first ``count`` items, and all the items again (those first ones included)."""
    source = iter(items)
    first = list(itertools.islice(source, count))
    return first, itertools.chain(first, source)


def _may_hold_html(first: list[Item], kind: str) -> bool:
    """Whether HTML is worth warming up for, given the batch's first two items.

    A batch of one text document does not need trafilatura loaded before the fork (its import
    is a third of a one-file run); if that document is HTML after all, its worker imports it.
    """
    if kind != "auto":
        return kind == "html"
    return len(first) > 1 or any(item.kind == "html" for item in first)
