"""How a function's cost grows with its input, measured so that a busy machine cannot fail a test.

Two measures, both independent of what else runs on the machine:

- :func:`lines_run` counts the Python lines a call executes. The count is exact and the same on
  every run, so a test can hold Python code to linear growth without reading a clock.
- :func:`cpu_seconds` reads the calling thread's CPU clock, which other processes do not advance.
  It is the only measure of work done inside a C extension such as ``regex``; a test asserts on how
  it *grows* between two input sizes (:func:`growth`), never on its value.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import Any


def lines_run(call: Callable[[], object]) -> int:
    """The number of Python lines ``call()`` executes, in its own code and in everything it calls."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


def cpu_seconds(call: Callable[[str], object], text: str, runs: int = 3) -> float:
    """The least CPU time of the calling thread that ``call(text)`` took over ``runs`` runs."""
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        call(text)
        best = min(best, time.thread_time() - start)
    return max(best, 1e-6)


def growth(call: Callable[[str], object], text: str, factor: int = 4, runs: int = 3) -> float:
    """How many times longer ``call`` takes on ``text`` than on its first ``1/factor``.

    Linear work gives about ``factor``; quadratic work about ``factor ** 2``.
    """
    return cpu_seconds(call, text, runs) / cpu_seconds(call, text[: len(text) // factor], runs)
