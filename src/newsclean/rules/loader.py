"""Phrase-rule tables: read one TOML file per category and validate its header and every rule.

A bundled table file starts with a ``[cleaner]`` header for the phrase cleaner that uses it:

- ``reason``: what a matched line is, ending the reason of each removal
  ("Matches paywall rule paywall.en.label: a prompt to sign in or subscribe.");
- ``position``: where that cleaner runs among the phrase cleaners, lowest first; specific
  tables go before broad ones, so overlapping wording gets the closest category.

Then come ``[[rule]]`` entries with these keys:

- ``id`` (required, unique in the file): named in every removal the rule causes.
- ``lang`` (required): ISO 639-1 code of the wording, or ``"*"`` for language-neutral rules.
- ``pattern`` (a ``regex`` pattern) or ``phrase`` (literal text, any run of spaces matches
  any whitespace); exactly one of the two. Matching ignores case unless ``case_sensitive``.
- ``scope``: ``"line"`` (default; the pattern covers the whole segment apart from leading and
  trailing punctuation and symbols), ``"start"`` (the segment begins with it) or
  ``"anywhere"`` (it may sit inside a longer segment).
- ``max_words``: the segment must not have more words (as
  :func:`newsclean.text.features.word_count` counts them) than this; 15 for ``line`` rules
  and 40 for the others by default, because a label or a prompt is short while a long
  sentence that merely mentions a subscription is prose.
- ``role``: ``"prompt"`` (default) or ``"heading"``; a heading rule fires only on a short
  line directly above a prompt of the same table (``Newsletter`` above a sign-up line).
- ``case_sensitive``: ``false`` by default.

Text and patterns are folded alike before matching (see :func:`fold_spelling`), so a rule need not
spell out Arabic/Persian letter variants, diacritics or curly apostrophes. The validated
rules are compiled into a :class:`~newsclean.rules.table.RuleTable` by
:func:`~newsclean.rules.table.compile_rules` (:func:`~newsclean.rules.table.load_rules`
reads and compiles in one step). Rules of one role, scope and word limit form one combined
pattern, tried in file order.
"""

from __future__ import annotations

import re as stdlib_re
import sys
from dataclasses import dataclass
from typing import Any

import regex

from newsclean.errors import RuleError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

SCOPES = ("line", "start", "anywhere")
ROLES = ("prompt", "heading")
DEFAULT_MAX_WORDS = {"line": 15, "start": 40, "anywhere": 40}
_KEYS = frozenset({"id", "lang", "pattern", "phrase", "scope", "max_words", "role", "case_sensitive"})
_HEADER_KEYS = frozenset({"reason", "position"})
FLAGS = regex.IGNORECASE | regex.UNICODE
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
# Malayalam's older encoding of a final consonant (the letter, virama and zero-width joiner) and its
# atomic chillu letter, which the patterns use.
_FOLD.update(
    {
        "\u0d23\u0d4d\u200d": "\u0d7a",
        "\u0d28\u0d4d\u200d": "\u0d7b",
        "\u0d30\u0d4d\u200d": "\u0d7c",
        "\u0d32\u0d4d\u200d": "\u0d7d",
        "\u0d33\u0d4d\u200d": "\u0d7e",
        "\u0d15\u0d4d\u200d": "\u0d7f",
    }
)
_FOLDED = stdlib_re.compile(
    "|".join(key for key in _FOLD if len(key) > 1)
    + "|["
    + "".join(sorted(key for key in _FOLD if len(key) == 1))
    + "]"
)

_NAMED_GROUP = regex.compile(r"\(\?P?<[A-Za-z_]")
MAX_RULE_WORDS = 400
"""No rule applies to segments longer than this many words (``max_words`` is capped here)."""


