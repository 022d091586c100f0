"""Worker processes the parent can kill: every document runs in one, under a deadline the parent keeps.

A timeout is never an exception raised inside the cleaning code: a signal handler or an
exception injected into a thread waits for native code to return, and can be received and
swallowed by an unrelated callback. Here the parent notes when each document's cleaning began
(when it went out to an idle worker, or when the worker sent the result of the one before it);
once the document's deadline passes, the parent kills that worker (SIGTERM, then SIGKILL after a
short grace), records the document as a ``Timeout``, starts a fresh worker and goes on. A worker
that dies (a segfault, the OOM killer) costs exactly the one document it was cleaning: the one
queued behind it had not started, and goes to another worker.

Workers are persistent, so a document costs a trip through a pipe, not a process start; the
next small item already waits in the pipe when a worker finishes one, so a busy parent (on a
machine with as many cores as workers) does not leave it idle.
They die with their parent: on Linux the kernel kills them when the parent goes
(``PR_SET_PDEATHSIG``), and everywhere a watchdog thread exits once the parent's end of a pipe
closes. They ignore Ctrl-C, which reaches the whole process group (the parent decides what an
interrupt means), take SIGTERM's default action, and never print a traceback.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any, Generic, TypeVar

from newsclean.app.interrupts import raise_if_interrupted

T = TypeVar("T")
R = TypeVar("R")

GRACE = 1.0
"""Seconds between SIGTERM and SIGKILL when a worker is stopped."""
START_LIMIT = 300.0
"""Seconds a new worker may take to become ready (a spawned one imports and warms up first)."""
_START_FAILURES = 3
_READY = "ready"
# Items a worker holds: the one it cleans and one queued behind it.
_QUEUE_DEPTH = 2
# A queued item must fit in the pipe's buffer (16 KiB at least on the platforms we run on),
# so that writing it never blocks this process while the worker is busy.
_QUEUED_BYTES = 8192
_PR_SET_PDEATHSIG = 1
# Blocked while a worker is created, so that a Ctrl-C or SIGTERM in that instant is never
# handled by a copy of the parent's handlers in the new worker.
_PARENT_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int, default: R) -> Iterator[R]:
    """``map(function, items)`` in ``workers`` :class:`Pool` processes (in this one when ``workers`` is 1).

    Results come in input order; an item whose worker dies gives ``default`` and costs no other
    item. ``function`` runs in forked workers (pickled only where processes are spawned).

    >>> list(ordered_map(abs, [-2, 3, -4], workers=2, default=0))
    [2, 3, 4]
    """
    if workers <= 1:
        yield from map(function, items)
        return
    with Pool(function, functools.partial(_default, default), workers=workers) as pool:
        for _, result in pool.run(items):
            yield result


def _default(default: R, item: object, kind: str, message: str) -> R:
    return default


class WorkerStartError(RuntimeError):
    """Worker processes die or hang before they are ready: nothing can be cleaned."""


class Pool(Generic[T, R]):
    """Persistent worker processes, each cleaning one item at a time, every item under its own deadline.

    ``task(item)`` runs in a worker and gives the item's result; ``failure(item, type, message)``
    gives the result of an item whose worker was killed (``Timeout``) or died (``WorkerCrashed``).
    ``start`` is ``"fork"`` (POSIX: instant, and the workers share what the parent loaded) or
    ``"spawn"`` (a fresh interpreter, safe in a multi-threaded parent such as a Dask worker);
    ``warm`` runs in each worker before it takes its first item, outside any deadline.
    """

    def __init__(
        self,
        task: Callable[[T], R],
        failure: Callable[[T, str, str], R],
        *,
        workers: int = 1,
        timeout: float | None = None,
        start: str | None = None,
        warm: Callable[[], object] | None = None,
        die_with_parent: bool = True,
    ) -> None:
        self._task = task
        self._failure = failure
        self._timeout = timeout or None
        self._start = start or ("fork" if hasattr(os, "fork") else "spawn")
        self._warm = warm
        # PR_SET_PDEATHSIG fires when the *thread* that made the worker ends; only the main
        # thread lives as long as the process. Elsewhere the watchdog pipe does the job.
        self._pdeathsig = die_with_parent and threading.current_thread() is threading.main_thread()
        self._seq = 0
        self._failures = 0
        # Workers block on this pipe's read end; they exit when it closes, that is, with us.
        self._lifeline_r, self._lifeline_w = os.pipe()
        self._children: list[_Child] = []
        try:
            for _ in range(max(1, workers)):
                self._children.append(self._new_child())
        except BaseException:
            self.close()
            raise

    @property
    def pids(self) -> list[int]:
        """The process ids of the current workers."""
        return [child.pid for child in self._children]

    def __enter__(self) -> Pool[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, items: Iterable[T], window: int | None = None) -> Iterator[tuple[T, R]]:
        """``(item, result)`` for each item, in input order, with at most ``window`` items held."""
        if not self._children:
            raise RuntimeError("the pool is closed")
        window = window or 4 * len(self._children)
        source = iter(items)
        waiting: deque[tuple[int, T]] = deque()
        done: dict[int, R] = {}
        held: dict[int, T] = {}
        first = next_out = self._seq
        exhausted = False
        self._replace_stopped()
        try:
            while True:
                raise_if_interrupted()  # one a library swallowed must not leave us waiting
                while not exhausted and self._seq - next_out < window:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    held[self._seq] = item
                    waiting.append((self._seq, item))
                    self._seq += 1
                self._dispatch(waiting)
                if next_out in done:
                    while next_out in done:
                        yield held.pop(next_out), done.pop(next_out)
                        next_out += 1
                    continue  # room in the window again
                if exhausted and next_out == self._seq:
                    return
                self._collect(done, first, waiting)
        finally:
            # Left early (an interrupt, a closed generator): busy workers hold items nobody will
            # collect. Stop them; a later run replaces them.
            for child in self._children:
                if child.jobs:
                    child.stop()

    def close(self) -> None:
        """Stop every worker: idle ones exit when their pipe closes, busy ones are killed."""
        children, self._children = self._children, []
        for child in children:
            child.hang_up()  # an idle worker exits on its own
        deadline = time.monotonic() + GRACE
        for child in children:
            if child.jobs or not child.ready:  # busy, or still warming up
                child.signal(signal.SIGTERM)
        for child in children:
            child.reap(deadline, force=True)
        for fd in (self._lifeline_r, self._lifeline_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._lifeline_r = self._lifeline_w = -1

    def _replace_stopped(self) -> None:
        for i, child in enumerate(self._children):
            if child.stopped:
                self._children[i] = self._new_child()

    def _dispatch(self, waiting: deque[tuple[int, T]]) -> None:
        # Idle workers first; then each busy one gets its next item queued, so that it starts it
        # the moment it sends a result instead of waiting for this process to be scheduled.
        for depth in range(1, _QUEUE_DEPTH + 1):
            for child in self._children:
                while waiting and child.ready and len(child.jobs) < depth:
                    seq, item = waiting[0]
                    payload = bytes(ForkingPickler.dumps((seq, item)))
                    if child.jobs and len(payload) > _QUEUED_BYTES:
                        break  # it might not fit in the pipe: it waits for an idle worker
                    waiting.popleft()
                    try:
                        child.send(seq, item, payload)
                    except OSError:  # it died: the item waits for its replacement
                        waiting.appendleft((seq, item))
                        break

    def _collect(self, done: dict[int, R], first: int, waiting: deque[tuple[int, T]]) -> None:
        """Wait for a result, a worker's death or the next deadline, and deal with what came."""
        now = time.monotonic()
        deadlines = [child.deadline(self._timeout) for child in self._children]
        soonest = min((d for d in deadlines if d is not None), default=None)
        limit = None if soonest is None else max(0.0, soonest - now)
        wait([child.results for child in self._children], limit)
        for i, child in enumerate(self._children):
            replace = False
            while child.results.poll():
                try:
                    message = child.results.recv()
                except (EOFError, OSError):
                    replace = True
                    self._failures += not child.ready
                    if child.jobs:
                        self._finish(done, first, child.jobs.popleft(), "WorkerCrashed", _CRASHED)
                    break
                if message == _READY:
                    child.ready = True
                    self._failures = 0
                elif child.jobs:
                    seq, result = message
                    if seq >= first:
                        done[seq] = result
                    child.finished()
            expiry = child.deadline(self._timeout)
            if not replace and expiry is not None and time.monotonic() >= expiry:
                replace = True
                if child.jobs:
                    message = f"cleaning took longer than the {self._timeout:g} s timeout"
                    self._finish(done, first, child.jobs.popleft(), "Timeout", message)
                else:
                    self._failures += 1
            if replace:
                # Items queued behind the one that was lost never started: another worker takes them.
                waiting.extendleft(reversed(child.jobs))
                child.jobs.clear()
                child.stop()
                self._children[i] = self._new_child()

    def _finish(self, done: dict[int, R], first: int, job: tuple[int, Any], kind: str, message: str) -> None:
        seq, item = job
        if seq >= first:
            done[seq] = self._failure(item, kind, message)

    def _new_child(self) -> _Child:
        if self._failures >= _START_FAILURES:
            raise WorkerStartError(f"worker processes failed to start {self._failures} times in a row")
        others = [fd for child in self._children for fd in child.parent_fds()]
        return _Child(
            self._start,
            (self._task, self._warm, self._pdeathsig),
            lifeline=self._lifeline_r,
            inherited=[self._lifeline_w, *others],
        )


