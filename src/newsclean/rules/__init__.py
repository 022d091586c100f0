"""Junk-class phrase tables as data: one TOML file per category under ``rules/data/``.

Adding a language or a phrase is a data change: edit ``data/<category>.toml``; the
format is documented in :mod:`newsclean.rules.loader`. Tables are read lazily, validated,
grouped once per (category, languages) and never mutated; each bucket's pattern is compiled
the first time a segment could match it.

>>> rule_table("advertisement").match("Advertisement").id
'advertisement.en.label'
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources

from newsclean.errors import RuleError
from newsclean.rules import loader
from newsclean.rules.loader import Header, Rule, fold_spelling, parse_rules, read_table
from newsclean.rules.table import RuleIndex, RuleTable, compile_rules, load_rules
from newsclean.text import diskcache

__all__ = [
    "Header",
    "Rule",
    "RuleIndex",
    "RuleTable",
    "compile_rules",
    "fold_spelling",
    "load_rules",
    "parse_rules",
    "rule_categories",
    "rule_index",
    "rule_languages",
    "rule_table",
    "table_header",
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
    codes = {r.lang for category in rule_categories() for r in _read(category)[1]}
    return tuple(sorted(codes - {"*"}))


@functools.cache
def _read(category: str) -> tuple[Header | None, tuple[Rule, ...]]:
    resource = resources.files("newsclean.rules").joinpath("data").joinpath(f"{category}.toml")
    if not resource.is_file():
        raise RuleError(f"no rule table for category {category!r} (expected rules/data/{category}.toml)")
    return _parsed(str(resource), resource.read_bytes())


def _parsed(path: str, data: bytes) -> tuple[Header | None, tuple[Rule, ...]]:
    """:func:`read_table` of a bundled table, kept in the disk cache (:mod:`newsclean.text.diskcache`).

    Parsing and validating the eight tables takes a few hundredths of a second in every fresh
    process; the key names the table's bytes and the parsing code, so an edit to either parses again.
    """
    code = diskcache.source_hash(loader.__file__)
    if code is None:
        return read_table(path, data)
    key = f"{path}\n{hashlib.sha256(data).hexdigest()}\n{code}"

    def valid(loaded: object) -> bool:
        return isinstance(loaded, tuple) and len(loaded) == 2 and isinstance(loaded[1], tuple)

    return diskcache.cached("rules", key, lambda: read_table(path, data), valid)


def table_header(category: str) -> Header:
    """The ``[cleaner]`` header of the bundled table of ``category``: reason text and chain position.

    >>> table_header("paywall").reason
    'a prompt to sign in or subscribe'
    """
    header = _read(category)[0]
    if header is None:
        raise RuleError(f"rules/data/{category}.toml: no [cleaner] header (reason and position)")
    return header


@functools.lru_cache(maxsize=64)
def rule_table(category: str, languages: tuple[str, ...] = ()) -> RuleTable:
    """The bundled table of ``category``, limited to ``languages`` (empty means all).

    Language-neutral rules (``lang = "*"``) always apply. Pass ``languages`` sorted so that
    equal selections share one table.
    """
    rules = _read(category)[1]
    if languages:
        wanted = set(languages)
        rules = tuple(r for r in rules if r.lang == "*" or r.lang in wanted)
    return compile_rules(rules)


@functools.lru_cache(maxsize=16)
def rule_index(categories: tuple[str, ...], languages: tuple[str, ...] = ()) -> RuleIndex:
    """The bundled tables of ``categories`` (limited to ``languages``) behind one prefilter.

    >>> rule_index(("cookie", "paywall")).first_rules("Subscribe now")["paywall"].id
    'paywall.en.label'
    """
    return RuleIndex.build([(category, rule_table(category, languages)) for category in categories])
