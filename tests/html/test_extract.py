"""HTML extraction: text layout, page metadata, and pages that are empty, broken or hostile."""

from __future__ import annotations

import subprocess
import sys

import pytest
import trafilatura
from benchmarks.quality import ground_truth
from benchmarks.render import read_page

import newsclean
import newsclean.html.extract as extract_module
from newsclean.config import Config
from newsclean.errors import ConfigError, ExtractionError
from newsclean.html.extract import _names_site, extract_html
from newsclean.model import Metadata

PARAGRAPHS = (
    "Die Stadtverwaltung von Kassel hat am Montag einen neuen Plan für den Ausbau der Radwege vorgestellt.",
    "Nach Angaben der Verwaltung sollen bis 2027 insgesamt vierzig Kilometer neue Wege entstehen, "
    "vor allem entlang der großen Ausfallstraßen.",
    "Der Verkehrsausschuss wird im Herbst über die Finanzierung beraten, sagte eine Sprecherin der Stadt.",
)
COMMENT = "Leser Horst schreibt: Endlich passiert etwas, das wurde auch höchste Zeit für alle Radfahrer hier."


def page(head: str = "", body: str = "") -> str:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">{head}</head><body>'
        f'<nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav>'
        f"<article><h1>Neue Radwege für Kassel</h1>{article}</article>{body}"
        "<footer>© 2023 Nordhessen Bote · Impressum · Datenschutz</footer></body></html>"
    )


META = (
    "<title>Neue Radwege für Kassel | Nordhessen Bote</title>"
    '<meta property="og:title" content="Neue Radwege für Kassel">'
    '<meta name="author" content="Anna Becker; Jonas Weber">'
    '<meta property="article:published_time" content="2023-05-08T09:30:00+02:00">'
    '<meta name="description" content="Die Stadt plant vierzig Kilometer neue Radwege.">'
    '<meta property="og:site_name" content="Nordhessen Bote">'
    '<meta name="keywords" content="Verkehr, Kassel">'
    '<meta property="article:section" content="Lokales">'
)


def test_paragraphs_become_lines_and_chrome_is_left_out() -> None:
    text = extract_html(page(META)).text
    assert text.split("\n") == list(PARAGRAPHS)


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        # A note reference links within the page: it goes, and the word it was glued to is whole.
        ('Radwege<sup><a href="#fn-2" id="fnref-2">2</a></sup> vorgestellt.', "Radwege vorgestellt."),
        ('Radwege<sup class="ref"><a href="#cite-4">[4]</a></sup> vorgestellt.', "Radwege vorgestellt."),
        ('Radwege<a href="#fn1" class="footnote-ref"><sup>a</sup></a> vorgestellt.', "Radwege vorgestellt."),
        # An exponent links nowhere, a link out is no note, and a longer label is no mark: they stay.
        ("Radwege auf 5 km<sup>2</sup> vorgestellt.", "Radwege auf 5 km2 vorgestellt."),
        ('Radwege<sup><a href="https://example.org/fn">3</a></sup> vorgestellt.', "Radwege3 vorgestellt."),
        ('Radwege<sup><a href="#plan">siehe Plan</a></sup> vorgestellt.', "Radwegesiehe Plan vorgestellt."),
    ],
)
def test_note_references_are_dropped_from_the_text(marked: str, expected: str) -> None:
    first = PARAGRAPHS[0]
    html = page(META).replace(first, first.replace("Radwege vorgestellt.", marked))
    assert extract_html(html).text.split("\n")[0] == first.replace("Radwege vorgestellt.", expected)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "Neue Radwege für Kassel"),
        ("date", "2023-05-08"),
        ("authors", ("Anna Becker", "Jonas Weber")),
        ("description", "Die Stadt plant vierzig Kilometer neue Radwege."),
        ("sitename", "Nordhessen Bote"),
        ("tags", ("Verkehr", "Kassel", "Lokales")),
        ("url", "https://example.org/kassel-radwege"),
    ],
)
def test_page_metadata(field: str, expected: object) -> None:
    metadata = extract_html(page(META), url="https://example.org/kassel-radwege").metadata
    assert getattr(metadata, field) == expected


@pytest.mark.parametrize(
    ("field", "empty"),
    [("date", None), ("authors", ()), ("tags", ()), ("description", None), ("url", None), ("sitename", None)],
)
def test_unknown_metadata_stays_empty(field: str, empty: object) -> None:
    # The footer's copyright year is no publication date; the page has no other.
    assert getattr(extract_html(page()).metadata, field) == empty


def test_title_falls_back_to_the_main_heading() -> None:
    assert extract_html(page()).metadata.title == "Neue Radwege für Kassel"


