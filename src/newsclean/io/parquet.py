"""Parquet in and out (``pip install 'newsclean[parquet]'``, which brings pyarrow).

**Input**: each row is a document, read like a JSON line (``--text-field``, ``--html-field``,
``--id-field``, ``--url-field``; a text column may be ``string`` or ``binary``), streamed one
record batch at a time. A row without an id is named ``FILE:N`` (N counts from 1).

**Output**: one row per record, in input order, with the columns of :data:`SCHEMA`. The
nested parts of a record (``paragraph_lines``, ``metadata``, ``removed``, ``stats``) are
stored as JSON strings, byte for byte the values of the JSONL record: their shape then never
changes the Parquet schema, and ``json.loads`` gives back exactly what the JSONL output
holds. ``paragraphs`` is left out: the body is the paragraphs joined by blank lines. An error
record has ``body`` and the other record columns null, empty lists, and
``error_type``/``error_message`` set. :func:`record_from_row` turns a row back into its record.

The file is written to a hidden ``.OUT.part`` and renamed when complete, in row groups of
:data:`ROW_GROUP` records, with fixed writer options and no timestamps, so the same input
gives the same bytes (with the same pyarrow version).
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from newsclean.errors import InputError, MissingExtraError
from newsclean.io.items import Item, ReadOptions, has_field, item_from_record, missing_field
from newsclean.io.rows import DOCUMENT_COLUMNS, LIST_COLUMNS, document_columns
from newsclean.io.writers import Done, part_path

ROW_GROUP = 1000
# At most this many rows and about this many bytes of text are decoded at a time.
_READ_BATCH = 256
_BATCH_BYTES = 32_000_000
# A column chunk that inflates more than this many times is read one row at a time.
_BOMB_RATIO = 100
_OUTPUT_BATCH = 256
_FEATURE = "Parquet input and output"
_JSON_COLUMNS = ("paragraph_lines", "metadata", "removed", "stats")
COLUMNS = ("id", "source", *DOCUMENT_COLUMNS, *_JSON_COLUMNS, "error_type", "error_message")
"""The output columns, in order: id and source, the document's flat columns
(:data:`newsclean.io.rows.DOCUMENT_COLUMNS`), its nested parts as JSON strings, then the error."""


def pyarrow() -> tuple[ModuleType, ModuleType]:
    """``(pyarrow, pyarrow.parquet)``, or :class:`MissingExtraError` naming the extra.

    Imported through :mod:`importlib` so the type checker gives the same answer with or without it.
    """
    try:
        return importlib.import_module("pyarrow"), importlib.import_module("pyarrow.parquet")
    except ImportError as exc:
        raise MissingExtraError(_FEATURE, "parquet") from exc


def schema() -> Any:
    """The ``pyarrow.Schema`` of the output file."""
    pa, _ = pyarrow()
    types = {name: pa.string() for name in COLUMNS}
    types.update({name: pa.list_(pa.string()) for name in LIST_COLUMNS})
    return pa.schema(list(types.items()))


def parquet_items(path: str, rel: str, options: ReadOptions) -> Iterator[Item]:
    """Yield one item per row of a Parquet file; a file pyarrow cannot read becomes one error item.

    Rows are read a few at a time (see :func:`_batches`), and a text or HTML value over the
    size limits (``max_bytes``, ``max_chars``) is measured in Arrow and never becomes a Python
    string: its row gets an error item, and the other rows are read as usual.
    """
    pa, pq = pyarrow()
    fields = options.fields
    number = read = 0
    try:
        reader = pq.ParquetFile(path)
        present = set(reader.schema_arrow.names)
        if not has_field(dict.fromkeys(present), fields):
            raise missing_field(rel, fields, present, "the file has")
        wanted = [k for k in (fields.id, fields.url, fields.html, fields.text) if k and k in present]
        texts = [k for k in (fields.html, fields.text) if k and k in present]
        for batch in _batches(reader, list(dict.fromkeys(wanted)), texts):
            for row, problem, size in _rows(batch, texts, options):
                number += 1
                read += size
                where = f"{rel}:{number}"
                over = options.over_budget(read, number)
                if over is not None:
                    message = f"{rel}: stopped reading at row {number:,}: {over}"
                    yield Item(id=where, source=path, error=("InputError", message), container=rel)
                    return
                item = item_from_record(row, where, path, fields, unit="row")
                if problem is not None:
                    item = Item(id=item.id, source=path, error=("InputError", f"row {number} {problem}"))
                yield item
    except (OSError, pa.ArrowException) as exc:
        message = f"{path} is not a readable Parquet file: {exc}"
        yield Item(id=f"{rel}:{number + 1}" if number else rel, source=path, error=("InputError", message))


def _batches(reader: Any, columns: list[str], texts: list[str]) -> Iterator[Any]:
    """The record batches of each row group, with few enough rows that their text fits :data:`_BATCH_BYTES`.

    The decoded size of a row is estimated from the row group's metadata: the uncompressed
    text columns over the rows, or, where a column chunk inflates more than
    :data:`_BOMB_RATIO` times (one value repeated through a dictionary, a compression bomb),
    the whole chunk, so such a row group is read one row at a time.
    """
    meta = reader.metadata
    text_columns = [i for i in range(meta.num_columns) if meta.schema.column(i).path in texts]
    for group in range(meta.num_row_groups):
        info = meta.row_group(group)
        per_row = 0
        for i in text_columns:
            chunk = info.column(i)
            inflated = chunk.total_uncompressed_size
            bomb = inflated > _BOMB_RATIO * max(1, chunk.total_compressed_size)
            per_row += inflated if bomb else inflated // max(1, info.num_rows)
        rows = max(1, min(_READ_BATCH, _BATCH_BYTES // max(1, per_row)))
        yield from reader.iter_batches(batch_size=rows, row_groups=[group], columns=columns)


def _rows(
    batch: Any, texts: list[str], options: ReadOptions
) -> Iterator[tuple[dict[str, Any], str | None, int]]:
    """``(row, problem, bytes)`` per row of ``batch``; a text value over the limits is left out of ``row``.

    Sizes are measured in Arrow, so an oversized value never becomes a Python string. The
    problem is that of the value the document is made of: the first non-null of ``texts``
    (HTML before text, as :func:`~newsclean.io.items.item_from_record` chooses).
    """
    count = batch.num_rows
    rows: list[dict[str, Any]] = [{} for _ in range(count)]
    reasons: dict[str, list[str | None]] = {}
    sizes = [0] * count
    for name in batch.schema.names:
        column = batch.column(name)
        why: list[str | None] = [None] * count
        if name in texts:
            for i, (size, length) in enumerate(_measure(column)):
                sizes[i] += size or 0
                why[i] = _too_large(name, size, length, options)
            reasons[name] = why
        # Only the values within the limits become Python objects.
        values = (
            [None if w else column[i].as_py() for i, w in enumerate(why)] if any(why) else column.to_pylist()
        )
        for row, value in zip(rows, values, strict=True):
            row[name] = value
    for i, row in enumerate(rows):
        chosen = next((n for n in texts if n in reasons and (row[n] is not None or reasons[n][i])), None)
        yield row, reasons[chosen][i] if chosen else None, sizes[i]


def _measure(column: Any) -> list[tuple[int | None, int | None]]:
    """``(bytes, characters)`` of each value of a string or binary column (``None`` where unknown)."""
    pa, _ = pyarrow()
    compute = importlib.import_module("pyarrow.compute")
    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        sizes, lengths = compute.binary_length(column), compute.utf8_length(column)
        return list(zip(sizes.to_pylist(), lengths.to_pylist(), strict=True))
    if pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
        return [(size, None) for size in compute.binary_length(column).to_pylist()]
    return [(None, None)] * len(column)


def _too_large(name: str, size: int | None, length: int | None, options: ReadOptions) -> str | None:
    if size is not None and size > options.max_bytes:
        return f"field {name!r} has {size:,} bytes, over the limit of {options.max_bytes:,}"
    if length is not None and length > options.max_chars:
        return f"field {name!r} has {length:,} characters, over max_input_chars={options.max_chars:,}"
    return None


def _utf8(value: str) -> str:
    # A lone surrogate (from a JSON escape) cannot be UTF-8; keep it visible as an escape, like JSONL.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def _json(value: Any) -> str:
    return _utf8(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _text(value: Any) -> str | None:
    return None if value is None else _utf8(str(value))


def row_for(record: dict[str, Any]) -> dict[str, Any]:
    """The Parquet row of one JSONL record (see the module docstring).

    >>> row = row_for({"id": "a", "source": "s", "error": {"type": "DecodeError", "message": "binary"}})
    >>> row["body"], row["tags"], row["error_type"]
    (None, [], 'DecodeError')
    """
    error = record.get("error")
    error = error if isinstance(error, dict) else None
    row: dict[str, Any] = {"id": _text(record.get("id")), "source": _text(record.get("source"))}
    for name, value in document_columns(None if error is not None else record).items():
        row[name] = [_utf8(str(v)) for v in value] if name in LIST_COLUMNS else _text(value)
    for name in _JSON_COLUMNS:
        row[name] = None if error is not None else _json(record.get(name))
    row["error_type"] = _text(error.get("type")) if error is not None else None
    row["error_message"] = _text(error.get("message")) if error is not None else None
    return row


def output_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of a Parquet output file, in order, streamed one record batch at a time.

    A file pyarrow cannot read raises :class:`InputError`.
    """
    pa, pq = pyarrow()
    try:
        reader = pq.ParquetFile(path)
        for batch in reader.iter_batches(batch_size=_OUTPUT_BATCH):
            yield from batch.to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise InputError(f"{path} is not a readable Parquet file: {exc}") from exc


