"""The front door: a document as a caller has it, turned into the text the cleaner chain starts from.

Every entry point goes through :func:`ingest`: :func:`newsclean.clean` (and so the batch CLI,
the Dask engine and the integrations) and site-profile learning
(:func:`newsclean.profiles.learn.document_lines`), so a document is read the same way wherever
it is read. Bytes are decoded (a charset the container declared is preferred to guessing),
then HTML, named or recognised in the decoded text, is extracted with its page metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from newsclean.config import Config
from newsclean.errors import ConfigError, InputError
from newsclean.html.declared import declared_url
from newsclean.html.extract import check_html_size, extract_html, looks_like_html
from newsclean.model import Metadata
from newsclean.text.decode import decode

Kind = Literal["auto", "text", "html"]
"""What a document is: ``"html"``, ``"text"``, or ``"auto"`` (HTML when it looks like a page)."""
KINDS: tuple[Kind, ...] = get_args(Kind)


def check_kind(kind: str) -> Kind:
    """``kind`` as a :data:`Kind`, or :class:`ConfigError` (the same for every document, so callers
    that clean many documents check it once, up front).

    >>> check_kind("html")
    'html'
    >>> check_kind("pdf")
    Traceback (most recent call last):
    ...
    newsclean.errors.ConfigError: kind must be 'auto', 'text' or 'html', got 'pdf'
    """
    if kind in KINDS:
        return kind
    raise ConfigError(f"kind must be 'auto', 'text' or 'html', got {kind!r}")


@dataclass(frozen=True)
class Ingested:
    """A document ready for the cleaner chain.

    ``text`` is the decoded text, or the article text extracted from HTML; ``kind`` is the kind
    actually used; ``encoding`` is the codec bytes were decoded with (``None`` for ``str`` input);
    ``page`` is the metadata an HTML page declared (``None`` for text).
    """

    text: str
    kind: Literal["text", "html"]
    encoding: str | None = None
    page: Metadata | None = None
    page_chars: int | None = None
    """Characters of the page's visible text (HTML only)."""
    declared_url: str | None = None
    """The URL an HTML page declares (canonical link, ``og:url``), when no URL was given."""
    fixes: tuple[str, ...] = ()
    """Repairs made while decoding (bytes that were not valid in their encoding, replaced)."""


def ingest(
    data: str | bytes,
    *,
    kind: str = "auto",
    url: str | None = None,
    declared_encoding: str | None = None,
    config: Config | None = None,
) -> Ingested:
    """Decode ``data`` if it is bytes, then extract it if it is HTML.

    ``declared_encoding`` is a charset the container declared (an HTTP ``Content-Type``, a WARC
    header); the decoder prefers it to guessing. Text longer than ``config.max_input_chars`` is
    an :class:`InputError`.

    >>> page = "<html><body><article><p>The bridge reopened on Friday after two years of repairs.</p>"
    >>> doc = ingest(page.encode("utf-16") + "</article></body></html>".encode("utf-16-le"))
    >>> doc.kind, doc.encoding, doc.text
    ('html', 'utf-16', 'The bridge reopened on Friday after two years of repairs.')
    >>> ingest("Plain text.", kind="text").text
    'Plain text.'
    """
    used = check_kind(kind)
    config = config or Config()
    encoding: str | None = None
    fixes: tuple[str, ...] = ()
    if isinstance(data, bytes):
        if used == "html":
            check_html_size(data, config)  # before decoding: memory grows with the page
        decoded = decode(data, declared_encoding=declared_encoding)
        text, encoding, fixes = decoded.text, decoded.encoding, decoded.fixes
    elif isinstance(data, str):
        text = data
    else:
        raise InputError(f"a document must be str or bytes, not {type(data).__name__}")
    if used == "text" or (used == "auto" and not looks_like_html(text)):
        document = Ingested(text, "text", encoding, fixes=fixes)
    else:
        extracted = extract_html(text, url=url, config=config)
        declared = declared_url(text) if url is None else None
        document = Ingested(
            extracted.text, "html", encoding, extracted.metadata, extracted.page_chars, declared, fixes
        )
    if len(document.text) > config.max_input_chars:
        raise InputError(
            f"input has {len(document.text):,} characters, over max_input_chars={config.max_input_chars:,}"
        )
    return document