def fold_spelling(text: str) -> str:
    """Fold the spelling variants rules should not have to list.

    >>> fold_spelling("l’article") == "l'article"
    True
    >>> fold_spelling("\u0d15\u0d33\u0d4d\u200d") == "\u0d15\u0d7e"  # Malayalam "kaḷ", old and atomic
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

    @property
    def body(self) -> str:
        """``source`` as a group, with the rule's case sensitivity."""
        return f"(?-i:{self.source})" if self.case_sensitive else f"(?:{self.source})"

    @property
    def pattern(self) -> regex.Pattern[str]:
        """This rule alone, compiled with its scope's wrapper (see :func:`scoped`).

        Run it on folded text with :meth:`fires`, which picks ``fullmatch``, ``match`` or
        ``search`` by scope. (``regex`` keeps recently compiled patterns, so asking again is cheap.)

        >>> Rule("t.en.a", "en", "advert", "line", 15, "prompt", False, "t.toml").pattern.pattern
        '[\\\\W_]*(?:(?:advert))[\\\\W_]*'
        """
        return regex.compile(scoped(self.scope, self.body), FLAGS)

    def fires(self, folded: str) -> bool:
        """Whether this rule alone matches ``folded`` text (its word limit aside).

        >>> Rule("t.en.a", "en", "advert", "start", 40, "prompt", False, "t.toml").fires("» Advert here")
        True
        """
        pattern = self.pattern
        if self.scope == "line":
            return pattern.fullmatch(folded) is not None
        if self.scope == "start":
            return pattern.match(folded) is not None
        return pattern.search(folded) is not None


def scoped(scope: str, alternation: str) -> str:
    """The pattern a segment must match (``fullmatch``/``match``/``search`` by scope) for ``alternation``."""
    if scope == "line":
        # Bullets, quotes, pipes, arrows and trailing punctuation around a label do not count.
        return rf"[\W_]*(?:{alternation})[\W_]*"
    if scope == "start":
        return rf"[\W_]*(?:{alternation})(?!\w)"
    return rf"(?<!\w)(?:{alternation})(?!\w)"


@dataclass(frozen=True)
class Header:
    """A table's ``[cleaner]`` header: the reason text and chain position of its phrase cleaner."""

    reason: str
    position: int


def parse_rules(path: str, data: bytes) -> tuple[Rule, ...]:
    """Parse the TOML table ``data`` read from ``path`` and check its keys and values.

    Patterns are checked when compiled (:func:`~newsclean.rules.table.compile_rules`, or
    :func:`~newsclean.rules.table.load_rules` which does both); every :class:`RuleError`
    names ``path`` and the rule id.
    """
    return read_table(path, data)[1]


def read_table(path: str, data: bytes) -> tuple[Header | None, tuple[Rule, ...]]:
    """The header (``None`` when the file has none) and rules of the TOML table ``data`` read from ``path``.

    >>> read_table("t.toml", b'[cleaner]\\nreason = "a label"\\nposition = 5')
    (Header(reason='a label', position=5), ())
    """
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: not a valid UTF-8 TOML rule table: {exc}") from exc
    extra = sorted(set(table) - {"rule", "cleaner"})
    if extra:
        raise RuleError(
            f"{path}: unknown top-level key(s) {', '.join(extra)}; "
            "rules go in [[rule]], the header in [cleaner]"
        )
    header = _header(path, table["cleaner"]) if "cleaner" in table else None
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
    return header, tuple(rules)


def _header(path: str, entry: Any) -> Header:
    where = f"{path}: [cleaner]"
    if not isinstance(entry, dict):
        raise RuleError(f"{where} must be a table")
    unknown = sorted(set(entry) - _HEADER_KEYS)
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(unknown)}")
    reason, position = entry.get("reason"), entry.get("position")
    if not isinstance(reason, str) or not reason.strip():
        raise RuleError(f"{where}: reason must be a non-empty string")
    if not isinstance(position, int) or isinstance(position, bool):
        raise RuleError(f"{where}: position must be an integer, got {position!r}")
    return Header(reason.strip(), position)


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
        return r"\s+".join(regex.escape(part) for part in fold_spelling(raw).split())
    if _NAMED_GROUP.search(raw):
        raise RuleError(f"{where}: named groups are reserved; use (?:...) instead")
    # A Persian half-space may be typed as a space, as nothing, or as the joiner itself.
    return fold_spelling(raw.replace("\u200c", " ?"))
