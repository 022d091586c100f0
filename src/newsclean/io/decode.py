"""Bytes to text: BOM, strict UTF-8, the declared charset, then detection."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from newsclean.errors import DecodeError


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it was read with, and how sure the decoder was (0..1)."""

    text: str
    encoding: str
    confidence: float


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, declared_encoding: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`DecodeError` for binary data.

    >>> decode("naïve".encode("utf-8")).encoding
    'utf-8'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name), name, 1.0)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    if declared_encoding:
        try:
            return Decoded(data.decode(declared_encoding), codecs.lookup(declared_encoding).name, 0.9)
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeError("input looks like binary data, not text")
    return Decoded(str(best), best.encoding, 1.0 - float(best.chaos))
