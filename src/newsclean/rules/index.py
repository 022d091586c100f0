"""Several tables behind one prefilter: the first prompt rule of each that fires on a text.

One RE2 pass over a segment (:class:`~newsclean.rules.prefilter.Prefilter`) names the
few rules that could match it; only their buckets run, in order, so each table gives the
same first rule as trying all its buckets would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.rules.loader import Rule
from newsclean.rules.prefilter import Prefilter
from newsclean.rules.table import RuleTable, prepare


@dataclass(frozen=True)
class RuleIndex:
    """The prompt rules of some named tables, behind one prefilter.

    >>> from newsclean.rules import rule_table
    >>> index = RuleIndex.build([("cookie", rule_table("cookie")), ("social", rule_table("social"))])
    >>> {name: rule.id for name, rule in index.first_rules("Follow us on Twitter").items()}
    {'social': 'social.en.label'}
    """

    names: tuple[str, ...]
    tables: tuple[RuleTable, ...]
    prefilter: Prefilter
    slots: tuple[tuple[int, int, int], ...]
    """Per prefilter pattern: its table's number, its bucket's position and word limit."""
    longest: int

    @classmethod
    def build(cls, tables: Sequence[tuple[str, RuleTable]]) -> RuleIndex:
        """The index of ``(name, table)`` pairs."""
        sources: list[str] = []
        slots: list[tuple[int, int, int]] = []
        for number, (_, table) in enumerate(tables):
            for position, bucket in enumerate(table.role_buckets("prompt")):
                for rule in bucket.rules:
                    sources.append(rule.source)
                    slots.append((number, position, bucket.max_words))
        return cls(
            tuple(name for name, _ in tables),
            tuple(table for _, table in tables),
            Prefilter.build(sources),
            tuple(slots),
            max((table.longest for _, table in tables), default=0),
        )

    def first_rules(self, text: str) -> dict[str, Rule]:
        """Each table's first prompt rule that fires on ``text``, by table name (if any)."""
        prepared = prepare(text)
        if prepared is None or prepared.words > self.longest:
            return {}
        count = prepared.words
        opened: dict[int, set[int]] = {}
        for candidate in self.prefilter.candidates(prepared.folded):
            number, position, limit = self.slots[candidate]
            if count <= limit:
                opened.setdefault(number, set()).add(position)
        found: dict[str, Rule] = {}
        for number in sorted(opened):
            rule = self.tables[number].run(prepared.folded, sorted(opened[number]))
            if rule is not None:
                found[self.names[number]] = rule
        return found
