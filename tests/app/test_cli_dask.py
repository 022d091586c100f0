"""The Dask engine: the same output bytes as the local engine, on a cluster or on a cluster of its own."""

from __future__ import annotations

import json
import logging
import os
import random
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import newsclean
from newsclean.app import engines
from newsclean.app.batch import Outcome, Settings, run_ordered
from newsclean.app.cli import cli
from newsclean.app.engines import check_workers
from newsclean.io.items import Item

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
# Three of the quicker dev pages: the point is agreement between engines, not coverage of pages.
PAGES = [sorted((ROOT / "fixtures" / "scrapinghub-dev" / "html").glob("*.html.gz"))[i] for i in (0, 1, 11)]
PROSE = (
    "Le conseil municipal a adopté lundi soir le budget de la ville pour l'an prochain, a indiqué "
    "le maire lors d'une conférence de presse.\n\n"
)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One local cluster of two worker processes for the whole module."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    ) as cluster:
        yield cluster.scheduler_address


def run(args: list[str]) -> Result:
    return CliRunner().invoke(cli, ["clean", "-q", *args], catch_exceptions=False)


def corpus(root: Path) -> Path:
    """Seeds, real pages and hostile files: every kind of record the engines must agree on."""
    for seed in SEEDS:
        (root / "seeds").mkdir(parents=True, exist_ok=True)
        (root / "seeds" / seed.name).write_bytes(seed.read_bytes())
    for page in PAGES:
        (root / "pages").mkdir(parents=True, exist_ok=True)
        (root / "pages" / page.name).write_bytes(page.read_bytes())
    hostile = root / "hostile"
    hostile.mkdir()
    (hostile / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + random.Random(3).randbytes(3000))
    (hostile / "empty.txt").write_bytes(b"")
    (hostile / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (hostile / "feed.jsonl").write_text(
        json.dumps({"id": "f1", "text": PROSE}) + "\n{broken\n" + json.dumps({"id": "f2"}) + "\n"
    )
    os.symlink(hostile / "gone.txt", hostile / "dangling.txt")
    os.mkfifo(hostile / "pipe.txt")
    return root


def test_the_dask_engine_writes_the_local_engines_bytes(tmp_path: Path, scheduler: str) -> None:
    root = corpus(tmp_path / "in")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run([str(root), "-o", str(local), "--workers", "1"]).exit_code == 3
    result = run([str(root), "-o", str(dask), "--engine", "dask", "--scheduler", scheduler])
    assert result.exit_code == 3
    assert dask.read_bytes() == local.read_bytes()
    records = [json.loads(line) for line in local.read_bytes().splitlines()]
    assert len(records) == len(SEEDS) + len(PAGES) + 5 + 3
    assert sum("body" in r for r in records) == len(SEEDS) + len(PAGES) + 1


def test_a_slow_document_times_out_on_a_dask_worker_as_it_does_locally(
    tmp_path: Path, scheduler: str
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(PROSE * 8000, encoding="utf-8")  # about 1.7 MB of prose
    args = [str(tmp_path / "in"), "--timeout", "0.05"]
    local = run([*args, "-o", str(tmp_path / "local.jsonl"), "--workers", "1"])
    dask = run([*args, "-o", str(tmp_path / "dask.jsonl"), "--engine", "dask", "--scheduler", scheduler])
    assert local.exit_code == dask.exit_code == 3
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    first = json.loads((tmp_path / "dask.jsonl").read_bytes().splitlines()[0])
    assert first["error"] == {"type": "Timeout", "message": "cleaning took longer than the 0.05 s timeout"}


def test_without_a_scheduler_the_engine_runs_its_own_local_cluster(tmp_path: Path) -> None:
    inputs = [str(SEEDS[0]), str(PAGES[0])]
    assert run([*inputs, "-o", str(tmp_path / "local.jsonl"), "--workers", "1"]).exit_code == 0
    assert (
        run([*inputs, "-o", str(tmp_path / "dask.jsonl"), "--engine", "dask", "--workers", "1"]).exit_code
        == 0
    )
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


@pytest.mark.parametrize(
    ("args", "missing", "message"),
    [
        (["--engine", "dask"], "distributed", "pip install 'newsclean[dask]'"),
        (["--scheduler", "tcp://127.0.0.1:8786"], None, "--scheduler needs --engine dask"),
    ],
)
def test_dask_usage_errors_exit_2_and_write_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], missing: str | None, message: str
) -> None:
    if missing is not None:
        monkeypatch.setitem(sys.modules, missing, None)  # makes the import fail
    result = CliRunner().invoke(cli, ["clean", str(SEEDS[0]), "-o", str(tmp_path / "out.jsonl"), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def spinning_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document that makes ``newsclean.clean`` spin in Python code until interrupted."""
    real = newsclean.clean

    def clean(data: str | bytes, **kwargs: Any) -> newsclean.Result:
        while data == "SPIN":
            time.sleep(0.001)
        return real(data, **kwargs)

    monkeypatch.setattr(newsclean, "clean", clean)


@pytest.mark.parametrize("where", ["main thread", "worker thread"])
def test_the_deadline_kills_the_worker_from_any_thread_with_the_same_record(
    spinning_clean: None, where: str
) -> None:
    """Dask runs tasks in threads: the deadline is kept there as in the main thread, by killing a process."""
    outcomes: list[Outcome] = []

    def attempt() -> None:
        # The second document is cleaned for real, in a worker forked after the first one's was
        # killed: its deadline leaves room for a busy machine, as a user's would.
        items = [Item(id="x", source="x", data="SPIN"), Item(id="y", source="y", data=PROSE)]
        outcomes.extend(outcome for _, outcome in run_ordered(items, Settings(timeout=2.0)))

    started = time.monotonic()
    if where == "main thread":
        attempt()
    else:
        worker = threading.Thread(target=attempt)
        worker.start()
        worker.join(timeout=60)
    assert time.monotonic() - started < 60
    assert outcomes[0].error_type == "Timeout"
    assert json.loads(outcomes[0].line)["error"]["message"] == "cleaning took longer than the 2 s timeout"
    assert outcomes[1].error_type is None and outcomes[1].body


class _FakeClient:
    """Just enough of ``distributed.Client`` for :func:`check_workers`."""

    def __init__(self, answer: Any) -> None:
        self._answer = answer

    def run(self, function: Any) -> dict[str, str]:
        if isinstance(self._answer, Exception):
            raise self._answer
        return {worker: function() if digest == "same" else digest for worker, digest in self._answer.items()}


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ({"tcp://worker-a:4001": "same", "tcp://worker-b:4001": "same"}, None),
        ({"tcp://worker-a:4001": "same", "tcp://worker-b:4001": "0123456789abcdef"}, "tcp://worker-b:4001"),
        (AttributeError("Can't get attribute 'code_fingerprint'"), "cannot run this client's newsclean"),
    ],
)
def test_workers_running_another_newsclean_are_refused(answer: Any, refused: str | None) -> None:
    client = _FakeClient(answer)
    if refused is None:
        check_workers(client)
        return
    with pytest.raises(newsclean.ConfigError, match="restart the workers") as caught:
        check_workers(client)
    assert refused in str(caught.value)


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "CONNECT_TIMEOUT", 0.5)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    args = [
        "clean",
        str(SEEDS[0]),
        "-o",
        str(tmp_path / "out.jsonl"),
        "--engine",
        "dask",
        "--scheduler",
        address,
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert f"cannot reach the Dask scheduler at {address}" in result.output
