"""The ``newsclean explain`` view: the repaired document by input line, removed lines marked."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace

import click

import newsclean
from newsclean import Config, Removal, Result
from newsclean.io.items import Item, ReadOptions
from newsclean.io.readers import STDIN, container_format, iter_items, read_document

_WIDTH = 5


def read_one(file: str, max_bytes: int) -> bytes:
    """The bytes of one document: a file (``.gz`` inflated) or standard input (``-``)."""
    if file == STDIN:
        data: bytes = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise newsclean.InputError(f"standard input is longer than {max_bytes:,} bytes")
        return data
    return read_document(file, max_bytes)


def pick_record(file: str, read: ReadOptions, record_id: str | None, number: int | None) -> Item | None:
    """The record ``--id`` or ``--line`` names in a JSONL, Parquet or WARC input (``None``: one document).

    A container without either, or a document with one, is a usage error that says what to do.
    """
    if record_id is not None and number is not None:
        raise click.UsageError("use either --id or --line, not both")
    container = container_format(file, read) != "doc" if file != STDIN else read.format not in ("auto", "doc")
    if not container:
        if record_id is not None or number is not None:
            raise click.UsageError(
                "--id and --line pick a record of a JSONL, Parquet or WARC input; "
                f"{file} is read as one document (--format says otherwise)"
            )
        return None
    if number is not None:
        # Without an id field every record is named FILE:N, N its line or row.
        read = replace(read, fields=replace(read.fields, id=None))
    first: list[str] = []
    for item in iter_items((file,), read):
        found = item.id.rsplit(":", 1)[-1] == str(number) if number is not None else item.id == record_id
        if found:
            if item.error is not None:
                raise newsclean.InputError(f"record {item.id}: {item.error[1]}")
            return item
        if len(first) < 5:
            first.append(item.id)
    if record_id is None and number is None:
        ids = f" (its first: {', '.join(first)})" if first else ""
        raise click.UsageError(f"{file} holds many records: choose one with --id ID or --line N{ids}")
    wanted = f"id {record_id!r}" if record_id is not None else f"line {number}"
    ids = f"; its first ids: {', '.join(first)}" if first and record_id is not None else ""
    raise click.UsageError(f"{file} has no record with {wanted}{ids}")


def explain_lines(data: bytes, result: Result, config: Config) -> Iterator[str]:
    """Lines to print: each input line, removed ones marked, then the metadata.

    Styles are ANSI colours that ``click.echo`` strips when the output is not a terminal.

    >>> data = b"Menu\\n\\nThe council approved the new budget on Tuesday after a long debate."
    >>> out = [click.unstyle(s) for s in explain_lines(data, newsclean.clean(data), Config())]
    >>> out[2]
    '    3   The council approved the new budget on Tuesday after a long debate.'
    """
    lines = _repaired_lines(data, result, config)
    if lines is not None and _lines_match(lines, result.removed):
        yield from _text_view(lines, result.removed)
    else:
        yield from _extracted_view(result)
    yield from _metadata_view(result)


def _repaired_lines(data: bytes, result: Result, config: Config) -> list[str] | None:
    """The repaired input lines, or ``None`` when the result was not cleaned from this text (HTML)."""
    try:
        text = newsclean.decode(data).text
    except newsclean.DecodeError:
        return None
    if len(text) != result.stats.input_chars:  # HTML: the pipeline saw the extracted text instead
        return None
    return newsclean.repair(text, config=config).text.split("\n")


def _norm(line: str) -> str:
    return " ".join(line.split())


def _lines_match(lines: list[str], removed: tuple[Removal, ...]) -> bool:
    """Whether removal line numbers point into these lines (not so for text extracted from HTML)."""
    for removal in removed:
        if not 0 < removal.start_line <= len(lines):
            return False
        first = _norm(lines[removal.start_line - 1])
        if not first or not _norm(removal.text).startswith(first):
            return False
    return True


def _text_view(lines: list[str], removed: tuple[Removal, ...]) -> Iterator[str]:
    marks: dict[int, tuple[Removal, bool]] = {}
    for removal in removed:
        for n in range(removal.start_line, removal.end_line + 1):
            marks.setdefault(n, (removal, n == removal.start_line))
    for n, raw in enumerate(lines, start=1):
        text = raw.rstrip()
        mark = marks.get(n)
        if mark is None or not text:
            yield f"{n:>{_WIDTH}}   {text}".rstrip()
            continue
        removal, first = mark
        yield click.style(f"{n:>{_WIDTH}} - {text}", fg="red") + _note(removal, full=first)


def _note(removal: Removal, *, full: bool) -> str:
    label = f"{removal.category.value}/{removal.cleaner}" if full else removal.category.value
    reason = f" {removal.reason}" if full else ""
    return "  " + click.style(f"[{label}]", fg="yellow", bold=True) + click.style(reason, fg="yellow")


def _extracted_view(result: Result) -> Iterator[str]:
    yield click.style("(text extracted from HTML: line numbers are those of the extracted text)", dim=True)
    for removal in result.removed:
        for offset, text in enumerate(removal.text.split("\n")):
            n = removal.start_line + offset
            yield click.style(f"{n:>{_WIDTH}} - {text}", fg="red") + _note(removal, full=offset == 0)
    yield click.style("kept:", bold=True)
    for paragraph in result.paragraphs:
        yield f"{'':>{_WIDTH}}   {paragraph}"


def _metadata_view(result: Result) -> Iterator[str]:
    yield ""
    yield click.style("metadata", bold=True)
    for key, value in result.metadata.to_dict().items():
        if value in (None, "", []):
            continue
        shown = "; ".join(map(str, value)) if isinstance(value, list) else value
        yield f"  {key}: {shown}"
    stats = result.stats
    by_category = ", ".join(f"{k} {v}" for k, v in stats.removed_by_category) or "none"
    yield f"  removed: {stats.removed_segments} of {stats.segments} segments ({by_category})"
