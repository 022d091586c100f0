"""What inputs become: one :class:`Item` per document, and how records map to items.

Kept apart from :mod:`newsclean.io.readers` so that the container readers (Parquet, WARC)
and the writers depend on this module, not on each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from newsclean.errors import ConfigError

Format = Literal["auto", "doc", "jsonl", "parquet", "warc"]
_SHOWN_FIELDS = 20


@dataclass(frozen=True)
class Item:
    """One document to clean, before it is read.

    Exactly one of ``path`` (the worker reads the file), ``data`` (inline content from a
    JSON line or stdin) and ``error`` (a problem found while listing) is set.
    ``kind`` is ``"html"`` when the container says so (extension, HTML field), else ``None``;
    ``container`` is the input-relative name of the JSONL, Parquet or WARC file an item came
    from; ``encoding`` is a charset the container declared for ``data`` bytes (a WARC
    record's HTTP ``Content-Type``), which the decoder prefers to guessing.
    """

    id: str
    source: str
    path: str | None = None
    data: str | bytes | None = None
    error: tuple[str, str] | None = None
    url: str | None = None
    kind: str | None = None
    container: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class JsonlFields:
    """Which JSON keys hold the text, the HTML, the id and the URL of a record."""

    text: str = "text"
    html: str | None = None
    id: str | None = "id"
    url: str | None = "url"


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are listed and read, and the budgets that bound the work one input can cause.

    ``max_bytes`` bounds one document (a file, a JSON line, a Parquet value, a WARC payload)
    in bytes and ``max_chars`` a Parquet string value in characters, checked before the value
    becomes a Python string. The budgets hold per input (a file, or standard input): after
    ``max_input_bytes`` bytes read (decompressed), ``max_records`` documents or
    ``max_blank_lines`` blank JSON lines, the input ends with an error item saying which.
    """

    format: Format = "auto"
    fields: JsonlFields = JsonlFields()
    max_bytes: int = 80_000_000
    follow_links: bool = False
    """Read symbolic links in folders and globs that point outside the inputs (else: error items)."""
    max_chars: int = 20_000_000
    max_input_bytes: int = 64_000_000_000
    max_records: int = 10_000_000
    max_blank_lines: int = 1_000_000

    def over_budget(self, read: int, records: int, blank: int = 0) -> str | None:
        """Which per-input budget ``read`` bytes, ``records`` documents and ``blank`` lines exceed.

        >>> ReadOptions(max_records=2).over_budget(read=10, records=3)
        'more than 2 records, the limit for one input'
        """
        if read > self.max_input_bytes:
            return f"more than {self.max_input_bytes:,} bytes, the limit for one input"
        if records > self.max_records:
            return f"more than {self.max_records:,} records, the limit for one input"
        if blank > self.max_blank_lines:
            return f"more than {self.max_blank_lines:,} blank lines, the limit for one input"
        return None


def item_from_record(
    record: Mapping[str, Any], where: str, source: str, fields: JsonlFields, *, unit: str = "line"
) -> Item:
    """Turn one parsed record (a JSON object, a Parquet row) into an item; ``where`` is ``NAME:N``.

    The HTML field wins over the text field; a field may hold ``str`` or (Parquet) ``bytes``.

    >>> fields = JsonlFields(html="html", id="doc")
    >>> item_from_record({"doc": 3, "html": b"<p>Hi</p>"}, "t.parquet:1", "t.parquet", fields).kind
    'html'
    """
    line = where.rsplit(":", 1)[-1]
    ident = record.get(fields.id) if fields.id else None
    item_id = where if ident is None or isinstance(ident, dict | list) else str(ident)
    url = record.get(fields.url) if fields.url else None
    url = url if isinstance(url, str) else None
    choices: tuple[tuple[str | None, str | None], ...] = ((fields.html, "html"), (fields.text, None))
    for key, kind in choices:
        value = record.get(key) if key else None
        if isinstance(value, str | bytes):
            return Item(id=item_id, source=source, data=value, url=url, kind=kind)
    wanted = " or ".join(repr(k) for k in (fields.html, fields.text) if k)
    message = f"{unit} {line} has no string field {wanted}"
    if not has_field(record, fields):
        names = sorted(str(key) for key in record)
        message += f" (its fields: {', '.join(names[:_SHOWN_FIELDS]) or 'none'}; see --text-field)"
    return Item(id=item_id, source=source, error=("InputError", message))


def has_field(record: Mapping[str, Any], fields: JsonlFields) -> bool:
    """Whether a record has the HTML or the text field at all (its value may still be unusable).

    >>> has_field({"content": "Hi"}, JsonlFields()), has_field({"text": None}, JsonlFields())
    (False, True)
    """
    return any(key in record for key in (fields.html, fields.text) if key)


def missing_field(where: str, fields: JsonlFields, present: Iterable[str], problem: str) -> ConfigError:
    """The error for an input none of whose records has the text field, naming the fields it has.

    >>> print(missing_field("a.jsonl", JsonlFields(), ["id", "content"], "the first 3 records have"))
    a.jsonl: the first 3 records have no field 'text'; name the field that holds the text with --text-field (or the HTML with --html-field). Fields found: content, id
    """  # noqa: E501
    wanted = " or ".join(repr(k) for k in (fields.html, fields.text) if k)
    names = sorted({str(key) for key in present})
    shown = ", ".join(names[:_SHOWN_FIELDS]) + (", ..." if len(names) > _SHOWN_FIELDS else "")
    return ConfigError(
        f"{where}: {problem} no field {wanted}; name the field that holds the text with "
        f"--text-field (or the HTML with --html-field). Fields found: {shown or 'none'}"
    )
