"""Ctrl-C stops the command even when it first lands in a finalizer, where Python swallows it."""

from __future__ import annotations

import contextlib
import os
import signal
import time

import pytest

from newsclean import Config
from newsclean.app import batch
from newsclean.app.interrupts import interrupts_redelivered, raise_if_interrupted
from newsclean.app.workers import Pool
from newsclean.io.items import Item


class _Finalized:
    def __del__(self) -> None:
        raise KeyboardInterrupt  # as if SIGINT arrived while this ran


def test_an_interrupt_swallowed_by_a_finalizer_is_raised_again() -> None:
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), interrupts_redelivered():
        _Finalized()  # Python reports the exception as unraisable and goes on
        while time.monotonic() - started < 5:
            time.sleep(0.001)
    assert time.monotonic() - started < 1


def test_other_unraisable_errors_still_reach_the_previous_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException] | None] = []
    monkeypatch.setattr("sys.unraisablehook", lambda unraisable: seen.append(unraisable.exc_type))

    class Broken:
        def __del__(self) -> None:
            raise ValueError("in a finalizer")

    with interrupts_redelivered():
        Broken()
    assert seen == [ValueError]


def _swallowing(*args: object, **kwargs: object) -> None:
    """Like a library whose bare ``except:`` catches the interrupt that lands in it."""
    with contextlib.suppress(BaseException):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)


def test_an_interrupt_swallowed_by_a_catch_all_stops_the_batch_before_its_workers_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(batch, "warm_up", _swallowing)
    started: list[object] = []
    monkeypatch.setattr(batch, "Pool", lambda *args, **kwargs: started.append(args))
    items = [Item(f"doc{i}", "inline", data="The council met on Monday.") for i in range(3)]
    with pytest.raises(KeyboardInterrupt), interrupts_redelivered():
        list(batch.run_ordered(items, batch.Settings(Config(), "text")))
    assert started == []


def test_an_interrupt_swallowed_by_a_task_stops_the_pool_before_it_waits() -> None:
    with pytest.raises(KeyboardInterrupt), interrupts_redelivered():
        _swallowing()
        with Pool(abs, lambda item, kind, message: kind, workers=1) as pool:
            list(pool.run([-1, -2]))


def test_outside_the_block_sigint_is_python_s_own_again() -> None:
    with interrupts_redelivered():
        assert signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    raise_if_interrupted()  # nothing recorded: no interrupt