_SEO_TITLE = "Kassel Radwege 2027: Plan, Kosten, Zeitplan | Nordhessen Bote"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # The headline readers see, in other words than the title written for search results.
        ("Kassel baut vierzig Kilometer neue Radwege", "Kassel baut vierzig Kilometer neue Radwege"),
        # The logo's link and the byline set inside the heading are not the headline.
        (
            '<span>Kassel baut vierzig Kilometer neue Radwege</span><a href="/">Nordhessen Bote</a>',
            "Kassel baut vierzig Kilometer neue Radwege",
        ),
        (
            "<span>Kassel baut vierzig Kilometer neue Radwege</span><br><span>Von Anna Becker</span>",
            "Kassel baut vierzig Kilometer neue Radwege",
        ),
        ("Kassel baut <em>vierzig</em> Kilometer neue Radwege", "Kassel baut vierzig Kilometer neue Radwege"),
        # A short label, the site's name or a heading about something else is no headline.
        ("Lokales", _SEO_TITLE),
        ("Nordhessen Bote", _SEO_TITLE),
        ("Der Nordhessen Bote", _SEO_TITLE),
        ("Jetzt den Newsletter abonnieren und gewinnen", _SEO_TITLE),
    ],
)
def test_the_first_h1_is_the_title_when_it_is_the_headline(heading: str, title: str) -> None:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        f'<html><head><title>{_SEO_TITLE}</title><meta property="og:title" content="{_SEO_TITLE}">'
        '<meta property="og:site_name" content="Nordhessen Bote">'
        f"</head><body><article><h1>{heading}</h1>{article}</article></body></html>"
    )
    extracted = extract_html(html)
    assert extracted.metadata.title == title
    if title == heading:
        # The headline is metadata: it leaves the body.
        assert extracted.text.split("\n")[0] == PARAGRAPHS[0]


@pytest.mark.parametrize("favor", ["balanced", "fast", "precision", "recall"])
def test_comments_are_excluded(favor: str) -> None:
    comments = (
        '<section id="comments" class="comments"><h3>Kommentare</h3>'
        f'<div class="comment"><p>{COMMENT}</p></div></section>'
    )
    text = extract_html(page(META, comments), config=Config(html_favor=favor)).text
    assert PARAGRAPHS[1] in text
    assert "Horst" not in text


@pytest.mark.parametrize(
    ("title", "first_line", "dropped"),
    [
        # A headline repeated at the top of the text is metadata, not body.
        ("Zoo opens new elephant house | City Gazette", "Zoo Opens New Elephant House", True),
        ("Zoo opens new elephant house", "Zoo opens new elephant house", True),
        # A body sentence that merely starts like the title stays.
        ("Zoo opens", "Zoo opens new elephant house after two years of building work.", False),
        ("Budget", "Budget", False),
    ],
)
def test_leading_headline_is_dropped(title: str, first_line: str, dropped: bool) -> None:
    body = (
        "The city zoo opened its new elephant house on Sunday after two years of construction work. "
        "Keepers said the four elephants settled in quickly and explored the sand yard all afternoon."
    )
    html = (
        f"<html><head><title>{title}</title></head><body><div><h2>{first_line}</h2>"
        f"<p>{body}</p><p>{body}</p></div></body></html>"
    )
    # One pass: the balanced trim would cut the heading too, as the precision pass leaves it out.
    lines = extract_html(html, config=Config(html_favor="fast")).text.split("\n")
    assert (first_line not in lines) is dropped
    assert body in lines


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n\t",
        "<html></html>",
        "<html><head><title>Nothing here</title></head><body></body></html>",
        "\x00\x01\x02",
        "<<<>>>",
    ],
)
def test_empty_pages_give_empty_or_short_text(html: str) -> None:
    extracted = extract_html(html, url="https://example.net/x")
    assert len(extracted.text) < 20
    result = newsclean.clean_html(html, url="https://example.net/x")
    # Whatever is left holds no word: the chain may drop it as a line of symbols.
    assert result.body in ("", extracted.text.strip())
    assert not any(ch.isalnum() for ch in result.body)


def test_boilerplate_only_page_falls_back_to_the_page_text() -> None:
    html = (
        "<html><body><nav><a href='/'>Inicio</a> | <a href='/deportes'>Deportes</a></nav>"
        "<div class='cookie'>Usamos cookies para mejorar su experiencia.</div>"
        "<footer>Aviso legal · Contacto</footer></body></html>"
    )
    text = extract_html(html).text
    assert "Usamos cookies" in text
    assert newsclean.clean_html(html).metadata.url is None


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>Unclosed paragraph about the harbour <b>bold <div>still the harbour story",
        "</div></div><p>Stray closing tags before the report on the harbour expansion plans.</p></span>",
        "<html><body><table><tr><td><p>Cell text about the harbour expansion</td></p></table>",
        "<p>A bare fragment about the harbour expansion plans, with no document around it.</p>",
    ],
)
def test_broken_html_still_gives_text(html: str) -> None:
    assert "harbour" in extract_html(html).text


SENTENCE = "The river rose two metres overnight and flooded the lower town. "


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            f"<html><body>{'<div>' * n}<p>{SENTENCE * 8}</p>{'</div>' * n}</body></html>", id=f"div{n}"
        )
        for n in (300, 20_000)
    ]
    + [
        pytest.param(
            f"<html><body>{'<span>' * 20_000}{'</b>' * 20_000}<p>{SENTENCE * 8}</p></body></html>",
            id="stray-closing-tags",
        ),
        pytest.param(
            f"<html><body>{'<div><p>a ' * 20_000}<p>{SENTENCE * 8}</p></body></html>", id="unclosed"
        ),
        pytest.param(
            f"<html><body>{'<div>' * 300}{'<script>' * 3000}<p>{SENTENCE * 8}</p></body></html>",
            id="unclosed-scripts",
        ),
    ],
)
def test_deeply_nested_html_neither_crashes_nor_hangs(html: str) -> None:
    text = extract_html(html).text
    assert "flooded the lower town" in text


