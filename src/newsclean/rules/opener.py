"""The one-lookup index over several compiled tables: which buckets a segment could open.

One dictionary lookup per word key of a segment finds the buckets (of any of the tables
indexed together) whose prefilters it passes, so a cleaner that matches against many
tables tries only the few buckets that could fire.
"""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from newsclean.rules.keys import best_clause

if TYPE_CHECKING:
    from newsclean.rules.table import Prepared, _Bucket

Owner = TypeVar("Owner")
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
    (see :class:`~newsclean.rules.table._Bucket`) with each clause as a search in lower-cased text."""
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
