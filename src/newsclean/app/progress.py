"""The progress line of a batch run: done/total, percentage, rate and ETA, on a terminal only.

The total comes from a cheap count made before the run (:func:`count_documents`): files in
folders and globs, rows from Parquet footers, and lines of plain JSONL files while reading
them stays fast. Compressed JSONL, WARC and standard input cannot be counted cheaply; the
total is then unknown and the line shows what is done and the rate alone.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO

import click

from newsclean.app.batch import Outcome, Settings
from newsclean.app.tally import Tally
from newsclean.io.items import Item, ReadOptions
from newsclean.io.readers import STDIN, container_format
from newsclean.version import __version__

_REDRAW_EVERY = 0.2
_CLEAR_LINE = "\r\x1b[2K"
_COUNT_SECONDS = 2.0
_COUNT_JSONL_BYTES = 1 << 30
_CHUNK = 1 << 20


def status_line(done: int, fresh: int, errors: int, seconds: float, total: int | None) -> str:
    """One status line; ``fresh`` of the ``done`` records were cleaned in this run (the rate's base).

    >>> status_line(250, 250, 2, 10.0, 1000)
    '250/1,000 documents (25.0%) · 25.0/s · ETA 30 s · 2 errors'
    >>> status_line(30, 30, 0, 10.0, None)
    '30 documents · 3.0/s · 0 errors'
    """
    rate = fresh / seconds if seconds > 0 else 0.0
    if total is None or done > total or total == 0:
        return f"{done:,} documents · {rate:.1f}/s · {errors} errors"
    eta = f" · ETA {_duration((total - done) / rate)}" if rate > 0 else ""
    share = 100.0 * done / total
    return f"{done:,}/{total:,} documents ({share:.1f}%) · {rate:.1f}/s{eta} · {errors} errors"


def _duration(seconds: float) -> str:
    """A short human duration.

    >>> [_duration(s) for s in (4.2, 75, 3725)]
    ['4 s', '1 min 15 s', '1 h 02 min']
    """
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60:02d} s"
    return f"{whole // 3600} h {whole % 3600 // 60:02d} min"


class Progress:
    """A one-line status redrawn a few times a second on standard error, only when it is a terminal."""

    def __init__(self, tally: Tally, *, enabled: bool, stream: IO[str] | None = None) -> None:
        self._tally = tally
        self._stream = stream
        self.enabled = enabled and _is_tty(stream or sys.stderr)
        self.total: int | None = None
        self._start = time.monotonic()
        self._drawn = 0.0
        self._shown = False

    def elapsed(self) -> float:
        """Seconds since the run started."""
        return time.monotonic() - self._start

    def tick(self) -> None:
        """Redraw the status if it is time to."""
        now = time.monotonic()
        if self.enabled and now - self._drawn >= _REDRAW_EVERY:
            self._drawn = now
            tally = self._tally
            line = status_line(
                tally.documents, tally.documents - tally.resumed, tally.errors, now - self._start, self.total
            )
            # color=True: click would strip the line-clearing escape, which a terminal needs.
            click.echo(_CLEAR_LINE + line, err=True, nl=False, file=self._stream, color=True)
            self._shown = True

    def note(self, line: str) -> None:
        """Print a line of its own on standard error; the status is drawn again below it."""
        self.clear()
        self._drawn = 0.0
        click.echo(line, err=True, file=self._stream)

    def clear(self) -> None:
        """Erase the status line before anything else is printed."""
        if self._shown:
            click.echo(_CLEAR_LINE, err=True, nl=False, file=self._stream, color=True)
            self._shown = False


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def count_documents(
    inputs: tuple[str, ...], options: ReadOptions, skip: Callable[[str], bool] = lambda path: False
) -> int | None:
    """How many records the inputs will give, or ``None`` when that cannot be known cheaply.

    Mirrors what the readers list: hidden entries are left out, symlinked folders are not
    followed, anything that is not a regular file counts as its one error record.
    """
    deadline = time.monotonic() + _COUNT_SECONDS
    total = 0
    for path in _paths(inputs):
        if path is None or time.monotonic() > deadline:
            return None
        if skip(path):
            continue
        count = _count_file(path, options)
        if count is None:
            return None
        total += count
    return total


def _paths(inputs: tuple[str, ...]) -> Iterator[str | None]:
    """The files the inputs name (``None`` for standard input, which cannot be counted)."""
    import glob

    for arg in inputs:
        if arg == STDIN:
            yield None
        elif os.path.isdir(arg):
            yield from _walk(arg)
        elif os.path.lexists(arg):
            yield arg
        else:
            yield from (m for m in sorted(glob.glob(arg, recursive=True)) if not os.path.isdir(m))


def _walk(folder: str) -> Iterator[str]:
    try:
        with os.scandir(folder) as scan:
            entries = [e for e in scan if not e.name.startswith(".")]
    except OSError:
        yield folder  # one error record
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        else:
            yield entry.path


def _count_file(path: str, options: ReadOptions) -> int | None:
    form = container_format(path, options)
    if form == "doc":
        return 1
    try:
        st = os.stat(path)
    except OSError:
        return 1
    if not stat.S_ISREG(st.st_mode):
        return 1
    if form == "parquet":
        return _parquet_rows(path)
    if form == "jsonl" and not path.lower().endswith(".gz") and st.st_size <= _COUNT_JSONL_BYTES:
        return _jsonl_lines(path)
    return None


def _parquet_rows(path: str) -> int | None:
    from newsclean.io.parquet import pyarrow

    try:
        _, parquet = pyarrow()
        rows: int = parquet.ParquetFile(path).metadata.num_rows
    except Exception:  # no pyarrow, or a file the reader will report itself
        return None
    return rows


def _jsonl_lines(path: str) -> int | None:
    """Non-empty lines, counted by newlines (a rare blank line makes the total a little high)."""
    lines, last = 0, b"\n"
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return None
    return lines + (last != b"\n")


def settings_lines(progress: Progress, settings: Settings, engine: str, workers: int, where: str) -> None:
    """The run's settings, for ``-v``."""
    config = settings.config
    total = "unknown" if progress.total is None else f"{progress.total:,}"
    progress.note(f"newsclean {__version__}: {total} documents to clean into {where}")
    progress.note(
        f"  engine {engine}, {workers} workers, timeout {settings.timeout or 0:g} s, kind {settings.kind}, "
        f"html_favor {config.html_favor}, config {config.hash()}"
        + (", with a site profile" if config.profile is not None else "")
    )


def document_line(item: Item, outcome: Outcome) -> str:
    """One document's line for ``-v`` (errors) and ``-vv`` (every document)."""
    if outcome.error_type is None:
        removed = sum(count for _, count in outcome.removed)
        return f"  {item.id}: {outcome.language or 'unknown'}, {removed} segments removed"
    error = json.loads(outcome.line).get("error", {})
    return f"  {item.id}: {outcome.error_type}: {error.get('message', '')}"