def record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """The JSONL record of one output row: the inverse of :func:`row_for`.

    ``paragraphs`` comes back from the body, since no paragraph holds a blank line. A JSON
    column that does not parse raises :class:`ValueError`.

    >>> record = {"id": "a", "source": "s", "body": "One.\\n\\nTwo.", "paragraphs": ["One.", "Two."],
    ...           "paragraph_lines": [[1, 1], [3, 3]], "metadata": {}, "removed": [], "stats": {}}
    >>> record_from_row(row_for(record)) == record
    True
    """
    record: dict[str, Any] = {"id": row.get("id"), "source": row.get("source")}
    if row.get("error_type") is not None:
        record["error"] = {"type": row["error_type"], "message": row.get("error_message")}
        return record
    body = row.get("body") or ""
    record["body"] = body
    record["paragraphs"] = body.split("\n\n") if body else []
    for name in _JSON_COLUMNS:
        text = row.get(name)
        value = json.loads(text) if isinstance(text, str) else None
        if value is not None:
            record[name] = value
    return record


class ParquetSink:
    """Writes records to a Parquet file, atomically (``.OUT.part``, then rename), in row groups.

    ``--resume`` is not supported: an interrupted run's part file is removed, not continued.
    """

    def __init__(self, path: Path, *, row_group: int | None = None) -> None:
        pa, pq = pyarrow()
        self._pa = pa
        self._schema = schema()
        self._final = path
        self._part = part_path(path)
        self._row_group = row_group or ROW_GROUP
        self._rows: dict[str, list[Any]] = {name: [] for name in COLUMNS}
        self._count = 0
        # Pinned codec and format version: pyarrow's defaults may change between releases.
        self._writer: Any = pq.ParquetWriter(
            self._part, self._schema, compression="zstd", version="2.6", use_dictionary=True
        )

    def name_for(self, item: Item) -> str:
        """Records in one file need no names."""
        return ""

    def skip(self, item: Item, name: str) -> Done | None:
        """Nothing is ever skipped: Parquet output is not resumable."""
        return None

    def write(self, line: str, body: str | None, name: str) -> None:
        """Add one record (the JSONL line) to the current row group; a full group is written out."""
        row = row_for(json.loads(line))
        for column in COLUMNS:
            self._rows[column].append(row[column])
        self._count += 1
        if self._count >= self._row_group:
            self._flush()

    def _flush(self) -> None:
        if not self._count:
            return
        table = self._pa.Table.from_pydict(self._rows, schema=self._schema)
        self._writer.write_table(table, row_group_size=self._count)
        self._rows = {name: [] for name in COLUMNS}
        self._count = 0

    def finish(self) -> None:
        """Write the last row group and the footer, then move ``.OUT.part`` into place."""
        self._flush()
        self._writer.close()
        self._writer = None
        os.replace(self._part, self._final)

    def close(self) -> None:
        """After an interruption: a Parquet file without its footer is unreadable, so remove it."""
        if self._writer is None:
            return
        self._writer.close()
        self._writer = None
        self._part.unlink(missing_ok=True)
