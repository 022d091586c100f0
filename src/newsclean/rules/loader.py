"""Phrase-rule tables: read one TOML file per category, validate every rule, compile once.

A table file holds ``[[rule]]`` entries with these keys:

- ``id`` (required, unique in the file): named in every removal the rule causes.
- ``lang`` (required): ISO 639-1 code of the wording, or ``"*"`` for language-neutral rules.
- ``pattern`` (a ``regex`` pattern) or ``phrase`` (literal text, any run of spaces matches
  any whitespace); exactly one of the two. Matching ignores case unless ``case_sensitive``.
- ``scope``: ``"line"`` (default; the pattern covers the whole segment apart from leading and
  trailing punctuation and symbols), ``"start"`` (the segment begins with it) or
  ``"anywhere"`` (it may sit inside a longer segment).
- ``max_words``: the segment must not have more words (runs of letters and digits) than
  this; 15 for ``line`` rules and 40 for the others by default, because a label or a
  prompt is short while a long sentence that merely mentions a subscription is prose.
- ``role``: ``"prompt"`` (default) or ``"heading"``; a heading rule fires only on a short
  line directly above a prompt of the same table (``Newsletter`` above a sign-up line).
- ``case_sensitive``: ``false`` by default.

Text and patterns are folded alike before matching (see :func:`fold`), so a rule need not
spell out Arabic/Persian letter variants, diacritics or curly apostrophes. Each compiled
group of rules carries the word keys one of which any match needs
(:mod:`newsclean.rules.keys`), and every way its rules can match with all the keys that way
needs, so most segments are dismissed without running a regex.
"""

from __future__ import annotations

import re as stdlib_re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import regex

from newsclean.errors import RuleError
from newsclean.rules.keys import (
    KEY_CHARS,
    Alternative,
    best_clause,
    is_plain,
    leading_words,
    lower_words,
    required_alternatives,
    required_keys,
    required_text,
    words_of,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

SCOPES = ("line", "start", "anywhere")
ROLES = ("prompt", "heading")
DEFAULT_MAX_WORDS = {"line": 15, "start": 40, "anywhere": 40}
_KEYS = frozenset({"id", "lang", "pattern", "phrase", "scope", "max_words", "role", "case_sensitive"})
# ISO 639-1 codes, kept as one string: a 184-item literal would bury the module.
_ISO_639_1_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy "
    "da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu "
    "hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb "
    "lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om "
    "or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw "
    "ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
)
_ISO_639_1 = frozenset(_ISO_639_1_CODES.split())
_FLAGS = regex.IGNORECASE | regex.UNICODE
# Letters that Arabic-script sites write interchangeably, Arabic diacritics and tatweel,
# joiners, and typographic apostrophes: folded in both texts and patterns.
_FOLD: dict[str, str] = {
    "\u064a": "\u06cc",  # Arabic yeh -> Persian yeh
    "\u0649": "\u06cc",  # alef maksura -> Persian yeh
    "\u0643": "\u06a9",  # Arabic kaf -> Persian keheh
    "\u0623": "\u0627",  # alef with hamza above -> alef
    "\u0625": "\u0627",  # alef with hamza below -> alef
    "\u0622": "\u0627",  # alef with madda -> alef
    "\u0640": "",  # tatweel
    **{chr(c): "" for c in range(0x064B, 0x0653)},  # harakat
    "\u0670": "",
    "\u200c": " ",  # zero-width non-joiner: Persian half-space
    "\u200b": "",
    "\u200d": "",
    "\u00ad": "",
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
}
_FOLDED = stdlib_re.compile("[" + "".join(sorted(_FOLD)) + "]")

_NAMED_GROUP = regex.compile(r"\(\?P?<[A-Za-z_]")
# Segments longer than this are first tokenised only this far, which may already be too many words.
_PREFIX_CHARS = 4096
MAX_RULE_WORDS = 400
"""No rule applies to segments longer than this many words (``max_words`` is capped here)."""
Owner = TypeVar("Owner")


def fold(text: str) -> str:
    """Fold the spelling variants rules should not have to list.

    >>> fold("l’article") == "l'article"
    True
    """
    if text.isascii():
        return text
    # A scan for the few folded characters is far cheaper than translating every character.
    return _FOLDED.sub(lambda m: _FOLD[m.group()], text)


@dataclass(frozen=True)
class Rule:
    """One validated rule; ``source`` is the folded regex (a phrase is escaped into one)."""

    id: str
    lang: str
    source: str
    scope: str
    max_words: int
    role: str
    case_sensitive: bool
    file: str


