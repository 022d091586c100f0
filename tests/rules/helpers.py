"""What rule tables must answer, worked out the slow way: shared by the rule and phrase-cleaner tests."""

from __future__ import annotations

from newsclean.rules import Rule, RuleTable
from newsclean.rules.table import Prepared


def every_bucket(table: RuleTable, prepared: Prepared | None, role: str = "prompt") -> Rule | None:
    """The table's first rule that fires, trying every bucket short enough for the segment (no prefilter)."""
    if prepared is None:
        return None
    for bucket in table.role_buckets(role):
        if prepared.words <= bucket.max_words:
            rule = bucket.run(prepared.folded)
            if rule is not None:
                return rule
    return None
