"""What every cleaner sees (a :class:`Document`) and returns (:class:`Verdict` objects).

A cleaner never edits the document: it returns verdicts naming the segments it
removes, why, and what it lifts into metadata. The pipeline applies them in chain order.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newsclean.cleaners.views import Views
from newsclean.config import Config
from newsclean.model import Category, Segment
from newsclean.text.detect import LanguageGuess
from newsclean.text.features import is_prose

# A line ending in a colon with this many words is a sentence, not a label ("Contact:").
_INTRODUCING_WORDS = 8

MetaValue = str | tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    """A cleaner's decision about some segments.

    ``indices`` are segment indices removed from the body; ``meta`` holds
    ``(field, value)`` pairs lifted into :class:`~newsclean.model.Metadata`
    (list fields such as ``tags`` or ``captions`` take a tuple and accumulate).
    ``rule`` names the rule that fired, for phrase tables; ``category``, when set, is the
    category of this removal instead of the cleaner's own (the context rule lends its
    neighbours').
    """

    indices: tuple[int, ...]
    reason: str
    meta: tuple[tuple[str, MetaValue], ...] = ()
    language: str | None = None
    script: str | None = None
    rule: str | None = None
    category: Category | None = None


@dataclass(frozen=True)
class Document:
    """The segments of one document and what is known about them before cleaning.

    Immutable: the views several cleaners share (prose flags, phrase hits, profile
    entries) are worked out once, when the document is built.
    """

    segments: tuple[Segment, ...]
    language: LanguageGuess
    config: Config
    url: str | None = None
    prose: tuple[bool, ...] = ()
    site: str | None = None
    """The site the document comes from, when the caller named it.

    See :func:`~newsclean.profiles.profile.site_of`.
    """
    page_title: str | None = None
    """The title the HTML page declared, when the text was extracted from a page."""
    extracted: bool = False
    """The text is an extractor's main content (HTML mode): page layout was already removed,
    so what is left of it is the article's own lists, headings and tables."""
    views: Views = field(default_factory=Views)
    cells: frozenset[int] = frozenset()
    """Segments whose input line lays out a table's cells with tabs, as some renderings write
    tables (see :func:`~newsclean.text.segment.cell_lines`): the article's own table."""

    @classmethod
    def build(
        cls,
        segments: tuple[Segment, ...],
        language: LanguageGuess,
        config: Config,
        *,
        url: str | None = None,
        prose: tuple[bool, ...] | None = None,
        site: str | None = None,
        page_title: str | None = None,
        extracted: bool = False,
        phrase_categories: Iterable[Category] | None = None,
        cells: frozenset[int] = frozenset(),
    ) -> Document:
        """A document with its prose flags (computed here unless given) and its :class:`Views`.

        ``phrase_categories`` limits the phrase hits worked out to those categories (default: all);
        ``cells`` are the segments that hold a table's cells (:attr:`cells`).
        """
        if prose is None:
            prose = tuple(is_prose(s.text, s.words) for s in segments)
        views = Views.build(segments, config, url=url, site=site, phrase_categories=phrase_categories)
        return cls(segments, language, config, url, prose, site, page_title, extracted, views, cells)

    @property
    def first_prose(self) -> int | None:
        """Index of the first prose segment, or ``None`` when there is none."""
        return next((i for i, p in enumerate(self.prose) if p), None)

    @property
    def date_languages(self) -> tuple[str, ...] | None:
        """The document's language as date parsing takes it: ``(code,)``, or ``None`` when unknown."""
        return (self.language.language,) if self.language.language else None

    @property
    def last_prose(self) -> int | None:
        """Index of the last prose segment, or ``None`` when there is none."""
        return next((i for i in range(len(self.prose) - 1, -1, -1) if self.prose[i]), None)

    def introduced(self, index: int, removed: Mapping[int, Category]) -> bool:
        """Whether the segment right above is a sentence of the article that introduces it with a colon.

        "Write to the campaign at:", then an address alone on its line: the address is the article's.
        """
        above = index - 1
        return (
            above >= 0
            and above not in removed
            and self.segments[above].words >= _INTRODUCING_WORDS
            and self.segments[above].text.endswith((":", "："))
        )


@dataclass(frozen=True)
class Applied:
    """A verdict as the pipeline applied it: the member that gave it, its category, the segments it took.

    ``indices`` are the verdict's segments not already removed earlier; ``guarded`` tells
    whether the safety guard may undo it (see :attr:`Cleaner.guarded`), ``certain`` that no
    guard may (see :attr:`Cleaner.certain`), ``derived`` that it follows from other removals
    (see :attr:`Cleaner.derived`).
    """

    cleaner: str
    category: Category
    verdict: Verdict
    indices: tuple[int, ...]
    guarded: bool
    certain: bool = False
    derived: bool = False


class Cleaner(abc.ABC):
    """A small named unit owning one category.

    Subclasses set ``name`` and ``category`` and implement :meth:`judge`.
    ``guarded`` cleaners (phrase rules) are subject to the safety guard:
    their removals are undone when together they would remove too much prose.
    ``certain`` cleaners find what no article holds, however much of a page it is: no guard
    undoes their removals. ``derived`` cleaners remove what other removals place outside the
    article (the page below its end): the extracted-text guard does not count their removals
    toward its share, and undoes them with the others' when it fires.
    """

    name: str
    category: Category
    guarded: bool = False
    certain: bool = False
    derived: bool = False

    @abc.abstractmethod
    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Return verdicts for ``doc``; ``removed`` maps segments removed by earlier members."""


class Guard(abc.ABC):
    """A named chain member that reviews the removals made so far and undoes some of them.

    Subclasses set ``name`` and implement :meth:`undo`; the cleaners whose removals a guard
    undoes are listed in ``Result.stats.guarded``.
    """

    name: str

    @abc.abstractmethod
    def undo(self, doc: Document, applied: Sequence[Applied]) -> Sequence[Applied]:
        """Which of the ``applied`` verdicts (in chain order) to undo: their segments stay in the body."""


Member = Cleaner | Guard
"""A member of the chain: a cleaner that removes, or a guard that undoes removals."""
