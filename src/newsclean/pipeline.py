"""The cleaner chain, written once: repair, segment, detect, judge, then assemble the Result."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from newsclean.cleaners.base import Cleaner, Document, MetaValue, Verdict
from newsclean.cleaners.boilerplate import Boilerplate
from newsclean.cleaners.caption import Caption
from newsclean.cleaners.duplicate import Duplicate
from newsclean.cleaners.foreign import ForeignLanguage
from newsclean.cleaners.header import Header
from newsclean.cleaners.phrases import phrase_cleaners
from newsclean.cleaners.related import Related
from newsclean.cleaners.repeated import Repeated
from newsclean.cleaners.tags import Tags
from newsclean.cleaners.thread import CommentThread
from newsclean.cleaners.ticker import Ticker
from newsclean.config import Config
from newsclean.errors import ConfigError, InputError
from newsclean.model import Category, Metadata, Removal, Result, Segment, Stats
from newsclean.rules import rule_languages
from newsclean.text.detect import LanguageGuess, detect_language
from newsclean.text.features import ends_sentence, is_prose, is_table_row, word_count_up_to
from newsclean.text.repair import repair
from newsclean.text.segment import segment_text


def default_chain() -> tuple[Cleaner, ...]:
    """The cleaners in the order they judge a document.

    Foreign-language banners go first; the header then lifts title, date, URL and byline
    before phrase rules could claim those lines; ticker, caption and tag lines look like
    headlines, so they are judged before related-headline runs; lines a site profile knows
    go before page furniture is judged (see :mod:`newsclean.cleaners.repeated`); duplicates
    compare only what is still kept.
    """
    return (
        ForeignLanguage(),
        Header(),
        *phrase_cleaners(),
        CommentThread(),
        Ticker(),
        Caption(),
        Tags(),
        Related(),
        Repeated(),
        Boilerplate(),
        Duplicate(),
    )


STEPS = ("guard", "context")
"""The pipeline's own steps after the chain, which ``disabled_cleaners`` can also name."""


def check_names(config: Config, chain: Sequence[Cleaner] = ()) -> None:
    """Raise :class:`ConfigError` for a name in ``disabled_cleaners`` or ``rule_languages`` that
    nothing answers to, listing the valid names; a typo would otherwise silently do nothing.

    >>> check_names(Config(disabled_cleaners=("captions",)))
    Traceback (most recent call last):
    ...
    newsclean.errors.ConfigError: disabled_cleaners: no cleaner is named 'captions' (did you mean ...
    """
    if config.disabled_cleaners:
        names = sorted({c.name for c in (*default_chain(), *chain)} | set(STEPS))
        _check("disabled_cleaners", config.disabled_cleaners, names, "no cleaner is named", "valid names")
    if config.rule_languages:
        codes = list(rule_languages())
        _check("rule_languages", config.rule_languages, codes, "no rule has language", "the rule tables have")


def _check(option: str, given: Sequence[str], valid: Sequence[str], problem: str, listed: str) -> None:
    for name in given:
        if name not in valid:
            close = difflib.get_close_matches(name, valid, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"{option}: {problem} {name!r}{hint}; {listed}: {', '.join(valid)}")


# A short non-prose run between removed segments goes with them (context rule).
_CONTEXT_MAX_WORDS = 8
_CONTEXT_MAX_RUN = 3
# Removed neighbours of these categories do not lend their category to a context removal.
_NOT_LENT = frozenset({Category.FOREIGN_LANGUAGE, Category.METADATA, Category.DUPLICATE})
# Removals backed by a phrase table, a site profile or the page's own metadata: the extracted-text
# guard leaves them alone.
_STRONG = frozenset({Category.METADATA, Category.REPEATED})


@dataclass(frozen=True)
class _Applied:
    cleaner: str
    category: Category
    verdict: Verdict
    indices: tuple[int, ...]
    guarded: bool


@dataclass
class _Ledger:
    """Which cleaner removed which segment, in chain order (local to one document)."""

    by_index: dict[int, Category] = field(default_factory=dict)
    applied: list[_Applied] = field(default_factory=list)

    def add(self, cleaner: Cleaner, verdicts: Iterable[Verdict]) -> None:
        for verdict in verdicts:
            fresh = tuple(sorted(i for i in set(verdict.indices) if i not in self.by_index))
            if not fresh and verdict.indices:
                continue
            for i in fresh:
                self.by_index[i] = cleaner.category
            self.applied.append(_Applied(cleaner.name, cleaner.category, verdict, fresh, cleaner.guarded))


