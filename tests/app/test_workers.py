"""The killable worker pool on its own: order, deadlines, deaths, and reuse across runs."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from newsclean.app.workers import Pool


def task(item: str) -> str:
    if item.startswith("sleep"):
        time.sleep(float(item.split()[1]))
    if item == "exit":
        os._exit(3)
    return item.upper()


def failure(item: str, kind: str, message: str) -> str:
    return f"{kind}: {item}"


@pytest.fixture
def pool() -> Pool[str, str]:
    with Pool(task, failure, workers=2, timeout=1.0) as made:
        yield made


def test_results_come_in_input_order_with_failures_in_place(pool: Pool[str, str]) -> None:
    items = ["a", "sleep 0.3", "b", "sleep 30", "exit", "c"]
    started = time.monotonic()
    got = [result for _, result in pool.run(items)]
    assert got == ["A", "SLEEP 0.3", "B", "Timeout: sleep 30", "WorkerCrashed: exit", "C"]
    assert time.monotonic() - started < 10


def test_a_run_left_early_leaves_no_stale_results_for_the_next(pool: Pool[str, str]) -> None:
    run = pool.run(["a", "sleep 30", "b"])
    assert next(run) == ("a", "A")
    run.close()  # the slow item is still in a worker: that worker is stopped
    assert [result for _, result in pool.run(["c", "d"])] == ["C", "D"]


def test_a_worker_that_dies_while_idle_is_replaced_without_a_record(pool: Pool[str, str]) -> None:
    assert [result for _, result in pool.run(["a"])] == ["A"]
    for pid in pool.pids:
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    assert [result for _, result in pool.run(["b", "c", "d"])] == ["B", "C", "D"]


def test_closing_stops_every_worker_and_ends_the_pool(pool: Pool[str, str]) -> None:
    pids = pool.pids
    pool.close()
    for pid in pids:
        with pytest.raises(ChildProcessError):  # reaped: no such child any more
            os.waitpid(pid, os.WNOHANG)
    with pytest.raises(RuntimeError, match="closed"):
        next(pool.run(["a"]))


@pytest.mark.parametrize("lost", ["sleep 30", "exit"])
def test_items_queued_behind_a_lost_one_are_cleaned_by_another_worker(lost: str) -> None:
    # One worker: whatever is queued behind the lost item sat in that worker's pipe.
    with Pool(task, failure, workers=1, timeout=1.0) as single:
        got = [result for _, result in single.run(["a", lost, "b", "c"])]
    kind = "Timeout" if lost.startswith("sleep") else "WorkerCrashed"
    assert got == ["A", f"{kind}: {lost}", "B", "C"]


def test_a_queued_item_gets_its_whole_deadline_after_a_slow_one() -> None:
    # Each item takes most of the timeout; together they would overrun it if the second one's
    # deadline ran from when it was queued rather than from when its worker took it up.
    with Pool(task, failure, workers=1, timeout=1.5) as single:
        got = [result for _, result in single.run(["sleep 0.9", "sleep 0.9", "a"])]
    assert got == ["SLEEP 0.9", "SLEEP 0.9", "A"]


def test_large_items_are_not_queued_behind_a_busy_worker() -> None:
    # Queued behind a busy worker, an item larger than the pipe holds would block the parent
    # while the worker blocks writing its large result to the parent: neither would move again.
    big = "x" * 200_000
    got: list[str] = []

    def run() -> None:
        with Pool(task, failure, workers=1, timeout=30.0) as single:
            got.extend(result for _, result in single.run([big, big, big]))

    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    runner.join(60)
    assert got == [big.upper()] * 3