_CRASHED = "the worker process died while cleaning this document"


class _Child:
    """One worker process and the item it holds, seen from the parent."""

    def __init__(
        self, start: str, setup: tuple[Any, Any, bool], *, lifeline: int, inherited: list[int]
    ) -> None:
        tasks_r, tasks_w = os.pipe()
        results_r, results_w = os.pipe()
        parent = os.getpid()
        self._popen: subprocess.Popen[bytes] | None = None
        self.ready = self.stopped = False
        # The item the worker is cleaning, then the one queued behind it in the pipe.
        self.jobs: deque[tuple[int, Any]] = deque()
        self.sent = self.born = time.monotonic()
        try:
            with _signals_blocked():
                if start == "fork":
                    self.pid = os.fork()
                    if self.pid == 0:  # pragma: no cover - the child's side, never returns
                        try:
                            own = (Connection(tasks_r, writable=False), Connection(results_w, readable=False))
                            _child_main(setup, *own, lifeline, [tasks_w, results_r, *inherited], parent)
                        finally:
                            os._exit(0)  # never back into the parent's code
                else:
                    self._popen = _spawn(tasks_r, results_w, lifeline, parent)
                    self.pid = self._popen.pid
        finally:
            os.close(tasks_r)
            os.close(results_w)
        self.tasks = Connection(tasks_w, readable=False)
        self.results = Connection(results_r, writable=False)
        if start != "fork":
            with contextlib.suppress(OSError):
                self.tasks.send(setup)

    def parent_fds(self) -> list[int]:
        """Our ends of this worker's pipes, which a worker forked later must not keep open."""
        fds = []
        for connection in (self.tasks, self.results):
            with contextlib.suppress(OSError):
                fds.append(connection.fileno())
        return fds

    def deadline(self, timeout: float | None) -> float | None:
        """When this worker is overdue: its item's deadline, or the limit for starting."""
        if not self.ready:
            return self.born + START_LIMIT
        if self.jobs and timeout is not None:
            return self.sent + timeout
        return None

    def send(self, seq: int, item: Any, payload: bytes) -> None:
        """Queue ``(seq, item)``, pickled as ``payload``; its deadline runs from when the worker starts it."""
        self.tasks.send_bytes(payload)
        if not self.jobs:
            self.sent = time.monotonic()
        self.jobs.append((seq, item))

    def finished(self) -> None:
        """The worker sent the result of its current item and goes on to the queued one, if any."""
        self.jobs.popleft()
        self.sent = time.monotonic()

    def signal(self, signum: int) -> None:
        if self.stopped:  # reaped: the pid may belong to another process by now
            return
        with contextlib.suppress(OSError):
            os.kill(self.pid, signum)

    def hang_up(self) -> None:
        """Close our end of the task pipe: an idle worker sees it and exits."""
        self.tasks.close()

    def stop(self) -> None:
        """Kill the worker now (SIGTERM, SIGKILL after :data:`GRACE`) and reap it."""
        self.hang_up()
        self.signal(signal.SIGTERM)
        self.reap(time.monotonic() + GRACE, force=True)

    def reap(self, deadline: float, *, force: bool) -> bool:
        """Wait until ``deadline`` for the worker to end; then SIGKILL it if ``force``."""
        while True:
            if self._exited():
                break
            if time.monotonic() >= deadline:
                if not force:
                    return False  # unkillable (uninterruptible sleep): leave it to the kernel
                self.signal(signal.SIGKILL)
                force = False
                deadline = time.monotonic() + GRACE * 5
                continue
            time.sleep(0.005)
        self.results.close()
        self.stopped = True
        self.jobs.clear()
        return True

    def _exited(self) -> bool:
        if self._popen is not None:
            return self._popen.poll() is not None
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return True
        return pid != 0


