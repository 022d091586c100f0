"""Reading back what ``newsclean clean`` wrote: JSONL (optionally ``.gz``) or Parquet records.

A line or row that is not a record comes back with the problem instead, so one broken line
never hides the others.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from newsclean import jsonsafe
from newsclean.errors import InputError

_PARQUET = (".parquet", ".pq")


@dataclass(frozen=True)
class OutputLine:
    """One line (or Parquet row) of an output: its record, or why it holds none."""

    where: str
    record: dict[str, Any] | None = None
    problem: str | None = None


def is_parquet(path: Path) -> bool:
    """Whether a path names a Parquet output, by its extension."""
    return path.suffix.lower() in _PARQUET


def read_output(path: Path) -> Iterator[OutputLine]:
    """Yield the lines of an output file in order, each with its record or its problem.

    A file that cannot be opened or read at all raises :class:`InputError`.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = Path(tmp, "out.jsonl")
    ...     _ = out.write_text('{"id": "a", "body": "Hi."}\\n\\n{broken\\n', encoding="utf-8")
    ...     [(line.where, line.record is not None) for line in read_output(out)]
    [('line 1', True), ('line 3', False)]
    """
    if is_parquet(path):
        yield from _parquet_records(path)
        return
    try:
        with _open_text(path) as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _record(line, f"line {number}")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise InputError(f"{path} cannot be read: {exc}") from exc


def _open_text(path: Path) -> IO[str]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _record(line: str, where: str) -> OutputLine:
    try:
        value = jsonsafe.loads(line)
    except ValueError as exc:
        return OutputLine(where, problem=f"not valid JSON: {exc}")
    if not isinstance(value, dict):
        return OutputLine(where, problem=f"a JSON {type(value).__name__}, not a record")
    return OutputLine(where, record=value)


def _parquet_records(path: Path) -> Iterator[OutputLine]:
    from newsclean.io.parquet import output_rows, record_from_row

    for number, row in enumerate(output_rows(path), start=1):
        where = f"row {number}"
        try:
            yield OutputLine(where, record=record_from_row(row))
        except ValueError as exc:
            yield OutputLine(where, problem=f"a JSON column does not parse: {exc}")