@pytest.mark.parametrize(
    ("encoding", "paragraph", "word"),
    [
        pytest.param(
            "windows-1251",
            "Правительство Москвы в понедельник утвердило новый план строительства школ в трёх районах.",
            "Правительство",
            id="windows-1251",
        ),
        pytest.param(
            "iso-8859-1",
            "Le conseil municipal de Besançon a voté jeudi un budget pour rénover les écoles du quartier.",
            "Besançon",
            id="iso-8859-1",
        ),
        pytest.param(
            "shift_jis",
            "大阪市は月曜日、市内の小学校に新しい図書館を建設する計画を発表した。",
            "大阪市",
            id="shift_jis",
        ),
        pytest.param(
            "windows-1252",
            "Die Gemeinde Überlingen hat beschlossen, das Schwimmbad zu sanieren – für fünf Millionen €.",
            "Überlingen",
            id="windows-1252",
        ),
    ],
)
def test_bytes_with_a_declared_charset(encoding: str, paragraph: str, word: str) -> None:
    html = (
        f'<html><head><meta charset="{encoding}"><title>x</title></head>'
        f"<body><article><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    body = newsclean.clean_html(html.encode(encoding)).body
    assert word in body
    assert paragraph in body


def test_a_failing_extractor_falls_back_to_the_page_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)  # imported on use
    extracted = extract_html(page(META), url="https://example.org/a")
    assert PARAGRAPHS[0] in extracted.text.split("\n")
    assert extracted.metadata.url == "https://example.org/a"


def test_extraction_error_when_nothing_works(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)  # imported on use
    monkeypatch.setattr(extract_module, "_plain_text", broken)
    with pytest.raises(ExtractionError, match="extractor bug"):
        extract_html(page(META))


def test_output_does_not_depend_on_earlier_pages() -> None:
    # trafilatura's deduplication would remember paragraphs across calls; it must stay off.
    first = extract_html(page(META)).text
    for _ in range(3):
        extract_html(page(META))
    assert extract_html(page(META)).text == first


DEV = ground_truth()


@pytest.mark.parametrize(
    ("key", "author", "date", "sitename", "opening"),
    [
        ("08f793762792", "Bryan DeArdo", "2019-11-19", "CBSSports.com", "One member of the Browns"),
        ("3c6d3381ef52", None, "2018-09-24", None, "Наши герои знают толк"),
        ("16c30add7e96", "Umair Irfan", "2019-11-08", "Vox", "Another cloud of choking smoke"),
    ],
)
def test_dev_pages(key: str, author: str | None, date: str, sitename: str | None, opening: str) -> None:
    (full,) = [k for k in DEV if k.startswith(key)]
    extracted = extract_html(read_page(full), url=DEV[full]["url"])
    metadata = extracted.metadata
    assert metadata.date == date
    assert metadata.url == DEV[full]["url"]
    assert metadata.title and metadata.title not in extracted.text.split("\n")
    if author:
        assert author in metadata.authors
    if sitename:
        assert metadata.sitename == sitename
    lines = extracted.text.split("\n")
    assert len(lines) >= 5
    assert any(line.startswith(opening) for line in lines[:3])


def test_fast_is_one_pass_and_balanced_a_span_of_it() -> None:
    # balanced trims the default extraction (fast keeps it whole) and only inserts lines inside
    # the span: the lines of balanced that fast has are a run of fast's, in the same order.
    trimmed = 0
    for key, truth in sorted(DEV.items())[:20]:
        html = read_page(key)
        fast = extract_html(html, url=truth["url"], config=Config(html_favor="fast")).text.split("\n")
        balanced = extract_html(html, url=truth["url"]).text.split("\n")
        shared = set(fast)
        span = [line for line in balanced if line in shared]
        starts = [i for i in range(len(fast) - len(span) + 1) if fast[i : i + len(span)] == span]
        assert starts, key
        assert balanced[0] in shared and balanced[-1] in shared, key
        trimmed += len(fast) > len(span)
    assert trimmed >= 1


def _barrier_page(list_items: str, after: str = "") -> str:
    paragraphs = [
        "The river authority said on Tuesday that the flood barrier would be finished by the end of next "
        "year, two years later than planned, after the contractor ran into unexpected ground conditions.",
        "Engineers found that the clay under the eastern section was softer than the surveys had "
        "suggested, and the foundations had to be redesigned at a cost of several million pounds.",
        "<strong>The authority listed the work that remains to be done:</strong>",
        "The chief engineer said the team was confident that the new timetable would hold, because the "
        "hardest part of the job was now behind them.",
        "Local councillors welcomed the update but asked for monthly reports on progress, saying "
        "residents had heard too many promises before.",
    ]
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:3]) + list_items
    body += "".join(f"<p>{p}</p>" for p in paragraphs[3:])
    return (
        "<html><head><title>Flood barrier delayed</title></head><body>"
        f"<nav><ul>{nav}</ul></nav><div class='row'><div class='span12'><span class='rich_text'>{body}"
        f"</span></div></div>{after}<footer><p>Copyright 2026 River News.</p></footer></body></html>"
    )


