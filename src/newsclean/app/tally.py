"""Counts over a batch run, its progress line and its summary. Timings stay here, never in records."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO

import click

from newsclean.app.batch import Outcome

_REDRAW_EVERY = 0.2
_CLEAR_LINE = "\r\x1b[2K"


@dataclass
class Tally:
    """What a batch run has done so far (local to one run).

    >>> tally = Tally()
    >>> tally.add(Outcome(line="", body="x", language="en", removed=(("ticker", 2),), input_chars=10))
    >>> tally.add_previous("DecodeError")
    >>> tally.documents, tally.errors, dict(tally.error_types)
    (2, 1, {'DecodeError': 1})
    """

    documents: int = 0
    errors: int = 0
    resumed: int = 0
    input_chars: int = 0
    error_types: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        """Count one record cleaned in this run."""
        self.documents += 1
        self.input_chars += outcome.input_chars
        if outcome.error_type is not None:
            self.errors += 1
            self.error_types[outcome.error_type] += 1
            return
        self.languages[outcome.language or "unknown"] += 1
        for category, count in outcome.removed:
            self.removed[category] += count

    def add_previous(self, error_type: str | None) -> None:
        """Count a record an earlier run wrote (``--resume``); its errors still decide the exit status."""
        self.documents += 1
        self.resumed += 1
        if error_type is not None:
            self.errors += 1
            self.error_types[error_type] += 1

    def progress(self, seconds: float) -> str:
        """One status line: documents, rate, errors.

        >>> Tally(documents=30, errors=2).progress(10.0)
        '30 documents · 3.0/s · 2 errors'
        """
        fresh = self.documents - self.resumed
        rate = fresh / seconds if seconds > 0 else 0.0
        return f"{self.documents} documents · {rate:.1f}/s · {self.errors} errors"

    def summary(self, seconds: float, output: str) -> list[str]:
        """The end-of-run summary lines."""
        fresh = self.documents - self.resumed
        rate = fresh / seconds if seconds > 0 else 0.0
        chars = self.input_chars / seconds / 1e6 if seconds > 0 else 0.0
        lines = [
            f"newsclean: {self.documents} documents, {self.documents - self.errors} cleaned, "
            f"{self.errors} errors in {seconds:.1f} s ({rate:.1f} documents/s, {chars:.2f} M chars/s)"
        ]
        if self.resumed:
            lines.append(f"  resumed: {self.resumed} records were already in the output")
        lines.append(f"  errors: {_counts(self.error_types)}")
        lines.append(f"  removed segments: {_counts(self.removed)}")
        lines.append(f"  languages: {_counts(self.languages)}")
        lines.append(f"  output: {output}")
        return lines


def _counts(counter: Counter[str]) -> str:
    """Counts, largest first, ties by name.

    >>> _counts(Counter({"b": 2, "a": 2, "c": 5}))
    'c 5, a 2, b 2'
    """
    if not counter:
        return "none"
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


class Progress:
    """A one-line status redrawn a few times a second on standard error, only when it is a terminal."""

    def __init__(self, tally: Tally, *, enabled: bool) -> None:
        self._tally = tally
        self._enabled = enabled and _is_tty(sys.stderr)
        self._start = time.monotonic()
        self._drawn = 0.0

    def elapsed(self) -> float:
        """Seconds since the run started."""
        return time.monotonic() - self._start

    def tick(self) -> None:
        """Redraw the status if it is time to."""
        now = time.monotonic()
        if self._enabled and now - self._drawn >= _REDRAW_EVERY:
            self._drawn = now
            click.echo(_CLEAR_LINE + self._tally.progress(now - self._start), err=True, nl=False)

    def clear(self) -> None:
        """Erase the status line before anything else is printed."""
        if self._enabled and self._drawn:
            click.echo(_CLEAR_LINE, err=True, nl=False)


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
