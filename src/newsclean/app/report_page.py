"""The audit report page: one self-contained HTML file, rendered with Jinja2 from a :class:`Report`.

The summary is rendered on the server side; the documents are embedded once, as JSON in a
``<script type="application/json">`` block, and drawn in the browser one page of the list and
one document at a time, so the file grows with the data and not with repeated markup.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import jinja2
from markupsafe import Markup

from newsclean.app.report import DocumentView, Report

TEMPLATE = "report.html.j2"

# Inside <script>, "</script>" or "<!--" in a string would end or confuse the block: JSON may
# spell these characters as \u escapes, which JSON.parse turns back into the same text.
_SCRIPT_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


def render_report(report: Report) -> bytes:
    """The report page as UTF-8 bytes; equal reports give equal bytes.

    >>> from newsclean.app.report import build_report
    >>> page = render_report(build_report([], "empty.jsonl"))
    >>> page.startswith(b"<!DOCTYPE html>"), b"empty.jsonl" in page
    (True, True)
    """
    return b"".join(page_chunks(report))


def page_chunks(report: Report) -> Iterator[bytes]:
    """The report page in pieces, so that a large report is written without holding it whole."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsclean.app", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["thousands"] = lambda n: f"{n:,}"
    chunks = env.get_template(TEMPLATE).generate(
        report=report,
        summary=report.summary,
        category_index={c.name: i for i, c in enumerate(report.categories)},
        data_chunks=_payload_chunks(report),
    )
    for chunk in chunks:
        # A lone surrogate (from a JSON escape in the input) has no UTF-8 form; as a backslash
        # escape it stays visible in the text and, inside the JSON block, parses back to itself.
        yield chunk.encode("utf-8", "backslashreplace")


def _payload_chunks(report: Report) -> Iterator[Markup]:
    """The documents as compact JSON, one document at a time, safe inside a ``<script>`` block.

    Reasons and cleaner names repeat across documents, so they are stored once, in
    ``strings``, and referred to by index.
    """
    index = {c.name: i for i, c in enumerate(report.categories)}
    strings: dict[str, int] = {}
    yield _script_safe('{"categories":' + _json([[c.name, c.colour] for c in report.categories]))
    yield Markup(',"documents":[')
    for number, doc in enumerate(report.documents):
        yield _script_safe(("," if number else "") + _json(_document(doc, index, strings)))
    yield _script_safe('],"strings":' + _json(list(strings)) + "}")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _script_safe(text: str) -> Markup:
    for char, escape in _SCRIPT_SAFE:  # str.replace is many times faster than str.translate here
        text = text.replace(char, escape)
    return Markup(text)  # safe: escaped for a <script> block just above


def _document(doc: DocumentView, index: dict[str, int], strings: dict[str, int]) -> dict[str, Any]:
    def ref(text: str) -> int:
        return strings.setdefault(text, len(strings))

    pieces: list[list[Any]] = []
    for p in doc.pieces:
        if p.category is None:
            pieces.append([p.text, p.start_line, p.end_line])
        else:
            detail = [index[p.category], ref(p.cleaner), ref(p.reason), p.language, p.script]
            pieces.append([p.text, p.start_line, p.end_line, *detail])
    return {
        "id": doc.id,
        "source": doc.source,
        "error": list(doc.error) if doc.error else None,
        "language": doc.language,
        "categories": [index[c] for c in doc.categories],
        "share": doc.share_removed,
        "chars": [doc.input_chars, doc.output_chars, doc.page_chars],
        "inOrder": doc.in_order,
        "metadata": [list(kv) for kv in doc.metadata],
        "pieces": pieces,
    }
