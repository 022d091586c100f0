"""The flat row of a cleaned document: the columns every tabular output shares.

A record (``Result.to_dict()``, plus ``id`` and ``source`` in a batch) nests its metadata and
removals; a table wants flat columns. :data:`DOCUMENT_COLUMNS` and :func:`document_columns`
define them once, from a record, for the Parquet output (:mod:`newsclean.io.parquet`, every
column) and for the columns the integrations add to a dataset
(:mod:`newsclean.integrations`, all but ``url`` and ``tags``: a dataset has its own URL column).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

METADATA_COLUMNS = ("title", "date", "url", "language", "script")
"""The metadata fields that are columns of their own (strings or null)."""
DOCUMENT_COLUMNS = ("body", *METADATA_COLUMNS, "tags", "removed_categories")
"""The flat columns of a cleaned document, in order."""
LIST_COLUMNS = ("tags", "removed_categories")
"""The columns that hold lists of strings; the others hold a string or null."""


def document_columns(record: Mapping[str, Any] | None) -> dict[str, Any]:
    """The :data:`DOCUMENT_COLUMNS` of a record; ``None`` (a refused document) gives nulls and empty lists.

    ``removed_categories`` is the sorted distinct categories of the removed segments.

    >>> record = {"body": "Rates rose.", "metadata": {"title": "Rates", "tags": ["economy"]},
    ...           "removed": [{"category": "social"}, {"category": "paywall"}, {"category": "social"}]}
    >>> row = document_columns(record)
    >>> row["title"], row["url"], row["tags"], row["removed_categories"]
    ('Rates', None, ['economy'], ['paywall', 'social'])
    >>> document_columns(None)["removed_categories"]
    []
    """
    row: dict[str, Any] = dict.fromkeys(DOCUMENT_COLUMNS)
    row.update((name, []) for name in LIST_COLUMNS)
    if record is None:
        return row
    meta = record.get("metadata") or {}
    row["body"] = record.get("body")
    row.update((name, meta.get(name)) for name in METADATA_COLUMNS)
    row["tags"] = list(meta.get("tags") or ())
    row["removed_categories"] = sorted({str(r.get("category")) for r in record.get("removed") or ()})
    return row
