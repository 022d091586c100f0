"""Which of many ``regex`` patterns could match a text, found in a few passes of RE2 over it.

Each pattern is rewritten into an RE2 pattern that matches *at least* wherever the
original can (:func:`superset`), and they go, a few hundred at a time, into RE2 sets:
DFAs that each read the text once, however many patterns they hold. Only the patterns
they name are then run with ``regex``, which decides. The rewriting never narrows a pattern:

- ``\\w``, ``\\d``, ``\\s``, ``\\p{...}`` become ASCII classes widened by every non-ASCII
  character (RE2's own classes are ASCII-only or follow another Unicode version);
  their negations keep only ASCII characters out;
- lookarounds, word boundaries and anchors are dropped (a weaker condition);
- atomic groups and possessive quantifiers become plain ones; ``{,n}`` becomes ``{0,n}``, and
  a repeat of more than a few (``{1,40}``) becomes ``+`` or ``*``, which keeps the automaton small;
- case-insensitive throughout (case-sensitive patterns match a subset); a letter that
  ``regex`` equates with characters RE2 does not (``I`` with the dotless ``ı``) becomes a
  class of them all, and every class takes them all in.

Each rewritten pattern is then cut down to the part every match holds
(:func:`newsclean.rules.factor.necessary`): the automaton stays small and is cheap to build.
Most patterns go further, to a few literals one of which every match holds
(:func:`newsclean.rules.factor.literals`: "(?:[0-9]+ )?comments?" holds "comment"). They all
go into one RE2 set of plain strings, read over the text with the letters ``regex`` pairs
caselessly beyond RE2 folded into one (``ı`` and ``İ`` read as ``i``). An automaton of strings
has about as many states as their letters, where one of whole patterns builds a state for each
mix of partial matches a text reaches: over the first 60 whole pages of a process, the states of
the sets of 300 patterns took 4.7 s to build, the set of strings 0.35 s. Only the patterns
without such literals (a bare "Ad", a line of pipes) go into the sets of patterns.
A pattern that cannot be rewritten or that RE2 rejects is a candidate for every text.
The rewritten patterns are kept in newsclean's disk cache (:mod:`newsclean.text.diskcache`),
keyed by the patterns and this module's source, so a fresh process skips the rewriting.
Tests check the classes over every code point and the case equivalences of every letter
the bundled patterns spell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import re2
import regex

from newsclean.rules import factor
from newsclean.text import diskcache

# Runs of plain characters, escapes, POSIX classes, class openings, group openings, braces,
# possessive marks, single characters.
_TOKEN = regex.compile(
    r"[^\\\[\](){}*+?^$.|\-]+"  # a run of plain characters
    r"|\\(?:[pP](?:\{[^}]*\}|.)|[xN]\{[^}]*\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)"
    r"|\[:[^\]]*:\]|\[\^?|\(\?P?<[A-Za-z_]\w*>|\(\?<?[=!]|\(\?[a-zA-Z-]*[:)]|\(\?.?|\{[^{}]*\}|[*+?]\+|.",
    regex.DOTALL,
)
_REPEAT = regex.compile(r"\{(\d*)(,\d*)?\}")
_NONASCII = r"\x{80}-\x{10FFFF}"
# Per class escape: (alone, inside a class, inside a negated class). The first two are supersets
# of what ``regex`` matches; the third a subset, since a negated class keeps it out.
_CLASSES = {
    "d": (f"[0-9{_NONASCII}]", f"0-9{_NONASCII}", "0-9"),
    "w": (f"[0-9A-Za-z_{_NONASCII}]", f"0-9A-Za-z_{_NONASCII}", "0-9A-Za-z_"),
    "s": (rf"[\t-\r\x1c-\x20{_NONASCII}]", rf"\t-\r\x1c-\x20{_NONASCII}", r"\t-\r "),
    "D": ("[^0-9]", r"\x00-/:-\x{10FFFF}", r"\x00-/:-\x7f"),
    "W": ("[^0-9A-Za-z_]", r"\x00-/:-@\[-^`{-\x{10FFFF}", r"\x00-/:-@\[-^`{-\x7f"),
    "S": (r"[^\t-\r ]", r"\x00-\x08\x0e-\x1f!-\x{10FFFF}", "!-~"),
}
_ANY = r"\x00-\x{10FFFF}"
_ZERO_WIDTH = frozenset("bBmMAZzG")
_LOOKAROUNDS = frozenset({"(?=", "(?!", "(?<=", "(?<!"})
# Letters ``regex`` matches caselessly with one another while RE2 does not pair them all (it leaves
# out the Turkic dotted and dotless i, and its case tables are of an older Unicode version).
_ALIKE = ("iIıİ", "ßẞ\U0001df95")
_CASE_EXTRAS = {char: group.replace(char, "") for group in _ALIKE for char in group}
_ALL_EXTRAS = "".join(_ALIKE)
_AS_CLASSES = str.maketrans({char: f"[{char}{extra}]" for char, extra in _CASE_EXTRAS.items()})
# The same letters as one, for the literal search: the text is folded with this table.
_FOLD = str.maketrans({char: group[0] for group in _ALIKE for char in group[1:]})
_SPECIAL = frozenset("\\^$.|?*+()[]{}-")
# RE2's budget for the set's lazily built automaton. The whole set over news text settles at a
# few thousand states; at 32 MB the cache filled and was thrown away every few segments, and
# matching cost 15 times as much (56 against 3.6 ms per whole-page document). Memory grows only
# with the states a text needs.
_MAX_MEM = 128 << 20
_MAX_COUNTED = 4
# Patterns per RE2 set. The states of one set's automaton multiply with its patterns: with all
# 1,208 bundled patterns in one set the cache overflowed and was rebuilt on nearly every segment,
# and the phrase cleaners cost 89 ms per whole-page document against 1.7 ms at 892 patterns. In
# sets of 300 they cost 2.0 ms; each segment is read once per set.
_SHARD = 300


def superset(source: str) -> str | None:
    """An RE2 pattern matching wherever the ``regex`` pattern ``source`` can, or ``None`` if unsure.

    >>> print(superset(r"(?<!\\w)read\\s?more\\b"))
    read[\\t-\\r\\x1c-\\x20\\x{80}-\\x{10FFFF}]?more
    >>> print(superset(r"sign [^.]"))
    s[iIıİ]gn [^.]
    """
    out: list[str] = []
    negated: bool | None = None  # inside a class: whether it is negated; None outside
    first = False  # at the first item of a class, where ']' is a literal
    skipping = 0  # depth inside a dropped lookaround
    for token in _TOKEN.findall(source):
        if negated is not None:
            piece = _in_class(token, negated, first)
            first = False
            if piece is None:
                return None
            if piece == "]":
                if not skipping and out[-1] == "[^":
                    out[-1], piece = "[", f"{_ANY}]"  # every item was left out: any character
                negated = None
            if not skipping and piece:
                out.append(piece)
        elif token in ("[", "[^"):
            negated, first = token == "[^", True
            if not skipping:
                out.append(token if negated else f"[{_ALL_EXTRAS}")
        elif skipping:
            skipping += (token.startswith("(") and not token.endswith(")")) - (token == ")")
        elif token in _LOOKAROUNDS:
            skipping = 1
        else:
            piece = _outside(token)
            if piece is None:
                return None
            out.append(piece)
    return None if skipping or negated is not None else "".join(out)


def _in_class(token: str, negated: bool, first: bool) -> str | None:
    if first and token in ("]", "-"):
        return "\\" + token  # literal at the start, but no longer first once letters are put before it
    if token == "]":
        return "]"
    if token.startswith("\\") and len(token) == 2 and token[1] in _CLASSES:
        return _CLASSES[token[1]][2 if negated else 1]
    if token.startswith(("\\p", "\\P")):
        return "" if negated else _ANY
    if token.startswith(("\\u", "\\U")):
        return f"\\x{{{token[2:]}}}"
    if len(token) > 1 and token[0] in "[({":
        return None  # a POSIX class, a nested set, or a run read as a group or a repeat
    return token


def _outside(token: str) -> str | None:
    if token.startswith("\\") and len(token) == 2:
        char = token[1]
        if char in _CLASSES:
            return _CLASSES[char][0]
        if char in _ZERO_WIDTH:
            return ""
    if token.startswith(("\\p", "\\P")):
        return f"[{_ANY}]"
    if token.startswith(("\\x", "\\u", "\\U")):
        code = token[2:].strip("{}")
        escaped = f"\\x{{{code}}}"
        extra = _CASE_EXTRAS.get(chr(int(code, 16)))
        return escaped if extra is None else f"[{escaped}{extra}]"
    if token in ("^", "$"):
        return ""
    if token.startswith("(?"):
        if token == "(?>" or token.endswith(">"):
            return "(?:"  # an atomic group, or a named one: RE2 needs neither
        # Flags RE2 reads alike (case, multi-line, dot-all); others (verbose, V1, ASCII...) it does not.
        known = token.endswith((":", ")")) and set(token[2:-1]) <= set("ims-")
        return token if known else None
    if token.startswith("["):
        return None  # a POSIX class outside brackets
    if token.startswith("{"):
        repeat = _REPEAT.fullmatch(token)
        if repeat is None:
            return None  # fuzzy matching, or a brace RE2 would read otherwise
        low = int(repeat.group(1) or 0)
        high = repeat.group(2)
        if high is not None and high[1:] and int(high[1:]) <= _MAX_COUNTED:
            return f"{{{low},{high[1:]}}}"
        if high is None and low <= _MAX_COUNTED:
            return f"{{{low}}}"
        # A long count makes a large automaton: any number of repeats matches more and costs little.
        return "*" if low == 0 else "+"
    if len(token) == 2 and token[1] == "+" and token[0] in "*+?":
        return token[0]
    return token.translate(_AS_CLASSES)  # plain characters


def supersets(sources: Sequence[str]) -> list[str | None]:
    """:func:`superset` of each of ``sources`` cut down to its necessary part (see the module docs),
    from the disk cache when this code rewrote them before."""
    return [rewritten for rewritten, _ in _rewritten(sources)]


def _rewritten(sources: Sequence[str]) -> list[tuple[str | None, tuple[str, ...] | None]]:
    """Each source's :func:`superset` cut to its necessary part, and the literals one of which each
    match holds (see the module docs), from the disk cache when this code worked them out before."""
    sources = list(sources)
    code = _code_hash()
    if code is None:
        return [_rewrite(source) for source in sources]

    def valid(loaded: object) -> bool:
        return isinstance(loaded, list) and len(loaded) == len(sources)

    return diskcache.cached(
        "prefilter",
        "\x00".join([code, *sources]),
        lambda: [_rewrite(source) for source in sources],
        valid,
    )


def _rewrite(source: str) -> tuple[str | None, tuple[str, ...] | None]:
    rewritten = superset(source)
    if rewritten is None:
        return None, None
    return factor.cut(rewritten, _ALL_EXTRAS, _FOLD)


def _literal_pattern(text: str) -> str:
    return "".join(f"\\{char}" if char in _SPECIAL else char for char in text)


def _code_hash() -> str | None:
    """The hash of this module's source and :mod:`factor`'s: rewriting done by other code is never reused."""
    own, cut = diskcache.source_hash(__file__), diskcache.source_hash(factor.__file__)
    return None if own is None or cut is None else own + cut


@dataclass(frozen=True)
class Prefilter:
    """The patterns that could match a text, from a few RE2 passes over it (see the module docs).

    >>> found = Prefilter.build([r"sign\\s+up", r"\\d{4}"])
    >>> sorted(found.candidates("Please SIGN  up")), sorted(found.candidates("no"))
    ([0], [])
    """

    size: int
    words: re2.Set | None
    """One set of the literals of all patterns that have them (see :func:`factor.literals`)."""
    owners: tuple[tuple[int, ...], ...]
    """Per member of ``words``: the patterns (by position) one of whose literals it is."""
    shards: tuple[tuple[re2.Set, tuple[int, ...]], ...]
    """The other patterns, in sets of at most ``_SHARD``, each with the pattern of each member."""
    always: frozenset[int]
    """Patterns that could not be rewritten: candidates for every text."""

    @classmethod
    def build(cls, sources: Sequence[str]) -> Prefilter:
        """The prefilter of some ``regex`` patterns (candidates are their positions in ``sources``).

        The patterns are read as compiled with ``regex``'s default flags or ``IGNORECASE``;
        a flag that changes what they match elsewhere (``DOTALL``, ``VERBOSE``) goes inline.
        """
        options = re2.Options()
        options.case_sensitive = False
        # The automaton is built as texts are read; past this size it starts again (still linear).
        options.max_mem = _MAX_MEM
        options.log_errors = False  # a pattern RE2 rejects is simply always a candidate
        shards: list[tuple[re2.Set, tuple[int, ...]]] = []
        matcher, index = re2.Set.SearchSet(options), []
        always: set[int] = set()
        owners: dict[str, list[int]] = {}
        for position, (rewritten, held) in enumerate(_rewritten(sources)):
            if held is not None:
                for literal in held:
                    owners.setdefault(literal, []).append(position)
                continue
            try:
                if rewritten is None:
                    raise re2.error("not rewritten")
                matcher.Add(rewritten)
            except re2.error:
                always.add(position)
                continue
            index.append(position)
            if len(index) == _SHARD:
                matcher.Compile()
                shards.append((matcher, tuple(index)))
                matcher, index = re2.Set.SearchSet(options), []
        if index:
            matcher.Compile()
            shards.append((matcher, tuple(index)))
        literals = sorted(owners)
        words = None
        if literals:
            words = re2.Set.SearchSet(options)
            for literal in literals:
                words.Add(_literal_pattern(literal))
            words.Compile()
        return cls(
            len(sources),
            words,
            tuple(tuple(owners[literal]) for literal in literals),
            tuple(shards),
            frozenset(always),
        )

    def candidates(self, text: str) -> frozenset[int]:
        """Positions of the patterns that may match ``text``; the others cannot."""
        found: list[int] = []
        try:
            hits = self.words.Match(text.translate(_FOLD)) if self.words is not None else None
        except UnicodeEncodeError:
            return frozenset(range(self.size))
        for k in hits or ():
            found.extend(self.owners[k])
        for matcher, index in self.shards:
            try:
                hits = matcher.Match(text)
            except UnicodeEncodeError:  # a lone surrogate: RE2 reads only UTF-8
                return frozenset(range(self.size))
            if hits:
                found.extend(index[k] for k in hits)
        return self.always.union(found) if found else self.always
