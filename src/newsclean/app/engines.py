"""The Dask engine: the batch CLI's documents cleaned on a Dask cluster, records in input order.

Documents are read here, on the client, and shipped to the workers with the settings,
whose config carries a site profile by content (see :class:`newsclean.Profile`), so the
workers need newsclean (the same code, checked on connecting: see :func:`check_workers`)
but neither the input files nor the profile file. Each Dask worker runs
:func:`newsclean.app.batch.process`, the local engine's own per-document function, in a
process it kills when a document's deadline passes (:mod:`newsclean.app.dask_pool`), so the
records, timeouts and error records are the same, byte for byte. At most a small window
of documents is in flight and records are yielded as soon as the oldest one is done, so
memory does not grow with the number of documents.

Needs ``pip install 'newsclean[dask]'``; without it :func:`require_dask` raises
:class:`newsclean.MissingExtraError`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import logging
import pickle
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from newsclean.app.batch import Outcome, Settings, failed, load
from newsclean.app.workers import START_LIMIT
from newsclean.errors import ConfigError, MissingExtraError
from newsclean.io.items import Item

# A Dask task costs a few milliseconds of scheduling: documents travel in small chunks.
CHUNK_ITEMS = 8
CHUNK_BYTES = 4 << 20
# Chunks in flight per worker thread: one running, one queued behind it.
CHUNKS_PER_THREAD = 2
WAIT_FOR_WORKERS = 60.0
CONNECT_TIMEOUT = 30.0


def require_dask() -> ModuleType:
    """The ``distributed`` module, or :class:`MissingExtraError` naming the extra.

    Imported through :mod:`importlib` so the type checker gives the same answer with or without it.
    """
    try:
        importlib.import_module("dask")
        return importlib.import_module("distributed")
    except ImportError as exc:
        raise MissingExtraError("the Dask engine", "dask") from exc


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A ``distributed.Client`` of the scheduler at ``scheduler``, or of a new local cluster.

    The local cluster has ``workers`` processes of one thread each and is shut down on exit;
    a remote cluster is only disconnected from.
    """
    distributed = require_dask()
    if scheduler is None:
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: 8787 may be taken by another cluster
            silence_logs=logging.ERROR,
        )
        with cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        try:
            client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
        except (TimeoutError, OSError) as exc:
            message = f"no Dask worker joined the scheduler at {scheduler} within {WAIT_FOR_WORKERS:g} s"
            raise ConfigError(message) from exc
        check_workers(client)
        yield client


def code_fingerprint() -> str:
    """A digest of newsclean's installed code and rule data: equal digests clean alike.

    The version number alone misses an edited checkout or a worker started before an upgrade.
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".toml") and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def check_workers(client: Any) -> None:
    """Refuse workers whose newsclean differs from this client's: their records would differ too."""
    advice = "install the same newsclean on every machine and restart the workers"
    mine = code_fingerprint()
    try:
        theirs = client.run(code_fingerprint)
    except Exception as exc:  # an older newsclean lacks the function, or cannot be imported at all
        raise ConfigError(f"the Dask workers cannot run this client's newsclean ({exc}): {advice}") from exc
    strangers = sorted(worker for worker, digest in theirs.items() if digest != mine)
    if strangers:
        where = ", ".join(strangers[:3])
        raise ConfigError(f"Dask workers at {where} run a different newsclean than this client: {advice}")


def clean_chunk(items: tuple[Item, ...], settings: Settings, key: str = "") -> tuple[Outcome, ...]:
    """Run on a worker: clean a few documents (one task per chunk), each in a killable process.

    ``key`` names ``settings``, so that processes set up for them serve later chunks too.
    """
    from newsclean.app.dask_pool import lease

    with lease(settings, key) as pool:
        return tuple(outcome for _, outcome in pool.run(items))


