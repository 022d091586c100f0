"""The literal text a rule pattern needs, for rules without word keys.

Some patterns need no word key (``\\d{4}``, ``©``). For those, :func:`required_text` gives
clauses of literal strings every match holds, and :func:`leading_words` the beginnings one
of which starts the first word of a segment the pattern matches at its start. Both read the
same syntax tree as :mod:`newsclean.rules.keys`, and are sound on plain texts only
(:func:`~newsclean.rules.words.is_plain`).
"""

from __future__ import annotations

from newsclean.rules.keys import _MAX_STRINGS, _finite, _parts, _product, union_of
from newsclean.rules.syntax import Alt, Node, Rep, Seq, UnsupportedError, parse
from newsclean.rules.words import _WORD_RUN


def required_text(source: str) -> tuple[frozenset[str], ...]:
    """Clauses of lower-cased literal strings: every match holds one string of each clause.

    Unlike keys, the strings need not be words, so this serves patterns without word keys.

    >>> [sorted(c) for c in required_text(r"(?:©|\\(c\\)|copyright)\\s*\\d{4}")]
    [['(c)', 'copyright', '©']]
    """
    try:
        return tuple(_text(parse(source)))
    except (UnsupportedError, ValueError, IndexError):
        return ()


def leading_words(source: str) -> frozenset[str] | None:
    """Word beginnings one of which every match of ``source`` starts with, or ``None`` when unsure.

    Only for the scopes anchored at a segment's start (``line``, ``start``): there a match that
    begins with a letter or digit begins the segment's first word, so that word starts with one
    of these.

    >>> sorted(leading_words(r"(?:share|e-?mail)[\\s|]*"))
    ['e', 'email', 'share']
    """
    try:
        strings = _leading(parse(source))
    except (UnsupportedError, ValueError, IndexError):
        return None
    if strings is None or not all(s[:1].isalnum() for s in strings):
        return None
    return frozenset(next(iter(_WORD_RUN.findall(s))) for s in strings)


def _leading(node: Node) -> frozenset[str] | None:
    """Non-empty strings one of which every match of ``node`` starts with (``None``: unsure)."""
    strings = _finite(node)
    if strings is not None:
        return None if "" in strings else strings
    if isinstance(node, Alt):
        return union_of(node.branches, _leading)
    if isinstance(node, Rep):
        return _leading(node.node) if node.low >= 1 else None
    if isinstance(node, Seq) and node.items:
        run: frozenset[str] | None = None
        for item in node.items:
            part = _finite(item)
            if part is None or (run is not None and len(run) * len(part) > _MAX_STRINGS):
                break
            run = part if run is None else _product(run, part)
        if run is None:
            return _leading(node.items[0])
        return None if "" in run else run
    return None


def _text(node: Node) -> list[frozenset[str]]:
    """Clauses of literal strings any match of ``node`` holds (see :func:`required_text`)."""
    strings = _finite(node)
    if strings is not None:
        needles = _needles(strings)
        return [needles] if needles else []
    if isinstance(node, Alt):
        union = union_of(node.branches, _longest_text)
        return [] if union is None else [_needles(union)]
    if isinstance(node, Rep):
        return _text(node.node) if node.low >= 1 else []
    if isinstance(node, Seq):
        clauses: list[frozenset[str]] = []
        for part, _, _ in _parts(node.items, boundary=True, end=True):
            if isinstance(part, frozenset):
                needles = _needles(part)
                clauses.extend([needles] if needles else [])
            else:
                clauses.extend(_text(part))
        return sorted(clauses, key=lambda c: (-min(map(len, c)), len(c)))
    return []


def _longest_text(node: Node) -> frozenset[str] | None:
    """The longest clause :func:`_text` finds for ``node``, or ``None`` when it finds none."""
    found = _text(node)
    return _longest(found) if found else None


def _longest(clauses: list[frozenset[str]]) -> frozenset[str]:
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c)))


def _needles(strings: frozenset[str]) -> frozenset[str]:
    """The longest space-free piece of each string (a space may stand for any whitespace),
    leaving out pieces that hold a shorter one; empty when a string has no piece."""
    pieces = set()
    for s in strings:
        words = [w for w in s.split(" ") if w]
        if not words:
            return frozenset()
        pieces.add(max(words, key=len))
    return frozenset(p for p in pieces if not any(q != p and q in p for q in pieces))
