"""Row and record shapes shared by the integrations (and reusable by the CLI).

Two shapes leave newsclean in bulk:

* **columns** (HF datasets, Dask dataframes): one flat row per document with the
  keys in :data:`COLUMNS`. A document newsclean refuses (undecodable bytes, a
  missing text) gets ``None`` values, an empty ``removed_categories`` and the
  error in ``newsclean_error``; a good one has ``newsclean_error=None``.
* **records** (Dask bags, JSONL): ``{"id", "source", **Result.to_dict()}`` or
  ``{"id", "source", "error": {"type", "message"}}``, built by :func:`record_for`.

Only per-document errors are caught: a :class:`newsclean.ConfigError` or
:class:`newsclean.MissingExtraError` is the same for every row, so it is raised
at once instead of turning a whole dataset into error rows.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Sequence
from types import ModuleType
from typing import Any

import newsclean
from newsclean import Kind
from newsclean.io.rows import DOCUMENT_COLUMNS, document_columns

# Not added to a dataset: it has its own URL column, and tags are in clean_bag's records.
_LEFT_OUT = ("url", "tags")
COLUMNS: tuple[str, ...] = (*(c for c in DOCUMENT_COLUMNS if c not in _LEFT_OUT), "newsclean_error")
"""The columns the integrations add, in this order: the document's flat columns
(:data:`newsclean.io.rows.DOCUMENT_COLUMNS`, but ``url`` and ``tags``), then the error."""

COLUMN_TYPES: dict[str, str] = {
    "body": "string",
    "title": "string",
    "date": "string",
    "language": "string",
    "script": "string",
    "removed_categories": "list<string>",
    "newsclean_error": "string",
}
"""The type of each column of :data:`COLUMNS`, declared once for every adapter.

``string`` is a string or null, ``list<string>`` a list of strings (never null) and
``float`` a number or null. The HF adapter maps them to ``datasets`` features, the Dask
adapter to pandas dtypes, so that a table writer (Arrow, Parquet) never has to guess.
"""

# Errors that say nothing about one document: they would hit every row alike.
_NOT_PER_DOCUMENT = (newsclean.ConfigError, newsclean.MissingExtraError)


def require(module: str, feature: str, extra: str) -> ModuleType:
    """Import an optional dependency or raise :class:`newsclean.MissingExtraError`.

    Going through :mod:`importlib` keeps the optional packages out of the type
    checker's view, so ``mypy`` gives the same answer with or without them.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise newsclean.MissingExtraError(feature, extra) from exc


def url_or_none(value: object) -> str | None:
    """A URL cell as ``str`` or ``None``: NaN, ``pd.NA`` and other non-strings count as missing."""
    return value if isinstance(value, str) and value else None


def content_id(data: object) -> str | None:
    """A stable id for an input without one: the first 16 hex digits of its SHA-256.

    >>> content_id("Talks resumed.")
    'e6351357d301fcfa'
    >>> content_id(None) is None
    True
    """
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if not isinstance(data, bytes):
        return None
    return hashlib.sha256(data).hexdigest()[:16]


def error_message(error: BaseException) -> str:
    """One line naming the error class, as stored in ``newsclean_error``."""
    return f"{type(error).__name__}: {error}"


def _clean(data: object, url: object, kind: Kind, config: newsclean.Config | None) -> newsclean.Result:
    if not isinstance(data, (str, bytes)):
        raise newsclean.InputError(f"the text is {type(data).__name__}, not str or bytes")
    return newsclean.clean(data, url=url_or_none(url), kind=kind, config=config)


def columns_for(result: newsclean.Result) -> dict[str, Any]:
    """The flat columns of one cleaned document."""
    return _row(result.to_dict(), None)


def error_columns(error: newsclean.NewscleanError) -> dict[str, Any]:
    """The flat columns of a document newsclean refused."""
    return _row(None, error_message(error))


def _row(record: dict[str, Any] | None, error: str | None) -> dict[str, Any]:
    flat = document_columns(record)
    flat["newsclean_error"] = error
    return {name: flat[name] for name in COLUMNS}


def clean_row(
    data: object, url: object = None, *, kind: Kind = "auto", config: newsclean.Config | None = None
) -> dict[str, Any]:
    """Clean one document into the flat columns; a refused document gives an error row.

    >>> clean_row("Follow us\\n\\nThe bridge reopened on Friday after repairs.")["body"]
    'The bridge reopened on Friday after repairs.'
    >>> clean_row(None)["newsclean_error"]
    'InputError: the text is NoneType, not str or bytes'
    """
    try:
        return columns_for(_clean(data, url, kind, config))
    except _NOT_PER_DOCUMENT:
        raise
    except newsclean.NewscleanError as exc:
        return error_columns(exc)


def clean_columns(
    texts: Sequence[object],
    urls: Sequence[object] | None = None,
    *,
    kind: Kind = "auto",
    config: newsclean.Config | None = None,
) -> dict[str, list[Any]]:
    """Clean a batch into one list per column of :data:`COLUMNS`, rows in input order."""
    if urls is not None and len(urls) != len(texts):
        raise newsclean.InputError(f"{len(texts)} texts but {len(urls)} URLs")
    out: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for i, data in enumerate(texts):
        row = clean_row(data, None if urls is None else urls[i], kind=kind, config=config)
        for name in COLUMNS:
            out[name].append(row[name])
    return out


def error_record(doc_id: object, source: str | None, error: BaseException) -> dict[str, Any]:
    """The record of a document that could not be read or cleaned.

    >>> error_record("a1", "feed.jsonl:3", newsclean.InputError("empty line"))
    {'id': 'a1', 'source': 'feed.jsonl:3', 'error': {'type': 'InputError', 'message': 'empty line'}}
    """
    return {"id": doc_id, "source": source, "error": {"type": type(error).__name__, "message": str(error)}}


def record_for(
    data: object,
    *,
    doc_id: object = None,
    source: str | None = None,
    url: str | None = None,
    kind: Kind = "auto",
    config: newsclean.Config | None = None,
) -> dict[str, Any]:
    """Clean one document into the record the CLI and :func:`clean_bag` write.

    ``{"id", "source", **Result.to_dict()}`` on success, or the
    :func:`error_record` shape when newsclean refuses the document.

    >>> record = record_for("Share this\\n\\nThe vote was delayed.", doc_id=7, source="wire")
    >>> list(record)
    ['id', 'source', 'body', 'paragraphs', 'paragraph_lines', 'metadata', 'removed', 'stats']
    >>> record_for(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(64), doc_id=8)["error"]["type"]
    'DecodeError'
    """
    try:
        result = _clean(data, url, kind, config)
    except _NOT_PER_DOCUMENT:
        raise
    except newsclean.NewscleanError as exc:
        return error_record(doc_id, source, exc)
    return {"id": doc_id, "source": source, **result.to_dict()}
