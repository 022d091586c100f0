"""Compiled rule tables: validated rules grouped into buckets, each one combined pattern.

Each compiled group of rules carries the word keys one of which any match needs
(:mod:`newsclean.rules.keys`), and every way its rules can match with all the keys that way
needs, so most segments are dismissed without running a regex; an
:class:`~newsclean.rules.opener.Opener` looks those up for one or more tables at once.
A segment is folded and split once (:func:`prepare`) for every table to match against.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import regex

from newsclean.errors import RuleError
from newsclean.rules.keys import KEY_CHARS, Alternative, required_alternatives, required_keys
from newsclean.rules.literals import leading_words, required_text
from newsclean.rules.loader import MAX_RULE_WORDS, ROLES, SCOPES, Rule, fold, parse_rules
from newsclean.rules.opener import Opener
from newsclean.rules.words import is_plain, lower_words, words_of

_FLAGS = regex.IGNORECASE | regex.UNICODE
# Segments longer than this are first tokenised only this far, which may already be too many words.
_PREFIX_CHARS = 4096


@dataclass(frozen=True)
class _Bucket:
    """Rules sharing role, scope and word limit, compiled as one alternation of named groups.

    ``keys`` holds the word keys one of which any match needs (``None``: always try). On a
    plain text (:func:`~newsclean.rules.words.is_plain`) a match also needs all the clauses of
    one of ``ways``; for a bucket without keys, ``text`` holds per rule the beginnings one of
    which starts the first word (``None``: any) and clauses of strings one of each of which the
    lower-cased text holds (``None``: always try the bucket).
    """

    scope: str
    role: str
    max_words: int
    keys: frozenset[str] | None
    pattern: regex.Pattern[str]
    rules: tuple[Rule, ...]
    ways: tuple[Alternative, ...] = ()
    text: tuple[_Literal, ...] | None = None

    def run(self, text: str) -> Rule | None:
        """The rule of this bucket that fires on folded ``text``, if any."""
        if self.scope == "line":
            found = self.pattern.fullmatch(text)
        elif self.scope == "start":
            found = self.pattern.match(text)
        else:
            found = self.pattern.search(text)
        if found is None:
            return None
        return next(
            self.rules[int(name[1:])] for name, value in found.groupdict().items() if value is not None
        )


_Literal = tuple["frozenset[str] | None", tuple[frozenset[str], ...]]


@dataclass(frozen=True)
class _RoleIndex:
    """The buckets of one role, in order, and their opener."""

    buckets: tuple[_Bucket, ...]
    opener: Opener[None]

    @classmethod
    def build(cls, buckets: tuple[_Bucket, ...]) -> _RoleIndex:
        return cls(buckets, Opener.build([(None, buckets)]))


@dataclass(frozen=True)
class RuleTable:
    """A compiled table: a few combined patterns, tried in a fixed order."""

    rules: tuple[Rule, ...]
    buckets: tuple[_Bucket, ...]
    longest: int = 0
    """The largest ``max_words`` of any bucket: longer segments match nothing."""
    by_role: tuple[tuple[str, _RoleIndex], ...] = ()

    def _index(self, role: str) -> _RoleIndex | None:
        return next((found for name, found in self.by_role if name == role), None)

    def role_buckets(self, role: str = "prompt") -> tuple[_Bucket, ...]:
        """The buckets of ``role`` in the order they are tried (positions for :meth:`run`)."""
        index = self._index(role)
        return () if index is None else index.buckets

    def match(self, text: str, role: str = "prompt") -> Rule | None:
        """The first rule of ``role`` (``prompt`` or ``heading``) that fires on ``text``.

        >>> rule = Rule("t.en.skip", "en", "skip to content", "line", 15, "prompt", False, "t.toml")
        >>> compile_rules([rule]).match("» Skip to Content").id
        't.en.skip'
        """
        return self.match_prepared(prepare(text), role)

    def match_prepared(self, prepared: Prepared | None, role: str = "prompt") -> Rule | None:
        """:meth:`match` on text already folded and split by :func:`prepare` (``None``: too long)."""
        if prepared is None or len(prepared.words) > self.longest:
            return None
        index = self._index(role)
        if index is None:
            return None
        return self.run(prepared.folded, index.opener.open(prepared).get(None, ()), role)

    def run(self, folded: str, positions: Iterable[int], role: str = "prompt") -> Rule | None:
        """The first rule that fires on ``folded`` among the buckets of ``role`` at ``positions``.

        A caller that knows the other buckets cannot match (an :class:`Opener` said so) names
        only the rest; in order, they give the same first rule as trying every bucket.
        """
        buckets = self.role_buckets(role)
        for position in positions:
            rule = buckets[position].run(folded)
            if rule is not None:
                return rule
        return None


@dataclass(frozen=True)
class Prepared:
    """A segment folded and split into words once, for every table to match against."""

    folded: str
    words: tuple[str, ...]
    keys: frozenset[str]
    """The words' first :data:`~newsclean.rules.keys.KEY_CHARS` characters, as bucket keys."""
    lowered: str = ""
    """``folded`` lower-cased."""
    plain: bool = False
    """Whether the finer prefilters are sound on this text (:func:`~newsclean.rules.words.is_plain`)."""


