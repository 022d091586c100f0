"""The audit report page: one self-contained HTML file, rendered with Jinja2 from a :class:`Report`.

The summary is rendered on the server side; the documents are embedded once, as JSON in a
``<script type="application/json">`` block, and drawn in the browser one page of the list and
one document at a time, so the file grows with the data and not with repeated markup.
"""

from __future__ import annotations

import json
from typing import Any

import jinja2
from markupsafe import Markup

from newsclean.report import DocumentView, Report

TEMPLATE = "report.html.j2"

# Inside <script>, "</script>" or "<!--" in a string would end or confuse the block: JSON may
# spell these characters as \u escapes, which JSON.parse turns back into the same text.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def render_report(report: Report) -> bytes:
    """The report page as UTF-8 bytes; equal reports give equal bytes.

    >>> from newsclean.report import build_report
    >>> page = render_report(build_report([], "empty.jsonl"))
    >>> page.startswith(b"<!DOCTYPE html>"), b"empty.jsonl" in page
    (True, True)
    """
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsclean", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["thousands"] = lambda n: f"{n:,}"
    colours = {c.name: i for i, c in enumerate(report.categories)}
    page = env.get_template(TEMPLATE).render(
        report=report,
        summary=report.summary,
        category_index=colours,
        data=Markup(payload_json(report)),  # already safe inside <script>: see _SCRIPT_SAFE
    )
    # A lone surrogate (from a JSON escape in the input) has no UTF-8 form; as a backslash
    # escape it stays visible in the text and, inside the JSON block, parses back to itself.
    return page.encode("utf-8", "backslashreplace")


def payload_json(report: Report) -> str:
    """The documents as compact JSON, safe inside a ``<script>`` block.

    Reasons and cleaner names repeat across documents, so they are stored once and referred
    to by index.

    >>> from newsclean.report import build_report
    >>> payload_json(build_report([], "x"))[:15]
    '{"categories":['
    """
    index = {c.name: i for i, c in enumerate(report.categories)}
    strings: dict[str, int] = {}
    documents = [_document(d, index, strings) for d in report.documents]
    data = {
        "categories": [[c.name, c.colour] for c in report.categories],
        "strings": list(strings),
        "documents": documents,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_SCRIPT_SAFE)


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
        "chars": [doc.input_chars, doc.output_chars],
        "inOrder": doc.in_order,
        "metadata": [list(kv) for kv in doc.metadata],
        "pieces": pieces,
    }