def test_balanced_puts_back_a_list_inside_the_article_that_the_default_pass_dropped() -> None:
    # trafilatura's default pass drops this list of "label: text" items; its recall pass keeps it.
    items = (
        "<li><strong>Piling:</strong> the eastern section needs forty more piles driven into the clay.</li>"
        "<li><strong>Gates:</strong> the steel gates for the two channels arrive in the spring.</li>"
        "<li><strong>Controls:</strong> the pumping station controls are still being tested.</li>"
    )
    html = _barrier_page(f"<ul>{items}</ul>")
    fast = extract_html(html, config=Config(html_favor="fast")).text.split("\n")
    balanced = extract_html(html).text.split("\n")
    assert not any(line.startswith("- Piling") for line in fast)
    at = balanced.index("The authority listed the work that remains to be done:")
    assert [line[:10] for line in balanced[at + 1 : at + 4]] == ["- Piling: ", "- Gates: t", "- Controls"]
    assert [line for line in balanced if line in fast] == fast


_POINTS = [
    "- The new benchmark runs the same blocks on every client, so results repeat.",
    "- Two clients led under the heaviest loads, and the gap grew with block size.",
    "- Next we want to test with a state much larger than the main network's today.",
    "- We also plan to add the two clients whose snapshots were not yet available.",
]
_FILL_CASES = [
    # A run between two lines the precision pass kept goes in, blank lines aside.
    ("A.\nB.", "A.\n- x\n\n- y\nB.", "A.\nB.", "A.\n- x\n- y\nB."),
    # Nothing goes above the first line or below the last...
    ("A.\nB.", "Menu\nA.\nB.\nRelated\n- z", "A.\nB.", "A.\nB."),
    # ... but a list of two whole sentences or more right next to it: key points, closing steps.
    (
        "A.\nB.",
        f"Menu\n{_POINTS[0]}\n{_POINTS[1]}\nA.\nB.\n{_POINTS[2]}\n{_POINTS[3]}\nRelated\n{_POINTS[0]}",
        "A.\nB.",
        f"{_POINTS[0]}\n{_POINTS[1]}\nA.\nB.\n{_POINTS[2]}\n{_POINTS[3]}",
    ),
    # One sentence alone, short items, or items next to a line the precision pass dropped stay out.
    ("A.\nB.", f"{_POINTS[0]}\nA.\nB.", "A.\nB.", "A.\nB."),
    ("A.\nB.", "- Rain.\n- Wind and hail today.\nA.\nB.", "A.\nB.", "A.\nB."),
    ("A.\nB.", f"{_POINTS[0]}\n{_POINTS[1]}\nA.\nB.", "B.", "A.\nB."),
    # One neighbour the precision pass dropped: the gap may be furniture.
    ("A.\nSee also\nB.", "A.\nSee also\n- teaser\nB.", "A.\nB.", "A.\nSee also\nB."),
    # Lines the recall pass lacks stay; a line it changed is not doubled.
    ("A.\nOnly here.\nB.", "A.\nB.", "A.\nOnly here.\nB.", "A.\nOnly here.\nB."),
    ("A.\nC v1\nB.", "A.\nC v2\nB.", "A.\nC v1\nB.", "A.\nC v1\nB."),
    ("A.\nB.", "", "A.\nB.", "A.\nB."),
    # A line the page repeats ("}" closing each code block) aligns next to the lines around it.
    ("A.\n}\nB.\n}\nC.", "A.\n}\n- x\nB.\n}\nC.", "A.\n}\nB.\n}\nC.", "A.\n}\n- x\nB.\n}\nC."),
    # The recall pass indents some lines as the page's source does: still the same lines.
    ("A.\nB.", "  A.\n- x\n    B. ", "A.\nB.", "A.\n- x\nB."),
    # A run with a post's date lists other stories (dated teasers) or a post's details.
    (
        "A.\nB.",
        "A.\nMore on floods\nMarch 3, 2021 -- Updated 0914 GMT\nHow levees fail.\nB.",
        "A.\nB.",
        "A.\nB.",
    ),
    ("A.\nB.", "A.\nPosted 12/05/2024 by Ann\nB.", "A.\nB.", "A.\nB."),
    # A date inside a sentence of the run is the article's.
    (
        "A.\nB.",
        "A.\n- The dam opened on March 3, 2021.\nB.",
        "A.\nB.",
        "A.\n- The dam opened on March 3, 2021.\nB.",
    ),
]


@pytest.mark.parametrize(("text", "recall", "precise", "expected"), _FILL_CASES)
def test_the_fill_only_inserts_recall_lines_inside_the_precise_span(
    text: str, recall: str, precise: str, expected: str
) -> None:
    assert extract_module._fill(text, recall, precise) == expected


def test_html_favor_must_be_known() -> None:
    with pytest.raises(ConfigError, match="html_favor must be one of balanced, fast, precision, recall"):
        Config(html_favor="quick")


_TRIM_CASES = [
    # The precise pass shares most of its text: leading and trailing furniture is cut.
    (
        "Menu\nHome\nFirst paragraph here.\nSecond paragraph here.\nFooter links",
        "First paragraph here.\nSecond paragraph here.",
        "First paragraph here.\nSecond paragraph here.",
    ),
    # Laid out differently: only a date line matches, so the span would not be the article.
    (
        "Updated: 3 May\nA long article paragraph that the precise pass wrote as a table cell.",
        "Updated: 3 May\n| A long article paragraph | that the precise pass | wrote as a table cell |",
        None,
    ),
    # Only a pull quote matches in the middle of a long article.
    (
        "Para one of the article is here.\n“A pull quote”\nPara three of the article is here.",
        "Lead written differently here.\n“A pull quote”\nAnother layout for the rest of it.",
        None,
    ),
]


