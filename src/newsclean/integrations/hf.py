"""Hugging Face ``datasets`` adapter: clean a text column with ``Dataset.map``.

:func:`map_function` needs only plain Python, so this module imports without
``datasets``; :func:`clean_dataset` needs it (``pip install 'newsclean[hf]'``).

The new columns are those of :data:`newsclean.integrations.COLUMNS`:
``body``, ``title``, ``date``, ``language``, ``script`` (strings or ``None``),
``removed_categories`` (sorted distinct categories removed) and
``newsclean_error`` (``None``, or ``"DecodeError: ..."`` for a row newsclean
refused, whose other new columns are then ``None``/empty). Existing columns
with these names are overwritten; all other columns are kept by ``map``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import newsclean
from newsclean import Kind, check_kind
from newsclean.integrations._columns import COLUMN_TYPES, COLUMNS, clean_columns, clean_row, require

__all__ = ["clean_dataset", "map_function", "output_features"]

BatchFunction = Callable[[Mapping[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class _BatchCleaner:
    # A frozen dataclass rather than a closure: it pickles for num_proc>1 and
    # hashes to a stable fingerprint, so datasets' cache can recognise it.
    text_column: str
    url_column: str | None
    config: newsclean.Config | None
    kind: Kind

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        texts = _column(batch, self.text_column)
        urls = None if self.url_column is None else _column(batch, self.url_column)
        if isinstance(texts, (list, tuple)):
            return clean_columns(texts, urls, kind=self.kind, config=self.config)
        # batched=False hands over one row of scalars.
        return clean_row(texts, urls, kind=self.kind, config=self.config)


def _column(batch: Mapping[str, Any], name: str) -> Any:
    if name not in batch:
        raise newsclean.ConfigError(f"no column {name!r}; the batch has {sorted(batch)}")
    return batch[name]


def map_function(
    text_column: str = "text",
    url_column: str | None = None,
    config: newsclean.Config | None = None,
    kind: Kind = "auto",
) -> BatchFunction:
    """A function for ``Dataset.map(fn, batched=True)`` that adds the cleaned columns.

    It also works with ``batched=False``. A row newsclean refuses never stops
    the map: it gets ``newsclean_error`` set and empty values instead.

    >>> fn = map_function()
    >>> out = fn({"text": ["Advertisement\\n\\nThe harbour reopened on Sunday.", None]})
    >>> out["body"]
    ['The harbour reopened on Sunday.', None]
    >>> out["newsclean_error"]
    [None, 'InputError: the text is NoneType, not str or bytes']
    """
    check_kind(kind)
    return _BatchCleaner(text_column, url_column, config, kind)


def output_features() -> Any:
    """The ``datasets.Features`` of the added columns (needs ``datasets``)."""
    datasets = require("datasets", "the HF datasets integration", "hf")
    string = datasets.Value("string")
    # datasets >= 4 spells a list feature List; older releases only have Sequence.
    list_type = getattr(datasets, "List", None) or datasets.Sequence
    known = {"string": string, "list<string>": list_type(string), "float": datasets.Value("float64")}
    return datasets.Features({name: known[COLUMN_TYPES[name]] for name in COLUMNS})


def clean_dataset(
    ds: Any,
    text_column: str = "text",
    url_column: str | None = None,
    config: newsclean.Config | None = None,
    kind: Kind = "auto",
    *,
    batch_size: int = 64,
    **map_kwargs: Any,
) -> Any:
    """Return ``ds`` (a ``datasets.Dataset`` or ``IterableDataset``) with the cleaned columns added.

    Column types are declared up front, so a batch whose titles are all
    ``None`` still yields string columns. Extra keyword arguments (``num_proc``,
    ``desc``...) go to ``ds.map``. Raises :class:`newsclean.MissingExtraError`
    when ``datasets`` is not installed.
    """
    require("datasets", "the HF datasets integration", "hf")
    fn = map_function(text_column, url_column, config, kind)
    features = getattr(ds, "features", None)
    if features is not None and "features" not in map_kwargs:
        merged = features.copy()
        merged.update(output_features())
        map_kwargs["features"] = merged
    return ds.map(fn, batched=True, batch_size=batch_size, **map_kwargs)
