"""Hostile runs for the worker processes: native code past the deadline, killed parents and workers, signals.

Every document runs in a worker process that the parent kills once the document's deadline
passes; workers die with their parent and never print a traceback. The slow input is real:
a page whose one ``<div>`` has 200,000 attributes, which libxml2 parses in quadratic time in
native code (20,000 attributes already take seconds; 200,000 take many minutes), where no
Python-level timeout can reach. Each run is a real ``newsclean`` process, watched from
``/proc``: its workers, their fate, and the peak memory of the process tree.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newsclean.io.writers import part_path

if TYPE_CHECKING:
    from tests.hostile.conftest import HostileTally

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="watches processes in /proc")

ARTICLE = (
    "The regional council approved a plan on Thursday to rebuild the old harbour bridge, officials said.\n\n"
    "Work is expected to start next spring and last about two years, according to the council.\n"
)
# Imports newsclean, says so on standard error, then runs the CLI: signals sent after the
# line reach a process whose own handling is in place.
# The command line, announcing on standard error that its imports are done. The announcement is
# made from inside ``main``'s handling of interrupts, as the ``newsclean`` launcher's import is: a
# Ctrl-C the test sends right after it must find that handling in place, not this script's own
# statement between the print and the call (Python would end there with a traceback).
ANNOUNCED = """
import sys
import newsclean.app.cli as c
command_line = c._command_line
def announced():
    print('imported', file=sys.stderr, flush=True)
    return command_line()
c._command_line = announced
c.main()
"""
START_UP = 60.0  # imports and warm-up, on a loaded 2-core machine


def attributes_page(count: int = 200_000) -> str:
    """About 3.4 MB: one ``<div>`` with ``count`` attributes, quadratic for libxml2's parser."""
    attrs = " ".join(f'a{i}="v{i}"' for i in range(count))
    body = f"<body><div {attrs}><p>{ARTICLE}</p></div></body>"
    return f"<html><head><title>Attributes</title></head>{body}</html>"


def corpus(root: Path, slow: int = 1, good: int = 3, *, slow_last: bool = False) -> list[str]:
    """``slow`` attribute pages first (or last), and ``good`` articles; the document ids in order."""
    root.mkdir(parents=True, exist_ok=True)
    page = attributes_page()
    for i in range(slow):
        (root / f"{'z' if slow_last else 'a'}{i}_attributes.html").write_text(page)
    for i in range(good):
        (root / f"b{i:03d}_article.txt").write_text(ARTICLE.replace("Thursday", f"day {i}"))
    return sorted(p.name for p in root.iterdir())


@dataclass
class Run:
    """A watched ``newsclean`` process: its exit, output, workers seen and peak tree memory."""

    proc: subprocess.Popen[bytes]
    started: float = field(default_factory=time.monotonic)
    # pid -> start time (in clock ticks since boot): a pid seen again with another start time
    # belongs to some other process by now, and is neither ours to kill nor a survivor.
    workers: dict[int, str] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    elapsed: float = 0.0
    stdout: bytes = b""
    stderr: bytes = b""

    def sample(self) -> None:
        descendants = _descendants(self.proc.pid)
        self.see(descendants)
        rss = sum(_rss_kb(pid) for pid in [self.proc.pid, *descendants])
        self.peak_rss_mb = max(self.peak_rss_mb, rss / 1024)

    def see(self, pids: list[int]) -> None:
        for pid in pids:
            began = _started(pid)
            if began is not None:
                self.workers.setdefault(pid, began)

    def wait_for(self, condition: Callable[[], bool], limit: float = START_UP) -> None:
        deadline = time.monotonic() + limit
        while not condition():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                _, stderr = self.proc.communicate()
                pytest.fail(f"condition not met (exit {self.proc.returncode}): {stderr!r}")
            self.sample()
            time.sleep(0.05)

    def finish(self, limit: float) -> bool:
        """Wait up to ``limit`` seconds for the exit; False (and the process killed) if it hung."""
        deadline = time.monotonic() + limit
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.sample()
            time.sleep(0.05)
        hung = self.proc.poll() is None
        if hung:
            self.kill()
        self.stdout, self.stderr = self.proc.communicate()
        self.elapsed = time.monotonic() - self.started
        return not hung

    def kill(self) -> None:
        with _no_such_process():
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def survivors(self, within: float = 5.0) -> list[int]:
        """Workers seen during the run that are still alive ``within`` seconds from now."""
        deadline = time.monotonic() + within
        while True:
            alive = sorted(pid for pid, began in self.workers.items() if _started(pid) == began)
            if not alive or time.monotonic() > deadline:
                return alive
            time.sleep(0.05)