def prepare(text: str) -> Prepared | None:
    """Fold and split ``text`` for matching; ``None`` for segments too long for any rule.

    >>> prepare("» Skip to Content").words
    ('skip', 'to', 'content')
    """
    if len(text) > _PREFIX_CHARS and len(words_of(fold(text[:_PREFIX_CHARS]))) > MAX_RULE_WORDS:
        # The words of a prefix are distinct words of the whole (folding and lower-casing go
        # character by character), so a very long segment is dismissed without tokenising it all.
        return None
    folded = fold(text)
    lowered = folded.lower()
    words = tuple(lower_words(lowered))
    keys = frozenset([word[:KEY_CHARS] for word in words])
    return Prepared(folded, words, keys, lowered, is_plain(folded))


def load_rules(path: str, data: bytes) -> RuleTable:
    """Parse, validate and compile a rule table; any fault raises :class:`RuleError`.

    >>> data = b'[[rule]]\\nid = "demo.en.ad"\\nlang = "en"\\nphrase = "Advertisement"'
    >>> load_rules("demo.toml", data).match("Advertisement").id
    'demo.en.ad'
    """
    return compile_rules(parse_rules(path, data))


def compile_rules(rules: Iterable[Rule]) -> RuleTable:
    """Group rules by role, scope and word limit, and compile each group into one pattern.

    Buckets are tried line-scope first, then start, then anywhere, and tighter word
    limits before looser ones, so the most specific rule names the removal. A pattern
    that does not compile or matches empty text raises :class:`RuleError` naming its
    file and id. (Compiling is the costly step, so each rule is compiled only inside
    its bucket, and on its own only to find the culprit of a failure.)
    """
    groups: dict[tuple[str, str, int, bool], list[tuple[Rule, frozenset[str] | None]]] = {}
    for rule in rules:
        keys = required_keys(rule.source)
        groups.setdefault((rule.role, rule.scope, rule.max_words, keys is None), []).append((rule, keys))
    order = sorted(groups, key=lambda k: (ROLES.index(k[0]), SCOPES.index(k[1]), k[2], k[3]))
    buckets = tuple(
        _bucket(role, scope, words, groups[(role, scope, words, bare)]) for role, scope, words, bare in order
    )
    longest = max((b.max_words for b in buckets), default=0)
    by_role = tuple((role, _RoleIndex.build(tuple(b for b in buckets if b.role == role))) for role in ROLES)
    return RuleTable(tuple(r for key in order for r, _ in groups[key]), buckets, longest, by_role)


def _body(rule: Rule) -> str:
    return f"(?-i:{rule.source})" if rule.case_sensitive else f"(?:{rule.source})"


def _scoped(scope: str, alternation: str) -> str:
    """The pattern a segment must match (``fullmatch``/``match``/``search`` by scope) for ``alternation``."""
    if scope == "line":
        # Bullets, quotes, pipes, arrows and trailing punctuation around a label do not count.
        return rf"[\W_]*(?:{alternation})[\W_]*"
    if scope == "start":
        return rf"[\W_]*(?:{alternation})(?!\w)"
    return rf"(?<!\w)(?:{alternation})(?!\w)"


def rule_test(rule: Rule) -> Callable[[str], object]:
    """A test of folded text, truthy where ``rule`` fires (its scope's wrapper included)."""
    pattern = regex.compile(_scoped(rule.scope, _body(rule)), _FLAGS)
    if rule.scope == "line":
        return pattern.fullmatch
    return pattern.match if rule.scope == "start" else pattern.search


def _bucket(
    role: str, scope: str, max_words: int, members: Sequence[tuple[Rule, frozenset[str] | None]]
) -> _Bucket:
    rules = [rule for rule, _ in members]
    keyed = [keys for _, keys in members]
    bucket_keys = None if None in keyed else frozenset().union(*[k for k in keyed if k is not None])
    source = _scoped(scope, "|".join(f"(?P<r{k}>{_body(rule)})" for k, rule in enumerate(rules)))
    try:
        pattern = regex.compile(source, _FLAGS)
    except regex.error:
        for rule in rules:
            try:
                regex.compile(rule.source, _FLAGS)
            except regex.error as exc:
                raise RuleError(f"{rule.file}: rule {rule.id!r}: bad regex: {exc}") from exc
        raise  # pragma: no cover - the rules compile alone but not together
    # On empty text every scope's wrapper reduces to the alternation itself.
    empty = pattern.fullmatch("")
    if empty is not None:
        culprit = next(int(name[1:]) for name, value in empty.groupdict().items() if value is not None)
        rule = rules[culprit]
        raise RuleError(f"{rule.file}: rule {rule.id!r}: the pattern matches empty text")
    return _Bucket(scope, role, max_words, bucket_keys, pattern, tuple(rules), *_finer(members))


def _finer(
    members: Sequence[tuple[Rule, frozenset[str] | None]],
) -> tuple[tuple[Alternative, ...], tuple[_Literal, ...] | None]:
    """A bucket's ways and literal text (see :class:`_Bucket`), from its rules' patterns.

    A rule whose pattern has an odd character, or whose ways are unknown, keeps its bare keys.
    """
    if any(keys is None for _, keys in members):
        texts = []
        for rule, _ in members:
            first = leading_words(rule.source) if rule.scope != "anywhere" else None
            clauses = required_text(rule.source)
            if not is_plain(rule.source) or (first is None and not clauses):
                return (), None
            texts.append((first, clauses))
        return (), tuple(texts)
    ways: dict[Alternative, None] = {}
    for rule, keys in members:
        found = required_alternatives(rule.source) if is_plain(rule.source) else None
        for way in found if found is not None else (frozenset({keys or frozenset()}),):
            ways[way] = None
    return tuple(ways), None