def run_dask(
    items: Iterable[Item],
    settings: Settings,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    chunk: int = CHUNK_ITEMS,
) -> Generator[tuple[Item, Outcome], None, None]:
    """Clean ``items`` on a Dask cluster, yielding ``(item, outcome)`` in input order.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without one
    a local cluster of ``workers`` processes is started for the run. Documents travel in
    chunks of up to ``chunk`` items (and :data:`CHUNK_BYTES`), since each Dask task costs
    milliseconds of scheduling.
    """
    from newsclean.app.dask_pool import register

    with connect(scheduler, workers) as client:
        register(client)
        runner = _Runner(client, settings)
        window = CHUNKS_PER_THREAD * max(1, sum(client.nthreads().values()))
        try:
            for batch in _chunks(items, settings.max_bytes, chunk):
                runner.submit(batch)
                if len(runner.pending) >= window:
                    yield from runner.next()
            while runner.pending:
                yield from runner.next()
        finally:
            runner.cancel()


def _chunks(items: Iterable[Item], max_bytes: int, size: int) -> Iterator[tuple[Item, ...]]:
    """Read items on the client and group them into chunks bounded in count and bytes."""
    batch: list[Item] = []
    held = 0
    for item in items:
        loaded = load(item, max_bytes)
        batch.append(loaded)
        held += len(loaded.data) if loaded.data is not None else 0
        if len(batch) >= size or held >= CHUNK_BYTES:
            yield tuple(batch)
            batch, held = [], 0
    if batch:
        yield tuple(batch)


class _Runner:
    """Chunks in flight, oldest first; a chunk that kills or hangs a worker is retried item by item."""

    def __init__(self, client: Any, settings: Settings) -> None:
        self._client = client
        self._settings = settings
        self._distributed = require_dask()
        self._key = hashlib.sha256(pickle.dumps(settings)).hexdigest()[:16]
        # Each document is bounded on the worker (its process is killed past the timeout, and a
        # new one started); past this a Dask worker is stuck outside any document.
        self._hard_limit = None if settings.timeout is None else settings.timeout + START_LIMIT
        self.pending: deque[tuple[tuple[Item, ...], Any]] = deque()

    def submit(self, batch: tuple[Item, ...]) -> None:
        self.pending.append((batch, self._submit(batch)))

    def _submit(self, batch: tuple[Item, ...]) -> Any:
        return self._client.submit(clean_chunk, batch, self._settings, self._key, pure=False)

    def next(self) -> list[tuple[Item, Outcome]]:
        """The records of the oldest chunk, waiting for it if need be."""
        batch, future = self.pending.popleft()
        limit = None if self._hard_limit is None else self._hard_limit * len(batch)
        try:
            return list(zip(batch, future.result(timeout=limit), strict=True))
        except (self._distributed.TimeoutError, self._distributed.KilledWorker) as exc:
            if isinstance(exc, self._distributed.TimeoutError):
                self._replace_worker(future)
            if len(batch) > 1:  # tell the culprit from its neighbours
                return [(item, self._alone(item)) for item in batch]
            return [(batch[0], self._failure(batch[0], exc))]

    def _alone(self, item: Item) -> Outcome:
        future = self._submit((item,))
        try:
            outcome: Outcome = future.result(timeout=self._hard_limit)[0]
        except (self._distributed.TimeoutError, self._distributed.KilledWorker) as exc:
            if isinstance(exc, self._distributed.TimeoutError):
                self._replace_worker(future)
            return self._failure(item, exc)
        return outcome

    def _failure(self, item: Item, exc: BaseException) -> Outcome:
        if isinstance(exc, self._distributed.KilledWorker):
            # The scheduler already retried it on other workers: this document kills them.
            return failed(item, "WorkerCrashed", "the worker process died while cleaning this document")
        return failed(item, "Timeout", "the worker stopped responding and was replaced")

    def _replace_worker(self, future: Any) -> None:
        """Cancel a stuck task and restart the worker running it, whose thread cannot be stopped."""
        stuck = [worker for worker, keys in self._client.processing().items() if future.key in keys]
        future.cancel()
        if stuck:
            # A worker without a nanny cannot be restarted; it keeps its stuck thread.
            with contextlib.suppress(Exception):
                self._client.restart_workers(stuck, timeout=60)

    def cancel(self) -> None:
        """Drop the chunks still in flight (an interrupted run)."""
        if self.pending:
            self._client.cancel([future for _, future in self.pending])
            self.pending.clear()
