"""The related cleaner: headline runs after the body, headed link boxes and inline "Read more" lines."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.cleaners.base import Document
from newsclean.cleaners.related import (
    Related,
    _dated_meta,
    _heading_key,
    glued_card,
    inline_link,
    lone_heading,
    related_heading,
)
from newsclean.config import Config
from newsclean.model import Category
from newsclean.text.detect import detect_language
from newsclean.text.segment import segment_text

P1 = "The port authority said on Monday that cargo volumes had fallen for the third month in a row."
P2 = "Shipping companies blamed weaker demand in Europe and higher fuel costs for the decline."
P3 = "The authority expects traffic to recover in the second half of the year, a spokeswoman said."


def removed_texts(
    text: str, removed: dict[int, Category] | None = None, *, extracted: bool = False
) -> list[str]:
    doc = Document.build(segment_text(text), detect_language(text), Config(), extracted=extracted)
    verdicts = Related().judge(doc, removed or {})
    for verdict in verdicts:
        assert verdict.reason.endswith(".")
    return sorted(doc.segments[i].text for v in verdicts for i in v.indices)


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        (  # trailing headline run without a heading
            f"{P1}\n\n{P2}\n\nFuel prices climb for fifth straight week\n"
            "Union warns of strikes at northern docks\n"
            "New terminal opens ahead of schedule\n",
            [
                "Fuel prices climb for fifth straight week",
                "New terminal opens ahead of schedule",
                "Union warns of strikes at northern docks",
            ],
        ),
        (  # headed box in the middle of the body
            f"{P1}\n\nRelated stories\nExporters brace for slower summer\n"
            f"Rail freight hits record high\n\n{P2}\n\n{P3}",
            ["Exporters brace for slower summer", "Rail freight hits record high", "Related stories"],
        ),
        (
            f"{P1}\n\nREAD MORE: Inflation slows for the third month in a row\n\n{P2}\n\n{P3}",
            ["READ MORE: Inflation slows for the third month in a row"],
        ),
        (
            f"{P1}\n\nDON'T MISS: The towns where house prices are still falling\n\n{P2}",
            ["DON'T MISS: The towns where house prices are still falling"],
        ),
        (
            f"{P1}\n\nSEE MORE: Ferry strike enters its second week\n\n{P2}",
            ["SEE MORE: Ferry strike enters its second week"],
        ),
        (
            f"{P1}\n\nWATCH: Crane topples onto empty quay in high winds\n\n{P2}",
            ["WATCH: Crane topples onto empty quay in high winds"],
        ),
        (
            f"{P1}\n\nAlso read | Floods cut off villages in the north-east\n\n{P2}",
            ["Also read | Floods cut off villages in the north-east"],
        ),
        (  # German heading at the end
            f"{P1}\n\n{P2}\n\nMehr zum Thema\nHafen Hamburg meldet weniger Container\n",
            ["Hafen Hamburg meldet weniger Container", "Mehr zum Thema"],
        ),
        (  # a blogging platform's related posts, in German and in Spanish
            f"{P1}\n\n{P2}\n\nÄhnliche Beiträge\nHafen Hamburg meldet weniger Container\n",
            ["Hafen Hamburg meldet weniger Container", "Ähnliche Beiträge"],
        ),
        (
            f"{P1}\n\n{P2}\n\nEntradas relacionadas\nEl puerto de Valencia bate su récord\n",
            ["El puerto de Valencia bate su récord", "Entradas relacionadas"],
        ),
        (  # "More from <section>"
            f"{P1}\n\n{P2}\n\nMore from Business\nBank profits beat forecasts\n",
            ["Bank profits beat forecasts", "More from Business"],
        ),
        (  # a blog's box of recent posts
            f"{P1}\n\n{P2}\n\nRecent Posts\nHow to winterise an outdoor tap\n"
            "Why your boiler loses pressure\nFive signs of a hidden leak\n",
            [
                "Five signs of a hidden leak",
                "How to winterise an outdoor tap",
                "Recent Posts",
                "Why your boiler loses pressure",
            ],
        ),
        (  # a trailing run followed by a tag list: the tags are left to the tags cleaner
            f"{P1}\n\n{P2}\n\nDockers vote on new pay offer\nCustoms delays ease at border\n"
            "ports, shipping, trade\n",
            ["Customs delays ease at border", "Dockers vote on new pay offer"],
        ),
    ],
)
def test_related_links_are_removed(text: str, removed: list[str]) -> None:
    assert removed_texts(text) == removed


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        (
            "El puerto registró una caída del tráfico de contenedores por tercer mes consecutivo, dijo la "
            "autoridad portuaria.\n\nNoticias relacionadas\nLa huelga de estibadores paraliza Valencia\n"
            "El Gobierno aprueba ayudas al transporte\n",
            [
                "El Gobierno aprueba ayudas al transporte",
                "La huelga de estibadores paraliza Valencia",
                "Noticias relacionadas",
            ],
        ),
        (
            "Le port a enregistré une baisse du trafic pour le troisième mois consécutif, selon l'autorité "
            "portuaire.\n\nÀ lire aussi : Le gouvernement présente son plan pour les ports\n\n"
            "Les armateurs accusent la hausse du prix du carburant et une demande plus faible en Europe.\n",
            ["À lire aussi : Le gouvernement présente son plan pour les ports"],
        ),
        (  # a newspaper's front-page box, named for the site
            "Le port a enregistré une baisse du trafic pour le troisième mois consécutif, selon l'autorité "
            "portuaire.\n\nÀ la une de leport.fr\nLa grève des dockers paralyse Marseille\n"
            "Le gouvernement présente son plan pour les ports\n\n"
            "Les armateurs accusent la hausse du prix du carburant et une demande plus faible en Europe.\n",
            [
                "La grève des dockers paralyse Marseille",
                "Le gouvernement présente son plan pour les ports",
                "À la une de leport.fr",
            ],
        ),
        (  # a capital loses its accent in much French typesetting
            "Le port a enregistré une baisse du trafic pour le troisième mois consécutif, selon l'autorité "
            "portuaire.\n\nA voir aussi : Les images de la grève des dockers\n\n"
            "Les armateurs accusent la hausse du prix du carburant et une demande plus faible en Europe.\n",
            ["A voir aussi : Les images de la grève des dockers"],
        ),
        (
            "Портовое управление сообщило о снижении грузооборота третий месяц подряд, "
            "заявили в компании.\n\n"
            "Читайте также: Цены на топливо выросли пятую неделю подряд\n\n"
            "Перевозчики объясняют спад слабым спросом в Европе и ростом цен на топливо.\n",
            ["Читайте также: Цены на топливо выросли пятую неделю подряд"],
        ),
        (
            "قالت هيئة الميناء إن حجم البضائع انخفض للشهر الثالث على التوالي بسبب ضعف الطلب في أوروبا.\n\n"
            "اقرأ أيضاً\nارتفاع أسعار الوقود للأسبوع الخامس\nإضراب عمال الموانئ في الشمال\n",
            ["ارتفاع أسعار الوقود للأسبوع الخامس", "اقرأ أيضاً", "إضراب عمال الموانئ في الشمال"],
        ),
        (
            "سازمان بنادر اعلام کرد که حجم کالا برای سومین ماه پیاپی کاهش یافته است.\n\n"
            "مطالب مرتبط\nافزایش قیمت سوخت برای پنجمین هفته\nاعتصاب کارگران بندر در شمال کشور\n",
            ["افزایش قیمت سوخت برای پنجمین هفته", "اعتصاب کارگران بندر در شمال کشور", "مطالب مرتبط"],
        ),
    ],
)
def test_related_links_in_other_languages(text: str, removed: list[str]) -> None:
    assert removed_texts(text) == sorted(removed)


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        ("Most read", Category.SITE_CHROME),
        ("Mehr zum Thema", Category.SITE_CHROME),
        ("Read more", Category.SITE_CHROME),
    ],
)
def test_the_links_under_a_heading_an_earlier_cleaner_took_go_too(heading: str, category: Category) -> None:
    # A phrase rule runs first and takes the heading; its box must not stay in the article.
    text = (
        f"{P1}\n\n{P2}\n\n{heading}\nExporters brace for slower summer\nRail freight hits record high\n"
        f"Union warns of strikes at northern docks\n\n{P3}"
    )
    assert removed_texts(text, {2: category}) == sorted(
        [
            "Exporters brace for slower summer",
            "Rail freight hits record high",
            "Union warns of strikes at northern docks",
        ]
    )


@pytest.mark.parametrize("heading", ["Trending", "Read more"])
def test_a_subheading_under_a_heading_an_earlier_cleaner_took_stays(heading: str) -> None:
    # One short line under it, then prose: a "Read more" button over the next section's heading.
    text = f"{P1}\n\n{heading}\nConclusion\n\n{P2}\n\n{P3}"
    assert removed_texts(text, {1: Category.SITE_CHROME}) == []


@pytest.mark.parametrize("heading", ["Related articles", "Most read", "Artículos relacionados"])
def test_one_story_under_a_box_heading_an_earlier_cleaner_took_goes(heading: str) -> None:
    # As under a heading left for this cleaner: the box holds one story.
    text = f"{P1}\n\n{P2}\n\n{heading}\nExporters brace for slower summer\n\n{P3}"
    assert removed_texts(text, {2: Category.SITE_CHROME}) == ["Exporters brace for slower summer"]
    assert removed_texts(text) == sorted([heading, "Exporters brace for slower summer"])


@pytest.mark.parametrize("label", ["Read also", "See also", "Leia também", "Czytaj także", "Читайте также"])
def test_a_read_also_label_inside_the_article_takes_one_story(label: str) -> None:
    # The short lines after the story it names are the article's: a subheading, a question.
    text = (
        f"{P1}\n\n{label}\n\nExporters brace for slower summer\n\nWhat the dockers want\n\n"
        f"Why strike now?\n\n{P2}\n\n{P3}"
    )
    assert removed_texts(text) == sorted([label, "Exporters brace for slower summer"])
    # Below the article's last paragraph the label heads a list like any box's heading.
    at_end = f"{P1}\n\n{P2}\n\n{label}\n\nExporters brace for slower summer\n\nRail freight hits record high"
    assert removed_texts(at_end) == sorted(
        [label, "Exporters brace for slower summer", "Rail freight hits record high"]
    )


@pytest.mark.parametrize(
    "text",
    [
        f"{P1}\n\nA slow recovery for the docks\n\n{P2}\n\n{P3}",  # subheading followed by prose
        f"{P1}\n\n{P2}\n\nReporting by Ana Ortiz; editing by Tom Ng",  # a single trailing line
        f"{P1}\n\nRead more about the plan on the ministry's website, officials said.\n\n{P2}",
        f"{P1}\n\nWatch out for delays on the coast road, police said on Sunday.\n\n{P2}",
        f"{P1}\n\nThe plan includes:\n\nA cap on port fees for small exporters\nNew money for rail links\n",
        f"{P1}\n\nFurther reading\n\n{P2}\n\n{P3}",  # a heading phrase used as a subheading
        "Port traffic falls again\nFuel prices climb for fifth week\nUnion warns of strikes",  # no prose
        f"{P1}\n\n{P2}\n\nports, shipping, trade, Europe",
        # a data list after the body repeats one shape
        f"{P1}\n\n{P2}\n\nRotterdam (Netherlands): 13.4m containers\nAntwerp (Belgium): 12.5m containers\n"
        "Hamburg (Germany): 7.7m containers",
        # an event box after the body ends with a sentence
        f"{P1}\n\n{P2}\n\nHarbour Days Festival 2024\nOpen to visitors every weekend\nTickets are free.",
        # an embedded post after the body, signed below it
        f"{P1}\n\n{P2}\n\nThe harbour lights are back on after the storm https://t.co/x1 by @porttalk\n"
        "— Harbour Post (@harbourpost) March 3, 2024",
        # footnotes after the body link back into it
        f"{P1}\n\n{P2}\n\n- Figures from the port's own monthly bulletin ↩\n"
        "- Container volumes measured in twenty-foot units ↩\n- Not counting transshipment cargo ↩︎",
    ],
)
def test_body_structure_stays(text: str) -> None:
    assert removed_texts(text) == []


def test_bullets_alone_do_not_make_a_data_list() -> None:
    # A bulleted menu after the body: every item has a bullet, which is the list's mark, not a shape.
    menu = "* Weather radar maps\n* School closings today\n* Traffic cameras downtown\n* Contact the newsroom"
    assert removed_texts(f"{P1}\n\n{P2}\n\n{menu}\n") == sorted(menu.split("\n"))


def test_topic_headlines_are_links_and_label_values_are_data() -> None:
    links = (
        "Storm watch: Ferries cancelled as gales batter the western isles tonight\n"
        "Markets: Shipping shares tumble after freight rates hit a two-year low\n"
        "Travel chaos: Rail operators warn of weekend closures on three main lines"
    )
    assert removed_texts(f"{P1}\n\n{P2}\n\n{links}\n") == sorted(links.split("\n"))
    data = "Opening hours: 9am to 5pm\nEntry fee: free for children\nParking: two hours maximum"
    assert removed_texts(f"{P1}\n\n{P2}\n\n{data}\n") == []


def test_link_texts_cut_off_mid_word_are_items_of_the_box_above() -> None:
    box = (
        "Related articles\n* Harbour pilots threaten a strike over the new rota for night shifts at t...\n"
        "* Container ship runs aground near the estuary mouth as tugs wait for the high tid…"
    )
    assert removed_texts(f"{P1}\n\n{box}\n\n{P2}\n\n{P3}") == sorted(box.split("\n"))
    # A sentence that trails off after a whole word is the article's, box or not.
    trailing = "* The harbour master said the pilots would be back at work by Monday, and then ..."
    assert removed_texts(f"{P1}\n\nRelated articles\n{trailing}\n\n{P2}\n\n{P3}") == ["Related articles"]


CARDS = [
    "Ferry operator adds winter sailings",
    "The company said on Tuesday that demand on the island routes had grown faster than...",
    "Dock workers back new pay deal",
    "Union members voted by a large margin to accept an offer that includes a…",
    "Customs checks to be digitised",
    "Officials expect the new system to cut waiting times at the border for hauliers...",
]


# Cut off after a comma, a full stop or a space, each card under its section label.
CUT_AFTER_PUNCTUATION = [
    "Shipping",
    "Ferry operator adds winter sailings",
    "The company said on Tuesday that demand on the island routes had grown, and fares would rise,...",
    "Labour",
    "Dock workers back new pay deal",
    "Union members voted by a large margin to accept the offer. It includes a rise for night shifts....",
    "Trade",
    "Customs checks to be digitised",
    "Officials expect the new system to cut waiting times for hauliers at the border until...",
    "Travel",
    "Island ferries to run all night",
    "From June the crossings will run every hour through the night, and the first ...",
]


@pytest.mark.parametrize("cards", [CARDS, CUT_AFTER_PUNCTUATION])
def test_teaser_excerpts_cut_off_close_together_go(cards: list[str]) -> None:
    removed = removed_texts("\n\n".join([P1, P2, P3, *cards]))
    assert {c for c in cards if c.endswith(("...", "…"))} <= set(removed)
    assert not {P1, P2, P3} & set(removed)


# Teasers one under the other without a title beside them, each cut off at about the same length;
# one ends in a name cut off after a comma, as a list that trails off would.
TEASERS_IN_A_ROW = [
    "According to the harbour office, the busiest ferry routes this winter are Northway, Isle...",
    "According to the harbour office, the ten largest cargo firms are Baltic Lines Ltd, Nort...",
    "According to the harbour office, the top four shipyards are Kessel Marine, Inc., Ha...",
    "According to the harbour office, the most used berths this year are Pier 4 and West ...",
]


def test_teasers_cut_off_one_under_the_other_go() -> None:
    removed = removed_texts("\n\n".join([P1, P2, P3, *TEASERS_IN_A_ROW]))
    assert removed == sorted(TEASERS_IN_A_ROW)


@pytest.mark.parametrize(
    "lines",
    [
        # two in a row are no run
        TEASERS_IN_A_ROW[:2],
        # a story's lines that trail off, of very different lengths
        [
            "She waited at the pier until the last boat came in...",
            "Nobody on the quay that night could say where the old ferry had gone, or when it had"
            " last been seen leaving the harbour with its lights on...",
            "Then the lights went out across the whole of the town...",
        ],
        # lists that trail off, one under the other
        [
            "Harbour courses on sailing, navigation, knots, first aid…",
            "Island courses on fishing, boat repair, weather, tides…",
            "Evening courses on radio, charts, engines, safety…",
        ],
        # as many lists that trail off as sentences cut off
        [
            "Harbour courses on sailing, navigation, knots, first aid…",
            "The harbour office said the new courses would start in…",
            "Island courses on fishing, boat repair, weather, tides…",
            "The island school said its evening classes were full until…",
            "Evening courses on radio, charts, engines, safety…",
            "The ferry company said its crews would train on the new…",
        ],
    ],
)
def test_lines_cut_off_in_a_row_that_are_no_teasers_stay(lines: list[str]) -> None:
    assert removed_texts("\n\n".join([P1, P2, P3, *lines])) == []


# Cards whose Title Case title runs into the summary, as a whole page flattened to text joins them.
GLUED = [
    "Harbour Pilots Call Off Weekend StrikeThe pilots' union said talks with the port would resume.",
    "New Ferry Route Links Island Towns To MainlandA daily service starts in May, the operator said.",
    "Storm Damage Closes Coastal Road For RepairsCrews expect the road to reopen by the end of the week.",
]


def test_card_titles_run_into_their_summaries_go_when_close_together() -> None:
    removed = removed_texts("\n\n".join([*GLUED, P1, P2, P3]))
    assert removed == sorted(GLUED)


def test_a_lone_title_run_into_its_text_stays() -> None:
    lines = [P1, GLUED[0], P2, P3]
    assert removed_texts("\n\n".join(lines)) == []


def _card(title: str, author: str, date: str, excerpt: str) -> list[str]:
    return [f"+ {title}", author, date, excerpt]


DATED_CARDS = [
    *_card(
        "Harbour pilots call off strike",
        "Anna Berg",
        "Tuesday November 19, 2019",
        "The pilots' union said talks with the port authority would resume next week.",
    ),
    *_card(
        "Ferry route links island towns",
        "Tom Reyes",
        "Tuesday November 19, 2019",
        "A daily service between the islands and the mainland starts in May, the operator said.",
    ),
    *_card(
        "Coastal road closed for repairs",
        "Lena Fox",
        "Monday November 18, 2019",
        "Crews expect the road to reopen by the end of the week if the weather holds.",
    ),
]


def test_cards_with_a_date_line_at_one_spacing_go() -> None:
    removed = removed_texts("\n\n".join([P1, P2, P3, *DATED_CARDS]))
    assert removed == sorted(DATED_CARDS)


# The date opening a meta line with the card's section and author.
META_CARDS = [
    "Harbour pilots call off strike",
    "12/19/2025 • Port News • Lena Fox",
    "The pilots' union said talks with the port authority would resume next week.",
    "Ferry route links island towns",
    "12/19/2025 • Travel • Tom Berg",
    "A daily service between the islands and the mainland starts in May, the operator said.",
    "Coastal road closed for repairs",
    "12/18/2025 • Roads • Lena Fox",
    "Crews expect the road to reopen by the end of the week if the weather holds.",
]


def test_cards_with_a_dated_meta_line_at_one_spacing_go() -> None:
    removed = removed_texts("\n\n".join([P1, P2, P3, *META_CARDS]))
    assert removed == sorted(META_CARDS)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12/19/2025 • Port News • Lena Fox", True),
        ("Dec 19, 2025 | Travel", True),
        # a phrase after the date, not short fields; the date not first; no separator
        ("12/19/2025 • Pilots agree a new pay deal", False),
        ("Updated 12/19/2025 • Port News", False),
        ("12/19/2025 Port News", False),
    ],
)
def test_a_card_s_meta_line_is_a_date_then_short_fields(line: str, expected: bool) -> None:
    assert _dated_meta(line) is expected


def test_a_timeline_s_dated_entries_are_no_meta_lines() -> None:
    # After the date, a phrase of five words or more: an entry of the article's timeline.
    entries = [
        "12/19/2025 • Pilots call off their strike",
        "The union said talks with the port authority would resume next week.",
        "12/20/2025 • First ferries leave on time",
        "The queues at the terminal cleared by noon, the operator said.",
        "12/21/2025 • Port clears its lorry backlog",
        "The authority said the last lorries left the yard overnight.",
    ]
    removed = removed_texts("\n\n".join([P1, P2, P3, *entries]))
    assert not set(entries) & set(removed)


# Cards of different shapes: some with a category label, one with a second title.
MIXED_CARDS = [
    "Travel",
    "Dec 19, 2025",
    "Harbour pilots call off strike",
    "The pilots' union said talks with the port authority would resume next week.",
    "Dec 19, 2025",
    "Ferry route links island towns",
    "A daily service between the islands and the mainland starts in May, the operator said.",
    "Coastal road closed for repairs",
    "Crews expect the road to reopen by the end of the week if the weather holds.",
    "Daily",
    "Dec 18, 2025",
    "Lighthouse reopens to visitors",
    "The tower can be climbed again from Saturday after a year of restoration work.",
]


@pytest.mark.parametrize("heading", ["Read This Next", "You May Also Like", "Related Articles"])
def test_cards_of_varying_shape_under_a_related_heading_go(heading: str) -> None:
    removed = removed_texts("\n\n".join([P1, P2, P3, heading, *MIXED_CARDS]))
    assert removed == sorted([heading, *MIXED_CARDS])


def test_dated_entries_under_a_section_heading_stay() -> None:
    # "Latest news" can head a live blog's section: its dated entries are the article.
    entries = ["Dec 19, 2025", P1, "Dec 18, 2025", P2, P3, "Dec 17, 2025", P1, "Dec 16, 2025", P2]
    removed = removed_texts("\n\n".join([P3, P2, P1, "Latest news", *entries]))
    assert not set(removed) & set(entries[1:])


@pytest.mark.parametrize(
    "lines",
    [
        # a timeline: each date with its text, two lines apart
        [P1, "March 3, 2020", P2, "March 5, 2020", P3, "March 9, 2020", P1],
        # a changelog: dates that introduce their entries
        [P1, "2025-12-19:", "- Faster start-up", "- New export format", "- Fewer retries"] * 3,
        # dates at uneven spacing
        [P1, "March 3, 2020", P2, P3, "March 5, 2020", P1, P2, P3, P1, "March 9, 2020", P2],
    ],
)
def test_dates_in_the_article_stay(lines: list[str]) -> None:
    assert removed_texts("\n\n".join(lines)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GLUED[0], True),
        ("Fuel Prices Climb Again?Drivers paid more at the pump for the fifth week in a row.", True),
        ("Council Backs Plan For 2,000 New HomesThe vote passed late on Monday after a long debate.", True),
        ("Mail Goes Out To 250,000The state will send the forms to voters by the end of the month.", True),
        # a brand in CamelCase inside a sentence is no title
        ("The company said its YouTube and LinkedIn channels would carry the briefing live.", False),
        # menu labels run together without a full stop
        ("All ServicesStock AdvisorFool PortfoliosAll PodcastsMoney PodcastRule Breaker", False),
        # too short a title, or too short a summary
        ("Port NewsThe pilots' union said talks with the port would resume.", False),
        ("Harbour Pilots Call Off Weekend StrikeThe union agreed.", False),
    ],
)
def test_glued_card(text: str, expected: bool) -> None:
    assert glued_card(text) is expected


@pytest.mark.parametrize(
    "lines",
    [
        # one sentence of the article trails off: alone, it is the writer's
        [P1, "And then, as the tide turned, something else began to happen…", P2, P3],
        # paragraphs of an interview that trail off sit between paragraphs, not beside titles
        [
            P1,
            "We waited on the quay all night, and nobody came to tell us why…",
            "The ferry was there and the crew was there but the gates stayed shut and…",
            "In the morning they opened them as if nothing had happened, and we just…",
            P2,
        ],
        # lists that trail off mean "and so on"
        [
            "Saylor Academy: free courses on business, law, science…",
            "Open University: free courses on history, art, music…",
            "Coursera: some free courses on data, design, marketing…",
            P1,
        ],
    ],
)
def test_trailing_sentences_and_trailing_lists_stay(lines: list[str]) -> None:
    removed = removed_texts("\n\n".join(lines))
    assert not set(lines) & set(removed)


HEADLINES = [
    "Harbour pilots call off weekend strike after late talks with the port",
    "Ferry operator adds winter sailings to the islands as demand grows",
    "Storm damage closes the coastal road for repairs until next month",
    "Council approves new harbour budget despite protests from local traders",
    "Fishing fleet returns early as gales sweep across the northern coast",
    "Customs checks at the border to be digitised by the end of the year",
    "Union members vote by a large margin to accept the new pay offer",
]
FOOTER_PARAGRAPH = "See today's front and back pages, download the newspaper and order back issues."


def test_a_run_of_headlines_above_a_footer_paragraph_goes() -> None:
    lines = [P1, P2, P3, *HEADLINES, "* Subscribe to our feed", "Today's paper", FOOTER_PARAGRAPH]
    removed = removed_texts("\n\n".join(lines))
    assert set(HEADLINES) <= set(removed)
    assert not {P1, P2, P3, FOOTER_PARAGRAPH} & set(removed)


@pytest.mark.parametrize(
    "run",
    [
        HEADLINES[:4],  # too short a run to be sure without the page's end
        [f"- {line}" for line in HEADLINES],  # the article's own list, marked
        ["Choose your hotel early", "Rent a car at the airport", "Book the guided tours"] * 2,  # short items
    ],
)
def test_a_list_above_a_closing_paragraph_stays(run: list[str]) -> None:
    lines = [P1, P2, P3, *run, "Today's paper", FOOTER_PARAGRAPH]
    assert not set(run) & set(removed_texts("\n\n".join(lines)))


def test_removed_lines_do_not_break_a_trailing_run() -> None:
    text = f"{P1}\n\nFuel prices climb for fifth week\nAdvertisement\nUnion warns of strikes at docks\n"
    assert removed_texts(text, {2: Category.ADVERTISEMENT}) == [
        "Fuel prices climb for fifth week",
        "Union warns of strikes at docks",
    ]


@pytest.mark.parametrize(
    ("function", "text", "expected"),
    [
        (related_heading, "You may also like ›", True),
        (related_heading, "Lesen Sie auch:", True),
        (related_heading, "Read This Next", True),
        (related_heading, "Latest Articles", True),
        (related_heading, "Popular posts:", True),
        (related_heading, "More from the interview with the minister below.", False),
        (inline_link, "Leia também: Governo anuncia novo pacote", True),
        (inline_link, "Related: Why shipping rates are rising", True),
        (inline_link, "Must read: Why shipping rates are rising", True),
        (inline_link, "Related post: Pickled ferry timetables, a recipe", True),
        (inline_link, "You may also be interested: The ports that never recovered", True),
        (inline_link, "Can Also Read: The ports that never recovered", True),
        (inline_link, "- Check out: Best advice for renting a car on the island", True),
        (inline_link, "Check out the new ferry timetable before you travel.", False),
        (inline_link, "SEE ALSO: The ports that never recovered", True),
        (inline_link, "Moreover, the port said it would hire staff.", False),
        # more European languages
        (related_heading, "Související články", True),
        (related_heading, "Saistītie raksti", True),
        (related_heading, "Διαβάστε επίσης:", True),
        (inline_link, "Lue myös: Satama avaa uuden terminaalin", True),
        (inline_link, "Citește și: Portul deschide un nou terminal", True),
        (inline_link, "Läs också om hamnen och färjorna i vinter.", False),
        # a list item of its own between the article's paragraphs
        (inline_link, "- See also: A short history of the harbour ferries", True),
        (inline_link, "• Read more: Why the night crossings stopped", True),
        (inline_link, "- Related items were sold at the auction: boats, oars and nets.", False),
    ],
)
def test_shape_helpers(function: object, text: str, expected: bool) -> None:
    assert callable(function)
    assert function(text) is expected


_PLAIN_TRIM = regex.compile(r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$")
_PLAIN_SPACES = regex.compile(r"\s+")


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(max_codepoint=127),
            st.sampled_from(list("  \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u2003é…—«»ß")),
        ),
        max_size=40,
    )
)
def test_heading_key_matches_the_regex_form(text: str) -> None:
    folded = text.casefold()
    assert _heading_key(folded) == _PLAIN_SPACES.sub(" ", _PLAIN_TRIM.sub("", folded))


PROSE_AROUND = (
    "The city council approved the new budget on Wednesday after a long debate about school funding.",
    "Council members said the plan would add two hundred teachers over the next three years.",
    "Opponents argued that the money should have gone to road repairs and public transport instead.",
)


@pytest.mark.parametrize(
    "heading", ["Related Stories", "See related coverage", "If you enjoyed this piece, you may also like:"]
)
def test_a_heading_that_names_related_links_goes_even_with_prose_below(heading: str) -> None:
    body = [PROSE_AROUND[0], heading, *PROSE_AROUND[1:]]
    result = Pipeline(cleaners=[Related()]).clean_text("\n\n".join(body))
    assert [r.text for r in result.removed] == [heading]
    assert list(result.paragraphs) == [body[0], *body[2:]]


@pytest.mark.parametrize("heading", ["Trending", "Latest news", "Related to the case"])
def test_a_heading_that_may_head_the_articles_own_section_stays_with_prose_below(heading: str) -> None:
    body = [PROSE_AROUND[0], heading, *PROSE_AROUND[1:]]
    result = Pipeline(cleaners=[Related()]).clean_text("\n\n".join(body))
    assert result.removed == ()


SUMMARISED_CARDS = [
    "How the new ferry timetable affects commuters",
    "Boats will leave every twenty minutes at rush hour, and the last crossing moves to midnight.",
    "What is a harbour levy and who pays it?",
    "The charge applies to every cargo ship that docks in the bay, whatever its size, its load and"
    " its home port",
    "Five quiet beaches within an hour of the port",
    "Our guide to sandy coves the day-trippers have not found yet.",
]


@pytest.mark.parametrize("heading", ["Recent Articles", "You might also like", "More from Anna Berg"])
def test_cards_of_a_title_and_a_summary_under_a_related_heading_go(heading: str) -> None:
    # the second summary, cut to fit its card, has no closing period
    removed = removed_texts("\n\n".join([P1, P2, P3, heading, *SUMMARISED_CARDS]))
    assert removed == sorted([heading, *SUMMARISED_CARDS])


def test_cards_with_a_section_label_over_each_title_go_too() -> None:
    labels = ["Transport", "Ports, Trade", "Travel, Guides"]
    cards = [x for k, label in enumerate(labels) for x in (label, *SUMMARISED_CARDS[2 * k : 2 * k + 2])]
    removed = removed_texts("\n\n".join([P1, P2, P3, "Related posts", *cards]))
    assert removed == sorted(["Related posts", *cards])
    # A label on one card only breaks the shape: the cards are no box, their summaries stay.
    uneven = [labels[0], *SUMMARISED_CARDS]
    removed = removed_texts("\n\n".join([P1, P2, P3, "Related posts", *uneven]))
    assert not set(SUMMARISED_CARDS[1::2]) & set(removed)


@pytest.mark.parametrize("heading", ["Read more", "Trending", "Recommended"])
def test_sections_under_a_heading_that_may_open_the_article_stay(heading: str) -> None:
    # "Read more" expands a cut article; "Trending" or "Recommended" may name the article's own section
    removed = removed_texts("\n\n".join([P1, heading, *SUMMARISED_CARDS, P2, P3]))
    assert not set(removed) & set(SUMMARISED_CARDS[1::2])


def test_a_single_title_and_summary_is_no_box_of_cards() -> None:
    removed = removed_texts("\n\n".join([P1, P2, "Related Articles", *SUMMARISED_CARDS[:2], P3]))
    assert SUMMARISED_CARDS[1] not in removed


@pytest.mark.parametrize(
    "heading",
    [
        *("相关新闻", "延伸閱讀", "阅读下一篇：", "猜你喜欢", "関連記事", "あわせて読みたい", "人気記事"),
        *("관련 기사", "เรื่องที่เกี่ยวข้อง"),
        *(
            "为您推荐",
            "热门推荐",
            "热点新闻",
            "点击排行",
            "相關推薦",
            "相关资讯",
            "新着記事",
            "많이 본 기사",
            "주요뉴스",
        ),
    ],
)
def test_related_headings_in_chinese_japanese_korean_and_thai(heading: str) -> None:
    assert related_heading(heading)
    assert not related_heading(heading + "が増えている")


def test_a_chinese_box_of_ranked_headlines_goes_under_its_heading() -> None:
    story = [
        "北区首座公共图书馆周六正式开放，市政府官员在开馆仪式上介绍了新馆的建设情况和藏书规模。",
        "新馆藏书四万册，并设有配备三维打印机的创客空间，供附近学校的学生在课后免费使用。",
    ]
    box = ["- 1 高铁新线下月开通", "- 2 老城区停车难有望缓解", "- 3 今夏最热一天来了", "- 4 本地球队主场惜败"]
    removed = removed_texts("\n\n".join([*story, "阅读排行", *box]))
    assert removed == sorted(["阅读排行", *box])


@pytest.mark.parametrize(
    "heading", ["Lees ook", "Czytaj także", "İlgili Haberler", "Baca Juga", "Tin liên quan", "Читайте також"]
)
def test_related_headings_in_six_more_languages(heading: str) -> None:
    assert related_heading(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Noticia relacionada",
        "Meest gelezen",
        "Meer over klimaat",
        "En Çok Okunanlar",
        "Weitere Artikel zum Thema",
        "Đọc nhiều nhất",
        "Paling Popular",
        "Lo más visto",
        "Mais vistas",
        "Najczęściej czytane",
    ],
)
def test_more_related_and_most_read_headings(heading: str) -> None:
    assert related_heading(heading)


def test_a_most_read_heading_goes_with_the_headlines_under_it_in_dutch() -> None:
    story = [
        "De gemeenteraad heeft dinsdag ingestemd met de aanleg van veertig kilometer nieuwe fietspaden.",
        "Winkeliers in het centrum vrezen dat parkeerplaatsen verdwijnen, zei een woordvoerder.",
    ]
    box = [
        "Nieuwe tramlijn geopend in Den Haag",
        "Huren in Utrecht blijven stijgen",
        "Hoe veilig zijn fietspaden?",
    ]
    assert removed_texts("\n\n".join([*story, "Meest gelezen", *box])) == sorted(["Meest gelezen", *box])


@pytest.mark.parametrize(
    "heading",
    [
        "संबंधित खबरें",
        "সম্পর্কিত খবর",
        "متعلقہ خبریں",
        "தொடர்புடைய செய்திகள்",
        "సంబంధిత వార్తలు",
        "כתבות נוספות",
        "Berita Berkaitan",
        "Habari Zinazohusiana",
        "Povezane vijesti",
        "Най-четени",
        "Notícies relacionades",
        "Skaitomiausi",
        "Oxşar xəbərlər",
        "Lajme të ngjashme",
        "Поврзани вести",
        "Tengdar fréttir",
        "सम्बन्धित समाचार",
        "ਸਬੰਧਤ ਖ਼ਬਰਾਂ",
        "સંબંધિત સમાચાર",
        "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು",
        "ബന്ധപ്പെട്ട വാർത്തകൾ",
        "අදාළ පුවත්",
        "អត្ថបទពាក់ព័ន្ធ",
        "ဆက်စပ်သတင်းများ",
        "ተዛማጅ ዜናዎች",
        "ამავე თემაზე",
        "Ყველაზე კითხვადი",
        "Նմանատիպ նյութեր",
        "Նույն թեմայով",
        "Ամենաընթերցվածը",
        "ተያያዥ ዜናዎች",
        "በብዛት የተነበቡ",
    ],
)
def test_related_headings_in_south_asian_balkan_and_other_languages(heading: str) -> None:
    assert related_heading(heading)


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Banjir rendam ratusan rumah di Bekasi",
        "Czytaj też: Nowy most otwarty po remoncie",
        "延伸阅读：新大桥周六通车",
        "あわせて読みたい：新しい橋が開通",
        "관련기사: 새 다리 개통",
        "Bekijk ook: Nieuwe brug na renovatie weer open",
        "Przeczytaj także: Nowy most otwarty po remoncie",
        "Ayrıca okuyun: Yeni köprü trafiğe açıldı",
        "Đọc thêm: Cầu mới thông xe",
        "Läs mer: Nya bron öppnar efter renoveringen",
        "Lue lisää: Uusi silta avattiin liikenteelle",
        "Přečtěte si také: Nový most je po opravě otevřen",
        "Ezt is olvassa el: Átadták az új hidat",
        "Citiți și: Noul pod a fost deschis circulației",
        "Δείτε επίσης: Άνοιξε η νέα γέφυρα",
        "यह भी पढ़ें: दिल्ली में बारिश से जलभराव",
        "हेही वाचा: पुण्यात पावसाचा जोर",
        "আরও পড়ুন: ঢাকায় নতুন সেতু চালু",
        "یہ بھی پڑھیں: کراچی میں بارش کا نیا سلسلہ",
        "இதையும் படிக்க: சென்னையில் கனமழை",
        "ఇది కూడా చదవండి: హైదరాబాద్‌లో భారీ వర్షం",
        "קראו גם: הגשר החדש נפתח לתנועה",
        "อ่านเพิ่มเติม: สะพานใหม่เปิดให้บริการแล้ว",
        "Basahin din: Bagong tulay binuksan sa Maynila",
        "Soma pia: Daraja jipya lafunguliwa Dodoma",
        "Preberite tudi: Novi most odprt za promet",
        "Прочитајте и: Отворен нови мост",
        "Вижте още: Новият мост е открит",
        "Llegiu també: El nou pont obre dilluns",
        "Həmçinin oxuyun: Yeni körpü açıldı",
        "Lexo edhe: Ura e re u hap",
        "Чытайце таксама: Адкрылі новы мост",
        "Le tamén: Abre a nova ponte",
        "Lestu einnig: Ný brú opnuð",
        "Darllenwch hefyd: Pont newydd yn agor",
        "यो पनि पढ्नुहोस्: नयाँ पुल खुल्यो",
        "ਇਹ ਵੀ ਪੜ੍ਹੋ: ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹਿਆ",
        "આ પણ વાંચો: અમદાવાદમાં નવો પુલ ખુલ્લો મુકાયો",
        "ಇದನ್ನೂ ಓದಿ: ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಸೇತುವೆ ಉದ್ಘಾಟನೆ",
        "ഇതും വായിക്കുക: കൊച്ചിയിൽ പുതിയ പാലം തുറന്നു",
        "මේවාත් කියවන්න: නව පාලම විවෘත කෙරේ",
        "អានបន្ថែម៖ ស្ពានថ្មីបើកឱ្យប្រើប្រាស់",
        "ተጨማሪ ያንብቡ: አዲሱ ድልድይ ተከፈተ",
    ],
)
def test_read_also_links_in_more_languages(line: str) -> None:
    assert inline_link(line)


@pytest.mark.parametrize(
    "line",
    [
        "Läs mer om planen på kommunens webbplats.",
        "Lue lisää kaupungin sivuilta, sanoi pormestari.",
        "Ilgili haberler de aynı gün yayımlandı.",
        "Bekijk ook de kaart van de gemeente voor de route.",
        "यह भी पढ़ें कि सरकार ने रिपोर्ट में क्या कहा है।",
        "Soma pia ripoti ya wizara kuhusu mradi huo, alisema waziri.",
        "Llegiu també l'informe de l'ajuntament sobre les obres.",
        "Lestu einnig skýrslu ráðuneytisins um málið.",
        "ਇਹ ਵੀ ਪੜ੍ਹੋ ਕਿ ਸਰਕਾਰ ਨੇ ਰਿਪੋਰਟ ਵਿੱਚ ਕੀ ਕਿਹਾ ਹੈ।",
        "આ પણ વાંચો અને વિચારો, એમ મંત્રીએ કહ્યું.",
    ],
)
def test_sentences_that_begin_like_a_link_label_stay(line: str) -> None:
    assert not inline_link(line)


def test_an_extractor_s_text_needs_three_headlines_in_a_trailing_run() -> None:
    # An extractor already cut the page's link boxes: two lines after its last paragraph are
    # rather the article's signature and source ("Jane Doe", "From: The Harbour Book, 2015").
    signature = ["Mara Quist Holloway", "From: The Harbour Book of Ports and Tides, Riverside Press 2015"]
    signed = f"{P1}\n\n{P2}\n\n" + "\n".join(signature)
    assert removed_texts(signed) == sorted(signature)
    assert removed_texts(signed, extracted=True) == []
    three = f"{P1}\n\n{P2}\n\n" + "\n".join(HEADLINES[:3])
    assert removed_texts(three, extracted=True) == sorted(HEADLINES[:3])


def test_cards_each_a_date_over_a_title_go_without_a_heading() -> None:
    # The page's text below the article: section labels, dates, titles and excerpts, no heading.
    removed = removed_texts("\n\n".join([P1, P2, P3, "Latest from the harbour", *MIXED_CARDS]))
    assert set(MIXED_CARDS) <= set(removed)
    assert not {P1, P2, P3} & set(removed)
    # Text an HTML extractor chose keeps them: there they are rather the article's own entries.
    assert removed_texts("\n\n".join([P1, P2, P3, *MIXED_CARDS]), extracted=True) == []


# Entries of uneven length: no date at one fixed spacing, which alone makes cards of them.
LIVE_ENTRIES = [
    ["Pilots back at work", P1],
    ["Ferries on time again", P2, P3],
    ["Coastal road reopens", P3],
]


@pytest.mark.parametrize(
    "dates",
    [
        # a live blog stamps its entries with the time of day
        ["Dec 19, 2025 10:32 a.m.", "19.12.2025, 9:15", "Dec 18, 2025 4pm"],
        ["19.12.2025 10h30", "18.12.2025, 14:05 Uhr", "17.12.2025 - 21:40"],
        # a timeline in the article dates its steps by month or year
        ["March 2020", "June 2021", "January 2023"],
    ],
)
def test_dated_titled_entries_with_a_time_or_without_a_day_stay(dates: list[str]) -> None:
    entries = [x for date, entry in zip(dates, LIVE_ENTRIES, strict=True) for x in (date, *entry)]
    assert removed_texts("\n\n".join([P1, P2, *entries])) == []
    # The same entries dated with a day and no time are cards.
    days = ["Dec 19, 2025", "18.12.2025", "17 December 2025"]
    cards = [x for date, entry in zip(days, LIVE_ENTRIES, strict=True) for x in (date, *entry)]
    assert set(cards) <= set(removed_texts("\n\n".join([P1, P2, *cards])))


def test_dated_titles_with_the_article_s_paragraphs_between_stay() -> None:
    # Three paragraphs or more under each dated title are the article's sections, not an excerpt.
    sections = [["Pilots back at work", P1, P2, P3], ["Ferries on time again", P2, P3, P1, P2]] * 2
    dates = ["Dec 19, 2025", "Dec 18, 2025", "Dec 17, 2025", "Dec 16, 2025"]
    entries = [x for date, entry in zip(dates, sections, strict=True) for x in (date, *entry)]
    assert removed_texts("\n\n".join(entries)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Other articles you may find interesting",
        "You may be interested in the following topics as well:",
        "Posts you might also enjoy",
        "Related Insights",
        "Related terms",
    ],
)
def test_headings_that_name_links_to_other_articles_go_alone(line: str) -> None:
    assert lone_heading(line)
    assert removed_texts(f"{P1}\n\n{P2}\n\n{line}\n\n{P3}\n") == [line]


@pytest.mark.parametrize(
    "line", ["In case you missed it", "More to discover", "Random posts", "More by Anna Berg"]
)
def test_more_related_headings_head_their_links(line: str) -> None:
    assert related_heading(line)
    assert not lone_heading(line)
    links = "Fuel prices climb for fifth straight week\nUnion warns of strikes at northern docks\n"
    assert removed_texts(f"{P1}\n\n{P2}\n\n{line}\n{links}") == sorted(
        [line, "Fuel prices climb for fifth straight week", "Union warns of strikes at northern docks"]
    )


def test_a_sentence_about_articles_one_may_find_interesting_stays() -> None:
    line = "Other articles you may find interesting were written by the same team in 2019."
    assert not lone_heading(line)
    assert removed_texts(f"{P1}\n\n{line}\n\n{P2}\n") == []


QUESTION = "Is the new ferry timetable worse for commuters?"


def test_a_question_headline_is_one_of_the_trailing_links() -> None:
    run = [*HEADLINES[:3], QUESTION, *HEADLINES[3:6]]
    removed = removed_texts("\n\n".join([P1, P2, P3, *run]))
    assert removed == sorted(run)


def test_a_bulleted_box_with_a_question_headline_after_the_article_goes() -> None:
    # The question reads as prose; inside the box it is one of its links, not the article's end.
    box = ["Must-reads from the Harbour Post", *(f"- {h}" for h in HEADLINES[:4]), f"- {QUESTION}"]
    box += [f"- {h}" for h in HEADLINES[4:6]]
    removed = removed_texts("\n\n".join([P1, P2, P3, *box]))
    assert removed == sorted(box)


@pytest.mark.parametrize(
    "lines",
    [
        # questions the article answers
        [P1, P2, "What does the new timetable change for commuters?", P3, QUESTION, P2],
        # the article closes with a question
        [P1, P2, P3, "Will the port recover before the end of the year?"],
        # a long question is prose, even between headlines well below the article
        [
            P1,
            P2,
            P3,
            *HEADLINES[:4],
            "So what happens to the hundreds of commuters who relied on the early crossing every "
            "single weekday morning?",
            *HEADLINES[4:6],
        ],
    ],
)
def test_questions_of_the_article_stay(lines: list[str]) -> None:
    questions = {line for line in lines if line.endswith("?")}
    assert not questions & set(removed_texts("\n\n".join(lines)))


TEASERS = [
    "Ferries in the fog: how the night crews find their way across the estuary when the lights fail.",
    "Read more...",
    "The old pier gets a new roof. Volunteers raised the money in a single summer of bake sales.",
    "Read more...",
]


@pytest.mark.parametrize("heading", ["Related posts", "Ähnliche Beiträge"])
def test_teasers_each_with_its_read_more_link_under_a_related_heading_go(heading: str) -> None:
    removed = removed_texts("\n\n".join([P1, P2, P3, heading, *TEASERS]))
    assert heading in removed
    assert TEASERS[0] in removed and TEASERS[2] in removed


def test_one_teaser_with_a_read_more_link_is_no_box() -> None:
    # A lone paragraph and its link under the heading may be the article's own section.
    removed = removed_texts("\n\n".join([P1, "Related posts", TEASERS[0], TEASERS[1], P2, P3]))
    assert TEASERS[0] not in removed


NAV = ["Previous", "How to read a ferry timetable", "Next", "Ten quiet crossings for the winter"]
OLDER = [
    "« Older post",
    "How to read a ferry timetable",
    "Newer post »",
    "Ten quiet crossings for the winter",
]
# the link forward first, a date under its title (the date is no link: it stays for the other rules)
DATED = ["Next", "Ten quiet crossings for the winter", "May 2, 2025", "Prev", "How to read a ferry timetable"]


@pytest.mark.parametrize(
    ("nav", "removed"),
    [(NAV, NAV), (OLDER, OLDER), (DATED, [line for line in DATED if line != "May 2, 2025"])],
)
def test_links_to_the_previous_and_the_next_post_go_with_their_titles(
    nav: list[str], removed: list[str]
) -> None:
    assert removed_texts("\n\n".join([P1, P2, P3, *nav])) == sorted(removed)


@pytest.mark.parametrize(
    "lines",
    [
        # one label over a title: the article's own next step
        ["Next", "Book the crossing at the terminal office"],
        # a label over a sentence, not a title
        [
            "Previous",
            "The old timetable ran four crossings a day.",
            "Next",
            "Ten quiet crossings for the winter",
        ],
        # labels too far apart
        [
            "Previous",
            "How to read a ferry timetable",
            P1,
            P2,
            P3,
            "Next",
            "Ten quiet crossings for the winter",
        ],
    ],
)
def test_a_lone_or_distant_previous_or_next_label_stays(lines: list[str]) -> None:
    text = "\n\n".join([P1, P2, P3, *lines])
    assert not any(line in {"Previous", "Next"} for line in removed_texts(text))


PLAYLIST = [
    "Senator says the budget vote was rushed",
    "01:16",
    "Now playing",
    "Mayor speaks after her reelection",
    "00:57",
    "Now playing",
    "Why ferry fares are going up again",
    "03:04",
    "Inside the new harbour control room",
    "01:26",
]


@pytest.mark.parametrize("where", ["above", "below"])
def test_a_video_playlist_of_titles_over_running_times_goes(where: str) -> None:
    playlist = "\n".join(PLAYLIST)
    text = (
        f"{playlist}\n\n{P1}\n\n{P2}\n\n{P3}" if where == "above" else f"{P1}\n\n{P2}\n\n{P3}\n\n{playlist}"
    )
    titles_and_times = [line for line in PLAYLIST if line != "Now playing"]
    assert removed_texts(text) == sorted(titles_and_times)


@pytest.mark.parametrize(
    "lines",
    [
        # a live blog's entries under their clock times, which rise
        [
            "Live: the harbour vote",
            "09:30",
            "Councillors arrive at the hall",
            "09:45",
            "The debate opens",
            "10:20",
            "First speaker backs the plan",
            "11:05",
            P1,
        ],
        # a schedule read from the top, in order
        ["Opening remarks", "0:05", "The budget in brief", "4:40", "Questions from the floor", "12:15", P1],
        # two videos are no playlist
        [
            "Senator says the budget vote was rushed",
            "01:16",
            "Mayor speaks after her reelection",
            "00:57",
            P1,
        ],
    ],
)
def test_times_in_order_or_two_videos_stay(lines: list[str]) -> None:
    assert removed_texts(f"{P2}\n\n" + "\n".join(lines) + f"\n\n{P3}") == []


def test_cards_dated_in_another_language_go_as_english_ones_do() -> None:
    cards = [
        "Peter Krause",
        "12. März 2024 um 10:15 Uhr",
        "Endlich passiert etwas im Hafen, das hat viel zu lange gedauert.",
        "Sabine Wolf",
        "12. März 2024 um 11:02 Uhr",
        "Die Kosten sind viel zu hoch, das zahlen am Ende wieder wir Bürger.",
        "Hans Meier",
        "13. März 2024 um 08:40 Uhr",
        "Ich wohne direkt am Hafen und freue mich auf die neuen Wege am Wasser.",
    ]
    article = (
        "Der Stadtrat hat den neuen Hafenplan am Montag nach einer langen Debatte im Rathaus beschlossen.\n\n"
        "Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre, sagte der Bürgermeister am Abend.\n\n"
        "Kritiker bemängeln die hohen Kosten und fordern eine neue Prüfung des gesamten Projekts.\n\n"
    )
    assert removed_texts(article + "\n".join(cards)) == sorted(cards)


DATED_HEADLINES = [
    "08/01/2014 Minister says the harbour deal broke no rules",
    "08/01/2014 Judge to rule on the ferry contract next week",
    "07/01/2014 Union calls a strike at the east bank terminal",
    "06/01/2014 Council publishes the costs of the new terminal",
]


@pytest.mark.parametrize("where", ["above", "below"])
def test_headlines_each_after_its_date_newest_first_go(where: str) -> None:
    listed = "\n".join(DATED_HEADLINES)
    text = f"{listed}\n\n{P1}\n\n{P2}\n\n{P3}" if where == "above" else f"{P1}\n\n{P2}\n\n{P3}\n\n{listed}"
    assert removed_texts(text) == sorted(DATED_HEADLINES)


@pytest.mark.parametrize(
    "lines",
    [
        DATED_HEADLINES[::-1],  # oldest first: the story's own timeline or a post's changelog
        DATED_HEADLINES[:3],  # three are no list
        [f"{line}." for line in DATED_HEADLINES],  # sentences
    ],
)
def test_dated_lines_oldest_first_or_few_or_sentences_stay(lines: list[str]) -> None:
    assert removed_texts(f"{P1}\n\n" + "\n".join(lines) + f"\n\n{P2}\n\n{P3}") == []


# The same list with each date after its headline, the time and a section's name beside it.
DATED_AFTER = [
    "- Minister says the harbour deal broke no rules 2014-01-08 18:40 Politics",
    "- Judge to rule on the ferry contract next week 2014-01-08 09:15",
    "- Union calls a strike at the east bank terminal 2014-01-07 17:02 Labour",
    "- Council publishes the costs of the new terminal 2014-01-06 11:30 City",
]


def test_headlines_each_before_its_date_newest_first_go() -> None:
    assert removed_texts(f"{P1}\n\n{P2}\n\n{P3}\n\n" + "\n".join(DATED_AFTER)) == sorted(DATED_AFTER)


@pytest.mark.parametrize(
    "lines",
    [
        DATED_AFTER[::-1],  # oldest first
        [line.replace(" 2014", " on 2014", 1) + " after a long and bitter dispute" for line in DATED_AFTER],
    ],
)
def test_dated_lines_oldest_first_or_with_a_sentence_after_the_date_stay(lines: list[str]) -> None:
    assert removed_texts(f"{P1}\n\n" + "\n".join(lines) + f"\n\n{P2}\n\n{P3}") == []


def test_related_items_heads_a_list_of_links() -> None:
    links = ["What to Expect at the Harbour Council Meeting", "Ferry Operators Invest in New Boats"]
    text = f"{P1}\n\n{P2}\n\n{P3}\n\nRelated Items\n" + "\n".join(f"* {link}" for link in links)
    assert removed_texts(text) == sorted(["Related Items", *(f"* {link}" for link in links)])


def test_teasers_cut_off_after_a_colon_or_a_figure_go_with_the_others() -> None:
    teasers = [
        "* Harbour Council Sets New Fees For Ferry Which …",
        "* Mara Voss On The Future Of The East Bank: …",
        "* FERRY RACE: Night Crossing Hits 16-Year …",
        "* Shipyard Agrees To Buy Rival, Making It The No. 4 …",
    ]
    removed = removed_texts("\n\n".join([*teasers, P1, P2, P3]))
    assert removed == sorted(teasers)


def kept_by_default(title: str, lines: list[str]) -> list[str]:
    """The lines under a title that the default chain keeps in its body."""
    body = Pipeline().clean_text("\n\n".join([title, *lines])).body
    return [line for line in lines if line in body]


CHRONOLOGIES = {
    "clock times": [
        "The storm reached the coast on Friday evening and cut power to thousands of homes overnight.",
        "8:05pm – The first flood warning is issued for the lower valley",
        "9:40pm – Residents of Mill Lane are told to leave their homes",
        "11:15pm – The river breaks its banks near the old mill",
    ],
    "years": [
        "The museum in the old customs house celebrates its fiftieth anniversary this weekend.",
        "1987: The museum opens with a single room of maritime paintings",
        "2004: A new wing for modern art is added on the harbour side",
    ],
    "German clock times": [
        "Das Unwetter traf am Freitagabend die Küste und legte in Tausenden Haushalten den Strom lahm.",
        "14:20 Uhr – Die Feuerwehr sperrt die Brücke in beide Richtungen",
        "15:05 Uhr – Taucher suchen im Fluss nach zwei vermissten Autos",
    ],
    "Spanish dates under year subheadings": [
        "El juicio por el incendio del mercado central terminó este lunes con tres condenas.",
        "12 de marzo de 2021 – Un incendio destruye el mercado central",
        "20 de marzo de 2021 – La policía detiene a dos sospechosos",
        "2022",
        "3 de mayo de 2022 – La fiscalía acusa a tres empresarios",
        "9 de octubre de 2022 – Empieza el juicio en la Audiencia",
    ],
}


@pytest.mark.parametrize("name", list(CHRONOLOGIES))
def test_a_chronology_whose_entries_end_without_a_full_stop_stays(name: str) -> None:
    assert kept_by_default("Storm timeline", CHRONOLOGIES[name]) == CHRONOLOGIES[name]


def test_headlines_after_a_chronology_still_go() -> None:
    lines = [*CHRONOLOGIES["clock times"], *HEADLINES[:3]]
    assert kept_by_default("Storm timeline", lines) == CHRONOLOGIES["clock times"]


def test_latest_stories_by_their_times_newest_first_still_go() -> None:
    latest = [
        "11:32 – Harbour pilots call off weekend strike after late talks",
        "10:48 – Ferry operator adds winter sailings to the islands",
        "9:15 – Storm damage closes the coastal road until next month",
    ]
    assert removed_texts("\n\n".join([P1, P2, P3, *latest])) == sorted(latest)


FAQS = {
    "the last answer without a full stop": [
        "The council approved a new parking scheme on Tuesday that changes how residents pay."
        " It starts in March.",
        "Do I need a new permit?",
        "Yes. Every household must apply again before the end of February.",
        "How much will it cost?",
        "Between 60 and 120 pounds a year, depending on the size of the car",
    ],
    "no answer with a full stop": [
        "The council approved a new parking scheme on Tuesday that changes how residents pay."
        " It starts in March.",
        "Who qualifies for a permit?",
        "Anyone registered at an address inside the zone",
        "What happens to visitors?",
        "They can buy day passes online or at the library",
    ],
    "Swedish, the last answer without a full stop": [
        "Kommunen inför nya regler för sophämtning i vår. Avgiften beror på hur ofta tunnan töms.",
        "När börjar de nya reglerna gälla?",
        "Den 1 april, och fakturan för det första kvartalet skickas ut i juni.",
        "Vem får välja?",
        "Ja, om hushållet komposterar matavfallet själv och anmäler det till kommunen",
    ],
    "Ukrainian, no answer with a full stop": [
        "Міська рада змінила правила паркування в центрі. Нові тарифи діятимуть з березня.",
        "Хто може отримати пільгу?",
        "Мешканці, зареєстровані в межах зони",
        "Скільки коштуватиме абонемент?",
        "Від 300 до 600 гривень на місяць залежно від району",
    ],
}


@pytest.mark.parametrize("name", list(FAQS))
def test_an_faq_whose_answers_end_without_a_full_stop_stays(name: str) -> None:
    assert kept_by_default("Parking permits: what changes", FAQS[name]) == FAQS[name]


def test_headlines_under_an_article_that_ends_with_a_question_still_go() -> None:
    # The line under the article's last question is a link, not its answer: no question follows.
    lines = [P1, P2, "Will the port recover before the end of the year?", *HEADLINES[:3]]
    assert removed_texts("\n\n".join(lines)) == sorted(HEADLINES[:3])


SOURCE_LISTS = {
    "English": (
        "Fact check: the harbour is not being sold to a foreign fund",
        [
            "A video shared widely online claims that the city has sold the harbour to a foreign fund."
            " That is false. The council told us the harbour remains in public ownership.",
            "Verdict",
            "The claim is false: no sale has been agreed, and none is planned.",
            "Sources",
            "- Harbour Board, minutes of the meeting of 4 March 2025",
            "- City council, statement to the press, 6 March",
            "- Port Authority Act 1991, section 12",
        ],
    ),
    "German": (
        "Faktencheck: Der Hafen wird nicht an einen Fonds verkauft",
        [
            "In einem Video heißt es, die Stadt habe den Hafen an einen ausländischen Fonds verkauft."
            " Das ist falsch. Der Hafen bleibt nach Angaben der Stadt in öffentlicher Hand.",
            "Fazit",
            "Die Behauptung ist falsch: Es gibt keinen Verkauf und auch keine entsprechenden Pläne.",
            "Quellen",
            "- Hafenbehörde, Protokoll der Sitzung vom 4. März 2025",
            "- Stadtverwaltung, Pressemitteilung vom 6. März",
            "- Hafengesetz von 1991, Paragraf 12",
        ],
    ),
}


@pytest.mark.parametrize("name", list(SOURCE_LISTS))
def test_the_articles_list_of_sources_at_its_end_stays(name: str) -> None:
    title, lines = SOURCE_LISTS[name]
    assert kept_by_default(title, lines) == lines


def test_headlines_under_a_sources_heading_that_cite_nothing_still_go() -> None:
    # Not a citation among them: no bullet, no number, no year, no link.
    lines = [P1, P2, P3, "Sources", *HEADLINES[:3]]
    assert removed_texts("\n\n".join(lines)) == sorted(HEADLINES[:3])


def test_a_long_reading_list_under_a_sources_heading_still_goes() -> None:
    reading = [f"- {headline}, 2024" for headline in HEADLINES]
    lines = [P1, P2, P3, "Sources", *reading]
    assert set(reading) <= set(removed_texts("\n\n".join(lines)))


LINE_UPS = {
    "English": (
        "Rovers hold on to beat the league leaders",
        [
            "“We defended for our lives in the last ten minutes, and the boys deserve the three points,”"
            " said the Rovers manager, Dan Hollis.",
            "Defenders: Okafor, Brennan, Lindqvist, Maher",
            "Midfield: Costa, Pryce, Adebayo",
        ],
    ),
    "French": (
        "Le XV de France s'impose face à l'Écosse",
        [
            "« Nous avons tenu le ballon quand il le fallait, c'est une victoire de caractère », a"
            " déclaré le sélectionneur après la rencontre.",
            "Avants : Marchand, Atonio, Flament, Alldritt",
            "Arrières : Dupont, Ntamack, Penaud, Ramos",
        ],
    ),
}


@pytest.mark.parametrize("name", list(LINE_UPS))
def test_labelled_lists_of_names_at_the_end_stay(name: str) -> None:
    title, lines = LINE_UPS[name]
    assert kept_by_default(title, lines) == lines


def test_links_each_under_a_topic_label_still_go() -> None:
    links = [
        "Politics: Minister resigns over the harbour contract",
        "Business: Ferry operator posts record profits, shares climb",
        "Sport: Rovers sign a new goalkeeper from the capital",
    ]
    assert removed_texts("\n\n".join([P1, P2, P3, *links])) == sorted(links)


@pytest.mark.parametrize(
    "links",
    [
        [
            "Euro 2028: Ticket prices for the final are announced",
            "Euro 2028: The stadium in the harbour district is ready",
            "Euro 2028: Fans warned about fake resale websites",
        ],
        [
            "COVID-19: Ferry crews are offered a booster dose",
            "G7: Ministers meet in the port city next spring",
        ],
    ],
)
def test_links_under_a_topic_label_with_a_number_still_go(links: list[str]) -> None:
    assert removed_texts("\n\n".join([P1, P2, P3, *links])) == sorted(links)


ARTICLES_OWN_LISTS = {
    "English marathon results": (
        "Kiptoo breaks the course record in the city marathon",
        [
            "Sarah Kiptoo ran away from the leading group after thirty kilometres and crossed the line"
            " almost a minute inside the old course record.",
            "The organisers said more than 18,000 runners had finished the race by the afternoon.",
            "Women's race",
            "1. Sarah Kiptoo (KEN) 2:21:07",
            "2. Anna Berg (NOR) +0:41",
        ],
    ),
    "English theatre credits": (
        "A storm-tossed Tempest opens the summer season at the Playhouse",
        [
            "The Playhouse opens its summer season with a Tempest set on a sinking container ship, and it"
            " is a joy from the first scene to the last.",
            "The second half loses some of its pace, but the final scene is worth the wait.",
            "Director: Tom Ellis",
            "Set design: Mara Quinn and Ed Shaw",
            "Cast: Ben Ito, Ruth Mayo, Sam Adler",
        ],
    ),
    "German tennis results": (
        "Zverev zieht in Hamburg ins Halbfinale ein",
        [
            "Alexander Zverev hat beim Turnier am Rothenbaum nach einem verlorenen Satz das Halbfinale"
            " erreicht.",
            "Am Samstag trifft er auf den Sieger der Partie zwischen Struff und Fritz.",
            "Ergebnisse des Viertelfinals",
            "Alexander Zverev – Casper Ruud 6:4, 3:6, 7:5",
            "Jan-Lennard Struff – Taylor Fritz 7:6 (4), 6:3",
            "Daniel Altmaier – Holger Rune 6:2, 6:1",
        ],
    ),
    "Spanish budget items": (
        "El pleno aprueba el presupuesto municipal para 2026",
        [
            "El pleno del Ayuntamiento aprobó el jueves un presupuesto de 62 millones de euros, un cuatro"
            " por ciento más que el año pasado.",
            "Las partidas más grandes se destinan a obras en los barrios del norte de la ciudad.",
            "renovación del polideportivo municipal – 3,1 millones de euros",
            "nueva biblioteca del barrio de San Roque – 2,4 millones de euros",
            "asfaltado de la avenida del Puerto – 1,2 millones de euros",
        ],
    ),
    "Polish features of a new school wing": (
        "Szkoła w Nowej Wsi rośnie. Nowe skrzydło gotowe we wrześniu",
        [
            "Rozbudowa szkoły podstawowej w Nowej Wsi idzie zgodnie z planem, a nowe sale zostaną oddane"
            " uczniom na początku roku szkolnego.",
            "Radni przyznali na inwestycję dodatkowe 800 tysięcy złotych.",
            "sala gimnastyczna, którą wieczorami wynajmą kluby sportowe",
            "nowa stołówka dla 220 uczniów",
        ],
    ),
}


@pytest.mark.parametrize("name", list(ARTICLES_OWN_LISTS))
def test_the_articles_own_list_of_data_at_its_end_stays(name: str) -> None:
    # Results, credits, figures, items that go on from the sentence above: no headlines of other stories.
    title, lines = ARTICLES_OWN_LISTS[name]
    assert kept_by_default(title, lines) == lines


@pytest.mark.parametrize(
    "links",
    [
        [
            "Harbour strike called off – 12.03.2024",
            "Ferry fares to rise 4.5% from April, operator says",
            "Port handles 1.2m containers in a record year",
        ],
        [
            "Hafenstreik in Hamburg abgesagt – 12.03.2024",
            "Fährpreise steigen im April um 4,5 Prozent",
            "Hafen meldet Rekord: 1,2 Millionen Container umgeschlagen",
        ],
    ],
)
def test_headlines_with_a_date_or_a_figure_inside_still_go(links: list[str]) -> None:
    assert removed_texts("\n\n".join([P1, P2, P3, *links])) == sorted(links)


# A box of one link inside the article, then the article's paragraphs, a subheading and more
# paragraphs: the paragraph under the link is no card's summary, nor the subheading a card's title.
ONE_LINK_BOXES = {
    "en": (
        "Council approves new library for the east of the city",
        [
            "The city council voted on Tuesday to build a new public library on the site of the old bus"
            " depot in the east of the city.",
            "Construction is expected to begin next spring and to take about eighteen months, the"
            " council's planning chief said.",
        ],
        ["Related stories", "Budget row delays repairs to the town hall roof"],
        [
            "The library will hold about forty thousand books and a workshop with 3D printers for"
            " local schools.",
            "Opening hours extended",
            "It will stay open until nine in the evening on weekdays, two hours later than the central"
            " branch does now.",
            "Residents who campaigned for the library for almost a decade welcomed the vote at a packed"
            " public meeting on Tuesday night.",
            "The council will consult on the building's design in January, with drawings shown at the"
            " old depot.",
        ],
    ),
    "de": (
        "Stadtrat beschließt neues Hallenbad im Westen",
        [
            "Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau eines neuen Hallenbads auf dem"
            " Gelände der früheren Brauerei beschlossen.",
            "Die Kosten werden auf rund 38 Millionen Euro geschätzt, ein Drittel davon trägt das Land.",
        ],
        ["Weitere Artikel", "Sanierung der Rheinbrücke dauert länger als geplant"],
        [
            "Das Bad soll ein Sportbecken mit acht Bahnen, ein Lehrschwimmbecken und eine Sauna bekommen.",
            "Schulen haben Vorrang",
            "Vormittags ist das Sportbecken den Schulen und Vereinen vorbehalten, die Öffentlichkeit"
            " kommt ab 14 Uhr zum Zug.",
            "Der Bürgerverein, der seit Jahren für das Bad geworben hatte, begrüßte die Entscheidung in"
            " einer ersten Stellungnahme ausdrücklich.",
            "Die Eröffnung ist für den Herbst 2028 geplant, sofern die Ausschreibung ohne Verzögerung"
            " abgeschlossen werden kann.",
        ],
    ),
    # Hindi paragraphs end in the danda: none of them is a card's title.
    "hi": (
        "शहर में नई मेट्रो लाइन शुरू",
        [
            "राजधानी में सोमवार को नई मेट्रो लाइन का उद्घाटन किया गया। पहले दिन हजारों यात्रियों ने इसमें सफर किया।",
            "परिवहन मंत्री ने कहा कि इस लाइन से शहर के पूर्वी हिस्से में यातायात का दबाव काफी कम होगा।",
        ],
        ["संबंधित खबरें", "बस किराए में बढ़ोतरी पर यात्रियों की नाराजगी"],
        [
            "नई लाइन पर कुल बारह स्टेशन हैं। हर पांच मिनट में एक ट्रेन चलेगी।",
            "किराया दस रुपये से शुरू होता है।",
            "छात्रों को बीस प्रतिशत की छूट मिलेगी और बुजुर्गों के लिए अलग से रियायती पास जारी किए जाएंगे।",
            "स्थानीय व्यापारियों ने उम्मीद जताई कि इससे बाजारों में ग्राहकों की संख्या बढ़ेगी।",
        ],
    ),
}


@pytest.mark.parametrize("language", list(ONE_LINK_BOXES))
def test_the_article_under_a_box_of_one_link_stays(language: str) -> None:
    title, before, box, after = ONE_LINK_BOXES[language]
    lines = [*before, *box, *after]
    assert kept_by_default(title, lines) == [*before, *after]


# A box of one link, then the article's list: introduced by a line ending in a colon, or under
# a subheading.
LISTS_UNDER_ONE_LINK = {
    "en intro": (
        ["Related articles", "Storm warning issued for the northern coast"],
        ["The fire service gave residents the following advice:", "- Keep windows and doors closed",
         "- Stay away from the riverbank", "- Call 112 only in an emergency"],
    ),
    "en subheading": (
        ["Related articles", "Storm warning issued for the northern coast"],
        ["What we know so far", "- The fire started in a warehouse kitchen", "- Nobody was hurt"],
    ),
    "nl intro": (
        ["Gerelateerde artikelen", "Stormwaarschuwing voor de noordkust"],
        ["De brandweer geeft bewoners het volgende advies:", "- Houd ramen en deuren gesloten",
         "- Blijf uit de buurt van de rivier", "- Bel 112 alleen in noodgevallen"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(LISTS_UNDER_ONE_LINK))
def test_a_list_of_the_articles_under_a_box_of_one_link_stays(name: str) -> None:
    box, listed = LISTS_UNDER_ONE_LINK[name]
    before = [
        "A fire broke out in a warehouse near the harbour on Sunday night, sending thick smoke over"
        " the old town.",
        "Firefighters brought the blaze under control after four hours, a spokesman for the city said.",
    ]
    after = [
        "The cause of the fire is not yet known, and investigators are expected at the site on Monday"
        " morning.",
        "Roads around the harbour will stay closed until the building has been declared safe by engineers.",
    ]
    lines = [*before, *box, *listed, *after]
    kept = kept_by_default("Warehouse fire in the harbour district", lines)
    assert kept == [*before, *listed, *after]


def test_cards_of_a_title_and_a_summary_still_go_under_the_article() -> None:
    # Two cards with nothing below them, three cards over a paragraph: the box's repeated shape.
    lines = [P1, P2, P3, "Related Articles", *SUMMARISED_CARDS[:4]]
    assert removed_texts("\n\n".join(lines)) == sorted(["Related Articles", *SUMMARISED_CARDS[:4]])
    lines = [P1, P2, "Related Articles", *SUMMARISED_CARDS, P3]
    assert removed_texts("\n\n".join(lines)) == sorted(["Related Articles", *SUMMARISED_CARDS])


def test_cards_with_a_question_for_a_title_still_go() -> None:
    cards = [
        "क्या मेट्रो का किराया फिर बढ़ेगा?",
        "परिवहन विभाग अगले महीने नई दरों पर फैसला करेगा, जिसके बाद यात्रियों को ज्यादा भुगतान करना पड़ सकता है।",
        "शहर की सबसे पुरानी बस सेवा बंद",
        "पचास साल पुरानी इस सेवा को घाटे के कारण अगले सप्ताह से बंद किया जा रहा है।",
    ]
    removed = removed_texts("\n\n".join([*ONE_LINK_BOXES["hi"][1], "संबंधित खबरें", *cards]))
    assert removed == sorted(["संबंधित खबरें", *cards])


def test_a_box_of_one_link_inside_the_article_still_goes() -> None:
    title, before, box, after = ONE_LINK_BOXES["en"]
    result = Pipeline().clean_text("\n\n".join([title, *before, *box, *after]))
    assert all(line not in result.body for line in box)