@dataclass(frozen=True)
class _Bucket:
    """Rules sharing role, scope and word limit, compiled as one alternation of named groups.

    ``keys`` holds the word keys one of which any match needs (``None``: always try). On a
    plain text (:func:`~newsclean.rules.keys.is_plain`) a match also needs all the clauses of
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
_Check = tuple["tuple[str, ...] | None", tuple[stdlib_re.Pattern[str], ...]]
_Slot = tuple[Owner, int]
_Way = tuple[_Slot[Owner], int, "frozenset[str] | None", tuple[tuple[frozenset[str], ...], ...]]


@dataclass(frozen=True)
class Opener(Generic[Owner]):
    """Which buckets of one or more tables a segment could open, found from its word keys.

    Buckets are named by owner (a table, a role) and position. One dictionary lookup per
    key of the segment finds the ways of matching that key starts; a way opens its bucket
    when the segment also has a key of each of its other clauses (``rest``) and one of the
    bucket's own keys (``gate``, when the way's key is not one). A segment that is not plain
    falls back to the buckets' own keys alone (``coarse``).
    """

    ways: Mapping[str, tuple[_Way[Owner], ...]]
    """Key to ``((owner, position), max_words, gate, rests)`` for each bucket it starts a way of
    matching into, with the other clauses (``rest``) of each such way."""
    coarse: Mapping[str, tuple[tuple[Owner, int, int], ...]]
    """Key to the ``(owner, position, max_words)`` of the buckets it opens."""
    unkeyed: tuple[tuple[_Slot[Owner], int, tuple[_Check, ...] | None], ...]
    """``((owner, position), max_words, checks)`` of the buckets without keys: their ``text``
    (see :class:`_Bucket`) with each clause as a search in lower-cased text."""
    longest: int

    @classmethod
    def build(cls, tables: Iterable[tuple[Owner, Sequence[_Bucket]]]) -> Opener[Owner]:
        """The opener of some buckets, each list under its owner."""
        ways: dict[
            str, dict[tuple[_Slot[Owner], int, frozenset[str] | None], set[tuple[frozenset[str], ...]]]
        ] = {}
        coarse: dict[str, list[tuple[Owner, int, int]]] = {}
        unkeyed = []
        longest = 0
        for owner, buckets in tables:
            for position, bucket in enumerate(buckets):
                longest = max(longest, bucket.max_words)
                if bucket.keys is None:
                    checks = None
                    if bucket.text is not None:
                        checks = tuple(
                            (None if first is None else tuple(sorted(first)), tuple(map(_search, clauses)))
                            for first, clauses in bucket.text
                        )
                    unkeyed.append(((owner, position), bucket.max_words, checks))
                    continue
                for key in bucket.keys:
                    coarse.setdefault(key, []).append((owner, position, bucket.max_words))
                for way in bucket.ways:
                    start = best_clause(way) or bucket.keys
                    rest = tuple(sorted(way - {start}, key=len))
                    for key in start:
                        gate = None if key in bucket.keys else bucket.keys
                        ways.setdefault(key, {}).setdefault(
                            ((owner, position), bucket.max_words, gate), set()
                        ).add(rest)
        return cls(
            {
                key: tuple((*head, _rests(rests)) for head, rests in found.items())
                for key, found in ways.items()
            },
            {key: tuple(found) for key, found in coarse.items()},
            tuple(unkeyed),
            longest,
        )

    def open(self, prepared: Prepared) -> dict[Owner, list[int]]:
        """Each owner's buckets, by position in order, that could match ``prepared``."""
        count = len(prepared.words)
        if count > self.longest:
            return {}
        keys = prepared.keys
        found: set[_Slot[Owner]] = set()
        if prepared.plain:
            ways = self.ways
            for key in keys & ways.keys():
                for slot, limit, gate, rests in ways[key]:
                    if count > limit or slot in found or (gate is not None and gate.isdisjoint(keys)):
                        continue
                    for rest in rests:  # plain loops: this is the innermost work per segment
                        for clause in rest:
                            if clause.isdisjoint(keys):
                                break
                        else:
                            found.add(slot)
                            break
            head = prepared.words[0] if prepared.words else ""
            for slot, limit, checks in self.unkeyed:
                if count > limit:
                    continue
                if checks is None:
                    found.add(slot)
                    continue
                for first, searches in checks:
                    if first is not None and not head.startswith(first):
                        continue
                    for search in searches:
                        if search.search(prepared.lowered) is None:
                            break
                    else:
                        found.add(slot)
                        break
        else:
            coarse = self.coarse
            for key in keys & coarse.keys():
                found.update((owner, position) for owner, position, limit in coarse[key] if count <= limit)
            found.update(slot for slot, limit, _ in self.unkeyed if count <= limit)
        opened: dict[Owner, list[int]] = {}
        for owner, position in found:
            opened.setdefault(owner, []).append(position)
        for positions in opened.values():
            positions.sort()
        return opened


