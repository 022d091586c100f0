"""The part of an RE2 pattern that every match holds: a cheaper pattern for an unanchored search.

A pattern found anywhere in a text is found with any contiguous run of its items: if ``ab+c``
matches somewhere, so do ``ab`` and ``c``. :func:`necessary` keeps, of each top-level
alternative, the run richest in literal characters between the items that match runs of any
length (``.+``, ``[^.]*``, ``\\s*``), and drops optional items at the run's ends. A single
group left alone is opened, and the same is done to each of its alternatives.

The result matches wherever the pattern does (and more often), so it serves as a prefilter.
It is cheaper for a lazily built automaton of many patterns: an item that matches a run of any
length keeps a thread alive over the rest of the text, and each such thread multiplies the
states the automaton has to build. Over the bundled tables on news text, the first pass (when
the states are built) cost 6 times less and later passes 2 times less, for 40% more candidates.

The patterns read are those :mod:`newsclean.rules.prefilter` writes: literals, escapes, classes,
``(?:`` and capturing groups, groups with inline flags (``(?-i:``), alternation and repeats. A
pattern with anything else is returned unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A group with inline flags RE2 reads alike (case, multi-line, dot-all): "(?-i:AP)".
_FLAGGED = re.compile(r"\(\?[ims]*-?[ims]*:")


class _UnreadError(ValueError):
    """A construct this module does not read."""


@dataclass(frozen=True)
class _Item:
    """One repeated atom: a literal, a class (or ``.``), or a group of alternatives."""

    source: str
    """The atom as written: a literal or escape, a class, or a group's opening."""
    alternatives: tuple[tuple[_Item, ...], ...] | None
    """A group's alternatives; ``None`` for a literal or a class."""
    literal: bool
    low: int = 1
    high: int | None = 1
    """The repeat's bounds (``None``: no upper bound)."""
    quantifier: str = ""

    def render(self) -> str:
        if self.alternatives is None:
            return self.source + self.quantifier
        return f"{self.source}{_render(self.alternatives)}){self.quantifier}"


def _render(alternatives: tuple[tuple[_Item, ...], ...]) -> str:
    return "|".join("".join(item.render() for item in run) for run in alternatives)


