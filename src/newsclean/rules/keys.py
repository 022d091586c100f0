"""A cheap prefilter for rule patterns: the word keys any match must contain.

A text's *keys* are the first :data:`KEY_CHARS` characters of each of its lower-cased words
(runs of letters and digits). For a pattern, :func:`required_keys` works out a set of keys one
of which every match must contain, from the mandatory literal text in its syntax tree; when
it cannot be sure it returns ``None`` and the rule is always tried. The prefilter
therefore never hides a match: it only skips hopeless regex searches over long article
paragraphs, which is where the time of phrase matching goes.

Two finer tests build on the same tree. :func:`required_alternatives` lists, for each way a
pattern can match, *all* the keys that way needs (a prose sentence that mentions a
newsletter rarely holds every word of a sign-up prompt);
:func:`~newsclean.rules.literals.required_text` gives the literal text a pattern without
word keys needs. Both assume that lower-casing a text treats its letters as the ``regex``
engine's case-insensitive matching does, which holds unless the text has one of a few odd
characters (:func:`~newsclean.rules.words.is_plain`); callers use them on plain texts only.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Callable, Iterable

from newsclean.rules.syntax import Alt, Bound, Lit, Node, Opaque, Rep, Seq, UnsupportedError, parse

KEY_CHARS = 5
_MAX_STRINGS = 256
# Ways to match kept apart per pattern before a sequence's parts are summarised instead.
_MAX_ALTERNATIVES = 64
_MAX_REPEAT = 3
# Keys too common to prefer when a rarer one is on offer (they stay correct, only weak).
_WEAK_WORDS = (
    "the to a an of in on and or for you your our this is it be de la le les el en los las "
    "das der die und zu im um di il da do os и в на не по за از در به را و في من على"
)
_WEAK = frozenset(_WEAK_WORDS.split())


@functools.cache
def _separators() -> dict[int, str]:
    # Every non-alphanumeric character below U+20000 becomes a space (read-only, built once).
    return {c: " " for c in range(0x20000) if not chr(c).isalnum()}


def required_keys(source: str) -> frozenset[str] | None:
    """Keys one of which every match of ``source`` contains, or ``None`` when unsure.

    Every scope's wrapper puts a non-word character (or the text's edge) on both sides
    of a match, so the first and last literal words of the pattern are whole words.

    >>> sorted(required_keys(r"(?:sign|log) ?in to comment"))
    ['comme']
    >>> required_keys(r"\\d+:\\d+") is None
    True
    """
    try:
        return best_clause(_required(parse(source), boundary=True, end=True))
    except (UnsupportedError, ValueError, IndexError):
        return None


Alternative = frozenset[frozenset[str]]
"""One way to match: clauses (sets of keys) each of which the text must share a key with."""


def required_alternatives(source: str) -> tuple[Alternative, ...] | None:
    """The ways ``source`` can match, each with every clause of keys it needs; ``None`` when unsure.

    A text can hold a match only if it meets all the clauses of one alternative. A way
    that needs no key makes the whole answer ``None``.

    >>> sorted(sorted(map(sorted, alt)) for alt in required_alternatives(r"sign up|join (?:us|now)"))
    [[['join'], ['now']], [['join'], ['us']], [['sign'], ['up']]]
    """
    try:
        alternatives = _need(parse(source), boundary=True, end=True)
    except (UnsupportedError, ValueError, IndexError):
        return None
    return None if _TRUE[0] in alternatives else tuple(alternatives)


def union_of(nodes: Iterable[Node], part: Callable[[Node], frozenset[str] | None]) -> frozenset[str] | None:
    """The union of ``part(node)`` over ``nodes`` in order; ``None`` as soon as one part is ``None``.

    The walks over alternations share this: every branch must give an answer, or the whole has none.
    """
    union: frozenset[str] = frozenset()
    for node in nodes:
        found = part(node)
        if found is None:
            return None
        union |= found
    return union


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str]:
    return frozenset(a + b for a, b in itertools.product(left, right))


def _finite(node: Node) -> frozenset[str] | None:
    """Every string ``node`` can match, when there are few of them."""
    if isinstance(node, Lit):
        return node.chars
    if isinstance(node, Bound):
        return frozenset({""})
    if isinstance(node, Opaque):
        return None
    if isinstance(node, Seq):
        out = frozenset({""})
        for item in node.items:
            part = _finite(item)
            if part is None or len(out) * len(part) > _MAX_STRINGS:
                return None
            out = _product(out, part)
        return out
    if isinstance(node, Alt):
        union = union_of(node.branches, _finite)
        return union if union is not None and len(union) <= _MAX_STRINGS else None
    if node.high > _MAX_REPEAT:
        return None
    return _finite(Alt(tuple(Seq((node.node,) * n) for n in range(node.low, node.high + 1))))


def _string_keys(s: str, boundary: bool) -> set[str]:
    """Keys a text holding ``s`` must have (``boundary``: ``s`` starts a word)."""
    spaced = s.translate(_separators())
    keys = set()
    start = 0
    for word in spaced.split(" "):
        end = start + len(word)
        if word and (start > 0 or boundary) and (len(word) >= KEY_CHARS or end < len(spaced)):
            keys.add(word[:KEY_CHARS])
        start = end + 1
    return keys


def _keys_of(strings: frozenset[str], boundary: bool, end: bool) -> frozenset[str] | None:
    """One key per string, preferring rare, long keys that many of the strings share."""
    options = [_string_keys(f"{s} " if end else s, boundary) for s in strings]
    if not all(options):
        return None
    shared = Counter(k for keys in options for k in keys)
    return frozenset(max(keys, key=lambda k: (k not in _WEAK, len(k), shared[k], k)) for keys in options)


def _edge(node: Node, last: bool) -> tuple[bool, bool]:
    """(can match empty text, every non-empty match ends (``last``) or starts with a separator)."""
    strings = _finite(node)
    if strings is not None:
        seps = _separators()
        return "" in strings, all(ord(x[-1 if last else 0]) in seps for x in strings if x)
    if isinstance(node, Alt):
        edges = [_edge(b, last) for b in node.branches]
        return any(e[0] for e in edges), all(e[1] for e in edges)
    if isinstance(node, Rep):
        empty, sep = _edge(node.node, last)
        return empty or node.low == 0, sep
    if isinstance(node, Seq):
        empty, sep = True, True
        for item in node.items if last else reversed(node.items):
            item_empty, item_sep = _edge(item, last)
            # A part that may be empty leaves the edge to what precedes it (vacuously true at first).
            sep = item_sep and sep if item_empty else item_sep
            empty = empty and item_empty
        return empty, sep
    return False, False


def _after(node: Node, boundary: bool) -> bool:
    """Whether a word starts right after a match of ``node`` that began with ``boundary``."""
    empty, ends = _edge(node, last=True)
    return ends and (boundary or not empty)


def _ends_word(strings: frozenset[str], boundary: bool) -> bool:
    """Whether a word starts right after any of ``strings`` that began with ``boundary``."""
    seps = _separators()
    return all(ord(x[-1]) in seps if x else boundary for x in strings)


def _required(node: Node, boundary: bool, end: bool) -> list[frozenset[str]]:
    """Clauses of keys, each shared by any text holding a match of ``node``; ``end``: a separator follows."""
    strings = _finite(node)
    if strings is not None:
        keys = _keys_of(strings, boundary, end)
        return [keys] if keys else []
    if isinstance(node, Alt):
        union = union_of(node.branches, lambda branch: best_clause(_required(branch, boundary, end)))
        return [] if union is None else [union]
    if isinstance(node, Rep):
        return _required(node.node, boundary, end and node.high == 1) if node.low >= 1 else []
    if isinstance(node, Seq):
        return _required_seq(node.items, boundary, end)
    return []


def best_clause(clauses: Iterable[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of some clauses of keys: no weak key, long keys, few of them.

    >>> sorted(best_clause([frozenset({"the"}), frozenset({"newsl", "email"})]))
    ['email', 'newsl']
    """
    pool = list(clauses)
    if not pool:
        return None
    return min(pool, key=lambda ks: (any(k in _WEAK for k in ks), -min(map(len, ks)), len(ks)))