def _rests(rests: set[tuple[frozenset[str], ...]]) -> tuple[tuple[frozenset[str], ...], ...]:
    """The other clauses of the ways one key starts into one bucket; an empty one means any."""
    return (
        ((),)
        if () in rests
        else tuple(sorted(rests, key=lambda rest: (len(rest), sorted(map(sorted, rest)))))
    )


def _search(strings: Iterable[str]) -> stdlib_re.Pattern[str]:
    """A search for any of ``strings`` (the longest first, where one starts another)."""
    return stdlib_re.compile(
        "|".join(stdlib_re.escape(s) for s in sorted(strings, key=lambda s: (-len(s), s)))
    )


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
    """Whether the finer prefilters are sound on this text (:func:`~newsclean.rules.keys.is_plain`)."""


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


def parse_rules(path: str, data: bytes) -> tuple[Rule, ...]:
    """Parse the TOML table ``data`` read from ``path`` and check its keys and values.

    Patterns are checked when compiled (:func:`compile_rules`, or :func:`load_rules`
    which does both); every :class:`RuleError` names ``path`` and the rule id.
    """
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: not a valid UTF-8 TOML rule table: {exc}") from exc
    extra = sorted(set(table) - {"rule"})
    if extra:
        raise RuleError(f"{path}: unknown top-level key(s) {', '.join(extra)}; rules go in [[rule]]")
    entries = table.get("rule", [])
    if not isinstance(entries, list):
        raise RuleError(f"{path}: 'rule' must be an array of tables ([[rule]])")
    rules: list[Rule] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        rule = _validate(path, number, entry)
        if rule.id in seen:
            raise RuleError(f"{path}: rule {rule.id!r}: duplicate id")
        seen.add(rule.id)
        rules.append(rule)
    return tuple(rules)


def load_rules(path: str, data: bytes) -> RuleTable:
    """Parse, validate and compile a rule table; any fault raises :class:`RuleError`.

    >>> data = b'[[rule]]\\nid = "demo.en.ad"\\nlang = "en"\\nphrase = "Advertisement"'
    >>> load_rules("demo.toml", data).match("Advertisement").id
    'demo.en.ad'
    """
    return compile_rules(parse_rules(path, data))


def _validate(path: str, number: int, entry: Any) -> Rule:
    if not isinstance(entry, dict):
        raise RuleError(f"{path}: rule #{number} is not a table")
    rule_id = entry.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise RuleError(f"{path}: rule #{number} has no id (a non-empty string)")
    where = f"{path}: rule {rule_id!r}"
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(unknown)}")
    lang = entry.get("lang")
    if lang != "*" and lang not in _ISO_639_1:
        raise RuleError(f"{where}: lang must be an ISO 639-1 code or '*', got {lang!r}")
    scope = entry.get("scope", "line")
    if scope not in SCOPES:
        raise RuleError(f"{where}: scope must be one of {', '.join(SCOPES)}, got {scope!r}")
    role = entry.get("role", "prompt")
    if role not in ROLES:
        raise RuleError(f"{where}: role must be one of {', '.join(ROLES)}, got {role!r}")
    if role == "heading" and scope != "line":
        raise RuleError(f"{where}: a heading rule must have scope 'line'")
    max_words = entry.get("max_words", DEFAULT_MAX_WORDS[scope])
    if not isinstance(max_words, int) or isinstance(max_words, bool) or not 1 <= max_words <= MAX_RULE_WORDS:
        raise RuleError(
            f"{where}: max_words must be an integer from 1 to {MAX_RULE_WORDS}, got {max_words!r}"
        )
    case_sensitive = entry.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        raise RuleError(f"{where}: case_sensitive must be true or false")
    return Rule(rule_id, str(lang), _source(where, entry), scope, max_words, role, case_sensitive, path)


def _source(where: str, entry: dict[str, Any]) -> str:
    pattern, phrase = entry.get("pattern"), entry.get("phrase")
    if (pattern is None) == (phrase is None):
        raise RuleError(f"{where}: needs exactly one of 'pattern' or 'phrase'")
    raw = pattern if pattern is not None else phrase
    if not isinstance(raw, str) or not raw.strip():
        raise RuleError(f"{where}: pattern/phrase must be a non-empty string")
    if phrase is not None:
        # Typographic variants of a phrase are folded before escaping, then spaces are loosened.
        return r"\s+".join(regex.escape(part) for part in fold(raw).split())
    if _NAMED_GROUP.search(raw):
        raise RuleError(f"{where}: named groups are reserved; use (?:...) instead")
    # A Persian half-space may be typed as a space, as nothing, or as the joiner itself.
    return fold(raw.replace("\u200c", " ?"))


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
