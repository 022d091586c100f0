"""The cleaner chain, written once: repair, segment, detect, judge, then assemble the Result."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from newsclean.cleaners.article_end import ArticleEnd
from newsclean.cleaners.base import Applied, Cleaner, Document, Guard, Member, MetaValue, Verdict
from newsclean.cleaners.bio import AuthorBio
from newsclean.cleaners.boilerplate import Boilerplate
from newsclean.cleaners.caption import Caption
from newsclean.cleaners.context import ContextRule
from newsclean.cleaners.duplicate import Duplicate
from newsclean.cleaners.foreign import ForeignLanguage
from newsclean.cleaners.guard import ExtractedGuard, SafetyGuard
from newsclean.cleaners.header import Header
from newsclean.cleaners.phrases import PhraseCleaner, phrase_cleaners
from newsclean.cleaners.placeholder import Placeholder
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
from newsclean.text.features import is_prose, word_count_up_to
from newsclean.text.repair import repair
from newsclean.text.segment import cell_segments, segment_text
from newsclean.version import __version__


def default_chain() -> tuple[Member, ...]:
    """Every member of the chain, in the order they judge a document.

    Foreign-language banners go first; the header then lifts title, date, URL and byline
    before phrase rules could claim those lines; ticker, caption and tag lines look like
    headlines, so they are judged before related-headline runs; lines a site profile knows
    go before page furniture is judged (see :mod:`newsclean.cleaners.repeated`); duplicates
    compare only what is still kept. The safety guard then reviews the phrase rules'
    removals, the context rule sweeps up what is left between removed lines, and the article's
    end takes what follows a late comment, sharing or sign-up line. On text extracted from HTML
    the extracted-text guard then reviews what the structural rules took.
    ``Config.disabled_cleaners`` names members to leave out.

    >>> [member.name for member in default_chain()][-4:]
    ['guard', 'context', 'article_end', 'html_guard']
    """
    return (
        ForeignLanguage(),
        Header(),
        Placeholder(),
        *phrase_cleaners(),
        CommentThread(),
        Ticker(),
        Caption(),
        Tags(),
        Related(),
        Repeated(),
        Boilerplate(),
        AuthorBio(),
        Duplicate(),
        SafetyGuard(),
        ContextRule(),
        ArticleEnd(),
        ExtractedGuard(),
    )


def check_names(config: Config, chain: Sequence[Member] = ()) -> None:
    """Raise :class:`ConfigError` for a name in ``disabled_cleaners`` or ``rule_languages`` that
    nothing answers to, listing the valid names; a typo would otherwise silently do nothing.

    >>> check_names(Config(disabled_cleaners=("captions",)))
    Traceback (most recent call last):
    ...
    newsclean.errors.ConfigError: disabled_cleaners: no cleaner is named 'captions' (did you mean ...
    """
    if config.disabled_cleaners:
        names = sorted({c.name for c in (*default_chain(), *chain)})
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


@dataclass
class _Ledger:
    """Which member removed which segment, in chain order (local to one document)."""

    by_index: dict[int, Category] = field(default_factory=dict)
    applied: list[Applied] = field(default_factory=list)
    undone: list[str] = field(default_factory=list)
    """The cleaners whose removals guards undid: each guard's, sorted, in chain order."""

    def add(self, cleaner: Cleaner, verdicts: Iterable[Verdict]) -> None:
        for verdict in verdicts:
            fresh = tuple(sorted(i for i in set(verdict.indices) if i not in self.by_index))
            if not fresh and verdict.indices:
                continue
            category = verdict.category or cleaner.category
            for i in fresh:
                self.by_index[i] = category
            flags = (cleaner.guarded, cleaner.certain, cleaner.derived)
            applied = Applied(cleaner.name, category, verdict, fresh, *flags)
            self.applied.append(applied)

    def undo(self, items: Iterable[Applied]) -> None:
        dropped = {id(item): item for item in items}
        for item in dropped.values():
            for i in item.indices:
                del self.by_index[i]
        self.applied = [a for a in self.applied if id(a) not in dropped]
        self.undone.extend(sorted({item.cleaner for item in dropped.values()}))


class Pipeline:
    """A configured chain. Reuse one instance for many documents.

    ``cleaners`` replaces the whole chain (default: :func:`default_chain`), guard and
    context rule included; ``Config.disabled_cleaners`` leaves members out by name.

    >>> result = Pipeline().clean_text("Skip this line\\n\\nThe minister said talks would resume soon.")
    >>> result.paragraphs[-1]
    'The minister said talks would resume soon.'
    """

    def __init__(self, config: Config | None = None, cleaners: Sequence[Member] | None = None) -> None:
        self.config = config or Config()
        chain = tuple(cleaners) if cleaners is not None else default_chain()
        check_names(self.config, chain)
        self.cleaners = tuple(c for c in chain if c.name not in self.config.disabled_cleaners)
        self._phrase_categories = tuple(c.category for c in self.cleaners if isinstance(c, PhraseCleaner))
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
            phrase_categories=self._phrase_categories,
            cells=cell_segments(text, segments),
        )
        ledger = _Ledger()
        for member in self.cleaners:
            if isinstance(member, Guard):
                ledger.undo(member.undo(doc, tuple(ledger.applied)))
            else:
                ledger.add(member, member.judge(doc, dict(ledger.by_index)))
        fixes = fixes + repaired.fixes
        return self._assemble(doc, ledger, tuple(ledger.undone), fixes, len(text), url, encoding, page)

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
                newsclean_version=__version__,
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