@pytest.mark.parametrize(("default", "precise", "expected"), _TRIM_CASES)
def test_the_trim_never_shrinks_the_text_to_a_few_matching_lines(
    default: str, precise: str, expected: str | None
) -> None:
    assert extract_module._trim(default, precise) == (default if expected is None else expected)


_LEAD = (
    "The harbour authority spent most of the winter arguing about whether the old ferry pier could be "
    "saved, and by March the engineers had run out of patience with the council and its consultants."
)
_DEK = "Engineers say the old ferry pier cannot be saved. Here is what the council plans instead."
_BODY = "The second paragraph follows here.\nThe third paragraph follows here."


@pytest.mark.parametrize(
    ("default", "description", "expected"),
    [
        # A long prose paragraph just above the shared span is the lead: the span reaches over it.
        (f"Menu\n{_LEAD}\n{_BODY}\nFooter", "", f"{_LEAD}\n{_BODY}"),
        (f"Menu\n{_LEAD}\n{_BODY}", "Another summary of the story entirely.", f"{_LEAD}\n{_BODY}"),
        # The same paragraph repeating the page's description is the standfirst.
        (f"Menu\n{_LEAD}\n{_BODY}", _LEAD, _BODY),
        # A description cut short with an ellipsis is an excerpt of the article's first paragraph,
        # as CMSs make one: that paragraph is the lead, however short, and empty paragraphs
        # (a lone no-break space) between it and the span are passed over.
        (f"Menu\n{_LEAD}\n{_BODY}", _LEAD[:120] + "…", f"{_LEAD}\n{_BODY}"),
        (f"Menu\n{_DEK}\n\xa0\n{_BODY}", _DEK[:85] + "...", f"{_DEK}\n\xa0\n{_BODY}"),
        # An excerpt of another paragraph, or one too short to tell, reaches nothing.
        (f"Menu\n{_DEK}\n{_BODY}", "Engineers say the bridge ...", _BODY),
        (f"Menu\n{_DEK}\n{_BODY}", "Engineers say...", _BODY),
        # A menu above the lead stays out.
        (f"Menu\n\xa0\n{_DEK}\n{_BODY}", _DEK[:85] + "...", f"{_DEK}\n{_BODY}"),
        # A short standfirst stays out, a description or not.
        (f"Menu\n{_DEK}\n{_BODY}", "", _BODY),
        # A long line that is not prose (a list of links) is not a lead.
        (f"{' | '.join(['Section name'] * 20)}\n{_BODY}", "", _BODY),
        # Only lines next to the span: a lead above a menu line is not reached.
        (f"{_LEAD}\nMenu\n{_BODY}", "", _BODY),
    ],
)
def test_the_trim_keeps_the_lead_paragraph_but_not_the_standfirst(
    default: str, description: str, expected: str
) -> None:
    assert extract_module._trim(default, _BODY, description) == expected


def test_the_trim_keeps_a_lead_the_precision_pass_cut_short_even_when_the_description_repeats_it() -> None:
    # The precision pass keeps the lead's first sentence only; the page's description is the lead.
    first_sentence = _LEAD.split(", and ", maxsplit=1)[0] + "."
    body = f"{_BODY}\n{_BODY.upper()}\n{_BODY.title()}"
    default = f"Menu\n{_LEAD}\n{body}\nFooter"
    precise = f"{first_sentence}\n{body}"
    assert extract_module._trim(default, precise, _LEAD[:120] + "…") == f"{_LEAD}\n{body}"
    # A short line opening alike is no evidence: a menu label is not a paragraph.
    assert extract_module._trim(f"Menu entry\n{_BODY}", f"Menu\n{_BODY}", "") == _BODY