def start(args: list[str], *, stdout: int | None = subprocess.PIPE, code: str | None = None) -> Run:
    """``newsclean ARGS`` in a new session (so a test can always clean up the whole group)."""
    prefix = ["-c", code] if code is not None else ["-m", "newsclean"]
    proc = subprocess.Popen(
        [sys.executable, *prefix, *args], stdout=stdout, stderr=subprocess.PIPE, start_new_session=True
    )
    return Run(proc)


@pytest.fixture
def runs() -> Iterator[list[Run]]:
    """Runs started by a test; whatever is left of them is killed at the end."""
    started: list[Run] = []
    yield started
    for run in started:
        if run.proc.poll() is None:
            run.kill()
        for stream in (run.proc.stdout, run.proc.stderr):
            if stream is not None:
                stream.close()
        for pid in run.survivors(within=0):
            with _no_such_process():
                os.kill(pid, signal.SIGKILL)


def records(out: Path) -> dict[str, dict[str, object]]:
    return {r["id"]: r for r in (json.loads(line) for line in out.read_bytes().splitlines())}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_native_code_past_the_timeout_is_killed_and_the_batch_goes_on(
    tmp_path: Path, runs: list[Run], hostile: HostileTally, workers: str
) -> None:
    ids = corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    run = start(["clean", str(tmp_path / "in"), "-o", str(out), "--workers", workers, "--timeout", "2", "-q"])
    runs.append(run)
    finished = run.finish(START_UP + 30)
    got = records(out) if out.exists() else {}
    survivors = run.survivors()
    hostile.case(
        f"native code past --timeout 2, --workers {workers}",
        expected=len(ids),
        written=len(got),
        crashed=run.proc.returncode not in (0, 3),
        hung=not finished,
        peak_rss_mb=run.peak_rss_mb,
    )
    assert finished, f"still running after {run.elapsed:.0f} s"
    assert run.proc.returncode == 3 and run.stderr == b""
    assert list(got) == ids
    slow = got.pop("a0_attributes.html")
    assert slow["error"] == {"type": "Timeout", "message": "cleaning took longer than the 2 s timeout"}
    assert all("body" in record for record in got.values())
    assert survivors == []


