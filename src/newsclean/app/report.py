"""The audit report's view model: output records -> documents in input order and a summary.

Each document is rebuilt as its segments in input order: kept paragraphs (placed by
``paragraph_lines``) and removals (placed by their lines). A record written before
``paragraph_lines`` existed keeps its paragraphs first and its removals after them, and says so.
The page itself is rendered by :mod:`newsclean.app.report_page`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from newsclean.io.records import OutputLine
from newsclean.model import Category

# One colour per Category, in enum order, then four for names found only in records. The
# sixteen were picked from the sRGB colours of lightness 45 to 80 to be as far apart as
# possible: every pair is at least 20 apart in CIEDE2000 (about ten times what the eye can
# just tell apart), and their 26% tints behind removed text stay apart too (a test checks both).
PALETTE = (
    "#4f9d9d",  # foreign_language: teal
    "#6a6a6a",  # site_chrome: grey
    "#b4435c",  # paywall: raspberry
    "#8d3ce5",  # newsletter: violet
    "#0c9f1d",  # ticker: green
    "#feb31b",  # caption: amber
    "#19b2ff",  # related: sky blue
    "#696f21",  # tags: olive
    "#995c1c",  # publisher: brown
    "#d7b3f4",  # social: lavender
    "#efb3a7",  # cookie: peach
    "#fd3ec1",  # advertisement: magenta
    "#fe580d",  # comments: orange
    "#b2c204",  # duplicate: lime
    "#26daaa",  # repeated: mint
    "#346abb",  # metadata: blue
    "#94779e", "#a8976c", "#1c7956", "#c6c6c6",
)  # fmt: skip


def colour(index: int) -> str:
    """The colour of the category at this position: the palette, then hues spread by the golden angle.

    >>> colour(0), colour(25)
    ('#4f9d9d', 'hsl(328 55% 55%)')
    """
    if index < len(PALETTE):
        return PALETTE[index]
    return f"hsl({(index - len(PALETTE)) * 137.5 % 360:.0f} 55% 55%)"


@dataclass(frozen=True)
class CategoryView:
    """A removal category and its colour: the members of :class:`Category` in enum order come first."""

    name: str
    colour: str


def categories(extra: Iterable[str] = ()) -> tuple[CategoryView, ...]:
    """Every :class:`Category` with its colour, then unknown names found in records, sorted.

    >>> [c.name for c in categories(["zzz", "ticker"])][-2:]
    ['metadata', 'zzz']
    """
    known = [c.value for c in Category]
    names = known + sorted(set(extra) - set(known))
    return tuple(CategoryView(name, colour(i)) for i, name in enumerate(names))


@dataclass(frozen=True)
class Piece:
    """One segment of a document in input order; ``category`` is ``None`` for a kept paragraph."""

    text: str
    start_line: int
    end_line: int
    category: str | None = None
    cleaner: str = ""
    reason: str = ""
    language: str | None = None
    script: str | None = None


@dataclass(frozen=True)
class DocumentView:
    """One record as the report shows it. ``error`` is ``(type, message)`` for an error record."""

    number: int
    id: str
    source: str
    error: tuple[str, str] | None
    language: str | None
    categories: tuple[str, ...]
    share_removed: float
    pieces: tuple[Piece, ...]
    in_order: bool
    metadata: tuple[tuple[str, str], ...]
    input_chars: int
    output_chars: int
    page_chars: int | None = None
    """For an HTML page, its whole text before extraction (``stats.page_chars``); ``None`` for
    text input and for records written before newsclean recorded it."""


@dataclass(frozen=True)
class Summary:
    """Counts over all records; each ``(name, count)`` list is sorted by count, then name.

    ``input_chars`` counts the text newsclean cleaned, which for an HTML page is the text
    extracted from it; the ``page_*`` counts cover the documents whose record has the page's
    text size, so that their share kept can be given against the page as well.
    """

    documents: int
    errors: int
    unreadable: int
    input_chars: int
    output_chars: int
    page_documents: int
    page_chars: int
    page_input_chars: int
    page_output_chars: int
    removed_by_category: tuple[tuple[str, int], ...]
    languages: tuple[tuple[str, int], ...]
    encodings: tuple[tuple[str, int], ...]
    fixes: tuple[tuple[str, int], ...]
    error_types: tuple[tuple[str, int], ...]
    config_hashes: tuple[tuple[str, int], ...]
    versions: tuple[tuple[str, int], ...]
    out_of_order: int


@dataclass(frozen=True)
class Report:
    """Everything the page shows: the summary, the documents in input order, the unreadable lines."""

    title: str
    summary: Summary
    documents: tuple[DocumentView, ...]
    unreadable: tuple[tuple[str, str], ...]
    categories: tuple[CategoryView, ...]


class _RecordError(ValueError):
    """A JSON object that is not a newsclean record."""


def build_report(lines: Iterable[OutputLine], title: str) -> Report:
    """The report of an output's lines (see :func:`newsclean.io.records.read_output`).

    >>> from newsclean.io.records import OutputLine
    >>> record = {"id": "a", "source": "a.txt", "body": "Kept.", "paragraphs": ["Kept."],
    ...           "paragraph_lines": [[3, 3]], "metadata": {"language": "en"}, "stats": {},
    ...           "removed": [{"text": "Menu", "category": "site_chrome", "cleaner": "site_chrome",
    ...                        "reason": "Navigation.", "start_line": 1, "end_line": 1}]}
    >>> report = build_report([OutputLine("line 1", record), OutputLine("line 2", problem="bad")], "x")
    >>> [(p.text, p.category) for p in report.documents[0].pieces]
    [('Menu', 'site_chrome'), ('Kept.', None)]
    >>> report.summary.documents, report.summary.unreadable, report.unreadable
    (1, 1, (('line 2', 'bad'),))
    """
    documents: list[DocumentView] = []
    unreadable: list[tuple[str, str]] = []
    counts = _Counts()
    for line in lines:
        if line.record is None:
            unreadable.append((line.where, line.problem or "no record"))
            continue
        try:
            doc = _document(len(documents), line.record)
        except _RecordError as exc:
            unreadable.append((line.where, str(exc)))
            continue
        documents.append(doc)
        counts.add(doc, line.record)
    found = {c for d in documents for c in d.categories}
    return Report(
        title=title,
        summary=counts.summary(len(unreadable)),
        documents=tuple(documents),
        unreadable=tuple(unreadable),
        categories=categories(found),
    )


def _document(number: int, record: Mapping[str, Any]) -> DocumentView:
    doc_id = _str(record.get("id"), default=f"#{number + 1}")
    source = _str(record.get("source"))
    error = record.get("error")
    if error is not None:
        if not isinstance(error, Mapping):
            raise _RecordError(f"record {doc_id!r}: 'error' is not an object")
        pair = (_str(error.get("type"), default="Error"), _str(error.get("message")))
        return DocumentView(number, doc_id, source, pair, None, (), 0.0, (), True, (), 0, 0)
    meta = _mapping(record, "metadata", doc_id)
    stats = _mapping(record, "stats", doc_id)
    pieces, in_order = _pieces(record, doc_id)
    removed_chars = sum(len(p.text) for p in pieces if p.category is not None)
    total_chars = sum(len(p.text) for p in pieces)
    found = {p.category for p in pieces if p.category is not None}
    rank = {c.value: i for i, c in enumerate(Category)}
    return DocumentView(
        number=number,
        id=doc_id,
        source=source,
        error=None,
        language=_str(meta.get("language")) or None,
        categories=tuple(sorted(found, key=lambda c: (rank.get(c, len(rank)), c))),
        share_removed=round(removed_chars / total_chars, 4) if total_chars else 0.0,
        pieces=pieces,
        in_order=in_order,
        metadata=_shown_metadata(meta, stats),
        input_chars=_int(stats.get("input_chars")),
        output_chars=_int(stats.get("output_chars")),
        page_chars=stats["page_chars"] if type(stats.get("page_chars")) is int else None,
    )


def _pieces(record: Mapping[str, Any], doc_id: str) -> tuple[tuple[Piece, ...], bool]:
    """The document's segments in input order, and whether that order is known."""
    body = record.get("body")
    paragraphs = record.get("paragraphs")
    if paragraphs is None and isinstance(body, str):
        paragraphs = body.split("\n\n") if body else []
    if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
        raise _RecordError(f"record {doc_id!r}: no paragraphs and no body")
    removed = record.get("removed") or []
    if not isinstance(removed, list):
        raise _RecordError(f"record {doc_id!r}: 'removed' is not a list")
    removals = [_removal(r, doc_id) for r in removed]
    removals.sort(key=lambda p: (p.start_line, p.end_line))
    spans = _spans(record.get("paragraph_lines"), len(paragraphs))
    if spans is None:
        kept = [Piece(text, 0, 0) for text in paragraphs]
        return (*kept, *removals), not removals
    kept = [Piece(text, start, end) for text, (start, end) in zip(paragraphs, spans, strict=True)]
    merged = sorted([*kept, *removals], key=lambda p: (p.start_line, p.end_line))
    return tuple(merged), True