class _Parser:
    """A recursive-descent reader of the RE2 syntax the prefilter writes."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def parse(self) -> tuple[tuple[_Item, ...], ...]:
        alternatives = self._alternation()
        if self.pos != len(self.text):
            raise _UnreadError(self.text[self.pos :])
        return alternatives

    def _alternation(self) -> tuple[tuple[_Item, ...], ...]:
        found = [self._concatenation()]
        while self.text.startswith("|", self.pos):
            self.pos += 1
            found.append(self._concatenation())
        return tuple(found)

    def _concatenation(self) -> tuple[_Item, ...]:
        items: list[_Item] = []
        while self.pos < len(self.text) and self.text[self.pos] not in "|)":
            items.append(self._repeat(self._atom()))
        return tuple(items)

    def _repeat(self, item: _Item) -> _Item:
        text, start = self.text, self.pos
        if start >= len(text):
            return item
        char = text[start]
        if char in "*+?":
            low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
            self.pos += 1
        elif char == "{":
            end = text.index("}", start)
            low_text, comma, high_text = text[start + 1 : end].partition(",")
            low = int(low_text or 0)
            high = (int(high_text) if high_text else None) if comma else low
            self.pos = end + 1
        else:
            return item
        if text.startswith("?", self.pos):  # lazy: matches the same strings
            self.pos += 1
        return _Item(item.source, item.alternatives, item.literal, low, high, text[start : self.pos])

    def _atom(self) -> _Item:
        text, start = self.text, self.pos
        char = text[start]
        if char == "(":
            flags = _FLAGGED.match(text, start)
            if text.startswith("(?:", start):
                opening = "(?:"
            elif flags is not None:
                opening = flags.group()  # "(?-i:": a group with its own case rule, kept as written
            elif text.startswith("(?", start):
                raise _UnreadError(text[start:])
            else:
                opening = "("
            self.pos += len(opening)
            alternatives = self._alternation()
            if not text.startswith(")", self.pos):
                raise _UnreadError(text[start:])
            self.pos += 1
            return _Item(opening, alternatives, False)
        if char == "[":
            self.pos = self._class_end(start)
            return _Item(text[start : self.pos], None, False)
        if char == "\\":
            self.pos = self._escape_end(start)
            escape = text[start : self.pos]
            # \x{..} and escaped punctuation are characters; \d, \pL and the like are classes.
            literal = escape.startswith("\\x") or not escape[1].isalnum() or escape[1] in "tnrfv"
            return _Item(escape, None, literal)
        if char in "*+?{":
            raise _UnreadError(text[start:])
        self.pos += 1
        return _Item(char, None, char != ".")

    def _escape_end(self, start: int) -> int:
        text = self.text
        if text.startswith("\\x{", start) or text.startswith(("\\p{", "\\P{"), start):
            return text.index("}", start) + 1
        if start + 1 >= len(text):
            raise _UnreadError(text[start:])
        return start + 2

    def _class_end(self, start: int) -> int:
        text = self.text
        pos = start + 1 + text.startswith("^", start + 1)
        first = True
        while pos < len(text):
            char = text[pos]
            if char == "\\":
                pos = self._escape_end(pos)
            elif char == "[" and text.startswith("[:", pos):
                raise _UnreadError(text[pos:])
            elif char == "]" and not first:
                return pos + 1
            else:
                pos += 1
            first = False
        raise _UnreadError(text[start:])


def _is_letter_class(source: str) -> bool:
    """A class of a few characters (a letter's case variants), not a range or a negation."""
    return source.startswith("[") and not source.startswith("[^") and "-" not in source[1:-1]


def _weight(item: _Item, repeated: bool = True) -> int:
    """The literal characters ``item`` requires of every match (its atom alone if not ``repeated``)."""
    low, high = (item.low, item.high) if repeated else (1, 1)
    if low == 0:
        return 0
    if item.alternatives is not None:
        one = min(sum(_weight(part) for part in run) for run in item.alternatives)
    else:
        one = 1 if item.literal or _is_letter_class(item.source) else 0
    return one * low if high is not None else one


def _unbounded(item: _Item) -> bool:
    """Whether ``item`` matches runs of any length that say little about the text."""
    if item.high is not None:
        return False
    return item.low == 0 or _weight(item, repeated=False) == 0


def _best_run(items: tuple[_Item, ...]) -> tuple[_Item, ...]:
    runs: list[list[_Item]] = [[]]
    for item in items:
        if _unbounded(item):
            runs.append([])
        else:
            runs[-1].append(item)
    best: tuple[_Item, ...] = ()
    best_weight = 0
    for run in runs:
        while run and run[0].low == 0:
            run.pop(0)
        while run and run[-1].low == 0:
            run.pop()
        weight = sum(_weight(item) for item in run)
        if weight > best_weight:
            best, best_weight = tuple(run), weight
    if not best_weight:
        return items
    if len(best) == 1 and best[0].alternatives is not None and best[0].low == best[0].high == 1:
        # A group with inline flags keeps them: without "s" a dot no longer takes a newline.
        opening = best[0].source if _FLAGGED.fullmatch(best[0].source) else "(?:"
        return (_Item(opening, _narrow(best[0].alternatives), False),)
    return best


def _narrow(alternatives: tuple[tuple[_Item, ...], ...]) -> tuple[tuple[_Item, ...], ...]:
    return tuple(_best_run(run) for run in alternatives)


def necessary(pattern: str) -> str:
    """A pattern that every unanchored match of ``pattern`` (RE2 syntax) also holds.

    >>> necessary(r"(?:[0-9]+ )?comments?|sign up .+ today")
    'comment|sign up '
    >>> necessary(r"[^.]*")  # nothing literal to keep
    '[^.]*'
    """
    return _necessary(_read(pattern), pattern)


def _read(pattern: str) -> tuple[tuple[_Item, ...], ...] | None:
    try:
        return _Parser(pattern).parse()
    except (_UnreadError, ValueError, IndexError, RecursionError):  # nested too deep to read as well
        return None


def _necessary(alternatives: tuple[tuple[_Item, ...], ...] | None, pattern: str) -> str:
    if alternatives is None:
        return pattern
    try:
        return _render(_narrow(alternatives))
    except RecursionError:
        return pattern


def cut(
    pattern: str, extras: str = "", fold: dict[int, str] | None = None
) -> tuple[str, tuple[str, ...] | None]:
    """:func:`necessary` and :func:`literals` of ``pattern``, which is read once for both."""
    alternatives = _read(pattern)
    return _necessary(alternatives, pattern), _literals(alternatives, _Letters(extras, fold or {}))


# Literal sets: at most this many strings stand for one run of items, and a set whose shortest
# string has this many characters is long enough that a smaller set is preferred to longer strings.
_MAX_STRINGS = 64
_LONG_ENOUGH = 6
_MAX_COUNT = 4


@dataclass(frozen=True)
class _Letters:
    """How :func:`literals` reads a class of a few characters: which members to ignore, how to fold."""

    extras: str
    fold: dict[int, str]
    known: dict[int, set[str] | None] = field(default_factory=dict)
    """The strings of the items read so far, by the item's ``id`` (the items of one pattern)."""

    def members(self, source: str) -> set[str] | None:
        """The folded, lower-case characters of a class of a few characters (``None`` otherwise)."""
        if not _is_letter_class(source):
            return None
        inner = source[1:-1]
        if self.extras and inner.startswith(self.extras):
            inner = inner[len(self.extras) :]
        found: set[str] = set()
        pos = 0
        while pos < len(inner):
            if inner[pos] != "\\":
                found.add(inner[pos])
                pos += 1
            elif inner.startswith("\\x{", pos):
                end = inner.index("}", pos)
                found.add(chr(int(inner[pos + 3 : end], 16)))
                pos = end + 1
            elif pos + 1 < len(inner) and not inner[pos + 1].isalnum():
                found.add(inner[pos + 1])
                pos += 2
            else:
                return None
        return {self.normal(char) for char in found} or None

    def normal(self, text: str) -> str:
        return text.translate(self.fold).lower()


def _atom_strings(item: _Item, letters: _Letters) -> set[str] | None:
    """The strings one occurrence of ``item``'s atom matches, when they are few."""
    source = item.source
    if item.alternatives is not None:
        if source not in ("(?:", "("):
            return None  # a group with its own flags
        found: set[str] = set()
        for run in item.alternatives:
            strings = _run_strings(run, letters)
            if strings is None:
                return None
            found |= strings
            if len(found) > _MAX_STRINGS:
                return None
        return found
    if item.literal:
        if source.startswith("\\x{"):
            return {letters.normal(chr(int(source[3:-1], 16)))}
        if source.startswith("\\"):
            return {
                letters.normal(
                    {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v"}.get(source[1], source[1])
                )
            }
        return {letters.normal(source)}
    return letters.members(source)


def _item_strings(item: _Item, letters: _Letters) -> set[str] | None:
    """The strings ``item`` (with its repeat) matches, when they are few."""
    if id(item) not in letters.known:
        letters.known[id(item)] = _count_strings(item, letters)
    return letters.known[id(item)]


def _count_strings(item: _Item, letters: _Letters) -> set[str] | None:
    if item.high is None or item.high > _MAX_COUNT:
        return None
    one = _atom_strings(item, letters)
    if one is None:
        return None
    found: set[str] = set()
    for count in range(item.low, item.high + 1):
        product = {""}
        for _ in range(count):
            product = {a + b for a in product for b in one}
            if len(product) > _MAX_STRINGS:
                return None
        found |= product
    return found if len(found) <= _MAX_STRINGS else None


def _run_strings(run: tuple[_Item, ...], letters: _Letters) -> set[str] | None:
    product = {""}
    for item in run:
        strings = _item_strings(item, letters)
        if strings is None:
            return None
        product = {a + b for a in product for b in strings}
        if len(product) > _MAX_STRINGS:
            return None
    return product


def _usable(strings: set[str]) -> bool:
    """Whether every string is long enough to say something (two characters outside ASCII, else three)."""
    return bool(strings) and all(len(s) >= (2 if not s.isascii() else 3) for s in strings)


def _rank(strings: set[str]) -> tuple[int, int, int]:
    shortest = min(map(len, strings))
    return min(shortest, _LONG_ENOUGH), -len(strings), shortest


def _run_required(run: tuple[_Item, ...], letters: _Letters) -> set[str] | None:
    """Strings one of which every match of ``run`` holds (the best set found), or ``None``."""
    best: set[str] | None = None
    best_rank = (0, 0, 0)
    each: list[set[str] | None] = []
    for item in run:
        strings = _item_strings(item, letters)
        if strings is not None and len(strings) == 1 and each and each[-1] is not None and len(each[-1]) == 1:
            each[-1] = {next(iter(each[-1])) + next(iter(strings))}  # a literal's letters, as one string
        else:
            each.append(strings)
    for start in range(len(each)):
        product, shortest = {""}, 0
        for strings in each[start:]:
            # Strings long enough are not worth multiplying: only a single string still joins them.
            if strings is None or (shortest >= _LONG_ENOUGH and len(strings) > 1):
                break
            product = {a + b for a in product for b in strings}
            if len(product) > _MAX_STRINGS:
                break
            shortest += min(map(len, strings))
            rank = _rank(product)
            if rank > best_rank and _usable(product):
                best, best_rank = product, rank
    for item in run:
        # A group that must match: one of its alternatives' strings is there.
        if item.alternatives is not None and item.low >= 1 and item.source in ("(?:", "("):
            union: set[str] = set()
            for alternative in item.alternatives:
                required = _run_required(alternative, letters)
                if required is None:
                    break
                union |= required
            else:
                if union and (rank := _rank(union)) > best_rank:
                    best, best_rank = union, rank
    return best


def literals(pattern: str, extras: str = "", fold: dict[int, str] | None = None) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` (RE2 syntax, caseless) holds, or ``None``.

    The strings are lower-case; a class of a few characters counts as its members, less a leading
    run of ``extras``, each passed through ``fold`` (a ``str.translate`` table) and lower-cased. A
    text in which none of them occurs, once folded the same way and lower-cased, holds no match.
    Each is at least three characters long (two outside ASCII): ``None`` when no such set exists.

    >>> literals(r"(?:[0-9]+ )?comments?|sign up .+ today")
    ('comment', 'sign up ')
    >>> literals(r"[^.]*") is None
    True
    """
    return _literals(_read(pattern), _Letters(extras, fold or {}))


def _literals(
    alternatives: tuple[tuple[_Item, ...], ...] | None, letters: _Letters
) -> tuple[str, ...] | None:
    if alternatives is None:
        return None
    found: set[str] = set()
    try:
        for run in alternatives:
            required = _run_required(run, letters)
            if required is None:
                return None
            found |= required
    except RecursionError:
        return None
    return tuple(sorted(found))