def test_workers_die_when_the_parent_is_killed(
    tmp_path: Path, runs: list[Run], hostile: HostileTally
) -> None:
    corpus(tmp_path / "in", slow=2, good=0)
    run = start(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"), "--workers", "2"])
    runs.append(run)
    run.wait_for(lambda: len(_children(run.proc.pid)) == 2)
    time.sleep(1.0)  # both workers deep in libxml2
    run.sample()
    os.kill(run.proc.pid, signal.SIGKILL)  # the parent alone, not its group
    survivors = run.survivors(within=5.0)
    hostile.case(
        "kill -9 of the parent, --workers 2",
        expected=0,
        written=0,
        hung=bool(survivors),
        peak_rss_mb=run.peak_rss_mb,
    )
    assert survivors == []


WATCHDOG_ONLY = textwrap.dedent(
    """
    import sys, time
    from newsclean.app.workers import Pool

    def spin(item):
        while True:
            time.sleep(0.01)

    pool = Pool(spin, lambda item, kind, message: kind, workers=2, die_with_parent=False)
    print(*pool.pids, flush=True)
    for _ in pool.run(range(4)):
        pass
    """
)


def test_without_pdeathsig_the_watchdog_takes_workers_down_with_the_parent(runs: list[Run]) -> None:
    """The portable fallback alone: each worker's watchdog sees the parent's end of a pipe close."""
    run = Run(
        subprocess.Popen(
            [sys.executable, "-c", WATCHDOG_ONLY], stdout=subprocess.PIPE, start_new_session=True
        )
    )
    runs.append(run)
    assert run.proc.stdout is not None
    run.see([int(pid) for pid in run.proc.stdout.readline().split()])
    assert len(run.workers) == 2
    time.sleep(0.5)
    os.kill(run.proc.pid, signal.SIGKILL)
    assert run.survivors(within=5.0) == []


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_worker_killed_from_outside_costs_its_document_only(
    tmp_path: Path, runs: list[Run], hostile: HostileTally, how: signal.Signals
) -> None:
    ids = corpus(tmp_path / "in", slow=1, good=6, slow_last=True)
    out = tmp_path / "out.jsonl"
    run = start(["clean", str(tmp_path / "in"), "-o", str(out), "--workers", "2", "--timeout", "600", "-q"])
    runs.append(run)
    # Records are written in input order, each flushed: once the six articles are in the part
    # file, every article is done and the attribute page (which waits for an idle worker, and
    # goes out before the last article's record is written) is the only item in a worker.
    part = part_path(out)
    run.wait_for(lambda: part.exists() and part.read_bytes().count(b"\n") == len(ids) - 1, limit=120)
    for pid in _children(run.proc.pid):
        with _no_such_process():
            os.kill(pid, how)
    finished = run.finish(30)
    got = records(out) if out.exists() else {}
    hostile.case(
        f"a worker killed by {how.name}",
        expected=len(ids),
        written=len(got),
        crashed=run.proc.returncode not in (0, 3),
        hung=not finished,
        peak_rss_mb=run.peak_rss_mb,
    )
    assert finished and run.proc.returncode == 3
    assert run.stderr == b""  # no traceback from the killed worker, even with SIGTERM
    assert list(got) == ids
    assert got.pop("z0_attributes.html")["error"] == {
        "type": "WorkerCrashed",
        "message": "the worker process died while cleaning this document",
    }
    assert all("body" in record for record in got.values())
    assert run.survivors() == []


def test_a_reader_that_goes_away_stops_the_batch_quietly(
    tmp_path: Path, runs: list[Run], hostile: HostileTally
) -> None:
    corpus(tmp_path / "in", slow=0, good=200)
    code = f"{sys.executable} -m newsclean clean {tmp_path / 'in'} --workers 2 -q | head -3"
    proc = subprocess.Popen(
        ["sh", "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    run = Run(proc)
    runs.append(run)
    finished = run.finish(START_UP + 30)
    hostile.case("| head -3", expected=3, written=len(run.stdout.splitlines()), hung=not finished)
    assert finished
    assert len(run.stdout.splitlines()) == 3
    assert b"Traceback" not in run.stderr and run.stderr == b""
    assert run.survivors() == []  # workers of the newsclean under sh, found while running


def test_an_aborted_run_stops_its_workers_without_a_traceback(
    tmp_path: Path, runs: list[Run], hostile: HostileTally
) -> None:
    """Standard output is a full disk: the first write fails, the run stops with exit status 1."""
    corpus(tmp_path / "in", slow=1, good=20)
    with open("/dev/full", "wb") as full:
        run = start(["clean", str(tmp_path / "in"), "--workers", "2", "-q"], stdout=full.fileno())
    runs.append(run)
    finished = run.finish(START_UP + 30)
    hostile.case("standard output on a full disk", expected=0, written=0, hung=not finished)
    assert finished and run.proc.returncode == 1
    assert b"No space left on device" in run.stderr and b"Traceback" not in run.stderr
    assert run.survivors() == []


# Five moments of start-up (imports done, warm-up, workers starting) and five of the running batch.
MOMENTS = [("imported", delay) for delay in (0.0, 0.3, 0.8, 1.5, 2.5)] + [
    ("workers", delay) for delay in (0.0, 0.02, 0.1, 0.5, 1.5)
]


@pytest.mark.parametrize(("after", "delay"), MOMENTS)
def test_sigint_stops_a_batch_at_any_moment_promptly(
    tmp_path: Path, runs: list[Run], hostile: HostileTally, after: str, delay: float
) -> None:
    """Ctrl-C to the process group (as a terminal sends it) or to the parent alone, then exit 130."""
    corpus(tmp_path / "in", slow=1, good=40)
    out = tmp_path / "out.jsonl"
    run = start(["clean", str(tmp_path / "in"), "-o", str(out), "--workers", "2"], code=ANNOUNCED)
    runs.append(run)
    assert run.proc.stderr is not None
    assert run.proc.stderr.readline() == b"imported\n"
    if after == "workers":
        run.wait_for(lambda: bool(_children(run.proc.pid)))
    time.sleep(delay)
    run.sample()
    if int(delay * 100) % 2:
        os.kill(run.proc.pid, signal.SIGINT)
    else:
        os.killpg(run.proc.pid, signal.SIGINT)
    sent = time.monotonic()
    finished = run.finish(15)
    hostile.case(f"SIGINT {delay:g} s after {after}", expected=0, written=0, hung=not finished)
    assert finished, "did not exit within 15 s of SIGINT"
    assert run.elapsed - (sent - run.started) < 15
    assert run.proc.returncode == 130, run.stderr
    assert b"interrupted" in run.stderr and b"Traceback" not in run.stderr
    assert not out.exists()  # the output is only ever complete; --resume finishes the .part
    assert run.survivors() == []


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid``, from ``/proc``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry))
    return found


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        children = _children(todo.pop())
        found.extend(children)
        todo.extend(children)
    return found


def _started(pid: int) -> str | None:
    """The start time of a living process ``pid``; None once it is gone (or a zombie)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if fields[0] in ("Z", "X") else fields[19]


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _no_such_process() -> contextlib.suppress:
    return contextlib.suppress(ProcessLookupError)
