"""The ordered process map that profiles are learned on: input order; a dead worker costs one item."""

from __future__ import annotations

import os
import signal

import pytest

from newsclean.app.workers import ordered_map


def square_or_die(n: int) -> int:
    if n == 13:
        os.kill(os.getpid(), signal.SIGKILL)  # as a crash in native code would
    return n * n


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(workers: int) -> None:
    numbers = [n for n in range(40) if n != 13]
    assert list(ordered_map(square_or_die, numbers, workers, default=-1)) == [n * n for n in numbers]


def test_a_worker_that_dies_loses_only_its_own_item() -> None:
    numbers = list(range(30))
    expected = [-1 if n == 13 else n * n for n in numbers]
    assert list(ordered_map(square_or_die, numbers, 2, default=-1)) == expected