def test_text_mode_never_imports_trafilatura() -> None:
    # A fresh interpreter: this test process has imported trafilatura long ago.
    code = (
        "import sys, newsclean\n"
        "newsclean.clean('The council met on Monday and approved the budget.', kind='auto')\n"
        "newsclean.clean('Rain is due in the north.', kind='text')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'htmldate')))\n"
        "newsclean.clean_html('<html><body><p>Rain is due in the north on Monday.</p></body></html>')\n"
        "print('trafilatura' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "True"]


@pytest.mark.parametrize("favor", ["balanced", "fast", "precision", "recall"])
def test_the_page_is_parsed_once_whatever_the_passes(favor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura.utils

    html = page(META)
    parsed: list[int] = []
    parse = trafilatura.utils.fromstring

    def counted(markup: str | bytes, *args: object, **kwargs: object) -> object:
        parsed.append(len(markup))
        return parse(markup, *args, **kwargs)

    monkeypatch.setattr(trafilatura.utils, "fromstring", counted)
    extracted = extract_html(html, url="https://example.org/a", config=Config(html_favor=favor))
    assert PARAGRAPHS[0] in extracted.text.split("\n")
    assert extracted.metadata.title == "Neue Radwege für Kassel"
    # trafilatura's readability comparison parses its own (shorter) summary; the page, once.
    assert sum(size >= len(html) - 20 for size in parsed) == 1


def test_styles_templates_and_svg_drawings_are_dropped_once_with_the_text_after_them_kept() -> None:
    crossing = "takes three hours in calm seas, and up to five when the wind is strong from the west."
    html = (
        "<html><head><title>Ferry timetable</title><style>p {color: red}</style></head><body><article>"
        "<p>The ferry company said on Monday that the winter timetable would start a week early.</p>"
        f"<p>The crossing <svg viewBox='0 0 1 1'><title>Ship icon</title><path d='M0 0'/></svg>{crossing}</p>"
        "<template><p>A paragraph of a template that the page never shows.</p></template>"
        "</article></body></html>"
    )
    tree = extract_module._parse(html)
    assert tree.xpath("//style|//template|//*[local-name()='svg']") == []
    visible = "The ferry company said on Monday that the winter timetable would start a week early."
    visible += f"The crossing {crossing}"  # no space between the paragraphs' markup
    assert extract_module._page_chars(tree) == len(visible)
    assert extract_html(html).text.split("\n")[-1] == f"The crossing {crossing}"


def test_the_fill_aligns_a_long_page_line_by_line() -> None:
    # 20,000 paragraphs, each followed in the recall pass by a list item the default pass lost.
    paragraphs = [f"Paragraph {i} of a very long report." for i in range(20_000)]
    recall = "\n".join(f"{p}\n- point {i}" for i, p in enumerate(paragraphs))
    filled = extract_module._fill("\n".join(paragraphs), recall, "\n".join(paragraphs)).split("\n")
    assert filled[:4] == [paragraphs[0], "- point 0", paragraphs[1], "- point 1"]
    assert len(filled) == 2 * len(paragraphs) - 1  # nothing below the last line


_CONTENTS = "Contents: How it works | Costs | Questions"
_SENTENCES = (
    "The county opened its new recycling centre on Saturday, and more than two thousand residents came "
    "to drop off garden waste, old furniture and electrical goods.",
    "Officials said the centre would take most household items free of charge, with a small fee for "
    "building rubble and tyres.",
    "The old site on the ring road closes at the end of the month and will be turned into a park once "
    "the ground has been cleaned up.",
)
# Sixteen paragraphs, over 2,000 characters in all.
_LAID_OUT = [f"Week {n} of the report. {_SENTENCES[n % 3]}" for n in range(16)]


def _passes(default: str, recall: str, precise: str) -> object:
    """A stand-in for trafilatura's ``bare_extraction``: each pass's text by its setting."""
    import types

    def extraction(tree: object, **options: object) -> object:
        if options.get("favor_recall"):
            return types.SimpleNamespace(text=recall)
        if options.get("favor_precision"):
            return types.SimpleNamespace(text=precise)
        return types.SimpleNamespace(text=default, title="Recycling centre opens")

    return extraction


@pytest.mark.parametrize("precise", ["\n".join(_LAID_OUT[2:-2]), ""])
def test_a_default_pass_run_into_one_line_gives_way_to_the_recall_pass_lines(
    precise: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # trafilatura's default pass flattens some layouts into one long line (page contents and all);
    # its recall pass gives the same text paragraph by paragraph, where the cleaners can judge it.
    # The precision pass then trims it as it trims any default text.
    flat = " ".join([_CONTENTS, *_LAID_OUT])
    recall = "\n".join(_LAID_OUT)
    monkeypatch.setattr(trafilatura, "bare_extraction", _passes(flat, recall, precise))  # imported on use
    html = "<html><body><p>Recycling</p></body></html>"
    expected = _LAID_OUT[2:-2] if precise else _LAID_OUT
    assert extract_html(html).text.split("\n") == expected
    assert extract_html(html, config=Config(html_favor="fast")).text == flat


@pytest.mark.parametrize(
    "recall",
    [
        # Other text: teasers the flattened line does not hold.
        "\n".join(f"Teaser {n}: the council's plans for the harbour and the buses" for n in range(9)),
        # The same text, but not laid out in lines either.
        " ".join(_LAID_OUT),
    ],
)
def test_a_long_default_line_stays_unless_the_recall_pass_lays_out_the_same_text(
    recall: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    flat = " ".join([_CONTENTS, *_LAID_OUT])
    monkeypatch.setattr(trafilatura, "bare_extraction", _passes(flat, recall, ""))  # imported on use
    assert extract_html("<html><body><p>Recycling</p></body></html>").text == flat


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # A news article's closing credit line is its own, though the precision pass may stop short of it.
        (["Additional reporting by Steve Roe; Editing by Ann Lee"], True),
        (["", "(Reporting by Jane Doe in London; Writing by Tom Poe)"], True),
        # A footer line after the article is not reached, nor a credit line past it.
        (["Our standards: the trust principles."], False),
        (["Related coverage", "(Reporting by Jane Doe)"], False),
    ],
)
def test_the_trim_keeps_the_article_s_closing_credit_line(tail: list[str], kept: bool) -> None:
    default = "\n".join(["Menu", _BODY, *tail])
    trimmed = extract_module._trim(default, _BODY)
    assert trimmed == ("\n".join([_BODY, *tail]) if kept else _BODY)


@pytest.mark.parametrize(
    ("og_title", "heading", "title"),
    [
        # A teaser written for social media as og:title: the <title> vouches for the <h1>.
        (
            "Read more on our blog >> everything about cycling",
            "Kassel baut vierzig Kilometer neue Radwege",
            "Kassel baut vierzig Kilometer neue Radwege",
        ),
        # Neither vouches for a heading about something else: the declared title stays.
        (
            "Read more on our blog >> everything about cycling",
            "Jetzt den Newsletter abonnieren und gewinnen",
            "Read more on our blog >> everything about cycling",
        ),
    ],
)
def test_the_title_element_may_vouch_for_the_h1(og_title: str, heading: str, title: str) -> None:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Neue Radwege: Kassel baut vierzig Kilometer | Nordhessen Bote</title>"
        f'<meta property="og:title" content="{og_title}">'
        f"</head><body><article><h1>{heading}</h1>{article}</article></body></html>"
    )
    assert extract_html(html).metadata.title == title


@pytest.mark.parametrize(
    ("element", "og_title", "logo"),
    [
        (
            "Kassel baut vierzig Kilometer neue Radwege – Regionales – Nordhessen Bote",
            "Kassel baut vierzig Kilometer neue Radwege",
            "Regionales – Nordhessen Bote",
        ),
        (
            "市議会が新しい橋の建設を承認\u3000写真2枚\u3000地域ニュース：Minato Shimbun",
            "市議会が新しい橋の建設を承認",
            "地域ニュース：Minato Shimbun",
        ),
    ],
)
def test_the_title_element_does_not_vouch_for_an_h1_of_its_closing_words(
    element: str, og_title: str, logo: str
) -> None:
    # The first <h1> holds the section and the site (a logo's text for screen readers): the
    # words the <title> element closes with, after the story's.
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        f'<html><head><title>{element}</title><meta property="og:title" content="{og_title}"></head>'
        f"<body><h1>{logo}</h1><article><h1>{og_title}</h1>{article}</article></body></html>"
    )
    assert extract_html(html).metadata.title == og_title


