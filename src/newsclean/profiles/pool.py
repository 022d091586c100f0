"""An ordered map over worker processes, for reading and extracting documents while learning.

Results come back in input order. At most a small window of items is in flight, so memory
does not grow with the corpus. A worker that dies takes only its own item with it: that item
is tried once more, alone, and gives the ``default`` if it kills a worker again.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
_WINDOW_PER_WORKER = 4


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int, default: R) -> Iterator[R]:
    """``map(function, items)`` in ``workers`` processes (in this one when ``workers`` is 1).

    ``function`` must be picklable (a module-level function or a ``functools.partial`` of one).

    >>> list(ordered_map(abs, [-2, 3, -4], workers=2, default=0))
    [2, 3, 4]
    """
    if workers <= 1:
        yield from map(function, items)
        return
    pool = _Pool(function, workers, default)
    finished = False
    try:
        for item in items:
            pool.submit(item)
            if len(pool.pending) >= _WINDOW_PER_WORKER * workers:
                yield pool.next()
        while pool.pending:
            yield pool.next()
        finished = True
    finally:
        pool.close(graceful=finished)


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; only the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Pool(Generic[T, R]):
    def __init__(self, function: Callable[[T], R], workers: int, default: R) -> None:
        self.function = function
        self.workers = workers
        self.default = default
        self.pending: deque[tuple[T, cf.Future[R]]] = deque()
        self.executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        # fork starts workers in milliseconds with the library already imported.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        return cf.ProcessPoolExecutor(self.workers, mp_context=context, initializer=_ignore_sigint)

    def submit(self, item: T) -> None:
        self.pending.append((item, self._future(item)))

    def _future(self, item: T) -> cf.Future[R]:
        try:
            return self.executor.submit(self.function, item)
        except BrokenProcessPool as exc:
            # A worker died since the last result: :meth:`next` sorts it out when it gets here.
            broken: cf.Future[R] = cf.Future()
            broken.set_exception(exc)
            return broken

    def next(self) -> R:
        item, future = self.pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # Any item in flight may have killed the worker: try this one alone to tell.
        self._restart()
        try:
            result = self.executor.submit(self.function, item).result()
        except BrokenProcessPool:
            result = self.default
            self._restart()
        for i, (other, other_future) in enumerate(self.pending):
            if other_future.cancelled() or not other_future.done() or other_future.exception() is not None:
                self.pending[i] = (other, self._future(other))
        return result

    def _restart(self) -> None:
        self._terminate()
        self.executor = self._start()

    def _terminate(self) -> None:
        # The executor has no public way to stop running workers; this is its own table of them.
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)

    def close(self, *, graceful: bool) -> None:
        if graceful:
            self.executor.shutdown(wait=True)
        else:
            self._terminate()
