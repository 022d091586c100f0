"""What every cleaner sees (a :class:`Document`) and returns (:class:`Verdict` objects).

A cleaner never edits the document: it returns verdicts naming the segments it
removes, why, and what it lifts into metadata. The pipeline applies them in chain order.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from newsclean.config import Config
from newsclean.model import Category, Segment
from newsclean.text.detect import LanguageGuess
from newsclean.text.features import is_prose

MetaValue = str | tuple[str, ...]
T = TypeVar("T")


@dataclass(frozen=True)
class Verdict:
    """A cleaner's decision about some segments.

    ``indices`` are segment indices removed from the body; ``meta`` holds
    ``(field, value)`` pairs lifted into :class:`~newsclean.model.Metadata`
    (list fields such as ``tags`` or ``captions`` take a tuple and accumulate).
    ``rule`` names the rule that fired, for phrase tables.
    """

    indices: tuple[int, ...]
    reason: str
    meta: tuple[tuple[str, MetaValue], ...] = ()
    language: str | None = None
    script: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class Document:
    """The segments of one document and what is known about them before cleaning."""

    segments: tuple[Segment, ...]
    language: LanguageGuess
    config: Config
    url: str | None = None
    detect: Callable[[str], LanguageGuess] | None = None
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
    _languages: dict[int, LanguageGuess] = field(default_factory=dict, compare=False, repr=False)
    _memo: dict[tuple[str, int], Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(
        cls,
        segments: tuple[Segment, ...],
        language: LanguageGuess,
        config: Config,
        *,
        url: str | None = None,
        detect: Callable[[str], LanguageGuess] | None = None,
        prose: tuple[bool, ...] | None = None,
        site: str | None = None,
        page_title: str | None = None,
        extracted: bool = False,
    ) -> Document:
        """A document with its per-segment prose flags (computed here unless given)."""
        if prose is None:
            prose = tuple(is_prose(s.text, s.words) for s in segments)
        return cls(segments, language, config, url, detect, prose, site, page_title, extracted)

    def segment_language(self, index: int) -> LanguageGuess:
        """Language of one segment, detected on demand and remembered for this document only."""
        guess = self._languages.get(index)
        if guess is None:
            if self.detect is None:
                guess = LanguageGuess(None, 0.0, self.segments[index].script)
            else:
                guess = self.detect(self.segments[index].text)
            self._languages[index] = guess
        return guess

    def memo(self, key: str, index: int, compute: Callable[[str], T]) -> T:
        """``compute(segment text)``, computed once per document, segment and ``key``.

        Cleaners that share a view of a segment (the folded words the phrase tables match)
        compute it once instead of once each.
        """
        slot = (key, index)
        if slot not in self._memo:
            self._memo[slot] = compute(self.segments[index].text)
        value: T = self._memo[slot]
        return value

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, computed once per document and ``key`` (a view several cleaners share)."""
        slot = (key, -1)
        if slot not in self._memo:
            self._memo[slot] = compute()
        value: T = self._memo[slot]
        return value

    @property
    def first_prose(self) -> int | None:
        """Index of the first prose segment, or ``None`` when there is none."""
        return next((i for i, p in enumerate(self.prose) if p), None)

    @property
    def last_prose(self) -> int | None:
        """Index of the last prose segment, or ``None`` when there is none."""
        return next((i for i in range(len(self.prose) - 1, -1, -1) if self.prose[i]), None)


class Cleaner(abc.ABC):
    """A small named unit owning one category.

    Subclasses set ``name`` and ``category`` and implement :meth:`judge`.
    ``guarded`` cleaners (phrase rules) are subject to the pipeline's safety guard:
    their removals are undone when together they would remove too much prose.
    """

    name: str
    category: Category
    guarded: bool = False

    @abc.abstractmethod
    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Return verdicts for ``doc``; ``removed`` maps segments removed by earlier cleaners."""