def _required_seq(items: tuple[Node, ...], boundary: bool, end: bool) -> list[frozenset[str]]:
    """The requirements of a sequence's mandatory parts.

    Consecutive finite parts are joined into runs of literal text first, so that
    ``sub`` + ``scribe`` yields the key of ``subscribe``.
    """
    clauses: list[frozenset[str]] = []
    for part, start, after in _parts(items, boundary, end):
        if isinstance(part, frozenset):
            keys = _keys_of(part, start, after)
            clauses.extend([keys] if keys else [])
        else:
            clauses.extend(_required(part, start, after))
    return clauses


def _parts(
    items: tuple[Node, ...], boundary: bool, end: bool
) -> list[tuple[frozenset[str] | Node, bool, bool]]:
    """A sequence as runs of literal strings and other nodes, each with (word starts, separator follows)."""
    parts: list[tuple[frozenset[str] | Node, bool, bool]] = []
    run: frozenset[str] | None = None
    run_start = boundary
    for i, item in enumerate(items):
        last = i == len(items) - 1
        part = _finite(item)
        if part is not None and run is not None and len(run) * len(part) <= _MAX_STRINGS:
            run = _product(run, part)
        else:
            if run is not None:
                next_empty, next_sep = _edge(item, last=False)
                parts.append((run, run_start, next_sep and (not next_empty or (last and end))))
                boundary = _ends_word(run, run_start)
                run = None
            if part is not None:
                run, run_start = part, boundary
            else:
                parts.append((item, boundary, end and last))
                boundary = _after(item, boundary)
        if last and run is not None:
            parts.append((run, run_start, end))
    return parts


