"""Ctrl-C stops the command even when it first lands in a finalizer, where Python swallows it."""

from __future__ import annotations

import time

import pytest

from newsclean.app.interrupts import interrupts_redelivered


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
