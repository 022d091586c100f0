"""Junk-class phrase tables as data: one TOML file per category under ``rules/data/``.

Adding a language or a phrase is a data change: edit ``data/<category>.toml``; the
format is documented in :mod:`newsclean.rules.loader`. Tables are read lazily, validated,
compiled once per (category, languages) and never mutated.

>>> rule_table("advertisement").match("Advertisement").id
'advertisement.en.label'
"""

from __future__ import annotations

import functools
from importlib import resources

from newsclean.errors import RuleError
from newsclean.rules.loader import Rule, fold, parse_rules
from newsclean.rules.table import RuleTable, compile_rules, load_rules

__all__ = [
    "Rule",
    "RuleTable",
    "compile_rules",
    "fold",
    "load_rules",
    "parse_rules",
    "rule_categories",
    "rule_languages",
    "rule_table",
]


def rule_categories() -> tuple[str, ...]:
    """Names of the bundled tables (the categories that have phrase rules), sorted.

    >>> "paywall" in rule_categories()
    True
    """
    data = resources.files("newsclean.rules").joinpath("data")
    return tuple(sorted(p.name[: -len(".toml")] for p in data.iterdir() if p.name.endswith(".toml")))


def rule_languages() -> tuple[str, ...]:
    """The language codes the bundled tables have rules in (``Config.rule_languages`` values), sorted.

    >>> {"de", "en"} <= set(rule_languages())
    True
    """
    codes = {r.lang for category in rule_categories() for r in _bundled(category).rules}
    return tuple(sorted(codes - {"*"}))


@functools.cache
def _bundled(category: str) -> RuleTable:
    resource = resources.files("newsclean.rules").joinpath("data").joinpath(f"{category}.toml")
    if not resource.is_file():
        raise RuleError(f"no rule table for category {category!r} (expected rules/data/{category}.toml)")
    return load_rules(str(resource), resource.read_bytes())


@functools.lru_cache(maxsize=64)
def rule_table(category: str, languages: tuple[str, ...] = ()) -> RuleTable:
    """The compiled bundled table of ``category``, limited to ``languages`` (empty means all).

    Language-neutral rules (``lang = "*"``) always apply. The full table is compiled
    (and so validated) first; a language selection compiles its subset once more.
    Pass ``languages`` sorted so that equal selections share one compiled table.
    """
    table = _bundled(category)
    if not languages:
        return table
    wanted = set(languages)
    return compile_rules(r for r in table.rules if r.lang == "*" or r.lang in wanted)
