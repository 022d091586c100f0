"""The data that crosses module boundaries: segments, removals, metadata and results.

Everything here is a frozen dataclass; ``to_dict`` methods return plain JSON types
so that equal inputs give equal (and byte-identical, once serialised) records.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass, field, fields
from typing import Any

from newsclean.text.features import word_count


class Category(str, enum.Enum):
    """Why a segment left the body. Each cleaner owns exactly one category."""

    FOREIGN_LANGUAGE = "foreign_language"
    SITE_CHROME = "site_chrome"
    PAYWALL = "paywall"
    NEWSLETTER = "newsletter"
    TICKER = "ticker"
    CAPTION = "caption"
    RELATED = "related"
    TAGS = "tags"
    PUBLISHER = "publisher"
    SOCIAL = "social"
    COOKIE = "cookie"
    ADVERTISEMENT = "advertisement"
    COMMENTS = "comments"
    DUPLICATE = "duplicate"
    REPEATED = "repeated"
    METADATA = "metadata"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


@dataclass(frozen=True)
class Segment:
    """One line or paragraph of the repaired text, with its place in the input.

    ``start_line``/``end_line`` are 1-based lines of the decoded input text;
    ``block`` numbers the blank-line-separated blocks, so two segments with the
    same block were adjacent lines; ``script`` is the dominant ISO 15924 script
    name of the segment's letters (``None`` when it has none).
    """

    index: int
    text: str
    start_line: int
    end_line: int
    block: int
    script: str | None

    @functools.cached_property
    def words(self) -> int:
        """:func:`~newsclean.text.features.word_count` of the text, counted once (every cleaner asks)."""
        return word_count(self.text)


@dataclass(frozen=True)
class Removal:
    """A run of segments removed from the body, and why."""

    text: str
    category: Category
    cleaner: str
    reason: str
    start_line: int
    end_line: int
    language: str | None = None
    script: str | None = None
    rule: str | None = None
    """The id of the rule that fired (phrase tables), or ``None`` for a cleaner's own judgement."""

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form of the record."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["category"] = self.category.value
        return data


@dataclass(frozen=True)
class Metadata:
    """What is known about the document. Unknown values are ``None`` or empty, never guessed."""

    title: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    language_score: float | None = None
    script: str | None = None
    tags: tuple[str, ...] = ()
    description: str | None = None
    authors: tuple[str, ...] = ()
    sitename: str | None = None
    captions: tuple[str, ...] = ()
    encoding: str | None = None
    fixes: tuple[str, ...] = ()
    newsclean_version: str = ""
    config_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: tuples become lists."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True)
class Stats:
    """Counts about one cleaning run. No timings: equal input gives equal stats."""

    input_chars: int = 0
    output_chars: int = 0
    segments: int = 0
    kept_segments: int = 0
    removed_segments: int = 0
    removed_by_category: tuple[tuple[str, int], ...] = ()
    guarded: tuple[str, ...] = ()
    """Cleaners whose removals were undone by the safety guard."""
    page_chars: int | None = None
    """For an HTML page, the characters of the page's text before extraction (``input_chars``
    counts the extracted text): the text of its body outside scripts, styles, ``noscript`` and
    ``template``, each run of white space counted as one. ``None`` (and no key) for text input."""

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form of the counts; ``page_chars`` only for HTML input."""
        counts: dict[str, Any] = {
            "input_chars": self.input_chars,
            "output_chars": self.output_chars,
            "segments": self.segments,
            "kept_segments": self.kept_segments,
            "removed_segments": self.removed_segments,
            "removed_by_category": dict(self.removed_by_category),
            "guarded": list(self.guarded),
        }
        if self.page_chars is not None:
            counts["page_chars"] = self.page_chars
        return counts


@dataclass(frozen=True)
class Result:
    """The cleaned article: body, its paragraphs, metadata, removals and counts.

    ``paragraph_lines`` holds the first and last input line of each paragraph, parallel to
    ``paragraphs``; with the removals' lines it puts every segment back in input order.
    """

    body: str
    paragraphs: tuple[str, ...]
    metadata: Metadata
    removed: tuple[Removal, ...] = ()
    stats: Stats = field(default_factory=Stats)
    paragraph_lines: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form with the keys body, paragraphs, paragraph_lines, metadata, removed, stats."""
        return {
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "paragraph_lines": [list(span) for span in self.paragraph_lines],
            "metadata": self.metadata.to_dict(),
            "removed": [r.to_dict() for r in self.removed],
            "stats": self.stats.to_dict(),
        }
