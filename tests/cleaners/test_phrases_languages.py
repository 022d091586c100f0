"""Phrase rules in the languages of ``tests/cleaners/phrase_cases``: page furniture goes, article
sentences with the same words stay, and a newsletter heading goes with the sign-up line below it
but stays alone."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from tests.cleaners import phrase_cases
from tests.cleaners.test_phrases import (
    BODY,
    assert_heading_goes_with_signup,
    assert_kept_by_every_phrase_cleaner,
    assert_removed_with_rule,
    judge,
)

from newsclean.cleaners.phrases import PhraseCleaner
from newsclean.model import Category
from newsclean.rules import rule_table

_GROUPS = [
    importlib.import_module(f"{phrase_cases.__name__}.{module.name}")
    for module in sorted(pkgutil.iter_modules(phrase_cases.__path__), key=lambda m: m.name)
]
POSITIVES: list[tuple[Category, str, str]] = [case for group in _GROUPS for case in group.POSITIVES]
# A negative case is a sentence, or a (label, sentence) pair.
NEGATIVES: list[str] = [
    case if isinstance(case, str) else case[-1] for group in _GROUPS for case in group.NEGATIVES
]
HEADINGS: list[tuple[str, str]] = [pair for group in _GROUPS for pair in getattr(group, "HEADINGS", [])]


def test_every_group_brings_cases() -> None:
    assert len(_GROUPS) >= 10
    assert all(group.POSITIVES and group.NEGATIVES for group in _GROUPS)


@pytest.mark.parametrize(("category", "line", "rule_prefix"), POSITIVES)
def test_junk_line_is_removed_with_its_rule(category: Category, line: str, rule_prefix: str) -> None:
    assert_removed_with_rule(category, line, rule_prefix)


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_article_sentence_is_kept_by_every_phrase_cleaner(sentence: str) -> None:
    assert_kept_by_every_phrase_cleaner(sentence, sentence)


@pytest.mark.parametrize(("heading", "signup"), HEADINGS)
def test_newsletter_heading_goes_with_the_signup_line_below_it(heading: str, signup: str) -> None:
    assert rule_table("newsletter").match(heading, "heading") is not None
    assert_heading_goes_with_signup(heading, signup)


@pytest.mark.parametrize("heading", [heading for heading, _ in HEADINGS])
def test_newsletter_heading_alone_stays(heading: str) -> None:
    assert judge(PhraseCleaner(Category.NEWSLETTER), f"{BODY}\n{heading}\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # above the article, and above a paragraph of the article rather than a sign-up
        f"Dagens nyhedsbrev\n\n{BODY}",
        f"{BODY}\nDe nieuwsbrief van de gemeente\n\nDe raad vergadert in mei opnieuw over de kosten.\n",
    ],
)
def test_newsletter_heading_without_a_signup_below_it_stays(text: str) -> None:
    assert judge(PhraseCleaner(Category.NEWSLETTER), text) == []
