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
(:mod:`newsclean.rules.keys`), so most segments are dismissed without running a regex.
"""

from __future__ import annotations

import re as stdlib_re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from newsclean.errors import RuleError
from newsclean.rules.keys import KEY_CHARS, required_keys, words_of

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

    ``keys`` holds the word keys one of which any match needs (``None``: always try).
    """

    scope: str
    role: str
    max_words: int
    keys: frozenset[str] | None
    pattern: regex.Pattern[str]
    rules: tuple[Rule, ...]

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


@dataclass(frozen=True)
class _RoleIndex:
    """The buckets of one role, and which of them each word key can open.

    A segment's candidate buckets are the always-tried ones plus those its keys open, found
    with one dictionary lookup per key the segment shares with the index.
    """

    buckets: tuple[_Bucket, ...]
    always: frozenset[int]
    by_key: dict[str, frozenset[int]]

    @classmethod
    def build(cls, buckets: tuple[_Bucket, ...]) -> _RoleIndex:
        by_key: dict[str, set[int]] = {}
        for position, bucket in enumerate(buckets):
            for key in bucket.keys or ():
                by_key.setdefault(key, set()).add(position)
        always = frozenset(p for p, b in enumerate(buckets) if b.keys is None)
        return cls(buckets, always, {key: frozenset(found) for key, found in by_key.items()})

    def candidates(self, keys: frozenset[str], count: int, unkeyed: bool = True) -> list[_Bucket]:
        """The buckets, in order, that could fire on a segment with these keys and word count.

        ``unkeyed=False`` leaves out the buckets no key announces (the caller knows they cannot fire).
        """
        found = set(self.always) if unkeyed else set()
        for key in keys & self.by_key.keys():
            found |= self.by_key[key]
        return [self.buckets[p] for p in sorted(found) if count <= self.buckets[p].max_words]


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

    def unkeyed(self, role: str = "prompt") -> tuple[Rule, ...]:
        """The rules of ``role`` that no word key announces (tried on every short enough segment)."""
        index = self._index(role)
        if index is None:
            return ()
        return tuple(rule for p in sorted(index.always) for rule in index.buckets[p].rules)

    def opened_by(self, role: str = "prompt") -> tuple[tuple[str, int], ...]:
        """``(key, max_words)`` for each keyed bucket of ``role`` and ``("", max_words)`` for the others.

        A segment can match only if it has one of the keys (or the key is empty) and at most that
        many words: a caller holding several tables can rule most of them out in one step.
        """
        index = self._index(role)
        if index is None:
            return ()
        opened = {(key, b.max_words) for b in index.buckets for key in (b.keys or ("",))}
        return tuple(sorted(opened))

    def match(self, text: str, role: str = "prompt") -> Rule | None:
        """The first rule of ``role`` (``prompt`` or ``heading``) that fires on ``text``.

        >>> rule = Rule("t.en.skip", "en", "skip to content", "line", 15, "prompt", False, "t.toml")
        >>> compile_rules([rule]).match("» Skip to Content").id
        't.en.skip'
        """
        return self.match_prepared(prepare(text), role)

    def match_prepared(
        self, prepared: Prepared | None, role: str = "prompt", *, unkeyed: bool = True
    ) -> Rule | None:
        """:meth:`match` on text already folded and split by :func:`prepare` (``None``: too long).

        ``unkeyed=False`` skips the rules no word key announces: for a caller that has tested them.
        """
        if prepared is None:
            return None
        count = len(prepared.words)
        if count > self.longest:
            return None
        index = self._index(role)
        if index is None:
            return None
        for bucket in index.candidates(prepared.keys, count, unkeyed):
            rule = bucket.run(prepared.folded)
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
    words = tuple(words_of(folded))
    return Prepared(folded, words, frozenset(word[:KEY_CHARS] for word in words))


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
    return _Bucket(scope, role, max_words, bucket_keys, pattern, tuple(rules))
