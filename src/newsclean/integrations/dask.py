"""Dask adapter: clean a bag of documents or a column of a dataframe in parallel.

Needs ``pip install 'newsclean[dask]'``; without it the functions raise
:class:`newsclean.MissingExtraError`. Output does not depend on the scheduler
or the partitioning: each element is cleaned on its own, with ``map`` and
``map_partitions``, which keep the input order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import newsclean
from newsclean import Kind, check_kind
from newsclean.integrations._columns import (
    COLUMN_TYPES,
    COLUMNS,
    clean_columns,
    content_id,
    record_for,
    require,
    url_or_none,
)

__all__ = ["clean_bag", "clean_dataframe", "frame_dtypes"]

_FEATURE = "the Dask integration"


@dataclass(frozen=True)
class _RecordCleaner:
    # Module-level and frozen so that distributed workers can unpickle it by reference.
    text_key: str
    url_key: str
    id_key: str
    config: newsclean.Config | None
    kind: Kind

    def __call__(self, item: object) -> dict[str, Any]:
        if isinstance(item, Mapping):
            data = item.get(self.text_key)
            url = url_or_none(item.get(self.url_key))
            doc_id = item.get(self.id_key)
            if doc_id is None:
                doc_id = content_id(data)
            return record_for(data, doc_id=doc_id, source=url, url=url, kind=self.kind, config=self.config)
        return record_for(item, doc_id=content_id(item), kind=self.kind, config=self.config)


@dataclass(frozen=True)
class _FrameCleaner:
    text_column: str
    url_column: str | None
    config: newsclean.Config | None
    kind: Kind

    def __call__(self, frame: Any) -> Any:
        pd = require("pandas", _FEATURE, "dask")
        texts = frame[self.text_column].tolist()
        urls = None if self.url_column is None else frame[self.url_column].tolist()
        columns = clean_columns(texts, urls, kind=self.kind, config=self.config)
        dtypes = frame_dtypes()
        return frame.assign(
            **{name: pd.Series(columns[name], index=frame.index, dtype=dtypes[name]) for name in COLUMNS}
        )


def frame_dtypes() -> dict[str, Any]:
    """The pandas dtype of each added column, from :data:`~newsclean.integrations.COLUMN_TYPES`.

    Declared rather than inferred: an ``object`` column leaves Dask's metadata with
    placeholder objects that Arrow cannot write (``to_parquet`` fails on them), and an
    inferred dtype differs between pandas 2 and 3. Strings are ``string[pyarrow]``, whose
    missing value is ``pd.NA`` in both; lists are Arrow lists of strings.
    """
    pd = require("pandas", _FEATURE, "dask")
    pa = require("pyarrow", _FEATURE, "dask")
    known = {
        "string": pd.StringDtype("pyarrow"),
        "list<string>": pd.ArrowDtype(pa.list_(pa.string())),
        "float": "float64",
    }
    return {name: known[COLUMN_TYPES[name]] for name in COLUMNS}


def clean_bag(
    bag: Any,
    config: newsclean.Config | None = None,
    text_key: str = "text",
    url_key: str = "url",
    id_key: str = "id",
    kind: Kind = "auto",
) -> Any:
    """Map a ``dask.bag.Bag`` of documents to a bag of result records.

    Elements are texts (``str``/``bytes``) or records (mappings with the text
    under ``text_key`` and optional ``url_key``/``id_key``). Each output is
    :func:`newsclean.integrations.record_for`'s record: ``{"id", "source",
    **Result.to_dict()}`` or ``{"id", "source", "error": {"type", "message"}}``.
    ``source`` is the record's URL; ``id`` is the record's id, or a SHA-256
    prefix of the text when there is none (see ``content_id``).
    """
    require("dask.bag", _FEATURE, "dask")
    check_kind(kind)
    return bag.map(_RecordCleaner(text_key, url_key, id_key, config, kind))


def clean_dataframe(
    ddf: Any,
    text_column: str = "text",
    url_column: str | None = None,
    config: newsclean.Config | None = None,
    kind: Kind = "auto",
) -> Any:
    """Add the cleaned columns to a ``dask.dataframe.DataFrame``.

    The columns are those of the HF adapter (:data:`newsclean.integrations.COLUMNS`),
    with declared dtypes (see :func:`frame_dtypes`): ``string[pyarrow]`` columns whose
    missing value is ``pd.NA``, and an Arrow list of strings for ``removed_categories``,
    so that ``to_parquet`` writes the result as it is. A missing (NA) text gives an error
    row, not a failure.
    """
    utils = require("dask.dataframe.utils", _FEATURE, "dask")
    check_kind(kind)
    for name in (text_column, url_column):
        if name is not None and name not in ddf.columns:
            raise newsclean.ConfigError(f"no column {name!r}; the dataframe has {list(ddf.columns)}")
    partition = _FrameCleaner(text_column, url_column, config, kind)
    # An explicit meta spares Dask from cleaning made-up rows to guess the output types.
    meta = partition(utils.make_meta(ddf))
    return ddf.map_partitions(partition, meta=meta)
