"""Cleaning many documents: one item to one record, a per-document deadline, and an ordered worker pool.

Records come back in input order whatever the number of workers; at most a small window
of items is in flight, so memory does not grow with the number of inputs.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import ctypes
import functools
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from types import FrameType
from typing import Any

import newsclean
from newsclean.config import Config
from newsclean.errors import InputError
from newsclean.io.items import Item
from newsclean.io.readers import read_document
from newsclean.io.writers import error_record, record_line
from newsclean.profiles.profile import site_of

_MAX_MESSAGE = 500


class Timeout(BaseException):
    """A document took longer than ``--timeout``.

    A ``BaseException`` so that no ``except Exception`` in library code can swallow it.
    """


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


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`Timeout` in the block once ``seconds`` have passed.

    The main thread uses ``SIGALRM`` (POSIX); other threads, such as a Dask worker's task
    threads, get the exception delivered by a timer thread. Both interrupt Python code
    only between bytecodes, never inside a native call.

    >>> with deadline(5):
    ...     sum(range(10))
    45
    """
    if not seconds:
        yield
        return
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        with thread_deadline(seconds):
            yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise Timeout(f"cleaning took longer than the {seconds:g} s timeout")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def thread_deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Timeout` in the calling thread once ``seconds`` have passed (CPython).

    >>> with thread_deadline(5):
    ...     sum(range(10))
    45
    """
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def expire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                _async_raise(target, Timeout)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except Timeout as exc:
        # The async exception carries no message; give it the same one SIGALRM gives.
        raise Timeout(f"cleaning took longer than the {seconds:g} s timeout") from exc
    finally:
        timer.cancel()
        with lock:
            state["active"] = False
            if state["fired"]:
                _async_raise(target, None)  # drop it if it has not been delivered yet


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    # None goes over as NULL, which clears a pending exception.
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), None if exc is None else ctypes.py_object(exc)
    )


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
    """Clean one item into its record; any failure becomes an error record, never an exception."""
    try:
        with deadline(settings.timeout):
            return _clean(item, settings)
    except Timeout as exc:
        # A timer thread's exception arrives without a message; say what SIGALRM's says.
        message = str(exc) or f"cleaning took longer than the {settings.timeout:g} s timeout"
        return failed(item, "Timeout", message)
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
    if kind not in ("auto", "text", "html"):  # pragma: no cover - the CLI validates choices
        raise InputError(f"unknown kind {kind!r}")
    decoded = None
    if isinstance(data, bytes) and item.encoding:
        # clean() takes no declared charset: decode with it here, then record the codec it chose.
        decoded = newsclean.decode(data, declared_encoding=item.encoding)
        data = decoded.text
    profile = settings.config.profile
    # The site is found the way the profile was learned: by the URL given or declared, else by folder.
    page = None if kind == "text" else data
    site = site_of(item.url, item.source, profile.site_key, page=page) if profile is not None else None
    result = newsclean.clean(data, url=item.url, kind=kind, config=settings.config, site=site)  # type: ignore[arg-type]
    if decoded is not None:
        fixes = decoded.fixes + result.metadata.fixes
        result = replace(result, metadata=replace(result.metadata, encoding=decoded.encoding, fixes=fixes))
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
_WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title></head><body><article>"
    f"<p>{_WARM_UP}</p></article></body></html>"
)


def run_ordered(
    items: Iterable[Item], settings: Settings, workers: int = 1
) -> Generator[tuple[Item, Outcome], None, None]:
    """Clean ``items``, yielding ``(item, outcome)`` in input order.

    ``workers=1`` cleans in this process; more use a process pool with a bounded window of
    items in flight. A worker that dies or hangs in native code is replaced and its item
    recorded as an error; the rest of the batch goes on.
    """
    task = functools.partial(process, settings=settings)
    if workers <= 1:
        for item in items:
            yield item, task(item)
        return
    # Forked workers inherit what the parent has loaded (language profiles, rule tables).
    newsclean.clean(_WARM_UP, kind="text", config=settings.config)
    newsclean.clean(_WARM_UP_PAGE, kind="html", config=settings.config)
    pool = _Pool(task, workers, settings.timeout)
    pending: deque[tuple[Item, cf.Future[Outcome]]] = deque()
    window = workers * 4
    finished = False
    try:
        for item in items:
            pending.append((item, pool.submit(item)))
            if len(pending) >= window:
                yield pool.next(pending)
        while pending:
            yield pool.next(pending)
        finished = True
    finally:
        pool.close(graceful=finished)


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; only the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Pool:
    """A process pool that survives dead or stuck workers."""

    def __init__(self, task: Callable[[Item], Outcome], workers: int, timeout: float | None) -> None:
        self._task = task
        self._workers = workers
        # SIGALRM cannot interrupt native code; past this the worker is presumed stuck.
        self._hard_limit = None if timeout is None else timeout * 2 + 5
        self._executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        # fork starts workers in milliseconds with the library already imported.
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        return cf.ProcessPoolExecutor(self._workers, mp_context=context, initializer=_ignore_sigint)

    def submit(self, item: Item) -> cf.Future[Outcome]:
        return self._executor.submit(self._task, item)

    def next(self, pending: deque[tuple[Item, cf.Future[Outcome]]]) -> tuple[Item, Outcome]:
        item, future = pending.popleft()
        try:
            return item, future.result(timeout=self._hard_limit)
        except cf.TimeoutError:
            outcome = failed(item, "Timeout", "the worker stopped responding and was replaced")
            self._restart()
        except BrokenProcessPool:
            # Any in-flight item may have killed the worker: retry this one alone to tell.
            self._restart()
            try:
                outcome = self.submit(item).result(timeout=self._hard_limit)
            except (BrokenProcessPool, cf.TimeoutError):
                outcome = failed(
                    item, "WorkerCrashed", "the worker process died while cleaning this document"
                )
                self._restart()
        for i, (other, other_future) in enumerate(pending):
            if other_future.cancelled() or not other_future.done() or other_future.exception() is not None:
                pending[i] = (other, self.submit(other))
        return item, outcome

    def _restart(self) -> None:
        self._terminate()
        self._executor = self._start()

    def _terminate(self) -> None:
        # The executor has no public way to stop running workers; this is its own table of them.
        processes = list((getattr(self._executor, "_processes", None) or {}).values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process_ in processes:
            process_.terminate()
        for process_ in processes:
            process_.join(timeout=5)

    def close(self, *, graceful: bool) -> None:
        if graceful:
            self._executor.shutdown(wait=True)
        else:
            self._terminate()