_GRID_ARTICLE = [
    "The harbour board voted on Tuesday to extend the ferry pier by forty metres before the summer season.",
    "Engineers said the work would close the northern quay for six weeks, starting in early April.",
    "Local traders welcomed the decision but asked for a temporary landing stage during the closure.",
]
_GRID_EXCERPTS = [
    f"Excerpt of another post, number {n}: the council met again about the coast road and the sea wall."
    for n in range(4)
]


@pytest.mark.parametrize(
    ("precise", "expected"),
    [
        # The precision pass leaves out a grid of other posts' excerpts: they go.
        (_GRID_ARTICLE, _GRID_ARTICLE),
        # With a fraction of the default text it has lost the article: the default text stays.
        (_GRID_ARTICLE[1:2], [*_GRID_ARTICLE, *_GRID_EXCERPTS]),
    ],
)
def test_balanced_trims_what_the_precision_pass_leaves_around_the_article(
    monkeypatch: pytest.MonkeyPatch, precise: list[str], expected: list[str]
) -> None:
    default = [*_GRID_ARTICLE, *_GRID_EXCERPTS]

    class Passes:
        def __call__(self, tree: object, **options: object) -> object:
            lines = precise if options.get("favor_precision") else default
            return type("Document", (), {"text": "\n".join(lines)})()

    monkeypatch.setattr(trafilatura, "bare_extraction", Passes())
    text, _ = extract_module._main_text(extract_module._parse("<html><body></body></html>"), None, "balanced")
    assert text.split("\n") == expected


_GRID = [
    ("Publications", "The institute publishes a white paper on connected sensors"),
    ("Startups", "A driving coach for automated vans"),
    ("Security", "Malicious devices betrayed by their radio signals"),
    ("Europe", "A new project for swarms of small devices"),
]


def test_the_trim_leaves_out_a_grid_of_cards_whose_labels_the_precision_pass_kept() -> None:
    cards = [line for label, headline in _GRID for line in (label, headline)]
    default = "\n".join([*_GRID_ARTICLE, *cards])
    precise = "\n".join([*_GRID_ARTICLE, *(label for label, _ in _GRID)])
    assert extract_module._trim(default, precise) == "\n".join(_GRID_ARTICLE)


def test_the_trim_keeps_credit_lines_between_the_article_s_paragraphs() -> None:
    # Short "label: name" lines the precision pass keeps, each after a paragraph it leaves out.
    article = [
        _GRID_ARTICLE[0],
        "Ferry: Northern Line",
        "The second paragraph, which the precision pass leaves out, tells how the works on the northern "
        "quay will go on through the spring.",
        "Pier: Harbour Board",
        "The third paragraph, also left out, is about the temporary landing stage that the traders asked "
        "the board for.",
        "Quay: Harbour Board",
    ]
    precise = "\n".join(article[i] for i in (0, 1, 3, 5))
    assert extract_module._trim("\n".join(article), precise) == "\n".join(article)


@pytest.mark.parametrize(
    ("heading", "element", "title"),
    [
        # A blog theme sets the blog's name as the page's only <h1>: the <title> names the post.
        (
            "Anna's Blog",
            "Vierzig Kilometer neue Radwege für Kassel | Anna's Blog",
            "Vierzig Kilometer neue Radwege für Kassel",
        ),
        (
            "annabecker.example",
            "annabecker.example Vierzig Kilometer neue Radwege",
            "Vierzig Kilometer neue Radwege",
        ),
        # A headline with a word of the address in it is a headline.
        ("Anna fährt Rad in Kassel", "Radwege | Anna's Blog", "Anna fährt Rad in Kassel"),
        # A <title> that is the site's name too gives no post title.
        ("Anna's Blog", "Anna's Blog", "Anna's Blog"),
    ],
)
def test_a_blogs_name_as_the_h1_gives_way_to_the_title_element(
    heading: str, element: str, title: str
) -> None:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        f"<html><head><title>{element}</title></head>"
        f"<body><header><h1>{heading}</h1></header><article>{article}</article></body></html>"
    )
    url = "https://blog.annabecker.example/2027/radwege"
    assert extract_html(html, url=url).metadata.title == title


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane's Blog", True),
        ("janedoe.example", True),
        ("The Janedoe Blog", True),
        # a headline with the site's name in it names its topic
        ("Jane Doe reads the tides", False),
        # a word every site may have names none
        ("Blog", False),
        ("Home", False),
    ],
)
def test_a_title_names_the_site_when_all_its_words_are_the_address(text: str, names: bool) -> None:
    assert _names_site(text, Metadata(url="https://blog.janedoe.example/2027/tides")) is names


