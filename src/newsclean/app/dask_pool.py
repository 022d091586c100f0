"""The Dask engine's worker side: every Dask worker cleans its documents in processes it can kill.

A Dask task runs in a thread of the Dask worker, where nothing can stop native code that runs
past a deadline. So a task hands its documents, one by one, to a
:class:`newsclean.app.workers.Pool` of one worker process, which is killed and replaced when a
document's deadline passes: the same mechanism, the same records as the local engine. The
process is spawned, not forked (a Dask worker runs many threads), so it costs an interpreter
start and a warm-up: pools therefore outlive tasks, kept idle between them by a worker plugin
that closes them when the Dask worker closes.

Imported only where ``distributed`` is installed.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from typing import Any

import distributed

from newsclean.app.batch import Outcome, Settings, failed, process, warm_up
from newsclean.app.workers import Pool

NAME = "newsclean-pools"
# Idle pools kept per Dask worker thread: a run with other settings needs pools of its own.
IDLE_PER_THREAD = 2


def new_pool(settings: Settings) -> Pool[Any, Outcome]:
    """One spawned worker process for ``settings``, warmed up before its first document."""
    return Pool(
        functools.partial(process, settings=settings),
        failed,
        workers=1,
        timeout=settings.timeout,
        start="spawn",
        warm=functools.partial(warm_up, settings.config),
    )


class KillablePools(distributed.WorkerPlugin):
    """Keeps each Dask worker's idle pools between tasks, by settings, and closes them at teardown."""

    name = NAME
    # A second client must not replace (and so tear down) the pools the first one is using.
    idempotent = True

    def setup(self, worker: Any) -> None:
        self._lock = threading.Lock()
        self._idle: list[tuple[str, Pool[Any, Outcome]]] = []
        self._keep = IDLE_PER_THREAD * max(1, getattr(worker.state, "nthreads", 1))

    def teardown(self, worker: Any) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for _, pool in idle:
            pool.close()

    @contextlib.contextmanager
    def lease(self, settings: Settings, key: str) -> Iterator[Pool[Any, Outcome]]:
        """An idle pool for ``settings`` (``key`` is their digest), or a new one; kept afterwards."""
        with self._lock:
            found = next((i for i, (k, _) in enumerate(self._idle) if k == key), None)
            pool = self._idle.pop(found)[1] if found is not None else None
        if pool is None:
            pool = new_pool(settings)
        try:
            yield pool
        except BaseException:
            pool.close()
            raise
        with self._lock:
            self._idle.append((key, pool))
            surplus = self._idle[: max(0, len(self._idle) - self._keep)]
            del self._idle[: len(surplus)]
        for _, old in surplus:
            old.close()


@contextlib.contextmanager
def lease(settings: Settings, key: str) -> Iterator[Pool[Any, Outcome]]:
    """A pool from this Dask worker's plugin, or one for this task alone where there is none."""
    plugin = None
    with contextlib.suppress(ValueError):  # not running on a Dask worker
        plugin = distributed.get_worker().plugins.get(NAME)
    if isinstance(plugin, KillablePools):
        with plugin.lease(settings, key) as pool:
            yield pool
        return
    with new_pool(settings) as pool:
        yield pool


def register(client: Any) -> None:
    """Install the plugin on the cluster's workers (and on those that join later).

    Without it every task starts a worker process of its own: slower, and the same records.
    """
    with contextlib.suppress(Exception):
        client.register_plugin(KillablePools())
