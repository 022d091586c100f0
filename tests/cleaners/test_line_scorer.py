"""The learned line scorer: its weights file, its scores, and how it gates the layout rules."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.cleaners import line_scorer
from newsclean.cleaners.base import Document
from newsclean.cleaners.boilerplate import Boilerplate, features, layout, layout_candidates
from newsclean.cleaners.line_scorer import FEATURES, LineScorer
from newsclean.config import Config
from newsclean.errors import RuleError
from newsclean.text.detect import detect_language
from newsclean.text.segment import segment_text


def test_shipped_weights_load_and_validate() -> None:
    scorer = LineScorer.load()
    assert scorer.features, "the shipped scorer uses some features"
    assert set(scorer.features) <= set(FEATURES)
    assert len(scorer.weights) == len(scorer.features)
    assert 0.0 < scorer.threshold < 1.0
    assert all(math.isfinite(w) for w in scorer.weights)


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    scorer = LineScorer(("prose", "log_words"), (1.5, -0.25), 0.5, 0.4)
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(scorer.to_dict()), encoding="utf-8")
    assert LineScorer.load(path) == scorer


GOOD = {"format": 1, "features": ["prose"], "weights": [1.0], "bias": 0.0, "threshold": 0.5}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": 2}, "format 2"),
        ({"features": ["prose", "colour"], "weights": [1.0, 2.0]}, "unknown features ['colour']"),
        ({"weights": [1.0, 2.0]}, "1 features but 2 weights"),
        ({"weights": ["1.0"]}, "weights must be a list of numbers"),
        ({"weights": [True]}, "weights must be a list of numbers"),
        ({"features": "prose"}, "features must be a list of names"),
        ({"features": ["prose", "prose"], "weights": [1.0, 1.0]}, "listed twice"),
        ({"threshold": 1.5}, "not between 0 and 1"),
        ({"bias": None}, "bias and threshold must be numbers"),
        ({"weights": [float("nan")]}, "finite"),
    ],
)
def test_a_bad_weights_file_is_a_clear_error(tmp_path: Path, change: dict[str, object], message: str) -> None:
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({**GOOD, **change}), encoding="utf-8")
    with pytest.raises(RuleError, match=r"weights\.json") as info:
        LineScorer.load(path)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not valid JSON"), ("[1, 2]", "expected a JSON object"), ('{"format": 1}', "missing")],
)
def test_a_broken_weights_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "weights.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError, match=message):
        LineScorer.load(path)


def test_a_missing_weights_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot read the line weights"):
        LineScorer.load(tmp_path / "absent.json")


def test_probability_follows_the_weights() -> None:
    ones = (1.0,) * len(FEATURES)
    assert LineScorer(("prose",), (3.0,), 0.0, 0.5).probability(ones) > 0.9
    assert LineScorer(("prose",), (-3.0,), 0.0, 0.5).probability(ones) < 0.1
    # Large margins neither overflow nor leave the unit interval.
    assert LineScorer((), (), 1000.0, 0.5).probability(ones) == 1.0
    assert LineScorer((), (), -1000.0, 0.5).probability(ones) == 0.0


# Synthetic pages written for these tests; the scorer was trained on none of them.
STORY = [
    "The harbour board approved a plan on Tuesday to dredge the eastern channel before winter storms.",
    "Pilots have complained for two years that silt makes the approach unsafe for larger cargo ships.",
    "The work will close the channel to night traffic for about six weeks, the board's chair said.",
    "Fishing crews, who use the channel most mornings, asked for the closures to start after midnight.",
    "A survey last spring found the depth at low tide had fallen by almost a metre since the last dredge.",
]
LATE_SECTION = [
    "Engineers expect the sediment to be moved offshore by barge and tested before it is dumped.",
    "Residents can comment on the plan at the library on Saturday, and the board meets again in March.",
]
PACKING_LIST = [
    "Oilskins and boots",
    "A warm hat",
    "Spare gloves",
    "Flask of tea",
    "Hand-held radio",
    "Tide tables",
    "Head torch",
    "Rope and fenders",
    "First aid kit",
]
NAVIGATION = [
    "Home",
    "Local",
    "Harbour",
    "Weather",
    "Sport",
    "Opinion",
    "Obituaries",
    "Jobs",
    "Contact",
    "Login",
]
FOOTER_LINKS = [
    "About",
    "Advertise",
    "Careers",
    "Privacy",
    "Terms",
    "Sitemap",
    "Archive",
    "Feeds",
    "Help",
    "Shop",
]
TEASER = "Our weekend guide rounds up the best coastal walks, cafés and markets to visit across the county."


def _clean(
    lines: list[str], scorer: LineScorer | None = None
) -> tuple[list[str], list[tuple[str, str | None]]]:
    result = Pipeline(cleaners=[Boilerplate(scorer)]).clean_text("\n".join(lines))
    return list(result.paragraphs), [(r.text, r.rule) for r in result.removed]


HAND_RULES = LineScorer((), (), -50.0, 0.5)
"""Agrees with every layout candidate: the layout rules without the gate."""


def test_page_furniture_around_a_story_still_goes() -> None:
    page = [*NAVIGATION, *STORY, *FOOTER_LINKS, TEASER, *FOOTER_LINKS]
    kept, removed = _clean(page)
    assert kept == STORY
    rules = {rule for _, rule in removed}
    assert "boilerplate.zone-before" in rules
    assert "boilerplate.minor-cluster" in rules or "boilerplate.zone-after" in rules
    assert all(rule and rule.startswith("boilerplate.") for _, rule in removed)


def test_the_line_introducing_a_list_after_the_story_stays() -> None:
    intro = "Crews were told to bring:"
    # A blank line between the colon and the list: the layout rules alone do not tie them.
    page = [*STORY, intro, "", *PACKING_LIST, *LATE_SECTION]
    ungated, _ = _clean(page, HAND_RULES)
    # Ten short lines below the story make a footer zone for the layout rules alone.
    assert intro not in ungated
    kept, removed = _clean(page)
    assert intro in kept
    assert kept[: len(STORY) + 1] == [*STORY, intro]
    assert all(rule and rule.startswith("boilerplate.") for _, rule in removed)


def test_a_story_section_after_a_list_stays() -> None:
    page = [*STORY, "Crews were told to bring:", "", *PACKING_LIST, *LATE_SECTION]
    _, removed = _clean(page, HAND_RULES)
    assert ("\n".join(LATE_SECTION), "boilerplate.minor-cluster") in removed
    kept, _ = _clean(page)
    assert all(line in kept for line in LATE_SECTION)


def test_scores_are_deterministic() -> None:
    page = [*NAVIGATION, *STORY, *PACKING_LIST, *LATE_SECTION, *FOOTER_LINKS]
    segments = segment_text("\n".join(page))
    scorer = LineScorer.load()

    def scores() -> list[float]:
        document = Document.build(segments, detect_language(" ".join(STORY)), Config())
        page_layout = layout(document, [s.index for s in segments])
        candidates = {i: r for r, lines in layout_candidates(document, page_layout).items() for i in lines}
        vectors = features(document, page_layout, candidates)
        return [scorer.probability(vectors[i]) for i in sorted(vectors)]

    first = scores()
    assert len(first) == len(segments)
    assert all(0.0 <= p <= 1.0 for p in first)
    assert scores() == first


def test_vectors_of_some_lines_equal_those_of_all_lines() -> None:
    page = [*NAVIGATION, *STORY, *PACKING_LIST, *LATE_SECTION, *FOOTER_LINKS]
    segments = segment_text("\n".join(page))
    document = Document.build(segments, detect_language(" ".join(STORY)), Config())
    page_layout = layout(document, [s.index for s in segments])
    candidates = {i: r for r, lines in layout_candidates(document, page_layout).items() for i in lines}
    every = features(document, page_layout, candidates)
    some = features(document, page_layout, candidates, only=candidates)
    assert candidates and sorted(some) == sorted(candidates)
    assert some == {i: every[i] for i in candidates}


def test_a_bulleted_list_introduced_by_a_colon_does_not_split_the_article() -> None:
    # The layout rules alone: the list's items are not furniture between two blocks of the story.
    bulleted = [f"- {item}" for item in PACKING_LIST]
    page = [*STORY, "Crews were told to bring:", *bulleted, *LATE_SECTION]
    kept, removed = _clean(page, HAND_RULES)
    assert all(line in kept for line in LATE_SECTION)
    assert not any(rule == "boilerplate.minor-cluster" for _, rule in removed)
    # Without the introduction the same list still separates two clusters of text.
    _, removed = _clean([*STORY, *bulleted, *LATE_SECTION], HAND_RULES)
    assert ("\n".join(LATE_SECTION), "boilerplate.minor-cluster") in removed


def test_a_bulleted_heading_with_a_colon_does_not_introduce_a_menu() -> None:
    menu = ["* Sections:", *(f"* {label}" for label in NAVIGATION)]
    page = [*STORY, *menu, TEASER, *FOOTER_LINKS]
    _, removed = _clean(page, HAND_RULES)
    assert (TEASER, "boilerplate.minor-cluster") in removed


def test_a_bulleted_list_introduced_by_a_colon_is_no_footer_zone() -> None:
    bulleted = [f"* {item}" for item in [*PACKING_LIST, "Sun cream", "Oilskin trousers"]]
    page = [*STORY, "Crews were told to bring:", *bulleted]
    kept, removed = _clean(page, HAND_RULES)
    assert kept == [*STORY, "Crews were told to bring:", *bulleted]
    # Not introduced, the same items below the story are a footer zone for the layout rules.
    kept, removed = _clean([*STORY, *bulleted], HAND_RULES)
    assert kept == STORY
    assert {rule for _, rule in removed} == {"boilerplate.zone-after"}


@pytest.mark.parametrize("introduction", ["Crews were told to bring:", "Crews were told to bring:3,4"])
def test_a_list_split_by_short_labels_over_bullets_is_still_introduced(introduction: str) -> None:
    # "For the deck" and "For the cabin" each head bullets of their own, under one introduction
    # (which may end with footnote numbers after its colon).
    deck = [f"- {item}" for item in PACKING_LIST[:3]]
    cabin = [f"- {item}" for item in [*PACKING_LIST[3:], "Sun cream", "Oilskin trousers", "A torch"]]
    listed = ["For the deck", *deck, "For the cabin", *cabin]
    page = [*STORY, introduction, *listed, *LATE_SECTION]
    kept, removed = _clean(page, HAND_RULES)
    assert kept == page
    assert removed == []


def test_without_a_sentence_in_the_article_no_line_is_furniture_around_it() -> None:
    # Lyrics are short lines without sentence ends; the only long line, a cloud of artists'
    # names, is no article that they could be the furniture of.
    lyrics = [
        "I walked along the harbour wall",
        "The gulls were calling out your name",
        "The tide came in and took it all",
        "And nothing here will be the same",
        "So hold the lantern, hold it high",
        "The boats are coming home tonight",
        "Beneath a cold and silver sky",
        "We'll keep the harbour in our sight",
        "The ropes are wet, the nets are torn",
        "The winter came too soon this year",
        "But every night a ship is born",
        "And every dawn the skies are clear",
    ]
    cloud = " ".join(f"Singer{chr(65 + k)} Band{chr(65 + k)} Group{chr(65 + k)}" for k in range(12))
    kept, removed = _clean([*lyrics, cloud], HAND_RULES)
    assert kept[: len(lyrics)] == lyrics
    assert not any(rule and rule.startswith("boilerplate.zone") for _, rule in removed)
    # With a paragraph of prose as the article, the same lines above it are a zone.
    kept, removed = _clean([*NAVIGATION, *lyrics, *STORY], HAND_RULES)
    assert {rule for _, rule in removed} >= {"boilerplate.zone-before"}


def test_a_clock_time_ends_no_introduction() -> None:
    # "Listen 3:51" is a player's length, not a colon introducing the items after it.
    menu = ["Listen 3:51", "Player options", *(f"* {label}" for label in NAVIGATION)]
    kept, removed = _clean([*menu, *STORY], HAND_RULES)
    assert kept == STORY
    assert {rule for _, rule in removed} == {"boilerplate.zone-before"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120), st.booleans())
def test_a_lines_own_features_are_the_same_counted_the_ascii_way(text: str, furniture: bool) -> None:
    stops = frozenset({"the", "a", "of", "and"})
    words = len(regex.findall(r"\w+", text))
    tokens = regex.findall(r"\w+", text.casefold())
    expected = (
        sum(map(str.isdigit, text)),
        sum(map(str.isalnum, text)) or 1,
        sum(1 for w in regex.findall(r"\w+", text) if w[:1].isupper()),
        sum(map(stops.__contains__, tokens)) / len(tokens) if tokens else 0.0,
    )
    got = line_scorer._line(text, words, False, stops, furniture)
    assert got[3] == expected[3]
    assert got[4] == expected[0] / expected[1]
    assert got[6] == (expected[2] / words if words else 0.0)
