"""An author box's links to the writer's other work, in English, and news sentences with the same
words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC = Category.SITE_CHROME

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    (SC, "More articles from Dana Whitfield", "site_chrome.en.related-label"),
    (SC, "More articles by Tomás O'Neill", "site_chrome.en.related-label"),
    (SC, "More stories by Priya Natarajan", "site_chrome.en.related-label"),
    (SC, "All articles by Ken Okafor-Bright", "site_chrome.en.related-label"),
    (SC, "All posts from the Travel Desk", "site_chrome.en.related-label"),
    (SC, "Other columns by Gwen Harlow", "site_chrome.en.related-label"),
    (SC, "Latest stories from Metro Weekly", "site_chrome.en.related-label"),
    (SC, "Recent posts by Sam Ito", "site_chrome.en.related-label"),
    (SC, "More videos from Channel 9", "site_chrome.en.related-label"),
    (SC, "More reviews by Lena M. Cho", "site_chrome.en.related-label"),
]

NEGATIVES: list[str] = [
    "More articles from the 1990s archive were released by the library on Monday.",
    "All stories by the agency's reporters were checked again before publication, the editor said.",
    "More videos from the scene showed smoke rising above the warehouse late on Tuesday.",
    "Other posts by the same account repeated the false claim, the platform said.",
    "Recent reviews by health inspectors found problems in four of the city's kitchens.",
    "The latest work by the sculptor went on show in the town hall last week.",
]
