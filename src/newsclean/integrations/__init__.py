"""Adapters for data pipelines, thin layers over :func:`newsclean.clean`.

* :mod:`newsclean.integrations.hf` — Hugging Face ``datasets`` (``pip install 'newsclean[hf]'``)
* :mod:`newsclean.integrations.dask` — Dask bags and dataframes (``pip install 'newsclean[dask]'``)

Importing this package or either module needs no optional dependency; the
functions that do raise :class:`newsclean.MissingExtraError` naming the extra.
The shared shapes are here: :data:`COLUMNS` for tables, :func:`record_for` for
JSON records (the CLI's output records).
"""

from __future__ import annotations

from newsclean.integrations._columns import COLUMNS, clean_columns, clean_row, error_record, record_for

__all__ = ["COLUMNS", "clean_columns", "clean_row", "error_record", "record_for"]