def _spans(value: object, count: int) -> list[tuple[int, int]] | None:
    """``paragraph_lines`` when it is present and fits the paragraphs, else ``None``."""
    if not isinstance(value, list) or len(value) != count:
        return None
    spans: list[tuple[int, int]] = []
    for span in value:
        if not (isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span)):
            return None
        spans.append((span[0], span[1]))
    return spans


def _removal(value: object, doc_id: str) -> Piece:
    if not isinstance(value, Mapping) or not isinstance(value.get("text"), str):
        raise _RecordError(f"record {doc_id!r}: a removal without text")
    start = _int(value.get("start_line"))
    return Piece(
        text=value["text"],
        start_line=start,
        end_line=_int(value.get("end_line"), default=start),
        category=_str(value.get("category"), default="unknown"),
        cleaner=_str(value.get("cleaner")),
        reason=_str(value.get("reason")),
        language=_str(value.get("language")) or None,
        script=_str(value.get("script")) or None,
    )


def _shown_metadata(meta: Mapping[str, Any], stats: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """Non-empty metadata fields as text, then the segment counts."""
    shown: list[tuple[str, str]] = []
    for key, value in meta.items():
        if value in (None, "", []):
            continue
        text = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
        shown.append((str(key), text))
    if "segments" in stats:
        kept, total = _int(stats.get("kept_segments")), _int(stats.get("segments"))
        shown.append(("segments kept", f"{kept} of {total}"))
    guarded = stats.get("guarded")
    if isinstance(guarded, list) and guarded:
        shown.append(("guarded", "; ".join(map(str, guarded))))
    return tuple(shown)


@dataclass
class _Counts:
    """The summary's counters while records are read (local to one report)."""

    documents: int = 0
    input_chars: int = 0
    output_chars: int = 0
    out_of_order: int = 0
    pages: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    encodings: Counter[str] = field(default_factory=Counter)
    fixes: Counter[str] = field(default_factory=Counter)
    hashes: Counter[str] = field(default_factory=Counter)
    versions: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, doc: DocumentView, record: Mapping[str, Any]) -> None:
        self.documents += 1
        if doc.error is not None:
            self.errors[doc.error[0]] += 1
            return
        self.input_chars += doc.input_chars
        self.output_chars += doc.output_chars
        self.out_of_order += not doc.in_order
        if doc.page_chars is not None:
            chars = {"page": doc.page_chars, "input": doc.input_chars, "output": doc.output_chars}
            self.pages.update(documents=1, **chars)
        meta = record.get("metadata") or {}
        by_category = (record.get("stats") or {}).get("removed_by_category")
        if isinstance(by_category, Mapping):
            self.removed.update({str(k): _int(v) for k, v in by_category.items()})
        else:
            self.removed.update(p.category for p in doc.pieces if p.category is not None)
        self.languages[doc.language or "unknown"] += 1
        self.encodings[_str(meta.get("encoding")) or "not recorded"] += 1
        applied = meta.get("fixes")
        if isinstance(applied, list):
            self.fixes.update(map(str, applied))
        self.hashes[_str(meta.get("config_hash")) or "not recorded"] += 1
        self.versions[_str(meta.get("newsclean_version")) or "not recorded"] += 1

    def summary(self, unreadable: int) -> Summary:
        return Summary(
            documents=self.documents,
            errors=sum(self.errors.values()),
            unreadable=unreadable,
            input_chars=self.input_chars,
            output_chars=self.output_chars,
            page_documents=self.pages["documents"],
            page_chars=self.pages["page"],
            page_input_chars=self.pages["input"],
            page_output_chars=self.pages["output"],
            removed_by_category=_ranked(self.removed),
            languages=_ranked(self.languages),
            encodings=_ranked(self.encodings),
            fixes=_ranked(self.fixes),
            error_types=_ranked(self.errors),
            config_hashes=_ranked(self.hashes),
            versions=_ranked(self.versions),
            out_of_order=self.out_of_order,
        )


def _ranked(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(((k, v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0])))


def _mapping(record: Mapping[str, Any], key: str, doc_id: str) -> Mapping[str, Any]:
    value = record.get(key)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _RecordError(f"record {doc_id!r}: {key!r} is not an object")
    return value


def _str(value: object, default: str = "") -> str:
    return default if value is None else str(value)


def _int(value: object, default: int = 0) -> int:
    return value if type(value) is int else default