class Pipeline:
    """A configured cleaner chain. Reuse one instance for many documents.

    >>> result = Pipeline().clean_text("Skip this line\\n\\nThe minister said talks would resume soon.")
    >>> result.paragraphs[-1]
    'The minister said talks would resume soon.'
    """

    def __init__(self, config: Config | None = None, cleaners: Sequence[Cleaner] | None = None) -> None:
        self.config = config or Config()
        chain = tuple(cleaners) if cleaners is not None else default_chain()
        check_names(self.config, chain)
        self.cleaners = tuple(c for c in chain if c.name not in self.config.disabled_cleaners)
        self._config_hash = self.config.hash()

    def clean_text(
        self,
        text: str,
        *,
        url: str | None = None,
        encoding: str | None = None,
        page: Metadata | None = None,
        site: str | None = None,
        fixes: tuple[str, ...] = (),
    ) -> Result:
        """Clean already-decoded text; ``page`` holds metadata known from HTML, which wins over the text's.

        ``site`` names the document's site for a site profile (default: the URL's host);
        ``fixes`` are repairs made before (by :func:`~newsclean.text.decode.decode`), recorded
        in ``metadata.fixes`` ahead of the text repairs.
        """
        if len(text) > self.config.max_input_chars:
            raise InputError(
                f"input has {len(text):,} characters, over max_input_chars={self.config.max_input_chars:,}"
            )
        repaired = repair(text, config=self.config)
        segments = segment_text(repaired.text)
        prose = tuple(is_prose(s.text, s.words) for s in segments)
        language = self._document_language(segments, prose)
        doc = Document.build(
            segments,
            language,
            self.config,
            url=url,
            prose=prose,
            site=site,
            page_title=page.title if page is not None else None,
            extracted=page is not None,
            detect=functools.partial(
                detect_language,
                max_chars=self.config.language_sample_chars,
                backend=self.config.langid_backend,
            ),
        )
        ledger = _Ledger()
        for cleaner in self.cleaners:
            ledger.add(cleaner, cleaner.judge(doc, dict(ledger.by_index)))
        disabled = self.config.disabled_cleaners
        guarded = self._guard(doc, ledger) if "guard" not in disabled else ()
        if "context" not in disabled:
            self._context(doc, ledger)
        guarded += self._extracted_guard(doc, ledger)
        fixes = fixes + repaired.fixes
        return self._assemble(doc, ledger, guarded, fixes, len(text), url, encoding, page)

    def _document_language(self, segments: tuple[Segment, ...], flags: tuple[bool, ...]) -> LanguageGuess:
        limit = self.config.language_sample_chars
        # Sentences carry the language; tables of names and figures only look long.
        prose = (
            [s.text for s, sentence in zip(segments, flags, strict=True) if sentence]
            or [s.text for s in segments if word_count_up_to(s.text, 8) >= 8]
            or [s.text for s in segments]
        )
        sample: list[str] = []
        size = 0
        # Sample from the middle outwards: headers and footers are where foreign junk sits.
        middle = len(prose) // 2
        order = sorted(range(len(prose)), key=lambda i: (abs(i - middle), i))
        for i in order:
            if size >= limit:
                break
            sample.append(prose[i])
            size += len(prose[i]) + 1
        return detect_language("\n".join(sample), max_chars=limit, backend=self.config.langid_backend)

    def _guard(self, doc: Document, ledger: _Ledger) -> tuple[str, ...]:
        """Undo guarded (phrase-rule) removals when together they take too much of the prose."""
        prose_chars = sum(len(s.text) for s, p in zip(doc.segments, doc.prose, strict=True) if p)
        guarded_items = [a for a in ledger.applied if a.guarded]
        taken = sum(len(doc.segments[i].text) for a in guarded_items for i in a.indices if doc.prose[i])
        if not guarded_items or prose_chars == 0 or taken <= self.config.guard_share * prose_chars:
            return ()
        for item in guarded_items:
            for i in item.indices:
                del ledger.by_index[i]
        ledger.applied = [a for a in ledger.applied if not a.guarded]
        return tuple(sorted({a.cleaner for a in guarded_items}))

    def _extracted_guard(self, doc: Document, ledger: _Ledger) -> tuple[str, ...]:
        """On extracted text, undo removals without phrase or profile evidence when they take too much.

        The extractor already chose the article; structural rules that would then remove a large
        part of it are more likely reading the article's own structure as page furniture.
        """
        if not doc.extracted:
            return ()
        total = sum(len(s.text) for s in doc.segments)
        weak = [a for a in ledger.applied if a.category not in _STRONG and not a.guarded]
        taken = sum(len(doc.segments[i].text) for a in weak for i in a.indices)
        if not weak or total == 0 or taken <= self.config.html_guard_share * total:
            return ()
        undone = {id(a) for a in weak}
        for item in weak:
            for i in item.indices:
                del ledger.by_index[i]
        ledger.applied = [a for a in ledger.applied if id(a) not in undone]
        return tuple(sorted({a.cleaner for a in weak}))

    def _context(self, doc: Document, ledger: _Ledger) -> None:
        """Remove short non-prose runs that sit between removed segments (or a removed block and an edge)."""
        n = len(doc.segments)
        first, last = doc.first_prose, doc.last_prose
        i = 0
        while i < n:
            if i in ledger.by_index or not self._context_candidate(doc, i):
                i += 1
                continue
            j = i
            while j + 1 < n and j + 1 not in ledger.by_index and self._context_candidate(doc, j + 1):
                j += 1
            before = ledger.by_index.get(i - 1)
            after = ledger.by_index.get(j + 1)
            at_start = i == 0 and (first is None or j < first)
            at_end = j == n - 1 and (last is None or i > last)
            bounded = (before is not None or at_start) and (after is not None or at_end)
            if bounded and (before or after) and j - i + 1 <= _CONTEXT_MAX_RUN:
                lent = before if before == after or after is None else after if before is None else None
                category = lent if lent is not None and lent not in _NOT_LENT else Category.SITE_CHROME
                indices = tuple(range(i, j + 1))
                for k in indices:
                    ledger.by_index[k] = category
                verdict = Verdict(indices, "A short non-prose line between removed lines goes with them.")
                ledger.applied.append(_Applied("context", category, verdict, indices, False))
            i = j + 1

    @staticmethod
    def _context_candidate(doc: Document, index: int) -> bool:
        # A sentence is kept however short it is; only labels and fragments are swept up.
        text = doc.segments[index].text
        return (
            not ends_sentence(text)
            and not is_table_row(text)
            and word_count_up_to(text, _CONTEXT_MAX_WORDS + 1) <= _CONTEXT_MAX_WORDS
        )

    def _assemble(
        self,
        doc: Document,
        ledger: _Ledger,
        guarded: tuple[str, ...],
        fixes: tuple[str, ...],
        input_chars: int,
        url: str | None,
        encoding: str | None,
        page: Metadata | None,
    ) -> Result:
        kept_segments = [s for s in doc.segments if s.index not in ledger.by_index]
        kept = tuple(s.text for s in kept_segments)
        removals: list[Removal] = []
        lifted: list[tuple[str, MetaValue]] = []
        for item in ledger.applied:
            lifted.extend(item.verdict.meta)
            for run in _runs(item.indices):
                segs = [doc.segments[i] for i in run]
                removals.append(
                    Removal(
                        text="\n".join(s.text for s in segs),
                        category=item.category,
                        cleaner=item.cleaner,
                        reason=item.verdict.reason,
                        start_line=segs[0].start_line,
                        end_line=segs[-1].end_line,
                        language=item.verdict.language,
                        script=item.verdict.script,
                        rule=item.verdict.rule,
                    )
                )
        removals.sort(key=lambda r: (r.start_line, r.end_line, r.cleaner))
        metadata = _merge_metadata(
            page,
            lifted,
            Metadata(
                url=url,
                language=doc.language.language,
                language_score=doc.language.score if doc.language.language else None,
                script=doc.language.script,
                encoding=encoding,
                fixes=fixes,
                newsclean_version=_version(),
                config_hash=self._config_hash,
            ),
        )
        by_category: dict[str, int] = {}
        for category in ledger.by_index.values():
            by_category[category.value] = by_category.get(category.value, 0) + 1
        body = "\n\n".join(kept)
        stats = Stats(
            input_chars=input_chars,
            output_chars=len(body),
            segments=len(doc.segments),
            kept_segments=len(kept),
            removed_segments=len(ledger.by_index),
            removed_by_category=tuple(sorted(by_category.items())),
            guarded=guarded,
        )
        lines = tuple((s.start_line, s.end_line) for s in kept_segments)
        return Result(body, kept, metadata, tuple(removals), stats, paragraph_lines=lines)