_TRUE: list[Alternative] = [frozenset()]


def _need(node: Node, boundary: bool, end: bool) -> list[Alternative]:
    """:func:`_required` kept apart by way of matching (see :func:`required_alternatives`)."""
    strings = _finite(node)
    if strings is not None:
        return _need_strings(strings, boundary, end)
    if isinstance(node, Alt):
        return _simplify([alt for branch in node.branches for alt in _need(branch, boundary, end)])
    if isinstance(node, Rep):
        return _need(node.node, boundary, end and node.high == 1) if node.low >= 1 else _TRUE
    if isinstance(node, Seq):
        result = _TRUE
        for part, start, after in _parts(node.items, boundary, end):
            ways = (
                _need_strings(part, start, after)
                if isinstance(part, frozenset)
                else _need(part, start, after)
            )
            if len(result) * len(ways) > _MAX_ALTERNATIVES:
                ways = [_summary(ways)]
            result = _simplify([a | b for a in result for b in ways])
        return result
    return _TRUE


def _need_strings(strings: frozenset[str], boundary: bool, end: bool) -> list[Alternative]:
    # Every key of a string is needed (_keys_of picks just one of them).
    return _simplify(
        [frozenset(frozenset({k}) for k in _string_keys(f"{s} " if end else s, boundary)) for s in strings]
    )


def _summary(alternatives: list[Alternative]) -> Alternative:
    """One clause every alternative implies: the union of their best clauses."""
    bests = [best_clause(list(alt)) for alt in alternatives]
    if any(best is None for best in bests):
        return frozenset()
    return frozenset({frozenset().union(*[b for b in bests if b is not None])})


def _simplify(alternatives: list[Alternative]) -> list[Alternative]:
    """The alternatives without those that need more than another one (met whenever it is)."""
    kept: list[Alternative] = []
    for alt in sorted(dict.fromkeys(alternatives), key=len):
        if not any(other <= alt for other in kept):
            kept.append(alt)
    return kept