@contextlib.contextmanager
def _signals_blocked() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _PARENT_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _spawn(tasks: int, results: int, lifeline: int, parent: int) -> subprocess.Popen[bytes]:
    """A fresh interpreter running :func:`main`, which reads its task from the pipe."""
    here = str(Path(__file__).resolve().parents[2])  # the folder holding this newsclean
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p)}
    code = "from newsclean.app.workers import main; main()"
    args = [sys.executable, "-c", code, str(tasks), str(results), str(lifeline), str(parent)]
    # Standard output may carry the batch's records: the worker writes there nothing, ever.
    return subprocess.Popen(
        args,
        pass_fds=(tasks, results, lifeline),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        env=env,
    )


def main() -> None:  # pragma: no cover - runs in a spawned worker
    """A spawned worker's entry point: its pipes come as arguments, its task as the first message."""
    tasks_fd, results_fd, lifeline, parent = (int(arg) for arg in sys.argv[1:5])
    tasks = Connection(tasks_fd, writable=False)
    try:
        setup = tasks.recv()
    except BaseException:
        os._exit(0)
    _child_main(setup, tasks, Connection(results_fd, readable=False), lifeline, [], parent)


def _child_main(  # pragma: no cover - runs in a worker
    setup: tuple[Callable[[Any], Any], Callable[[], object] | None, bool],
    tasks: Connection,
    results: Connection,
    lifeline: int,
    inherited: list[int],
    parent: int,
) -> None:
    """Serve items until the task pipe closes; never return, never print a traceback."""
    task, warm, pdeathsig = setup
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _PARENT_SIGNALS)
        for fd in inherited:
            with contextlib.suppress(OSError):
                os.close(fd)
        if pdeathsig:
            _die_with_parent()
        if os.getppid() != parent:
            return  # the parent died before we could watch it
        threading.Thread(target=_watch, args=(lifeline,), daemon=True).start()
        # Standard output may be the batch's output: nothing of ours may reach it.
        os.dup2(2, 1)
        if warm is not None:
            warm()
        results.send(_READY)
        while True:
            seq, item = tasks.recv()
            results.send((seq, task(item)))
    except BaseException:
        pass
    finally:
        os._exit(0)


def _die_with_parent() -> None:  # pragma: no cover - runs in a worker
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, ctypes.c_ulong(signal.SIGKILL), 0, 0, 0)


def _watch(lifeline: int) -> None:  # pragma: no cover - runs in a worker
    """Exit the worker once the parent's end of the lifeline closes (the parent is gone)."""
    with contextlib.suppress(OSError):
        while os.read(lifeline, 1):
            pass
    os._exit(0)


__all__ = ["GRACE", "Pool", "WorkerStartError", "ordered_map"]
