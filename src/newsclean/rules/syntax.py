"""A small syntax tree of ``regex`` patterns, enough to find the literal text a match needs.

Only the constructs rule patterns use are told apart; an escape or class that is not a
short list of literal characters becomes :class:`Opaque`, and an unknown group syntax
raises :class:`UnsupportedError` so the caller can give up safely.
"""

from __future__ import annotations

from dataclasses import dataclass

_ZERO_WIDTH_ESCAPES = frozenset("bBmMAZzG")
_MAX_CLASS = 8
UNBOUNDED = 10**9


class UnsupportedError(Exception):
    """A pattern construct the parser does not know."""


@dataclass(frozen=True)
class Lit:
    """One character out of ``chars`` (lower-cased); whitespace escapes become a space."""

    chars: frozenset[str]


@dataclass(frozen=True)
class Opaque:
    """Any of many characters (``.``, ``\\w``, ``\\p{L}``, negated or large classes)."""


@dataclass(frozen=True)
class Bound:
    """A zero-width assertion: anchors, word boundaries, lookarounds."""


@dataclass(frozen=True)
class Seq:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Alt:
    branches: tuple[Node, ...]


@dataclass(frozen=True)
class Rep:
    node: Node
    low: int
    high: int


Node = Lit | Opaque | Bound | Seq | Alt | Rep


def parse(source: str) -> Node:
    """The syntax tree of ``source``.

    >>> parse("ab?")
    Seq(items=(Lit(chars=frozenset({'a'})), Rep(node=Lit(chars=frozenset({'b'})), low=0, high=1)))
    """
    return _Parser(source).parse()


@dataclass
class _Parser:
    src: str
    pos: int = 0

    def parse(self) -> Node:
        node = self._alternation()
        if self.pos != len(self.src):
            raise UnsupportedError(self.src[self.pos :])
        return node

    def _peek(self) -> str:
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def _skip_braces(self) -> None:
        if self._peek() == "{":
            self.pos = self.src.index("}", self.pos) + 1

    def _alternation(self) -> Node:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else Alt(tuple(branches))

    def _sequence(self) -> Node:
        items: list[Node] = []
        while self._peek() not in ("", "|", ")"):
            items.append(self._quantified(self._atom()))
        return Seq(tuple(items))

    def _atom(self) -> Node:
        c = self.src[self.pos]
        self.pos += 1
        if c == "\\":
            return self._escape()
        if c == "[":
            return self._char_class()
        if c == "(":
            return self._group()
        if c == ".":
            return Opaque()
        if c in "^$":
            return Bound()
        return Lit(frozenset({c.lower()}))

    def _escape(self) -> Node:
        c = self._peek()
        self.pos += 1
        if c in _ZERO_WIDTH_ESCAPES:
            return Bound()
        if c in "sntr":
            return Lit(frozenset({" "}))
        if c in "pPN":
            self._skip_braces()
            return Opaque()
        if c in "ux":
            self.pos += 4 if c == "u" else 2
            return Opaque()
        if c.isalnum():
            return Opaque()
        return Lit(frozenset({c.lower()}))

    def _char_class(self) -> Node:
        chars: set[str] = set()
        simple = self._peek() != "^"
        if not simple:
            self.pos += 1
        first = True
        while True:
            c = self._peek()
            if c == "":
                raise UnsupportedError("unclosed class")
            self.pos += 1
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                e = self._peek()
                self.pos += 1
                if e in "pP":
                    self._skip_braces()
                simple = simple and not e.isalnum()
                chars.add(e.lower())
            elif c == "[" or (c == "-" and chars and self._peek() not in ("]", "")):
                simple = False
            else:
                chars.add(c.lower())
        return Lit(frozenset(chars)) if simple and 0 < len(chars) <= _MAX_CLASS else Opaque()

    def _group(self) -> Node:
        zero_width = False
        if self._peek() == "?":
            head = self.src[self.pos : self.pos + 4]
            if head.startswith(("?:", "?>")):
                self.pos += 2
            elif head.startswith(("?=", "?!", "?<=", "?<!")):
                self.pos += 2 if head[1] in "=!" else 3
                zero_width = True
            elif head.startswith(("?-i:", "?i:")):
                self.pos = self.src.index(":", self.pos) + 1
            else:
                raise UnsupportedError(head)
        node = self._alternation()
        if self._peek() != ")":
            raise UnsupportedError("unclosed group")
        self.pos += 1
        return Bound() if zero_width else node

    def _quantified(self, node: Node) -> Node:
        c = self._peek()
        bounds: tuple[int, int] | None = None
        size = 1
        if c == "?":
            bounds = (0, 1)
        elif c == "*":
            bounds = (0, UNBOUNDED)
        elif c == "+":
            bounds = (1, UNBOUNDED)
        elif c == "{":
            end = self.src.find("}", self.pos)
            parts = self.src[self.pos + 1 : end].split(",") if end > 0 else []
            numeric = 1 <= len(parts) <= 2 and any(parts) and all(p.isdigit() or p == "" for p in parts)
            if numeric:
                low = int(parts[0] or 0)
                high = low if len(parts) == 1 else int(parts[1]) if parts[1] else UNBOUNDED
                bounds, size = (low, high), end - self.pos + 1
        if bounds is None:
            return node
        self.pos += size
        if self._peek() in ("?", "+"):  # lazy or possessive: the same strings
            self.pos += 1
        return Rep(node, *bounds)
