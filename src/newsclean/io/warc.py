"""WARC input (``pip install 'newsclean[warc]'``, which brings FastWARC): one document per HTML response.

A record is a document when it is a ``response`` whose HTTP status is 2xx and whose
``Content-Type`` is ``text/html`` or ``application/xhtml+xml``; every other record
(requests, metadata, images, redirects...) is skipped silently. The item's id is the
``WARC-Record-ID``, its URL the ``WARC-Target-URI``, its data the HTTP payload bytes
(``Content-Encoding`` undone) and its ``encoding`` the charset of the HTTP ``Content-Type``.

A record cut short, a payload that cannot be inflated, and a file that stops being WARC
become error items, and the batch goes on; reading a corrupt file stops at the damage,
since a WARC stream has no index to resynchronise on.
"""

from __future__ import annotations

import importlib
import zlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from newsclean.errors import InputError, MissingExtraError
from newsclean.io.items import Item, ReadOptions

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_IDENTITY = frozenset({"", "identity", "none"})


def fastwarc() -> ModuleType:
    """The ``fastwarc.warc`` module, or :class:`MissingExtraError` naming the extra."""
    try:
        return importlib.import_module("fastwarc.warc")
    except ImportError as exc:
        raise MissingExtraError("WARC input", "warc") from exc


def warc_items(path: str, rel: str, options: ReadOptions) -> Iterator[Item]:
    """Yield an item per HTML response record of a WARC file (``.warc``, ``.warc.gz``, ...)."""
    warc = fastwarc()
    seen = 0
    try:
        # An open stream, not a path: FastWARC then detects the compression by content, not by name.
        with open(path, "rb") as fh:
            # Raw payloads (no auto_decode) keep their length comparable with Content-Length.
            records = warc.ArchiveIterator(fh, record_types=warc.WarcRecordType.response, parse_http=True)
            for record in records:
                seen += 1
                item = _item(record, path, rel, options.max_bytes)
                if item is not None:
                    yield item
    except (OSError, ValueError) as exc:
        message = f"{path} is not a valid WARC file after {seen} response records: {exc}"
        yield Item(id=f"{rel}:{seen + 1}", source=path, error=("InputError", message), container=rel)


def _item(record: Any, path: str, rel: str, max_bytes: int) -> Item | None:
    http = record.http_headers
    if http is None or not 200 <= (http.status_code or 0) < 300:
        return None
    if (record.http_content_type or "").strip().lower() not in HTML_TYPES:
        return None
    record_id = record.record_id or f"{rel}:{record.stream_pos}"
    url = record.headers.get("WARC-Target-URI") or None
    length = record.content_length
    try:
        if length > max_bytes:
            raise InputError(f"record {record_id} has {length:,} bytes, over the limit of {max_bytes:,}")
        payload = record.reader.read(length + 1)
        if len(payload) < length:
            raise InputError(f"record {record_id} is truncated: {len(payload):,} of {length:,} bytes")
        data = inflate(payload, http.get("Content-Encoding") or "", max_bytes)
    except InputError as exc:
        return Item(id=record_id, source=path, error=("InputError", str(exc)), url=url, container=rel)
    encoding = record.http_charset or None
    return Item(id=record_id, source=path, data=data, url=url, kind="html", container=rel, encoding=encoding)


def inflate(payload: bytes, content_encoding: str, max_bytes: int) -> bytes:
    """Undo an HTTP ``Content-Encoding`` (gzip, deflate, br), at most ``max_bytes`` out.

    >>> import gzip
    >>> inflate(gzip.compress(b"<p>Hi</p>"), "gzip", 100)
    b'<p>Hi</p>'
    >>> inflate(b"<p>Hi</p>", "identity", 100)
    b'<p>Hi</p>'
    """
    coding = content_encoding.strip().lower()
    if coding in _IDENTITY:
        return payload
    if coding in ("gzip", "x-gzip", "deflate"):
        # 47 reads gzip or zlib headers; a bare deflate stream (some servers) needs -15.
        for wbits in (47, -15):
            inflater = zlib.decompressobj(wbits)
            try:
                data = inflater.decompress(payload, max_bytes + 1)
            except zlib.error:
                continue
            return _within(data, max_bytes)
        raise InputError(f"the {coding} content encoding of the payload is damaged")
    if coding == "br":
        try:
            brotli: Any = importlib.import_module("brotli")
            return _within(brotli.decompress(payload), max_bytes)
        except ImportError as exc:
            raise InputError("the payload is brotli-compressed and brotli is not installed") from exc
        except Exception as exc:  # brotli raises its own error class
            raise InputError(f"the br content encoding of the payload is damaged: {exc}") from exc
    raise InputError(f"unsupported content encoding {content_encoding!r}")


def _within(data: bytes, max_bytes: int) -> bytes:
    if len(data) > max_bytes:
        raise InputError(f"the payload inflates to more than {max_bytes:,} bytes")
    return data
