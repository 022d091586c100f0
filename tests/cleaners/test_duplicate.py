"""The duplicate cleaner: later copies of a kept paragraph go, the first occurrence stays."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.complexity import lines_run

from newsclean.cleaners.base import Document, Verdict
from newsclean.cleaners.duplicate import Duplicate, _signature, _wordy, duplicate_key
from newsclean.config import Config
from newsclean.model import Category
from newsclean.text.detect import detect_language
from newsclean.text.segment import segment_text

P1 = "The regional government announced a new plan to reduce waiting times at public hospitals."
P2 = "Under the plan, clinics will open on Saturdays and hire three hundred additional nurses."
P3 = "Unions said the measures were welcome but came too late for exhausted staff."


def removed_indices(text: str, removed: dict[int, Category] | None = None) -> list[int]:
    doc = Document.build(segment_text(text), detect_language(text), Config())
    verdicts = Duplicate().judge(doc, removed or {})
    for verdict in verdicts:
        assert verdict.reason.endswith(".")
    return [i for v in verdicts for i in v.indices]


@pytest.mark.parametrize(
    ("paragraphs", "removed"),
    [
        ([P1, P2, P1, P3], [2]),
        ([P1, P2, P3, P2.upper()], [3]),
        (
            [
                P1,
                P2,
                "  under the plan clinics will open on saturdays   and hire three hundred additional nurses!",
                P3,
            ],
            [2],
        ),
        ([P1, P2, P3, P1, P2, P3], [3, 4, 5]),  # the body scraped twice
        (
            [
                P1,
                "“Under the plan, clinics will open on Saturdays and hire three hundred additional nurses.”",
                P2,
            ],
            [2],
        ),
        (
            [
                "Правительство региона объявило о новом плане сокращения очередей в больницах.",
                "Профсоюзы назвали меры запоздалыми.",
                "Правительство региона объявило о новом плане сокращения очередей в больницах",
            ],
            [2],
        ),
        (
            [
                "أعلنت الحكومة الإقليمية عن خطة جديدة لتقليص فترات الانتظار في المستشفيات العامة.",
                "وقالت النقابات إن الإجراءات جاءت متأخرة.",
                "أعلنت الحكومة الإقليمية عن خطة جديدة لتقليص فترات الانتظار في المستشفيات العامة.",
            ],
            [2],
        ),
        (
            [
                "Die Landesregierung kündigte einen neuen Plan gegen lange Wartezeiten in Kliniken an.",
                "Die Gewerkschaften begrüßten die Maßnahmen.",
                "Die Landesregierung kündigte einen neuen Plan gegen lange Wartezeiten in Kliniken an.",
            ],
            [2],
        ),
        (
            [
                P1,
                "Clinics will open on Saturdays, officials said",
                P2,
                "Clinics will open on Saturdays - officials said",
            ],
            [3],
        ),
    ],
)
def test_later_copies_are_removed(paragraphs: list[str], removed: list[int]) -> None:
    assert removed_indices("\n\n".join(paragraphs)) == removed


@pytest.mark.parametrize(
    "paragraphs",
    [
        [P1, "Share this article", P2, "Share this article"],  # short lines are not this cleaner's
        [P1, "Watch the full interview below", P2, "Watch the full interview below"],  # five words
        [P1, P2, P1.replace("new plan", "bold plan")],
        [P1, "Shares rose 2% on Monday in early trading.", P2, "Shares rose 3% on Monday in early trading."],
        [P1, P2, P3],
        [P1, P2, P1, P3, P1],  # three copies: a template, such as a question put to each interviewee
        [
            "Q" + P1,
            "A one",
            "Q" + P2,
            "A two",
            "Q" + P3,
            "A three",
            "Q" + P1,
            "B one",
            "Q" + P2,
            "B two",
            "Q" + P3,
        ],
    ],
)
def test_distinct_or_short_paragraphs_stay(paragraphs: list[str]) -> None:
    assert removed_indices("\n\n".join(paragraphs)) == []


def test_a_block_rendered_twice_goes_with_its_short_lines() -> None:
    # A sign-up box rendered twice (for two screen sizes): three wordy copies apart, but every line
    # between them, its button label too, repeats the line at the same place in the first box.
    box = [
        "We send this letter about once a week and you can leave it at any time.",
        "Confirm",
        "You have signed up for our weekly letter, thank you very much!",
        "Please open the e-mail we sent you to confirm that it was you who signed up.",
    ]
    paragraphs = [P1, P2, P3, *box, *box, "Cookies help us run this site."]
    assert removed_indices("\n\n".join(paragraphs)) == [7, 8, 9, 10]
    # Fresh lines between the copies make a repeated structure: nothing goes.
    changed = [*box[:1], "Send", *box[2:]]
    assert removed_indices("\n\n".join([P1, P2, P3, *box, *changed])) == []


# An article of its own: subheadings, a list item, prose (none of it from the dev pages).
_BODY = [
    "The harbour authority will dredge the eastern channel next spring, its director said.",
    "Why the channel silts up",
    "Sand carried by the river settles where the current slows near the old breakwater.",
    "- Ships drawing more than nine metres now wait for the high tide",
    "What the work will cost",
    "The first phase is budgeted at four million and should take about eleven weeks.",
    "Fishing crews asked for the work to avoid the herring season in early summer.",
]


def test_the_body_rendered_a_second_time_goes_with_its_subheadings_and_list_items() -> None:
    # The page holds the article twice (a print copy below the screen one): the second rendering
    # lacks the first one's call to action and goes line for line, its short lines too.
    cta = "Start your free trial of our harbour data service today, no card needed."
    first = [_BODY[0], cta, *_BODY[1:]]
    tail = "Comments are closed on this article."
    paragraphs = [*first, "Print this page", *_BODY, tail]
    start = len(first) + 1
    assert removed_indices("\n\n".join(paragraphs)) == list(range(start, start + len(_BODY)))


_QUESTIONS = [
    "Did the council consult residents before it approved the new parking rules?",
    "Will the bus lanes on the ring road stay open during the summer works?",
    "Has the city published the cost of the bridge repairs for this year?",
    "Are the night trams going to run again before the end of the month?",
    "Can cyclists still use the old towpath while the canal is drained?",
]
_ANSWERS = ("No.", "Yes.", "No.", "Maybe.", "No.")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a questionnaire put to two people: the questions again, each with a fresh short answer
        (
            [x for q in _QUESTIONS for x in (q, "Yes, without doubt.")],
            [x for q, a in zip(_QUESTIONS, _ANSWERS, strict=True) for x in (q, a)],
        ),
        # fresh paragraphs among the copies
        (_BODY, [_BODY[0], P1, _BODY[2], P2, _BODY[5], P3, _BODY[6]]),
    ],
)
def test_copies_in_a_structure_are_no_second_rendering(first: list[str], second: list[str]) -> None:
    assert removed_indices("\n\n".join([*first, "Print this page", *second])) == []


def test_copy_of_a_removed_paragraph_stays() -> None:
    assert removed_indices("\n\n".join([P1, P2, P1]), {0: Category.RELATED}) == []


def test_key_ignores_case_punctuation_and_spacing() -> None:
    assert duplicate_key("Hello,  World!") == duplicate_key("hello world")


def _document(paragraphs: int) -> Document:
    texts = [f"Paragraph number {i} says something about the budget plan." for i in range(paragraphs)]
    text = "\n\n".join(texts + texts[: paragraphs // 50])
    return Document.build(segment_text(text), detect_language(text[:2000]), Config())


def test_work_grows_linearly_with_the_document() -> None:
    small, large = _document(250), _document(1_000)
    verdicts: list[Sequence[Verdict]] = []
    small_lines = lines_run(lambda: verdicts.append(Duplicate().judge(small, {})))
    large_lines = lines_run(lambda: verdicts.append(Duplicate().judge(large, {})))
    assert [len(v) for v in verdicts] == [5, 20]
    # Four times the paragraphs: about four times the lines when linear, sixteen when quadratic.
    assert large_lines < 6 * small_lines, (small_lines, large_lines)


# Punctuation, symbols, spaces of every kind, digits of several scripts, characters outside the BMP.
_TRICKY = "aB1_ \n\t\x0b\x0c\r\x1c\x1f\x85\u00a0\u2028\u3000.,!?-—“”’«»€$+©·\u0301\u200dİßſ東ق٣१👁𠀀𝒜\ud800"
_TEXTS = st.one_of(st.text(alphabet=_TRICKY, max_size=40), st.text(max_size=40))


def _plain_key(text: str) -> str:
    return str(regex.sub(r"\s+", " ", regex.sub(r"[\p{P}\p{S}]+", " ", text.casefold()))).strip()


def _plain_wordy(text: str, words: int) -> bool:
    tokens = text.split()
    numeric = sum(1 for t in tokens if regex.match(r"^[\p{P}\p{S}]*\d", t))
    return words >= 6 and numeric <= 0.2 * len(tokens)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_key_is_the_plain_key(text: str) -> None:
    assert duplicate_key(text) == _plain_key(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["12", "3.5", "-4", "(7)", "٣", "१", "x1", "a"]), _TEXTS)))
def test_wordy_is_the_plain_rule(tokens: list[str]) -> None:
    text = " ".join(tokens)
    assert _wordy(text, 6) is _plain_wordy(text, 6)


def test_key_table_agrees_with_the_patterns_on_every_bmp_character() -> None:
    chars = "".join(map(chr, range(0x10000)))
    assert [duplicate_key(f"a{c}b") for c in chars] == [_plain_key(f"a{c}b") for c in chars]


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_a_key_has_the_signature_of_its_paragraphs(text: str) -> None:
    # So paragraphs with equal keys have equal signatures, and a signature of its own means a key of its own.
    assert _signature(text) == _signature(duplicate_key(text))


def test_str_strip_takes_off_only_pattern_spaces_and_ascii_controls() -> None:
    chars = "".join(map(chr, range(0x110000)))
    pattern_spaces = set(regex.findall(r"\s", chars))
    assert {c for c in chars if c.isspace()} - pattern_spaces == set("\x1c\x1d\x1e\x1f")


@pytest.mark.parametrize(
    "item",
    [
        "- Average time a listing spends on the market (2023)",
        "3. Whisk the eggs with the sugar until pale",
        "| Service | Typical price range | What changes it |",
        "Pricing: Free plan available; paid tiers for larger teams",
        "• Supports offline maps and turn-by-turn voice guidance",
    ],
)
def test_a_repeated_list_item_table_row_or_field_is_part_of_a_structure_and_stays(item: str) -> None:
    # Each product of a roundup has its pricing line, each city of a comparison the same figures.
    assert removed_indices("\n\n".join([P1, item, P2, item, P3])) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        P2,
        "The minister said: the new rules will apply from January to every public hospital.",
        "Read our guide to the best budget laptops of the year before you buy a new one",
    ],
)
def test_a_repeated_sentence_or_call_to_action_still_goes(paragraph: str) -> None:
    assert removed_indices("\n\n".join([P1, paragraph, P3, paragraph])) == [3]


@pytest.mark.parametrize(
    ("lead_in", "removed"),
    [
        # the writer announces the repeat: the copy is part of the article
        ("Read that once more, slowly:", []),
        ("Let me put it plainly again：", []),
        # an FAQ's question: its answer repeats a paragraph of the article on purpose
        ("Why will the clinics open on Saturdays?", []),
        ("¿Por qué abrirán las clínicas los sábados?", []),
        # a question that is an item of a list is no FAQ's question
        ("- Will the clinics open on Saturdays too?", [3]),
        # nor is a short one
        ("Why Saturdays?", [3]),
        # the same copy after an ordinary sentence is a repeated scrape
        ("Unions said the plan was a start.", [3]),
        # a short label is no announcement
        ("Read next:", [3]),
    ],
)
def test_a_copy_announced_by_the_line_before_it_stays(lead_in: str, removed: list[int]) -> None:
    assert removed_indices("\n\n".join([P1, P2, lead_in, P1, P3])) == removed


def test_a_copy_after_the_same_lead_in_as_the_original_is_a_repeated_block() -> None:
    lead_in = "This report belongs to the following series:"
    # the lead-in repeats as well (it is a copy of its own), and the paragraph after it goes
    assert removed_indices("\n\n".join([lead_in, P1, P2, lead_in, P1, P3])) == [3, 4]


@pytest.mark.parametrize(
    ("paragraphs", "removed"),
    [
        # a short heading rendered twice in a row: the second copy goes
        ([P1, "Where the money goes", "Where the money goes", P2], [2]),
        # the same short line apart from its copy is a repeated label of the article's: it stays
        ([P1, "Where the money goes", P2, "Where the money goes", P3], []),
        # a single word, or figures, doubled are left to the other cleaners and to tables
        ([P1, "Reply", "Reply", P2, "Up 40%", "Up 40%", P3], []),
    ],
)
def test_short_line_doubling_the_one_above_goes(paragraphs: list[str], removed: list[int]) -> None:
    assert removed_indices("\n\n".join(paragraphs)) == removed


_CAPTIONS = [
    "A reading nook under the stairs, with a built-in bench and shelves on both sides.",
    "The kitchen after the remodel: open shelving, a long island and a tiled wall.",
    "Linen curtains soften the light in the small guest bedroom on the top floor.",
]


def test_captions_rendered_twice_in_a_row_lose_their_second_copies() -> None:
    # A rendering writes each picture's alt text and its caption: every caption twice in a row,
    # among fresh paragraphs. Copies spread between fresh lines are a structure, but a copy right
    # under its original is the rendering's artefact.
    lines = [P1, _CAPTIONS[0], _CAPTIONS[0], P2, _CAPTIONS[1], _CAPTIONS[1], P3, _CAPTIONS[2], _CAPTIONS[2]]
    assert removed_indices("\n\n".join(lines)) == [2, 5, 8]
    # a paragraph doubled once, as the scrape's copy and as the rendering's, goes once
    assert removed_indices("\n\n".join([P1, P1, P2])) == [1]
    # so does the copy right under a paragraph present three times (its alt, title and caption)
    assert removed_indices("\n\n".join([P1, _CAPTIONS[0], _CAPTIONS[0], P2, _CAPTIONS[0], P3])) == [2]


@pytest.mark.parametrize(
    "row",
    [
        "| Harbour line | 12 stops | every ten minutes on weekdays |",  # a table's rows, repeated
        "- Two slices of bread, butter and a pinch of salt for each",  # a list's items
    ],
)
def test_a_long_structured_line_doubled_stays(row: str) -> None:
    assert removed_indices("\n\n".join([P1, row, row, P2])) == []


@pytest.mark.parametrize(
    ("page_title", "removed"),
    [
        # the page holds the article twice; the extractor left the headline out of the text above
        # the first copy, so the first line (the standfirst) has no line above it: the headline
        # over the second copy is no question that announces it
        ("Should the clinics open on Saturdays? | Harbour Health", [3, 4]),
        # under a question of its own the copy is an answer the article gives again, and stays
        ("New hospital plan announced | Harbour Health", [4]),
        (None, [4]),
    ],
)
def test_a_second_rendering_under_the_pages_headline_goes_with_its_first_line(
    page_title: str | None, removed: list[int]
) -> None:
    text = "\n\n".join([P1, P2, "Should the clinics open on Saturdays?", P1, P2, P3])
    # (P2's copy goes either way: no line announces it)
    doc = Document.build(segment_text(text), detect_language(text), Config(), page_title=page_title)
    assert [i for v in Duplicate().judge(doc, {}) for i in v.indices] == removed


_SOURCE = (
    "Nurses welcomed the news. “We have waited years for this,” one said. Clinics will open on "
    "Saturdays and hire three hundred additional nurses before the winter."
)


@pytest.mark.parametrize(
    ("paragraphs", "removed"),
    [
        # a pull quote after its paragraph, and before it
        ([P1, _SOURCE, "“Clinics will open on Saturdays and hire three hundred additional nurses”", P3], [2]),
        (
            [P1, "“Clinics will open on Saturdays and hire three hundred additional nurses.”", P3, _SOURCE],
            [1],
        ),
        # a quotation that says more than any paragraph stays
        ([P1, "“Clinics will open on Saturdays and hire three hundred nurses, unions say”", P3, _SOURCE], []),
        # a quote of a few words is the article's own emphasis
        ([P1, "“hire three hundred additional nurses”", P3, _SOURCE], []),
        # a speaker's words quoted in two quoted paragraphs: one quotation continued, no pull quote
        (
            [
                "“Clinics will open on Saturdays and hire three hundred more nurses.”",
                P3,
                "“We said it before: clinics will open on Saturdays and hire three hundred more nurses.”",
            ],
            [],
        ),
        # a sentence of a paragraph, not in quotes, is a summary point; a quotation opened or
        # closed on the line runs over paragraphs
        ([P1, "Clinics will open on Saturdays and hire three hundred additional nurses", P3, _SOURCE], []),
        ([P1, "“Clinics will open on Saturdays and hire three hundred additional nurses", P3, _SOURCE], []),
        ([P1, "Clinics will open on Saturdays and hire three hundred additional nurses”", P3, _SOURCE], []),
    ],
)
def test_pull_quotes_go_when_the_paragraph_stays(paragraphs: list[str], removed: list[int]) -> None:
    assert removed_indices("\n\n".join(paragraphs)) == removed