_ARTICULO = [
    "El ayuntamiento aprobó el martes la ampliación del muelle norte en cuarenta metros antes del verano.",
    "Los ingenieros dijeron que las obras cerrarán el paseo marítimo durante seis semanas a partir de abril.",
    "Los comerciantes del puerto celebraron la decisión, pero pidieron un embarcadero provisional.",
]
_LECTORES = [
    "Ya era hora, llevamos diez años esperando este muelle y siempre nos dicen que el año que viene.",
    "Seis semanas sin paseo en plena primavera es una barbaridad para los bares de la zona, la verdad.",
    "¿Y quién paga todo esto? Porque las cuentas del ayuntamiento no salen ni con calculadora.",
]


def _page_with_comments(container: str, wrapper: str = "div") -> str:
    article = "".join(f"<p>{p}</p>" for p in _ARTICULO)
    comments = "".join(
        f'<div class="mensaje"><span>lector{n}</span><p>{c}</p></div>' for n, c in enumerate(_LECTORES)
    )
    return (
        "<html><head><title>El muelle norte crecerá cuarenta metros</title></head><body>"
        f'<{wrapper}><h1>El muelle norte crecerá cuarenta metros</h1><div class="cuerpo">{article}</div>'
        f"{container.format(comments=comments)}</{wrapper}></body></html>"
    )


@pytest.mark.parametrize(
    "container",
    [
        '<div id="comentarios"><h3>Comentarios</h3>{comments}</div>',
        '<section class="bloque-comentarios lista">{comments}</section>',
        '<div id="comentarios_lectores_listado">{comments}</div>',
        '<div class="article-kommentare">{comments}</div>',
    ],
)
def test_readers_comments_named_in_the_page_s_language_are_left_out(container: str) -> None:
    text = extract_html(_page_with_comments(container)).text
    assert all(p in text for p in _ARTICULO)
    assert not any(c in text for c in _LECTORES)


def test_a_wrapper_named_for_comments_that_holds_the_headline_stays_beside_a_larger_page() -> None:
    # Menus and footers outweigh the article: the wrapper holds less than half of the page, but
    # it holds the headline.
    footer = "".join(
        f"<li>Sección {n}: noticias, deportes, cultura y opinión del día</li>" for n in range(40)
    )
    page = _page_with_comments('<div id="comentarios">{comments}</div>')
    page = page.replace("<div><h1>", '<div class="noticia-comentarios"><h1>')
    text = extract_html(page.replace("</body>", f"<footer><ul>{footer}</ul></footer></body>")).text
    assert all(p in text for p in _ARTICULO)
    assert not any(c in text for c in _LECTORES)


def test_a_wrapper_named_for_comments_that_holds_the_article_stays() -> None:
    # The page's wrapper names the comments it also holds: it stays with the article, the thread goes.
    page = _page_with_comments('<div id="comentarios">{comments}</div>')
    text = extract_html(page.replace("<div><h1>", '<div class="con-comentarios"><h1>')).text
    assert all(p in text for p in _ARTICULO)
    assert not any(c in text for c in _LECTORES)


@pytest.mark.parametrize(
    ("og_title", "element", "heading", "title"),
    [
        # A CMS that sets the address's slug as og:title: the <h1> is the headline.
        (
            "radwege-kassel-herbst-2023",
            "Radwege 2023 | Nordhessen Bote",
            "Vierzig Kilometer neue Radwege für Kassel",
            "Vierzig Kilometer neue Radwege für Kassel",
        ),
        # Without a headline-length <h1>, the <title> element less the site's name.
        (
            "radwege_kassel_2023",
            "Neue Radwege in Kassel | nordhessen-bote.example",
            "Lokales",
            "Neue Radwege in Kassel",
        ),
        # A slug everywhere is no title at all.
        ("radwege-kassel-2023", "radwege-kassel-2023", None, None),
        # Hyphens in a title with spaces are a title's.
        (
            "Kassel-Nord: Radwege-Plan steht",
            "Radwege | Nordhessen Bote",
            None,
            "Kassel-Nord: Radwege-Plan steht",
        ),
    ],
)
def test_a_slug_declared_as_title_is_replaced(
    og_title: str, element: str, heading: str | None, title: str | None
) -> None:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    h1 = f"<h1>{heading}</h1>" if heading else ""
    html = (
        f'<html><head><title>{element}</title><meta property="og:title" content="{og_title}">'
        f"</head><body><article>{h1}{article}</article></body></html>"
    )
    assert extract_html(html, url="https://nordhessen-bote.example/lokales/radwege").metadata.title == title