def _runs(indices: tuple[int, ...]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _merge_metadata(
    page: Metadata | None, lifted: Sequence[tuple[str, MetaValue]], base: Metadata
) -> Metadata:
    """Combine base facts, values lifted from the text (first wins) and the page's (which win)."""
    names = {f.name for f in fields(Metadata)}
    values: dict[str, Any] = {}
    lists: dict[str, list[str]] = {}
    for name, value in lifted:
        if name not in names:
            raise ValueError(f"cleaner lifted unknown metadata field {name!r}")
        if isinstance(value, tuple):
            bucket = lists.setdefault(name, [])
            bucket.extend(v for v in value if v not in bucket)
        else:
            values.setdefault(name, value)
    merged = replace(base, **{k: v for k, v in values.items() if getattr(base, k) in (None, "", ())})
    tuples: dict[str, Any] = {k: tuple(v) for k, v in lists.items()}
    merged = replace(merged, **tuples)
    if page is not None:
        overrides: dict[str, Any] = {
            f.name: getattr(page, f.name)
            for f in fields(Metadata)
            if getattr(page, f.name) not in (None, "", ())
            and f.name not in ("language", "language_score", "script", "fixes", "newsclean_version")
        }
        merged = replace(merged, **overrides)
    return merged


@functools.lru_cache(maxsize=1)
def _version() -> str:
    try:
        return version("newsclean")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"
