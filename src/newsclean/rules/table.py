"""Compiled rule tables: validated rules grouped into buckets, each one combined pattern.

Rules of one role, scope and word limit share a bucket: one alternation of named groups,
compiled with ``regex`` the first time a segment could match it, so a short run compiles
only the buckets its lines come near. A :class:`RuleIndex` puts one or more tables behind one
RE2 pass (:class:`~newsclean.rules.prefilter.Prefilter`) that names the few buckets a segment
could match; only those run, in order, so each table gives the same first rule as trying all
its buckets would. A segment is folded and its words counted once (:func:`prepare`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from newsclean.errors import RuleError
from newsclean.rules.loader import (
    FLAGS,
    MAX_RULE_WORDS,
    ROLES,
    SCOPES,
    Rule,
    fold_spelling,
    parse_rules,
    scoped,
)
from newsclean.rules.prefilter import Prefilter
from newsclean.text.features import word_count_up_to

# The group around a rule's own pattern when it is compiled alone (see Bucket.first).
_BODY = "rule_body"
# The leading symbols ``line`` and ``start`` scope allow (see :func:`scoped`); this always matches.
_LEADING = regex.compile(r"[\W_]*", FLAGS)


@dataclass(frozen=True)
class Bucket:
    """Rules sharing role, scope and word limit, as one alternation of named groups (in file order)."""

    scope: str
    role: str
    max_words: int
    rules: tuple[Rule, ...]

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        """The combined pattern, compiled and checked on first use (a fault names file and rule id)."""
        source = scoped(self.scope, "|".join(f"(?P<r{k}>{rule.body})" for k, rule in enumerate(self.rules)))
        try:
            pattern = regex.compile(source, FLAGS)
        except regex.error:
            for rule in self.rules:
                try:
                    regex.compile(rule.source, FLAGS)
                except regex.error as exc:
                    raise RuleError(f"{rule.file}: rule {rule.id!r}: bad regex: {exc}") from exc
            raise  # pragma: no cover - the rules compile alone but not together
        # On empty text every scope's wrapper reduces to the alternation itself.
        empty = pattern.fullmatch("")
        if empty is not None:
            rule = self._named(empty)
            raise RuleError(f"{rule.file}: rule {rule.id!r}: the pattern matches empty text")
        return pattern

    def run(self, folded: str) -> Rule | None:
        """The rule of this bucket that fires on ``folded`` text, if any."""
        if self.scope == "line":
            found = self.pattern.fullmatch(folded)
        elif self.scope == "start":
            found = self.pattern.match(folded)
        else:
            found = self.pattern.search(folded)
        return None if found is None else self._named(found)

    def first(self, folded: str, numbers: Iterable[int]) -> Rule | None:
        """The rule :meth:`run` would name on ``folded``, when only the rules at ``numbers`` can match.

        Each of those rules is compiled alone, on first use, so a run compiles only the rules its
        segments come near rather than whole buckets (a large bucket takes a tenth of a second).
        The alternation names the first rule, in order, that matches where the earliest match
        starts. In ``line`` and ``start`` scope the leading symbols the scope allows are taken
        greedily before any rule is tried: the alternation names the first rule, in order, among
        those matching after the longest such run ("©, share" is a share label after "©, ", though
        ", share" alone would read as a count).
        """
        best: tuple[int, int] | None = None
        leading = _LEADING.match(folded) if self.scope != "anywhere" else None
        longest = leading.end() if leading is not None else 0
        for number in sorted(numbers):
            pattern = self._rule_pattern(number)
            if self.scope == "line":
                found = pattern.fullmatch(folded)
            elif self.scope == "start":
                found = pattern.match(folded)
            else:
                found = pattern.search(folded)
            if found is None:
                continue
            if self.scope == "anywhere":
                key = found.start()
            else:
                # The rule's body starts where its run of leading symbols ends.
                key = -found.start(_BODY)
                if -key == longest:
                    return self.rules[number]
            if best is None or key < best[0]:
                best = (key, number)
        return None if best is None else self.rules[best[1]]

    def _rule_pattern(self, number: int) -> regex.Pattern[str]:
        pattern = self._patterns.get(number)
        if pattern is None:
            rule = self.rules[number]
            try:
                pattern = regex.compile(scoped(self.scope, f"(?P<{_BODY}>{rule.body})"), FLAGS)
            except regex.error as exc:
                raise RuleError(f"{rule.file}: rule {rule.id!r}: bad regex: {exc}") from exc
            if pattern.fullmatch("") is not None:
                raise RuleError(f"{rule.file}: rule {rule.id!r}: the pattern matches empty text")
            self._patterns[number] = pattern
        return pattern

    @functools.cached_property
    def _patterns(self) -> dict[int, regex.Pattern[str]]:
        # Filled by _rule_pattern; a race between threads only compiles a pattern twice.
        return {}

    def _named(self, found: regex.Match[str]) -> Rule:
        groups = found.groupdict().items()
        return next(self.rules[int(name[1:])] for name, value in groups if value is not None)


@dataclass(frozen=True)
class Prepared:
    """A segment folded and its words counted once, for every table to match against."""

    folded: str
    words: int


def prepare(text: str, words: int | None = None) -> Prepared | None:
    """Fold ``text`` and count its words; ``None`` for segments too long for any rule.

    ``words`` is ``word_count(text)`` when the caller has it already (a segment's); it stands
    for the folded text's count only when folding changed nothing.

    >>> prepare("» Skip to Content")
    Prepared(folded='» Skip to Content', words=3)
    """
    folded = fold_spelling(text)
    if words is not None and folded is text:
        words = min(words, MAX_RULE_WORDS + 1)
    else:
        # Counting stops past the longest limit: a very long segment matches no rule anyway.
        words = word_count_up_to(folded, MAX_RULE_WORDS + 1)
    return None if words > MAX_RULE_WORDS else Prepared(folded, words)


@dataclass(frozen=True)
class RuleTable:
    """A compiled table: a few combined patterns, tried in a fixed order."""

    rules: tuple[Rule, ...]
    buckets: tuple[Bucket, ...]
    longest: int = 0
    """The largest ``max_words`` of any bucket: longer segments match nothing."""
    by_role: tuple[tuple[str, tuple[Bucket, ...]], ...] = ()

    def role_buckets(self, role: str = "prompt") -> tuple[Bucket, ...]:
        """The buckets of ``role`` in the order they are tried (positions for :meth:`run`)."""
        return next((buckets for name, buckets in self.by_role if name == role), ())

    def match(self, text: str, role: str = "prompt") -> Rule | None:
        """The first rule of ``role`` (``prompt`` or ``heading``) that fires on ``text``.

        >>> rule = Rule("t.en.skip", "en", "skip to content", "line", 15, "prompt", False, "t.toml")
        >>> compile_rules([rule]).match("» Skip to Content").id
        't.en.skip'
        """
        index = self._prompt_index if role == "prompt" else self._heading_index
        return index.first_rules(text).get("")

    @functools.cached_property
    def _prompt_index(self) -> RuleIndex:
        return RuleIndex.build([("", self)], "prompt")

    @functools.cached_property
    def _heading_index(self) -> RuleIndex:
        return RuleIndex.build([("", self)], "heading")

    def run(self, folded: str, candidates: dict[int, set[int]], role: str = "prompt") -> Rule | None:
        """The first rule that fires on ``folded`` among the buckets of ``role``.

        ``candidates`` maps a bucket's position to the numbers of its rules that may match; a
        caller that knows the others cannot (a prefilter said so) names only those. In bucket
        order they give the same first rule as trying every bucket whole.
        """
        buckets = self.role_buckets(role)
        for position in sorted(candidates):
            rule = buckets[position].first(folded, candidates[position])
            if rule is not None:
                return rule
        return None

    def check(self) -> RuleTable:
        """This table, with every bucket compiled now: a bad pattern raises :class:`RuleError` here."""
        for bucket in self.buckets:
            _ = bucket.pattern
        return self


def load_rules(path: str, data: bytes) -> RuleTable:
    """Parse, validate and compile a rule table; any fault raises :class:`RuleError`.

    >>> data = b'[[rule]]\\nid = "demo.en.ad"\\nlang = "en"\\nphrase = "Advertisement"'
    >>> load_rules("demo.toml", data).match("Advertisement").id
    'demo.en.ad'
    """
    return compile_rules(parse_rules(path, data)).check()


def compile_rules(rules: Iterable[Rule]) -> RuleTable:
    """Group rules by role, scope and word limit into buckets (compiled on first use).

    Buckets are tried line-scope first, then start, then anywhere, and tighter word
    limits before looser ones, so the most specific rule names the removal. A pattern
    that does not compile or matches empty text raises :class:`RuleError` naming its
    file and id when its bucket is first used (:meth:`RuleTable.check` compiles them all).
    """
    groups: dict[tuple[str, str, int], list[Rule]] = {}
    for rule in rules:
        groups.setdefault((rule.role, rule.scope, rule.max_words), []).append(rule)
    order = sorted(groups, key=lambda k: (ROLES.index(k[0]), SCOPES.index(k[1]), k[2]))
    buckets = tuple(
        Bucket(scope, role, words, tuple(groups[(role, scope, words)])) for role, scope, words in order
    )
    longest = max((b.max_words for b in buckets), default=0)
    by_role = tuple((role, tuple(b for b in buckets if b.role == role)) for role in ROLES)
    return RuleTable(tuple(r for key in order for r in groups[key]), buckets, longest, by_role)


@dataclass(frozen=True)
class RuleIndex:
    """The rules of one role of some named tables, behind one prefilter.

    >>> from newsclean.rules import rule_table
    >>> index = RuleIndex.build([("cookie", rule_table("cookie")), ("social", rule_table("social"))])
    >>> {name: rule.id for name, rule in index.first_rules("Follow us on Twitter").items()}
    {'social': 'social.en.label'}
    """

    names: tuple[str, ...]
    tables: tuple[RuleTable, ...]
    role: str
    prefilter: Prefilter
    slots: tuple[tuple[int, int, int, int], ...]
    """Per prefilter pattern: its table's number, its bucket's position, its number there, the word limit."""
    longest: int

    @classmethod
    def build(cls, tables: Sequence[tuple[str, RuleTable]], role: str = "prompt") -> RuleIndex:
        """The index of the ``role`` rules of ``(name, table)`` pairs."""
        sources: list[str] = []
        slots: list[tuple[int, int, int, int]] = []
        for number, (_, table) in enumerate(tables):
            for position, bucket in enumerate(table.role_buckets(role)):
                for index, rule in enumerate(bucket.rules):
                    sources.append(rule.source)
                    slots.append((number, position, index, bucket.max_words))
        return cls(
            tuple(name for name, _ in tables),
            tuple(table for _, table in tables),
            role,
            Prefilter.build(sources),
            tuple(slots),
            max((table.longest for _, table in tables), default=0),
        )

    def first_rules(self, text: str, words: int | None = None) -> dict[str, Rule]:
        """Each table's first rule that fires on ``text``, by table name (if any).

        ``words``, when given, is ``word_count(text)`` (see :func:`prepare`).
        """
        prepared = prepare(text, words)
        if prepared is None or prepared.words > self.longest:
            return {}
        count = prepared.words
        opened: dict[int, dict[int, set[int]]] = {}
        for candidate in self.prefilter.candidates(prepared.folded):
            number, position, index, limit = self.slots[candidate]
            if count <= limit:
                opened.setdefault(number, {}).setdefault(position, set()).add(index)
        found: dict[str, Rule] = {}
        for number in sorted(opened):
            rule = self.tables[number].run(prepared.folded, opened[number], self.role)
            if rule is not None:
                found[self.names[number]] = rule
        return found
