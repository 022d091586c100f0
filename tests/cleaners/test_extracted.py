"""Text an HTML extractor already chose from the page keeps the article's own lists, headings and tables.

Each case is cleaned twice: as extracted text (a page title is known, as in HTML mode) and as
plain text. The layout rules may still fire on plain text; on extracted text the article's own
structure stays. The articles here are written for these tests, not taken from the fixtures.
"""

from __future__ import annotations

import pytest

from newsclean.config import Config
from newsclean.model import Metadata
from newsclean.pipeline import Pipeline

PROSE = (
    "The harbour board voted on Tuesday to extend the ferry pier by forty metres before the summer season.",
    "Engineers said the work would close the northern quay for six weeks, starting in early April.",
    "Local traders welcomed the decision but asked for a temporary landing stage during the closure.",
)


def _clean(lines: list[str], *, title: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    text = "\n\n".join(lines)
    page = Metadata(title=title) if title is not None else None
    result = Pipeline().clean_text(text, page=page)
    return result.paragraphs, tuple(r.cleaner for r in result.removed)


EQUIPMENT = [f"{name} kit" for name in ("Rope", "Lantern", "Compass", "Stove", "Tent", "Tarp")]
EQUIPMENT += [f"Spare {name}" for name in ("batteries", "gloves", "socks", "maps", "matches", "cups")]


def test_a_long_list_after_the_last_paragraph_stays_in_extracted_text() -> None:
    lines = [*PROSE, *EQUIPMENT]
    kept, removed_by = _clean(lines, title="Harbour pier to grow by forty metres")
    assert all(item in kept for item in EQUIPMENT)
    assert "boilerplate" not in removed_by
    plain_kept, _ = _clean(lines, title=None)
    assert not all(item in plain_kept for item in EQUIPMENT)  # the layout rule does fire on plain text


def test_quoted_markup_stays_in_extracted_text() -> None:
    lines = [PROSE[0], "git clone <repo url>", "git checkout <branch name>", *PROSE[1:]]
    kept, _ = _clean(lines, title="Harbour pier to grow by forty metres")
    assert "git clone <repo url>" in kept and "git checkout <branch name>" in kept


@pytest.mark.parametrize(
    ("line", "title", "lifted"),
    [
        ("Harbour pier to grow by forty metres", "Harbour pier to grow by forty metres | Coast News", True),
        ("Why you can trust our harbour guides", "Harbour pier to grow by forty metres", False),
        ("Seven things to know before the closure", "Harbour pier to grow by forty metres", False),
    ],
)
def test_only_the_declared_title_is_lifted_from_extracted_text(line: str, title: str, lifted: bool) -> None:
    text = "\n\n".join([line, *PROSE])
    result = Pipeline().clean_text(text, page=Metadata(title=title))
    assert (line not in result.paragraphs) is lifted
    assert result.metadata.title == title  # the page's title wins either way


def test_a_heading_beside_a_photo_credit_stays_in_extracted_text() -> None:
    lines = [PROSE[0], "Northern Quay Landing Stage", "Photo Courtesy of Harbour Board", *PROSE[1:]]
    kept, removed_by = _clean(lines, title="Harbour pier to grow by forty metres")
    assert "Northern Quay Landing Stage" in kept
    assert "Photo Courtesy of Harbour Board" not in kept and "caption" in removed_by


def test_table_rows_after_the_last_paragraph_are_not_a_related_links_run() -> None:
    rows = [
        "| Berth | Length in metres | Open from |",
        "| North pier extension | Forty metres longer | Early June |",
        "| Temporary landing stage | Twelve metres wide | Early April |",
    ]
    for title in ("Harbour pier to grow by forty metres", None):
        kept, _ = _clean([*PROSE, *rows], title=title)
        assert all(row in kept for row in rows), title


HEADLINES = [
    "Ferry timetable changes for the spring season explained",
    "How the new landing stage will work for cyclists",
    "Five walks along the northern quay you can still take",
    "Why the pier extension took a decade to agree",
    "Local traders count the cost of the quay closure",
]


@pytest.mark.parametrize(("share", "undone"), [(0.4, True), (1.0, False)])
def test_extracted_text_guard_undoes_structural_removals_that_take_too_much(
    share: float, undone: bool
) -> None:
    text = "\n\n".join([*PROSE[:2], *HEADLINES])
    config = Config(html_guard_share=share)
    result = Pipeline(config).clean_text(text, page=Metadata(title="Harbour pier to grow"))
    assert all(line in result.paragraphs for line in HEADLINES) is undone
    assert (result.stats.guarded == ("related",)) is undone
    # Plain text has no extractor's choice to respect: the run of headlines goes.
    plain = Pipeline(config).clean_text(text)
    assert not any(line in plain.paragraphs for line in HEADLINES)
    assert plain.stats.guarded == ()


def test_headlines_below_the_comment_rules_do_not_count_toward_the_guards_share() -> None:
    # The extractor kept a short story and the page's tail: the comment section's house rules, then
    # a long box of other stories. The box is over the guard's share, but the house rules already
    # end the article above it: the box goes, and the tail with it.
    rules = "Comments are the opinions of their authors and do not reflect the views of the Harbour Times."
    headlines = [
        *HEADLINES,
        "Council names new harbour master after long search",
        "Night ferry to stop at midnight from next month",
        "Fishing fleet returns early as storm warning holds",
        "Pier cafe reopens with a view of the new landing",
        "Ten photographs of the old quay before the works",
    ]
    story = [*PROSE, "The board will publish the final drawings and a timetable for the works next month."]
    text = "\n\n".join([*story, rules, "Most read", *headlines])
    result = Pipeline(Config(html_guard_share=0.4)).clean_text(
        text, page=Metadata(title="Harbour pier to grow")
    )
    assert list(result.paragraphs) == story
    assert result.stats.guarded == ()
    # Without the house rules the same box is weighed, and its removal undone.
    text = "\n\n".join([*story, "Most read", *headlines])
    result = Pipeline(Config(html_guard_share=0.4)).clean_text(
        text, page=Metadata(title="Harbour pier to grow")
    )
    assert all(line in result.paragraphs for line in headlines)
    assert result.stats.guarded == ("related",)


def test_a_second_copy_of_the_whole_article_goes_from_extracted_text_whatever_its_share() -> None:
    # A page that holds its article twice: the copy is half the text, over the guard's share,
    # yet removing it loses nothing of the article, which stays once.
    text = "\n\n".join([*PROSE, *HEADLINES[:2], *PROSE, *HEADLINES[:2]])
    result = Pipeline(Config(html_guard_share=0.4)).clean_text(text, page=Metadata(title="Harbour pier"))
    assert result.paragraphs == (*PROSE, *HEADLINES[:2])
    assert {r.cleaner for r in result.removed} == {"duplicate"}
    assert result.stats.guarded == ()


def test_a_label_written_twice_goes_from_extracted_text_too() -> None:
    doubled = "Harbour board membersHarbour board members"
    kept, removed_by = _clean([PROSE[0], doubled, *PROSE[1:]], title="Harbour pier to grow by forty metres")
    assert kept == PROSE
    assert removed_by == ("boilerplate",)
