"""Placeholder text ("Lorem ipsum ...") goes, however much of the page it is; text about it stays."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Pipeline
from newsclean.cleaners.placeholder import Placeholder, is_placeholder

ARTICLE = [
    "The county council approved a new cycle lane along the river road on Tuesday evening, officials said.",
    "Work is due to start in March and will close one lane of traffic for about six weeks.",
]
GENERATED = (
    "Aenean commodo ligula eget dolor. Aenean massa. Cum sociis natoque penatibus et magnis dis "
    "parturient montes, nascetur ridiculus mus. Donec quam felis, ultricies nec, pellentesque eu, "
    "pretium quis, sem. Lorem ipsum."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lorem ipsum", True),
        ("LOREM IPSUM", True),
        ("- Lorem ipsum 3", True),
        ("Lorem ipsum dolor", True),
        # a generator's paragraph, not the standard passage
        (GENERATED, True),
        # the passage's opening, whatever follows
        ("Lorem ipsum dolor sit amet — edit this text in the page settings to add your own words.", True),
        # about the placeholder, or Latin that is not it
        ("Lorem ipsum has been the printing industry's dummy text since the 1500s, historians say.", False),
        ("The firm, Ipsum Labs, raised five million dollars from investors.", False),
        ("Quod erat demonstrandum, the professor wrote at the end of the proof.", False),
        ("Dolor sit amet", False),  # no "lorem" or "ipsum": not told apart from Latin
        # unfilled template slots and the e-mail stand-in, as whole lines
        ("[NEWSLETTER_SIGNUP]", True),
        ("[AD_SLOT_TOP] · [AD_SLOT_2]", True),
        ("{{ author.name }}", True),
        ("{% include 'promo.html' %}", True),
        ("[email\xa0protected]", True),
        # a label in brackets, or a slot or stand-in inside a sentence
        ("[Editor's note]", False),
        ("[UPDATE]", False),
        ("Write to the desk at [email protected] with corrections.", False),
        ("[NOTE_1] The figures are provisional, the statistics office said.", False),
        ("", False),
    ],
)
def test_is_placeholder(text: str, expected: bool) -> None:
    assert is_placeholder(text) is expected


def test_placeholder_segments_are_removed_with_their_category() -> None:
    text = "\n\n".join(
        [ARTICLE[0], "Lorem Ipsum", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", ARTICLE[1]]
    )
    result = Pipeline(cleaners=[Placeholder()]).clean_text(text)
    assert list(result.paragraphs) == ARTICLE
    assert {(r.category, r.cleaner) for r in result.removed} == {("site_chrome", "placeholder")}


def test_no_guard_undoes_placeholder_text_that_is_most_of_the_page() -> None:
    # An unfilled template box of four cards, far more text than the article: the guards undo
    # removals that take that much, unless no article could hold what was removed.
    card = (
        "<h3>Card heading</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
        "tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud.</p>"
        "<ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul>"
    )
    page = (
        "<html><head><title>Cycle lane approved</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE)
        + card * 4
        + "</article></body></html>"
    )
    result = newsclean.clean_html(page, url="https://example.org/news/cycle-lane")
    assert "orem" not in result.body
    assert all(p in result.body for p in ARTICLE)
    assert result.stats.guarded == ()
