"""Page furniture: menus and footers outside the article, menu runs, markup and bullet-only lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.boilerplate import Boilerplate, _is_value
from newsclean.cleaners.line_scorer import LineScorer
from newsclean.model import Category, Metadata
from newsclean.text.features import BULLET, word_count

P1 = "The river authority said on Thursday that water levels had fallen for the third week in a row."
P2 = "Farmers along the lower valley have been told to expect restrictions on irrigation until October."
P3 = "A spokesperson said the agency would publish a full drought plan before the end of the month."
P4 = "Local councils have already closed two public swimming pools to save water, residents said."


def run(lines: list[str], scorer: LineScorer | None = None) -> tuple[list[str], list[str]]:
    result = Pipeline(cleaners=[Boilerplate(scorer)]).clean_text("\n".join(lines))
    return list(result.paragraphs), [r.text for r in result.removed]


HAND_RULES = LineScorer((), (), -50.0, 0.5)
"""Agrees with every layout candidate: the layout rules (and menu runs) without the line gate."""


MENU = ["Home", "World", "Business", "Sport", "Culture", "Travel", "Video", "Weather", "Podcasts", "More"]
FOOTER = [
    "About us",
    "Contact",
    "Careers",
    "Advertise",
    "Privacy policy",
    "Terms of use",
    "Accessibility",
    "Sitemap",
    "Help centre",
    "Regional editions",
]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # a navigation block above the article
        ([*MENU, P1, P2, P3], [P1, P2, P3]),
        # a footer block below it
        ([P1, P2, P3, *FOOTER], [P1, P2, P3]),
        # bulleted menus, in other languages
        (
            [
                *(
                    f"* {w}"
                    for w in [
                        "Startseite",
                        "Politik",
                        "Wirtschaft",
                        "Sport",
                        "Kultur",
                        "Wissen",
                        "Reisen",
                        "Auto",
                        "Digital",
                        "Video",
                    ]
                ),
                P1,
                P2,
            ],
            [P1, P2],
        ),
        # a widget's stars, repeated (testimonial cards, a rating form): no review's rating
        ([P1, P2, "★ ★ ★ ★ ★", "☆ ☆ ☆ ☆ ☆", P3], [P1, P2, P3]),
        # leftover markup and bullet-only lines
        (
            [P1, '<img height="1" width="1" style="display:none" src="http://x.example/p">', "*", "+", P2],
            [P1, P2],
        ),
        # a tag with attributes around a few words, and bare tags on lines of their own
        (
            [P1, '<span class="byline" data-id="7">Staff reporter</span>', "<noscript>", "</noscript>", P2],
            [P1, P2],
        ),
    ],
)
def test_furniture_is_removed(lines: list[str], kept: list[str]) -> None:
    paragraphs, removed = run(lines)
    assert paragraphs == kept
    assert removed


@pytest.mark.parametrize(
    "lines",
    [
        # a short list closing the article is the article's
        [P1, P2, "What to do now", "Water gardens early", "Collect rain water", "Report leaks"],
        # an introduced list of short items stays, even long
        [P1, "The restrictions cover:", "Lawns", "Gardens", "Car washing", "Pools", "Fountains", "Hoses", P2],
        # bulleted list items that are phrases stay
        [P1, *(f"• Item number {n} of the plan" for n in "ABCDEFGHIJKL"), P2],
        # table rows and lines with figures stay
        [P1, P2, *(f"| Reservoir {n} | {n}0% |" for n in range(1, 12))],
        # titles in angle brackets are not markup
        [P1, "<The Palace: A Tale of Two Cities>", P2],
        # nor are placeholders in a command, nor tags an article about markup quotes among its words
        [P1, "hg update <branch name>", "svn export <source path> <target dir>", P2],
        [P1, "Nesting check: <ul><p></p></ul>", "* <ol></ol><dt> inside a form - rejected", P2],
        # a review's rating in stars is the article's, not a separator
        [P1, P2, "★★★★☆"],
        [P1, "★★☆☆☆", P2],
        # no substantial paragraph at all: nothing to anchor on, nothing removed
        ["Menu", "Home", "News", "Sport", "Weather"],
    ],
)
def test_article_content_stays(lines: list[str]) -> None:
    paragraphs, removed = run(lines)
    assert paragraphs == lines
    assert removed == []


PLAYLIST = [
    f"Storm closes {road} roads across the north"
    for road in ["coastal", "mountain", "rural", "city", "main", "minor", "farm", "forest", "valley", "river"]
]


@pytest.mark.xfail(strict=True, reason="the line scorer takes a full sentence for article text and keeps it")
def test_teaser_cut_off_by_furniture_goes_with_it() -> None:
    teaser = "Chat with us on our messenger service and find out what is happening around the world today."
    paragraphs, removed = run([teaser, *PLAYLIST, P1, P2, P3])
    assert paragraphs == [P1, P2, P3]
    assert teaser in removed


def test_two_comparable_blocks_of_text_both_stay() -> None:
    paragraphs, _ = run([P1, P2, *PLAYLIST, P3, P4])
    assert paragraphs == [P1, P2, P3, P4]


SECTION = "Once the service is up, the dashboard shows each request with its latency and its worker."
CODE_BLOCK = [
    "services:",
    "  api:",
    "    image: example/api:latest",
    "    restart: always",
    "    environment:",
    "      - LOG_LEVEL=debug",
    "docker compose up -d",
    "curl -s localhost/status",
    "tail -f logs/api.log",
]


# A table laid out one cell per line, as some renderings print one: a header row, then rows
# whose cells repeat the shapes of the row above (a name, a price, a size, a phrase).
TABLE_CELLS = [
    *("Plan", "Price", "Storage", "Support"),
    *("Basic", "$5 a month", "10 GB", "Email only"),
    *("Standard", "$12 a month", "100 GB", "Chat only"),
    *("Premium", "$25 a month", "1 TB", "Phone only"),
    *("Business", "$40 a month", "5 TB", "Account manager"),
]
FOOTER_LISTS = [
    *("Company", "About Us Careers Press Blog"),
    *("Support", "Help Center Contact Us Returns"),
    *("Legal", "Terms Privacy Cookies Accessibility"),
    *("Follow", "Facebook Instagram Pinterest YouTube"),
    *("Apps", "iPhone Android Watch Tablet"),
]
ABBREVIATIONS = [
    "Abbreviations",
    "CBT: cognitive behavioural therapy",
    "GLM: general linear model",
    "PSS: perceived stress scale",
    "QOL: quality of life measure",
    "RCT: randomised controlled trial",
    "SD: standard deviation value",
    "BMI: body mass index",
    "HR: heart rate variability",
    "CI: confidence interval range",
    "OR: odds ratio estimate",
]


@pytest.mark.parametrize(
    ("gap", "kept"),
    [
        (CODE_BLOCK, True),  # the article's own code block splits its prose
        (TABLE_CELLS, True),  # so does its table, one cell per line
        (PLAYLIST[:9], False),  # a teaser past a run of headlines is page furniture
        (FOOTER_LISTS, False),  # so is one past a footer's lists of links
        (ABBREVIATIONS, False),  # and one past a paper's list of abbreviations
    ],
)
def test_a_lighter_block_cut_off_by_code_is_the_article_s_own(gap: list[str], kept: bool) -> None:
    paragraphs, removed = run([P1, P2, P3, P4, *gap, SECTION], HAND_RULES)
    assert (SECTION in paragraphs) is kept
    assert (SECTION in removed) is not kept
    assert paragraphs[:4] == [P1, P2, P3, P4]


def test_code_between_the_article_s_blocks_is_the_article_s_too() -> None:
    # A long code block splits the prose; the zone below the article starts after the block past it.
    code = [
        *CODE_BLOCK,
        "def status(request):",
        "    return render(request)",
        "if __name__ == '__main__':",
        "    main()",
    ]
    paragraphs, removed = run([P1, P2, P3, P4, *code, SECTION, *FOOTER], HAND_RULES)
    assert paragraphs == [P1, P2, P3, P4, *(line.strip() for line in code), SECTION]
    assert all(any(label in r for r in removed) for label in FOOTER)


# A search form's select box as a page flattened to text gives it: its options run together.
SELECT_BOX = "- Any - " + " ".join(f"{label} {label.lower()} archive" for label in [*MENU, *FOOTER] * 2)
# A long paragraph of an article: over a hundred words, in sentences of twenty-odd words.
LONG_PARAGRAPH = " ".join([P1, P2, P3, P4] * 4)


@pytest.mark.parametrize(("long_line", "article"), [(SELECT_BOX, False), (LONG_PARAGRAPH, True)])
def test_a_long_line_without_sentences_anchors_nothing(long_line: str, article: bool) -> None:
    # The select box holds more words than the article: as an anchor it would be the article.
    assert word_count(long_line) > 100
    assert word_count(long_line) > 2 * word_count(" ".join([P1, P2, P3]))
    paragraphs, removed = run([P1, P2, P3, *FOOTER, long_line, *FOOTER[:3]], HAND_RULES)
    if article:  # a long paragraph of sentences still anchors a block of text
        assert long_line in paragraphs
    else:
        assert paragraphs == [P1, P2, P3]
        assert any(long_line in r for r in removed)


# One sentence of over a hundred words with no full stop in it: a preamble's clause, or the
# sentence that introduces what follows, as laws and declarations have them.
CLAUSE = " ".join(
    ["Whereas the council, having regard to the reports of its committees on the budget of the city,"] * 6
    + ["resolves that the rules below shall apply in every district for the next four years"]
)
# Thai prose marks no sentence end: a space parts its phrases and sentences.
THAI = " ".join(
    [
        "สภาเทศบาลนครเชียงใหม่อนุมัติเมื่อวันอังคารให้สร้างทางจักรยานใหม่ระยะทางสี่สิบกิโลเมตรภายในสี่ปีข้างหน้า",
        "โครงการนี้ใช้งบประมาณกว่าหกร้อยล้านบาท",
        "นายกเทศมนตรีกล่าวว่าจำนวนผู้ใช้จักรยานในเขตเมืองเก่าน่าจะเพิ่มขึ้นหนึ่งในสี่",
        "ฝ่ายค้านเห็นว่าโครงการแพงเกินไปและควรศึกษาผลกระทบต่อร้านค้าก่อน",
        "ประชาชนสามารถแสดงความเห็นเกี่ยวกับเส้นทางใหม่ได้จนถึงสิ้นเดือนมีนาคม",
    ]
)
# A Thai tag cloud run together: short items.
THAI_TAGS = " ".join(["ข่าว", "กีฬา", "บันเทิง", "การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "ไอที", "รถยนต์"] * 6)


@pytest.mark.parametrize(
    ("long_line", "article"),
    [(CLAUSE + ":", True), (CLAUSE + ",", True), (CLAUSE + ";", True), (THAI, True), (THAI_TAGS, False)],
)
def test_a_long_line_that_ends_a_clause_or_is_unspaced_prose_is_no_run_on_list(
    long_line: str, article: bool
) -> None:
    # Below the article and above the footer; a long line that runs a list together goes with the
    # footer, one long sentence stays. (What a colon introduces stays with it: see _introduced_items.)
    assert word_count(long_line) >= 100
    paragraphs, removed = run([P1, P2, P3, long_line, *FOOTER], HAND_RULES)
    assert (long_line in paragraphs) is article
    if not long_line.endswith(":"):
        assert all(any(label in r for r in removed) for label in FOOTER)


class _Takes(Cleaner):
    """An earlier cleaner of the chain that removes the given lines (a card list, say)."""

    name = "takes"

    def __init__(self, texts: Sequence[str], category: Category = Category.RELATED) -> None:
        self.texts = set(texts)
        self.category = category

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        found = tuple(s.index for s in doc.segments if s.text in self.texts)
        return [Verdict(found, "Taken first.")] if found else []


@pytest.mark.parametrize("earlier", [False, True])
def test_furniture_an_earlier_cleaner_removed_still_cuts_a_teaser_off(earlier: bool) -> None:
    gap = PLAYLIST[:9]
    chain = [_Takes(gap), Boilerplate(HAND_RULES)] if earlier else [Boilerplate(HAND_RULES)]
    result = Pipeline(cleaners=chain).clean_text("\n".join([P1, P2, P3, P4, *gap, SECTION]))
    assert list(result.paragraphs)[:4] == [P1, P2, P3, P4]
    assert SECTION not in result.paragraphs
    assert any(r.text == SECTION and r.rule == "boilerplate.minor-cluster" for r in result.removed)


def test_short_lines_inside_a_block_as_heavy_as_the_article_s_stay() -> None:
    # Two blocks of text, cut apart by a run of headlines: the lighter one is still part of the
    # article, and so are the short lines of its own list; the run of headlines is the zone.
    own_list = ["Ferry tickets", "Season passes", "Harbour parking"]
    first_block = [P1, *own_list, P2]
    lines = [*first_block, *PLAYLIST, P3, P4, SECTION]
    paragraphs, removed = run(lines, HAND_RULES)
    assert paragraphs == [*first_block, P3, P4, SECTION]
    assert all(any(headline in r for r in removed) for headline in PLAYLIST)


GALLERY = [
    f"Fishing boats moored on the {place} shore (Lena Marsh/AFP)"
    for place in ["northern", "southern", "eastern", "western", "rocky", "sandy", "old", "new", "quiet"]
]


def test_captions_an_earlier_cleaner_removed_leave_no_gap_in_the_article() -> None:
    # A gallery's captions sit inside the article: once removed, they do not cut it in two.
    chain = [_Takes(GALLERY, Category.CAPTION), Boilerplate(HAND_RULES)]
    result = Pipeline(cleaners=chain).clean_text("\n".join([P1, P2, P3, P4, *GALLERY, SECTION]))
    assert list(result.paragraphs) == [P1, P2, P3, P4, SECTION]
    assert {r.cleaner for r in result.removed} == {"takes"}


def test_a_page_footer_takes_its_link_lists_and_times_along() -> None:
    links = ["* Ferry strike enters its second week", "* Council approves new harbour budget", "2 hours ago"]
    lines = [P1, P2, P3, *FOOTER, *links]
    # The layout rule's own candidates; the line gate judges them with the rest of the chain's evidence.
    paragraphs, removed = run(lines, HAND_RULES)
    assert paragraphs == [P1, P2, P3]
    assert all(any(link in r for r in removed) for link in links)


BLURBS = [
    "Meet the people who make the paper.",
    "We answer within two working days.",
    "Join a newsroom that never sleeps.",
    "Reach our readers in print and online.",
    "How we protect what you share with us.",
    "Every page of the site read aloud, with large print and high contrast for all our readers",
]


def test_a_footer_takes_the_short_blurbs_between_its_links() -> None:
    # One blurb, then two, then three between two links: a card's title, teaser and tagline.
    footer = [
        FOOTER[0], BLURBS[0], FOOTER[1], *BLURBS[1:3], FOOTER[2], *BLURBS[3:], *FOOTER[3:]
    ]  # fmt: skip
    # The article's own short closing line is no blurb between two links: it stays.
    closing = "Thanks for reading."
    paragraphs, removed = run([P1, P2, P3, closing, *footer], HAND_RULES)
    assert paragraphs == [P1, P2, P3, closing]
    assert all(any(blurb in r for r in removed) for blurb in BLURBS)


@pytest.mark.parametrize(
    "between",
    [
        ["| Fares | Adults | Children |", "| Single | 2.40 | 1.20 |"],  # a table of the article's
        [*BLURBS[:4]],  # four lines: more than a card holds
    ],
)
def test_a_footer_leaves_tables_and_long_runs_between_its_links(between: list[str]) -> None:
    paragraphs, _ = run([P1, P2, P3, *FOOTER[:5], *between, *FOOTER[5:]], HAND_RULES)
    assert paragraphs == [P1, P2, P3, *between]


@pytest.mark.parametrize("junk", [False, True])
def test_junk_an_earlier_cleaner_took_below_the_article_makes_the_zone_a_footer(junk: bool) -> None:
    # Five footer labels alone are too few for a zone (a list of the article's own may be as long);
    # with five more lines below the article that an earlier cleaner took as junk, they are a footer.
    taken = ["Share this story", "Follow us", "Newsletter", "Sign up", "Get the app"] if junk else []
    lines = [P1, P2, P3, *FOOTER[:3], *taken, *FOOTER[3:5]]
    chain = [_Takes(taken, Category.SOCIAL), Boilerplate(HAND_RULES)]
    result = Pipeline(cleaners=chain).clean_text("\n".join(lines))
    assert list(result.paragraphs) == ([P1, P2, P3] if junk else [P1, P2, P3, *FOOTER[:5]])


@pytest.mark.parametrize("where", ["below", "between"])
def test_lines_an_earlier_cleaner_took_close_a_run_of_blurbs_in_the_footer(where: str) -> None:
    # A sign-up prompt the newsletter cleaner took is the footer's too: the blurb between it and
    # a footer link goes, as it does between two links.
    prompt = "Enter your email to get the Harbour Post briefing every morning"
    footer = (
        [*FOOTER, BLURBS[0], prompt] if where == "below" else [*FOOTER[:4], prompt, BLURBS[0], *FOOTER[4:]]
    )
    chain = [_Takes([prompt], Category.NEWSLETTER), Boilerplate(HAND_RULES)]
    result = Pipeline(cleaners=chain).clean_text("\n".join([P1, P2, P3, *footer]))
    assert list(result.paragraphs) == [P1, P2, P3]
    # With nothing below it, the blurb closes the page and stays.
    result = Pipeline(cleaners=[Boilerplate(HAND_RULES)]).clean_text(
        "\n".join([P1, P2, P3, *FOOTER, BLURBS[0]])
    )
    assert list(result.paragraphs) == [P1, P2, P3, BLURBS[0]]


def test_a_short_list_after_the_article_keeps_its_items_without_a_footer() -> None:
    lines = [P1, P2, P3, "* Ferry strike enters its second week", "* Council approves new harbour budget"]
    paragraphs, _ = run(lines)
    assert paragraphs == lines


# The menu runs are gated by the line scorer like the layout rules: a run of labels is a menu on a
# page that shows other page chrome (here a cookie notice, share buttons, a copyright line that the
# phrase rules remove), and a list of the article's own on a text that is the article alone.
CHROME_TOP = [
    "We use cookies to improve your experience. Accept all cookies",
    "Share on Facebook",
    "Share on X",
]
CHROME_BOTTOM = ["Sign up for our newsletter", "© 2026 Valley Times. All rights reserved."]
LABELS = ["Politics", "Business", "Climate", "Science", "Culture", "Travel", "Podcasts"]
ARTICLE_LIST = ["Rain barrels", "Drip hoses", "Mulch", "Soaker lines", "Grey water", "Timers", "Cisterns"]


def test_a_menu_run_on_a_page_with_chrome_goes() -> None:
    page = [*CHROME_TOP, P1, P2, *LABELS, P3, P4, *CHROME_BOTTOM]
    result = Pipeline().clean_text("\n".join(page))
    assert list(result.paragraphs) == [P1, P2, P3, P4]
    assert any(r.rule == "boilerplate.menu" for r in result.removed)


def test_the_menu_rule_alone_takes_a_run_of_labels() -> None:
    paragraphs, removed = run([P1, P2, *LABELS, P3, P4], HAND_RULES)
    assert paragraphs == [P1, P2, P3, P4]
    assert removed == ["\n".join(LABELS)]


# Names the article lists in quotation marks: stations, ships, titles. A menu never quotes its labels.
QUOTED = [
    ["«Речной вокзал»", "«Лихоборы»", "«Петровский парк»", "«Шелепиха»", "«Кунцевская»", "«Мнёвники»"],
    ["- “Northern Star”", "- “Sea Breeze”", "- “Valley Queen”", "- “Osprey”", "- “Lady Ann”", "- “Kestrel”"],
    ["„Tatort“", "„Polizeiruf“", "„Babylon Berlin“", "„Dark“", "„Der Pass“", "„Charité“"],
]


@pytest.mark.parametrize("names", QUOTED)
def test_quoted_names_are_no_menu(names: list[str]) -> None:
    paragraphs, removed = run([P1, P2, *names, P3, P4], HAND_RULES)
    assert removed == [] and paragraphs == [P1, P2, *names, P3, P4]
    # Unquoted, the same run is taken for a menu by the rule alone.
    bare = [name.replace("- ", "").strip("«»„“”") for name in names]
    assert run([P1, P2, *bare, P3, P4], HAND_RULES)[1] == ["\n".join(bare)]


def test_quoted_names_above_the_article_s_main_block_are_no_page_navigation() -> None:
    # A whole page laid out as text: menu and cookie notice, a short lead, the list of new
    # stations under its subheading, then the long part of the story.
    page = [
        "Мы используем файлы cookie.",
        "Главная\nНовости\nМосква\nСпорт\nКультура\nВойти",
        "В Москве открылась новая линия метро",
        "МОСКВА, 5 декабря. В Москве в субботу открылся новый участок Большой кольцевой линии метро, "
        "сообщили в мэрии.",
        "На участке длиной 12 километров расположены пять новых станций.",
        "Новые станции",
        *(f"- {name}" for name in QUOTED[0][:5]),
        "Что говорят пассажиры",
        "— Теперь я доберусь до работы на полчаса быстрее, — рассказала жительница Северного округа, "
        "которая каждый день ездит в центр города на работу и обратно.",
        "Движение поездов на участке открыто для всех пассажиров с шести утра, сообщили в "
        "пресс-службе столичного метрополитена в субботу.",
        "Главная\nО нас\nКонтакты\n© 2026 Городские новости",
    ]
    body = Pipeline().clean_text("\n\n".join(page)).body
    for line in ("Новые станции", *QUOTED[0][:5], "Что говорят пассажиры"):
        assert line in body, line


SHORT_CODE = [
    'config.Name = "drought-alerts";',
    "// how often to check",
    "config.Interval = Hours.Six;",
    "var gauge = sensors.first;",
    "return gauge.level;",
    "config.Notify = true;",
    "export default config;",
]


def test_short_lines_of_code_are_no_menu() -> None:
    # As short as menu labels and not sentences, but a code block's lines: the article's own.
    paragraphs, removed = run([P1, P2, *SHORT_CODE, P3, P4], HAND_RULES)
    assert removed == []
    assert paragraphs == [P1, P2, *SHORT_CODE, P3, P4]


def test_a_run_of_short_items_in_an_article_alone_stays() -> None:
    lines = [P1, P2, *ARTICLE_LIST, P3, P4]
    assert run(lines) == (lines, [])
    assert list(Pipeline().clean_text("\n".join(lines)).paragraphs) == lines


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list("*+•·▪►‣◦-")), st.sampled_from(list(" \t\u00a0\u3000")), st.text(max_size=20))
def test_a_bullet_adds_no_word(bullet: str, space: str, text: str) -> None:
    # Menu items are judged by the segment's word count, which counts the bullet along.
    assert word_count(BULLET.sub("", bullet + space + text)) == word_count(bullet + space + text)


def test_python_letters_and_digits_are_letters_or_numbers_to_regex() -> None:
    chars = "".join(map(chr, range(0x110000)))
    matched = set(regex.findall(r"[\p{L}\p{N}]", chars))
    assert all(c in matched for c in chars if c.isalnum())


POEM = [
    "The tide comes in without a word,",
    "it folds the sand",
    "and lifts the weed;",
    "the gulls go over, one by one,",
    "and nothing asks",
    "for what we need",
    "We walk the line",
    "the water left,",
    "we count the shells,",
    "we lose the count,",
    "the evening takes the colour out",
    "of everything but the headland's mount.",
]
CLOSING = "The poet read the lines at the harbour festival, where the council unveiled a plaque in her name."


@pytest.mark.parametrize("scorer", [HAND_RULES, None], ids=["layout rules", "gated"])
def test_a_poem_the_article_quotes_is_neither_furniture_nor_a_gap(scorer: LineScorer | None) -> None:
    # Short lines that carry sentences over from line to line are verse: they neither split the
    # article into blocks nor make a footer of its own below the first one.
    intro = "In her best-known poem, written the winter the pier was lost, she describes the shore:"
    paragraphs, removed = run([*MENU, P1, P2, P3, P4, intro, *POEM, CLOSING, *FOOTER], scorer)
    assert paragraphs == [P1, P2, P3, P4, intro, *POEM, CLOSING]
    assert removed == ["\n".join(MENU), "\n".join(FOOTER)]


def test_labels_without_sentence_punctuation_are_not_verse() -> None:
    # The same layout with a run of headlines where the poem was: they cut the closing paragraph off.
    intro = "More stories from the coast"
    paragraphs, _ = run([P1, P2, P3, P4, intro, *PLAYLIST[:8], CLOSING, *FOOTER], HAND_RULES)
    assert CLOSING not in paragraphs
    assert not set(PLAYLIST[:8]) & set(paragraphs)


INGREDIENTS = [
    "300 g flour",
    "100 g ground almonds",
    "200 g butter",
    "200 g sugar",
    "1 egg",
    "1 pinch of salt",
]


@pytest.mark.parametrize("scorer", [HAND_RULES, None], ids=["layout rules", "gated"])
def test_an_unbulleted_list_right_under_its_colon_is_the_article_s(scorer: LineScorer | None) -> None:
    # Renderings drop the bullets of a list; the line that introduces it with a colon, right
    # above it, still makes it the article's list, not navigation above the article.
    paragraphs, _ = run([*MENU, "Ingredients:", *INGREDIENTS, P1, P2, P3, P4, *FOOTER], scorer)
    assert paragraphs[-4 - len(INGREDIENTS) :] == [*INGREDIENTS, P1, P2, P3, P4]
    assert not set(MENU) & set(paragraphs)
    if scorer is None:
        assert paragraphs[0] == "Ingredients:"  # the gate keeps the label the layout rules take


def test_a_list_after_a_blank_line_or_under_a_sentence_is_not_introduced() -> None:
    # The same lines without their colon line right above are furniture above the article.
    paragraphs, _ = run([*MENU, *INGREDIENTS, P1, P2, P3, P4], HAND_RULES)
    assert paragraphs == [P1, P2, P3, P4]


READING_LIST = [
    "Why the Oldest Lighthouse on the Northern Coast Still Guides Fishing Boats Home",
    "The Forgotten Engineers Who Drained the Marshes and Built the Eastern Railway",
    "Seven Lessons from a Century of Floods in the River Towns of the Lower Valley",
    "How a Village Choir Kept Its Songs Alive Through Two Wars and a Famine",
    "Inside the Quiet Campaign to Save the Last Working Windmills of the Plains",
]


def test_long_title_case_headlines_in_a_zone_are_its_links() -> None:
    # A sidebar's reading list above the article: headlines of twelve words and more are no
    # standfirst when they come one after another in title case.
    paragraphs, removed = run([*MENU, *READING_LIST, P1, P2, P3, P4, *FOOTER], HAND_RULES)
    assert paragraphs == [P1, P2, P3, P4]
    assert "\n".join(READING_LIST) in "\n".join(removed)
    # The line scorer gates each candidate on its own: most of the list still goes.
    paragraphs, _ = run([*MENU, *READING_LIST, P1, P2, P3, P4, *FOOTER])
    assert paragraphs[-4:] == [P1, P2, P3, P4]
    assert len(set(READING_LIST) & set(paragraphs)) <= 2


def test_long_lines_in_sentence_case_or_alone_stay_above_the_article() -> None:
    # The same lines as phrases (a glossary's definitions) stay, and so does one title-case line
    # alone: it may be the article's title.
    phrases = [line[0] + line[1:].lower() for line in READING_LIST]
    paragraphs, _ = run([*MENU, *phrases, P1, P2, P3, P4, *FOOTER], HAND_RULES)
    assert paragraphs == [*phrases, P1, P2, P3, P4]
    paragraphs, _ = run([*MENU, READING_LIST[0], P1, P2, P3, P4, *FOOTER], HAND_RULES)
    assert paragraphs == [READING_LIST[0], P1, P2, P3, P4]


SUPPLIES = [
    "- Spare batteries",
    "- Drinking water",
    "- Warm blankets",
    "- Tinned food",
    "- Candles",
    "- Phone chargers",
    "- Spare keys",
    "- Dried fruit",
    "- Matches",
]


def test_a_list_under_a_subheading_between_paragraphs_is_the_article_s() -> None:
    # Its items are no furniture: they neither cut the paragraphs above from the rest of the
    # article (which would leave those as a teaser) nor make a zone above it.
    lines = [*MENU, P1, P2, "What to keep at home", *SUPPLIES, P3, P4, *FOOTER]
    paragraphs, _ = run(lines)
    assert paragraphs == [P1, P2, "What to keep at home", *SUPPLIES, P3, P4]
    # Short labels in a row are still a menu candidate to the layout rules; the paragraphs
    # above the list stay all the same.
    paragraphs, _ = run(lines, HAND_RULES)
    assert [p for p in paragraphs if p in (P1, P2, P3, P4)] == [P1, P2, P3, P4]


@pytest.mark.parametrize(
    ("section", "article"),
    [
        ("What to keep at home", True),  # a section's heading over the list's subheading
        ("Back", False),  # a one-word label over it: a menu panel's
    ],
)
def test_a_section_heading_may_stand_over_the_list_s_subheading(section: str, article: bool) -> None:
    # Listed, its lines neither cut the paragraphs above off as a teaser nor make a zone.
    lines = [*MENU, P1, P2, section, "Food and light", *SUPPLIES, P3, P4, *FOOTER]
    paragraphs, _ = run(lines)
    listed = [section, "Food and light", *SUPPLIES]
    assert (paragraphs == [P1, P2, *listed, P3, P4]) is article


def test_a_footer_s_headed_lists_of_page_names_are_not_the_article_s() -> None:
    # The same layout with a footer's lists of page names where the list was.
    company = ["- About Us", "- Careers", "- Newsroom", "- Investors", "- Contact"]
    support = ["- Help Centre", "- Accessibility", "- Privacy", "- Terms"]
    lines = [*MENU, P1, P2, "Company", *company, "Support", *support, P3, P4, *FOOTER]
    paragraphs, _ = run(lines, HAND_RULES)
    assert not set(company + support) & set(paragraphs)


STANDINGS = [
    "Pos. Team Played Won Drawn Lost Points",
    *(
        f"{n} {team} 30 {won} {30 - won - 4} 4 {3 * won + 30 - won - 4}"
        for n, (team, won) in enumerate(
            [("Harbour United", 21), ("Northgate", 19), ("Riverside Rovers", 17), ("Eastfield", 15)], 1
        )
    ),
    *(
        f"{n} {team} 30 {won} {30 - won - 9} 9 {3 * won + 30 - won - 9}"
        for n, (team, won) in enumerate([("Old Quay", 12), ("Westmoor Athletic", 10), ("Saltmarsh", 8)], 5)
    ),
]


def test_a_table_s_rows_under_its_colon_are_the_article_s_past_a_removed_line() -> None:
    # A short article's table of figures, below the sentence that introduces it with a colon and
    # above a footer: its rows are no furniture of the footer's zone, even where an earlier cleaner
    # took a line from between them (a picture's caption).
    caption = "Supporters on the terraces at the harbour ground (Lena Marsh/AFP)"
    intro = "The league table after the final round of the season:"
    lines = [P1, intro, *STANDINGS[:4], caption, *STANDINGS[4:], *FOOTER, *MENU]
    chain = [_Takes([caption], Category.CAPTION), Boilerplate(HAND_RULES)]
    result = Pipeline(cleaners=chain).clean_text("\n".join(lines))
    assert list(result.paragraphs) == [P1, intro, *STANDINGS]
    assert [r.text for r in result.removed if r.cleaner == "boilerplate"] == ["\n".join([*FOOTER, *MENU])]


CONTENTS = [
    "Contents",
    "* Low Water",
    "+ Rainfall",
    "+ Farm Demand",
    "* The Plan",
    "+ Irrigation Limits",
    "+ Closed Pools",
    "* At Home",
    "+ Saving Water",
    "+ Leaks",
]
LEAD = "The river has fallen to its lowest summer level in thirty years, and the valley braces for limits."


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://news.example.org/2025/07/river-falls-lowest-level", True),
        ("https://news.example.org/2025/07/council-budget-vote", False),  # the slug names another headline
        (None, False),
    ],
)
def test_the_lead_under_the_headline_the_url_names_is_no_teaser(url: str | None, kept: bool) -> None:
    # A table of contents cuts the article's lead off from the rest: right under the headline the
    # URL names, the lighter block is the lead, not a teaser of another page.
    headline = "River falls to its lowest level in thirty years"
    lines = [*MENU, headline, LEAD, *CONTENTS, P1, P2, P3, P4, *FOOTER]
    chain = [_Takes([headline], Category.METADATA), Boilerplate(HAND_RULES)]
    result = Pipeline(cleaners=chain).clean_text("\n".join(lines), url=url)
    assert (LEAD in result.paragraphs) is kept
    assert list(result.paragraphs)[-4:] == [P1, P2, P3, P4]


@pytest.mark.parametrize(
    ("between", "kept"),
    [
        (["14:05"], True),  # a clock
        (["July 18, 2025", "14:05"], True),  # a date and a clock
        (["Rivers", "Weather", "Farming"], False),  # more lines than a headline's date and time: a menu
    ],
)
def test_the_lead_under_the_headline_and_its_time_is_no_teaser(between: list[str], kept: bool) -> None:
    # Between the headline and the lead, a page prints the time or the date of the story: the lead is
    # still right under the headline. A menu is more than that.
    headline = "River falls to its lowest level in thirty years"
    lines = [*MENU, headline, *between, LEAD, *CONTENTS, P1, P2, P3, P4, *FOOTER]
    chain = [_Takes([headline], Category.METADATA), Boilerplate(HAND_RULES)]
    url = "https://news.example.org/2025/07/river-falls-lowest-level"
    result = Pipeline(cleaners=chain).clean_text("\n".join(lines), url=url)
    assert (LEAD in result.paragraphs) is kept
    assert list(result.paragraphs)[-4:] == [P1, P2, P3, P4]


# A directory of the article's own below its two paragraphs: bulleted entries, each with a few
# detail lines, most of them with an address, a phone number or a price.
DIRECTORY = [
    "- Northside Legal Advice Centre",
    "14 Mill Lane, Room 3",
    "(0161) 555 0192",
    "Housing and debt advice",
    "- Riverside Tenants' Union",
    "Meets at the library on Tuesdays",
    "07700 900411",
    "Free for members",
    "- Eastgate Citizens Bureau",
    "2 Station Road",
    "Benefits, employment and immigration",
    "Drop-in sessions, no appointment",
    "- Harbour Family Mediation",
    "Unit 9, Quay Business Park",
    "Sliding scale: 10-40 per session",
    "- St Anne's Community Law Project",
    "41 Chapel Street",
    "(0161) 555 0377",
    "Appointments only",
    "- Westfield Money Helpline",
    "0800 555 0123",
    "Open weekdays 9am to 5pm",
]


def test_a_directory_below_the_article_is_the_article_s_own() -> None:
    # Its short non-sentence lines would make a footer zone; its entries' shape makes it a list.
    lines = [P1, P2, *DIRECTORY]
    paragraphs, _ = run(lines, HAND_RULES)
    assert paragraphs == lines
    # With the page's footer below it (short links in runs too short for a menu, dates between
    # them), the directory stays and the footer goes.
    footer = [x for k in range(0, 9, 3) for x in (*(f"* {w}" for w in FOOTER[k : k + 3]), "12 March 2026")]
    paragraphs, _ = run([*lines, *footer], HAND_RULES)
    assert paragraphs == lines


SECTIONS = ["* News", "* Sport", "* Culture", "* Travel", "* Opinion"]
HEADLINES = [
    "Ferry strike enters its second week",
    "Council approves new harbour budget",
    "Tram line extension delayed again",
    "Library reopens after flood repairs",
    "Market traders fight rent rise",
]


def test_a_directory_s_short_details_are_no_menu() -> None:
    # Two entries in a row without a figure: six short labels in a row, as a menu would be.
    entries = [
        "- Eastgate Citizens Bureau",
        "Benefits and immigration",
        "Drop-in sessions",
        "- Harbour Family Mediation",
        "Couples and families",
        "Sliding scale fees",
    ]
    lines = [P1, P2, *DIRECTORY[:8], *entries, *DIRECTORY[15:]]
    paragraphs, _ = run(lines, HAND_RULES)
    assert paragraphs == lines


@pytest.mark.parametrize(
    "zone",
    [
        # a menu of bulleted section headings, each over a long list of links (one with a figure)
        [x for head in SECTIONS for x in (head, *FOOTER, "Top 10")],
        # a card list: each headline with its date and its section
        [x for head in HEADLINES for x in (f"- {head}", "12 March 2026", "Weekend edition")],
        # entries with details but no figure: headlines, each with its section and a label
        [x for head in HEADLINES for x in (f"- {head}", "Weekend edition", "Read the story")],
    ],
)
def test_bulleted_menus_and_card_lists_below_the_article_are_no_directory(zone: list[str]) -> None:
    paragraphs, _ = run([P1, P2, P3, *zone], HAND_RULES)
    assert paragraphs == [P1, P2, P3]


@pytest.mark.parametrize(
    "doubled",
    [
        "Marta KowalczykMarta Kowalczyk",  # a portrait's alt and title texts
        "a crane over the harbour at nighta crane over the harbour at night",
        "Subscribe via RSSSubscribe via RSS",  # a link's icon label and its text
    ],
)
def test_a_label_written_twice_and_run_together_goes(doubled: str) -> None:
    kept, _ = run([P1, doubled, P2, P3])
    assert kept == [P1, P2, P3]
    result = Pipeline(cleaners=[Boilerplate()]).clean_text("\n".join([P1, doubled, P2, P3]))
    assert [(r.rule, r.text) for r in result.removed] == [("boilerplate.doubled", doubled)]


@pytest.mark.parametrize(
    "line",
    [
        "Bora Bora",  # a name that repeats a word
        "Walla Walla",
        "Fee Rate Fee Rate",  # a table's two columns under one heading, a space apart
        "JapanJapan",  # too short to tell
        "Row, row, row your boat",
    ],
)
def test_a_line_that_repeats_words_is_no_doubled_label(line: str) -> None:
    result = Pipeline(cleaners=[Boilerplate(HAND_RULES)]).clean_text("\n".join([P1, P2, line, P3, P4]))
    assert line in result.paragraphs
    assert not any(r.rule == "boilerplate.doubled" for r in result.removed)


@pytest.mark.parametrize(
    "trail",
    [
        ["1. Home", "2. Water", "3. Drought plan for the lower valley:..."],
        ["1. HOME >", "2. News >", "3. Drought"],
        ["1) Startseite", "2) Umwelt"],
    ],
)
@pytest.mark.parametrize("extracted", [False, True])
def test_a_breadcrumb_trail_laid_out_as_a_numbered_list_goes(trail: list[str], extracted: bool) -> None:
    text = "\n".join([*trail, "Drought plan for the lower valley", P1, P2, P3])
    # Text an HTML extractor chose comes with the page's metadata.
    page = Metadata(title="Drought plan for the lower valley") if extracted else None
    result = Pipeline(cleaners=[Boilerplate(HAND_RULES)]).clean_text(text, page=page)
    assert [(r.rule, r.text) for r in result.removed if r.rule == "boilerplate.crumbs"] == [
        ("boilerplate.crumbs", "\n".join(trail))
    ]
    assert list(result.paragraphs)[-3:] == [P1, P2, P3]


@pytest.mark.parametrize(
    "lines",
    [
        # the home page alone, or not first, or an item that is no home page
        ["1. Home", P1, P2, P3, P4],
        ["2. Home", "3. Water", P1, P2, P3, P4],
        ["1. Homemade bread", "2. Butter", P1, P2, P3, P4],
        # the article's own list in the text's second half
        [P1, P2, P3, "Where the council will save water:", "1. Home", "2. Schools", "3. Parks"],
    ],
)
def test_a_numbered_list_that_is_no_breadcrumb_trail_stays(lines: list[str]) -> None:
    result = Pipeline(cleaners=[Boilerplate(HAND_RULES)]).clean_text("\n".join(lines))
    assert not any(r.rule == "boilerplate.crumbs" for r in result.removed)


# A table a rendering laid out one cell per line below the article's last paragraph: column
# headings, then rows of a name, a count and a price.
FARES = [
    *("Route", "Stops", "Single fare"),
    *("Harbour line", "12", "€2.40"),
    *("Airport express", "3", "€9.80"),
    *("Old town loop", "17", "€1.90"),
    *("Valley line", "24", "€3.15"),
    *("Night bus", "31", "€4.50"),
]
# A share price box beside the article: labels and figures, two cells a row.
PRICE_BOX = [
    *("Market cap", "$38B", "Day's range", "$12.40 - $12.95", "52-week range", "$9.10 - $15.20"),
    *("Volume", "2.1M", "Dividend yield", "1.45%", "Gross margin", "61.2%"),
]
# A list of posts: a headline, its section and its date.
POSTS = [
    *("How to budget for a new roof", "Guides", "03.11.2025"),
    *("What a survey costs and why", "Costs", "02.10.2025"),
    *("Ten questions for your builder", "Guides", "01.09.2025"),
    *("Planning rules for garden rooms", "Law", "12.08.2025"),
]
# A savings calculator's widget: the same two sums, each under two labels.
CALCULATOR = [
    *("You save per year", "$4,000", "in fees"),
    *("You save per month", "$4,000", "in fees"),
    *("Your yearly revenue", "$18,000", "with the app"),
    *("Your monthly revenue", "$18,000", "with the app"),
]


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        (FARES, True),  # the article's table, one cell per line
        (PRICE_BOX, False),  # two cells a row: a widget's labels and figures
        (POSTS, False),  # dates make no column of values
        (CALCULATOR, False),  # nor do the same two sums, repeated
    ],
)
def test_a_table_of_values_below_the_article_is_the_article_s(block: list[str], kept: bool) -> None:
    paragraphs, removed = run([P1, P2, P3, P4, *block, *FOOTER], HAND_RULES)
    assert paragraphs[:4] == [P1, P2, P3, P4]
    assert all(any(label in r for r in removed) for label in FOOTER)
    if kept:
        assert paragraphs[4:] == block
    else:
        assert all(any(cell in r for r in removed) for cell in block)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$14.55", True),
        ("1.000,50 €", True),
        ("+2.3%", True),
        ("4.7 / 5", True),
        ("$75,000 – $100,000", True),
        ("$225 to $300", True),
        ("$2.5B", True),
        ("12", False),  # a count or a rank
        ("2024", False),
        ("11.04.2025", False),  # a date
        ("1.2.3", False),  # a version
        ("5 min read", False),
        ("$5 a month", False),
    ],
)
def test_a_value_is_an_amount_a_share_or_a_decimal(text: str, value: bool) -> None:
    assert _is_value(text) is value


SUMMARY = ["1. Harbour Ferries: Best overall", "2. Coastal Lines: Best value"]


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        # the section the article's own numbered list announces, cut off by its comparison table
        ("2. Coastal Lines: Best value", True),
        # a numbered line the list does not announce (another list's entry)
        ("2. Island Hoppers: Best view", False),
    ],
)
def test_a_listicle_s_numbered_section_cut_off_from_the_article_stays(heading: str, kept: bool) -> None:
    gap = PLAYLIST[:9]
    lines = [P1, SUMMARY[0], SUMMARY[1], P2, P3, P4, *gap, heading, SECTION]
    result = Pipeline(cleaners=[Boilerplate(HAND_RULES)]).clean_text("\n".join(lines))
    assert (SECTION in result.paragraphs) is kept


# A stock card under each numbered section: ticker, label, then the next heading.
CARDS = ["Key Data Points", "Market Cap", "Dividend Yield", "Industry", "Add to Watchlist"]


@pytest.mark.parametrize(
    ("numbers", "kept"),
    [
        ((3, 4), True),  # the article's list goes on: its sections, cut off by their cards
        ((4, 5), True),  # one section may come without a heading of its own
        ((1, 2), False),  # another list starts over: a widget's entries
        ((6, 7), False),  # too far past the article's last number
        ((3,), False),  # one numbered line is no list going on
    ],
)
def test_a_listicle_s_later_sections_cut_off_by_widgets_stay(numbers: tuple[int, ...], kept: bool) -> None:
    names = ["Harbour Ferries", "Coastal Lines", "Island Hoppers", "Bay Shuttles", "Port Runners"]
    listed = [P1, SUMMARY[0], P2, SUMMARY[1], P3, P4]
    gap = [line for n in numbers for line in (f"{n}. {names[n % len(names)]}", *CARDS)]
    gap += CARDS * (len(numbers) < 2)
    result = Pipeline(cleaners=[Boilerplate(HAND_RULES)]).clean_text("\n".join([*listed, *gap, SECTION]))
    assert (SECTION in result.paragraphs) is kept
    assert [p for p in result.paragraphs if p in listed] == listed


def _entry(name: str) -> str:
    """A listing's entry described at length: one paragraph of more than sixty words."""
    return (
        f"{name} has carried passengers between the islands since the harbour reopened, and its crews "
        "know every sandbank on the route. Riders praise the punctual departures, the clean cabins and "
        "the staff who help with bicycles and prams. Tickets cost a little more than the cheapest "
        "operator charges, but the company refunds any sailing cancelled for the weather within a day, "
        "and it runs the only late boat on Sundays in the winter months."
    )


# The widgets between a listing's entries: ratings and services, short labels.
ENTRY_CARD = ["Company Info", "Fleet size", "Years in service", "Services Offered", *SECTIONS, "Compare"]


@pytest.mark.parametrize(
    ("names", "words", "above", "kept"),
    [
        (["Harbour Ferries", "Coastal Lines"], 60, True, True),  # two entries described at length
        (["Harbour Ferries"], 60, True, False),  # one long block alone: a teaser above the article
        (["Harbour Ferries", "Coastal Lines"], 20, True, False),  # a short blurb in each: teasers
        (["Harbour Ferries", "Coastal Lines"], 60, False, False),  # below the article: other stories
    ],
)
def test_a_listing_s_entries_cut_apart_by_widgets_above_the_article_stay(
    names: list[str], words: int, above: bool, kept: bool
) -> None:
    # Each entry: its description, a rating between, and more of it.
    entries = [
        (" ".join(_entry(name).split()[:words]) + ".", "Top rated", _entry(name).replace("islands", "bay"))
        for name in names
    ]
    article = [P1, P2, P3, P4, P1.replace("river", "harbour"), P2.replace("valley", "coast")] * 5
    listing = [line for entry in entries for line in (*ENTRY_CARD, *entry)]
    lines = [*listing, *ENTRY_CARD, *article] if above else [*article, *listing, *ENTRY_CARD]
    result = Pipeline(cleaners=[Boilerplate(HAND_RULES)]).clean_text("\n".join(lines))
    for first, rating, rest in entries:
        assert (first in result.paragraphs) is kept
        assert (rest in result.paragraphs) is kept
        assert rating not in result.paragraphs
    assert all(label not in result.paragraphs for label in ENTRY_CARD)


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Pros", True),
        ("Advantages:", True),
        ("**The Good**", True),
        ("Points forts", True),
        ("Lo mejor:", True),
        ("Zalety", True),
        ("장점", True),
        ("Highlights", False),  # any other heading over short items there is the page's menu
    ],
)
def test_a_review_s_pros_and_cons_above_the_article_stay(heading: str, kept: bool) -> None:
    review = [heading, "- Fast crossings", "- Friendly crews", "Cons", "- Few winter sailings"]
    lines = [*MENU[:5], *review, *MENU[5:], P1, P2, P3, P4]
    paragraphs, _ = run(lines, HAND_RULES)
    assert all(label not in paragraphs for label in MENU)
    assert ("- Fast crossings" in paragraphs) is kept
    assert "- Few winter sailings" in paragraphs
    assert paragraphs[-4:] == [P1, P2, P3, P4]


# A review's closing lists of short labels, then its verdict, in a whole page laid out as text.
REVIEW_ENDS = [
    ("Les plus", "Les moins", "Notre avis"),
    ("Lo mejor", "Lo peor", "Conclusión"),
    ("Vorteile", "Nachteile", "Fazit"),
    ("For", "Against", "Verdict"),
    ("Pro", "Contra", "Fazit"),
]


@pytest.mark.parametrize(("good", "bad", "verdict"), REVIEW_ENDS, ids=[r[0] for r in REVIEW_ENDS])
def test_in_the_default_chain_a_review_s_pros_and_cons_below_the_article_stay(
    good: str, bad: str, verdict: str
) -> None:
    review = [
        f"{good}\n- Quiet cabin\n- Long range\n- Quick charging",
        f"{bad}\n- Small boot\n- Firm ride",
        verdict,
        "A well made family car that is easy to live with, if you can stand the firm ride.",
    ]
    page = ["Home\nNews\nReviews\nVideos\nLog in", P1, P2, P3, P4, *review, "Privacy\nContact\nAbout us"]
    body = Pipeline().clean_text("\n\n".join(page)).body
    for line in ("Quiet cabin", "Quick charging", bad, "Firm ride", verdict):
        assert line in body, line
    assert "Log in" not in body


def test_a_heading_that_also_names_a_menu_over_short_items_is_no_review_s_list_alone() -> None:
    # "Plus" ("More") over a menu, with no "Minus" list after it: the page's menu still goes.
    menu = ["Plus", "- Weather", "- Puzzles", "- Horoscope", "- Podcasts"]
    lines = [*MENU[:5], *menu, *MENU[5:], P1, P2, P3, P4]
    paragraphs, _ = run(lines, HAND_RULES)
    assert "- Puzzles" not in paragraphs
    assert paragraphs[-4:] == [P1, P2, P3, P4]


# A letters page laid out as text: the site's menu, a short page title the header cannot tell
# from the menu's labels, a letter's subheading (or its salutation), the letter, the footer.
SECTIONS = ["World", "Business", "Climate", "Science", "Culture", "Travel", "Podcasts"]
RUBRIKEN = ["Politik", "Wirtschaft", "Klima", "Wissen", "Kultur", "Reisen", "Podcasts"]
LETTER_DE = [
    "Der Wasserverband teilte am Donnerstag mit, dass die Pegel seit drei Wochen in Folge sinken.",
    "Landwirte im unteren Tal müssen sich bis Oktober auf Einschränkungen bei der Bewässerung einstellen.",
    "Ein Sprecher sagte, der Verband werde noch in diesem Monat einen Dürreplan vorlegen.",
]
ABWAB = ["سياسة", "اقتصاد", "مناخ", "علوم", "ثقافة", "سفر", "بودكاست"]
LETTER_AR = [
    "قالت هيئة المياه يوم الخميس إن منسوب النهر انخفض للأسبوع الثالث على التوالي في معظم مناطق الوادي.",
    "وأبلغ المزارعون في الوادي الأسفل بأن القيود على الري ستستمر حتى شهر أكتوبر على الأقل.",
    "وقال متحدث باسم الهيئة إنها ستنشر خطة كاملة لمواجهة الجفاف قبل نهاية الشهر الجاري.",
]


@pytest.mark.parametrize(
    ("lines", "heading"),
    [
        ([*SECTIONS, "Readers' letters", "Buses", P1, P2, P3, *FOOTER], "Buses"),
        ([*SECTIONS, "Your letters today", "Water bills", P1, P2, P3, *FOOTER], "Water bills"),
        ([*RUBRIKEN, "Leserbriefe", "Dürre", *LETTER_DE, *FOOTER], "Dürre"),
        # a salutation ends with a comma, in Arabic script too: no menu's label
        ([*ABWAB, "بريد القراء", "عزيزي المحرر،", *LETTER_AR, *FOOTER], "عزيزي المحرر،"),
    ],
)
def test_a_subheading_under_a_short_page_title_does_not_join_the_menu(lines: list[str], heading: str) -> None:
    # The run of labels takes in the short title; the line right above the text's first
    # paragraph heads the article, not a menu.
    result = Pipeline().clean_text("\n\n".join(lines))
    paragraphs = list(result.paragraphs)
    assert paragraphs[0] == heading
    assert paragraphs[1 : 1 + 3] == lines[-len(FOOTER) - 3 : -len(FOOTER)]
    assert any(r.rule == "boilerplate.menu" for r in result.removed)


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # the header lifts a headline between the menu and the article: all the labels go
        ([*SECTIONS, "River authority rations water for the farms of the valley", P1, P2, P3], [P1, P2, P3]),
        # labels between two paragraphs: a menu inside the page, all of it
        ([P1, *SECTIONS, P2, P3, P4], [P1, P2, P3, P4]),
        # post details under the headline the header lifted: the labels below it are the menu's too
        (
            [*SECTIONS, "Drought in the valley", "by", "Staff writer", "in Uncategorized", P1, P2, P3],
            [P1, P2, P3],
        ),
    ],
)
def test_a_menu_run_above_or_inside_the_article_still_goes(lines: list[str], kept: list[str]) -> None:
    result = Pipeline().clean_text("\n\n".join([*lines, *FOOTER]))
    assert list(result.paragraphs) == kept


# A fact box below the article in a whole page laid out as text: a subheading, then "Label: value"
# lines of names (a cabinet, a cast, jersey holders), then the article's last sentence or the footer.
PAGE_CHROME = {
    "en": (
        "Home\nNews\nPolitics\nCulture\nSign in",
        "About us\nPrivacy policy\nContact\n© 2026 Westbridge Courier",
    ),
    "it": (
        "Home\nPolitica\nEconomia\nSport\nCultura\nAccedi",
        "Note legali\nPrivacy\nContatti\n© 2026 Gazzetta di Valle",
    ),
    "nl": (
        "Home\nBinnenland\nEconomie\nSport\nCultuur\nInloggen",
        "Colofon\nPrivacy\nContact\n© 2026 Dagblad van het Noorden",
    ),
    "zh": ("首页\n时政\n财经\n体育\n文化\n登录", "关于我们\n隐私政策\n联系我们\n© 2026 南方日报社"),
    "de": (
        "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nAnmelden",
        "Impressum\nDatenschutz\nKontakt\n© 2026 Nordsee Zeitung",
    ),
}
FACT_BOXES = {
    "cabinet": (
        "en",
        "Prime minister reshuffles her cabinet",
        [
            "The prime minister reshuffled her cabinet on Tuesday, moving six ministers and bringing three"
            " newcomers into government.",
            "Opposition leaders called the changes cosmetic and said the government had run out of ideas"
            " after two years in office.",
        ],
        [
            "The new cabinet",
            "Finance: Rachel Moore",
            "Interior: David Okoye",
            "Foreign affairs: Helen Park",
            "Health: Samuel Grant",
            "Education: Laura Fitzgerald",
        ],
        "The new ministers will be sworn in on Friday.",
    ),
    "cast": (
        "it",
        "Tosca apre la stagione del comunale",
        [
            "La nuova Tosca ha aperto la stagione del teatro comunale tra gli applausi di un pubblico che ha"
            " riempito la sala fino all'ultimo posto.",
            "Il sovrintendente ha ringraziato gli sponsor e ha annunciato che il teatro resterà aperto anche"
            " nei mesi estivi.",
        ],
        [
            "Il cast",
            "Direttore: Riccardo Bellini",
            "Regia: Paola Conti",
            "Tosca: Anna Ferrante",
            "Cavaradossi: Marco Lenzi",
            "Scarpia: Luca Moretti",
        ],
        "Le repliche proseguono fino al 20 dicembre.",
    ),
}


@pytest.mark.parametrize("closing", [True, False], ids=["closing sentence", "footer below"])
@pytest.mark.parametrize("name", list(FACT_BOXES))
def test_in_the_default_chain_a_fact_box_under_the_article_stays(name: str, closing: bool) -> None:
    language, title, paragraphs, box, last = FACT_BOXES[name]
    menu, footer = PAGE_CHROME[language]
    article = [*paragraphs, *box, *([last] if closing else [])]
    body = Pipeline().clean_text("\n\n".join([menu, title, *article, footer])).body
    for line in article:
        assert line in body, line
    assert footer.splitlines()[-1] not in body


# A short sentence under a link to another story or a credit, then a fact box (or the footer alone).
CYCLING = [
    "Tom Aldridge won the ninth stage of the tour in a sprint finish, holding off two riders who had"
    " attacked on the final climb.",
    "Read more: Who can still win the tour?",
    "The race resumes on Tuesday.",
    "Jersey holders",
    "Yellow: Tom Aldridge",
    "Green: Pieter de Wit",
    "Polka dot: Luca Ferri",
    "White: Jonas Berg",
]
FINAL = [
    "De Leeuwen hebben de finale van het landskampioenschap gewonnen na een spannende wedstrijd die pas in"
    " de laatste minuut werd beslist.",
    "Foto: Pieter Jansen/ANP",
    "Er waren 12.000 toeschouwers.",
    "De opstellingen",
    "Doel: Van Dijk",
    "Verdediging: Bakker, Visser, Smit",
    "Middenveld: Mulder, De Boer, Meijer",
    "Aanval: Bos, Vos",
]
FOOTER_PAGES = "\n".join([*FOOTER, "Newsletters", "Podcasts", "© 2026 Harbour Post"])


@pytest.mark.parametrize(
    ("language", "lines", "footer"),
    [
        ("en", CYCLING, None),
        ("nl", FINAL, None),
        ("en", CYCLING[:3], FOOTER_PAGES),  # no box: a long footer right below
        ("nl", [FINAL[0], "Lees ook: De stand in de eredivisie", FINAL[2]], FOOTER_PAGES),
    ],
    ids=["en box", "nl box", "en footer", "nl footer"],
)
def test_in_the_default_chain_a_sentence_under_a_link_or_credit_is_the_article_s(
    language: str, lines: list[str], footer: str | None
) -> None:
    menu, short_footer = PAGE_CHROME[language]
    title = "Aldridge wins the ninth stage" if language == "en" else "Leeuwen winnen de landstitel"
    page = [menu, title, *lines, footer or short_footer]
    body = Pipeline().clean_text("\n\n".join(page)).body
    for line in [lines[0], *lines[2:]]:
        assert line in body, line
    assert "About us" not in body


# A report's last paragraph below a link to another story and a line-up: no teaser cut off by furniture.
LINE_UP_REPORTS = {
    "en": (
        "Rovers stun the leaders with a late winner",
        [
            "Rovers came from a goal down to beat the league leaders 2-1 on Saturday, with a header from Sam"
            " Okafor in the last minute of stoppage time.",
            "The visitors' manager was furious about the winning goal. \"It was a clear foul on our"
            ' goalkeeper, everybody in the ground saw it," he said.',
        ],
        "Read more: The league table after Saturday's games",
        [
            "Teams",
            "Rovers: Walsh",
            "Defence: Brennan, Okafor, Lindqvist, Maher",
            "Midfield: Costa, Pryce, Adebayo, Hale",
            "Attack: Doyle, Mensah",
            "Referee: Karen Tully",
            "Booked: Pryce, Maher",
        ],
        "Rovers travel to Eastport on Wednesday evening, while the leaders host Millbrook on Saturday"
        " afternoon.",
    ),
    "it": (
        "Il Torino batte la Lazio nel recupero",
        [
            "Il Torino ha battuto la Lazio per 2 a 1 allo stadio Olimpico Grande Torino, con un colpo di"
            " testa di Ricci arrivato al novantesimo minuto.",
            "L'allenatore della Lazio ha protestato a lungo per il gol decisivo: \"Era un fallo evidente sul"
            ' nostro portiere, lo hanno visto tutti", ha detto.',
            "La Lazio resta quinta e perde terreno nella corsa alla zona europea.",
        ],
        "Leggi anche: La classifica di Serie A dopo la giornata",
        [
            "Le formazioni",
            "Torino: Milinković",
            "Difesa: Walukiewicz, Coco, Masina",
            "Centrocampo: Lazaro, Ricci, Ilić, Vojvoda",
            "Attacco: Adams, Zapata",
            "Arbitro: Daniele Chiffi",
            "Ammoniti: Ricci, Guendouzi, Romagnoli",
        ],
        "Il Torino tornerà in campo sabato a Bergamo. La Lazio ospiterà il Genoa.",
    ),
}


@pytest.mark.parametrize("page", [False, True], ids=["article", "page"])
@pytest.mark.parametrize("language", list(LINE_UP_REPORTS))
def test_in_the_default_chain_the_paragraph_below_a_line_up_is_no_teaser(language: str, page: bool) -> None:
    title, paragraphs, link, box, last = LINE_UP_REPORTS[language]
    article = [title, *paragraphs, link, *box, last]
    menu, footer = PAGE_CHROME[language]
    body = Pipeline().clean_text("\n\n".join([menu, *article, footer] if page else article)).body
    for line in [*paragraphs, *box, last]:
        assert line in body, line


def test_in_the_default_chain_a_line_up_without_a_subheading_stays_above_the_next_paragraph() -> None:
    # Positions in Latin capitals before the names, in a script without spaces: no colon needed.
    menu, footer = PAGE_CHROME["zh"]
    report = [
        "国家队25日在主场以二比一逆转战胜对手，下半场替补登场的张玉宁打入制胜球。",
        "主教练赛后表示：“球员们坚持到了最后一分钟，这场胜利对下一场比赛很重要。”",
        "GK 颜骏凌",
        "DF 朱辰杰、蒋光太、刘洋",
        "MF 吴曦、徐新、谢鹏飞",
        "FW 武磊、张玉宁",
    ]
    page = [
        menu,
        "国家队主场逆转取胜",
        *report,
        "相关阅读：世预赛积分榜",
        "下一场",
        "国家队将于28日客场挑战日本队。",
        footer,
    ]
    body = Pipeline().clean_text("\n\n".join(page)).body
    for line in [*report, "国家队将于28日客场挑战日本队。"]:
        assert line in body, line


# A footer's "Label: value" lines still go: below its links, right below the article with no
# subheading and nothing of the article after them, or below the share buttons under it.
FOOTER_FIELDS = {
    "en": ["Editor: Jane Smith", "Publisher: Harbour Media", "Follow us: Facebook, Twitter, Instagram"],
    "de": [
        "Herausgeber: Max Mustermann",
        "Redaktion: Anna Schmidt, Peter Weber",
        "Chefredaktion: Julia Brandt",
    ],
}
GERMAN = [
    "Der Wasserverband teilte am Donnerstag mit, dass die Pegel die dritte Woche in Folge gesunken seien.",
    "Landwirte im unteren Tal sollen sich bis Oktober auf Einschränkungen bei der Bewässerung einstellen.",
    "Ein Sprecher sagte, der Verband werde bis Ende des Monats einen vollständigen Dürreplan vorlegen.",
]
GERMAN_FOOTER = """Über uns
Karriere
Anzeigen
Datenschutz
Nutzungsbedingungen
Barrierefreiheit
Sitemap
Hilfe
Regionalausgaben
Newsletter"""
SHARE = {
    "en": "Share on Facebook\nShare on X\nCopy link",
    "de": "Teilen auf Facebook\nTeilen auf X\nLink kopieren",
}


@pytest.mark.parametrize("where", ["below the links", "under the article", "under the share buttons"])
@pytest.mark.parametrize("language", list(FOOTER_FIELDS))
def test_in_the_default_chain_a_footer_s_fields_still_go(language: str, where: str) -> None:
    fields = FOOTER_FIELDS[language]
    menu = PAGE_CHROME[language][0]
    article, footer = ([P1, P2, P3], "\n".join(FOOTER)) if language == "en" else (GERMAN, GERMAN_FOOTER)
    if where == "below the links":
        below = [footer, "Harbour Post", *fields]
    elif where == "under the article":
        below = [*fields, footer]
    else:
        below = [SHARE[language], "Harbour Post", *fields, footer]
    body = Pipeline().clean_text("\n\n".join([menu, *article, *below])).body
    assert all(line in body for line in article)
    for line in fields:
        assert line not in body, line


@pytest.mark.parametrize(
    ("category", "kept"),
    [
        (Category.RELATED, True),  # a link to another story, which the article carries in its body
        (Category.PUBLISHER, True),  # a credit
        (Category.SOCIAL, False),  # share buttons below the article: the footer's blurb goes
        (Category.NEWSLETTER, False),
    ],
)
def test_a_sentence_right_under_a_line_the_article_carries_is_no_footer_s_blurb(
    category: Category, kept: bool
) -> None:
    above = "Taken line above the blurb"
    lines = [P1, P2, P3, above, BLURBS[0], *FOOTER]
    chain = [_Takes([above], category), Boilerplate(HAND_RULES)]
    result = Pipeline(cleaners=chain).clean_text("\n".join(lines))
    assert (BLURBS[0] in result.paragraphs) is kept
    assert list(result.paragraphs)[:3] == [P1, P2, P3]
    assert not any(label in result.paragraphs for label in FOOTER)


# A list of names under the article's own heading, between two of its paragraphs.
HEADED_LISTS = {
    "en": (
        "Schools closed by the heatwave",
        ["- Ashford", "- Bexley", "- Croydon", "- Dartford", "- Epsom", "- Fareham", "- Gosport"],
    ),
    "pl": (
        "Gminy objęte alarmem",
        ["- Kłodzko", "- Nysa", "- Głuchołazy", "- Lądek-Zdrój", "- Stronie Śląskie", "- Paczków"],
    ),
    "ka": (
        "დაზარალებული სოფლები",
        ["- ხონი", "- ვანი", "- ბაღდათი", "- თერჯოლა", "- სამტრედია", "- წყალტუბო"],
    ),
}


@pytest.mark.parametrize("lang", sorted(HEADED_LISTS))
def test_a_list_under_its_heading_between_two_paragraphs_is_no_menu(lang: str) -> None:
    heading, items = HEADED_LISTS[lang]
    lines = [P1, heading, "\n".join(items), P2, P3]
    result = Pipeline().clean_text("\n\n".join(lines))
    assert heading in result.paragraphs
    assert all(item in result.body for item in items)
    assert not any(r.rule == "boilerplate.menu" for r in result.removed)


@pytest.mark.parametrize(
    "lines",
    [
        # a bulleted run under a heading, with no paragraph right under it
        [P1, "Sections", "\n".join(f"- {s}" for s in SECTIONS), *SECTIONS[:2], P2, P3, P4],
    ],
)
def test_menu_labels_between_paragraphs_still_go(lines: list[str]) -> None:
    result = Pipeline().clean_text("\n\n".join(lines))
    assert not any(s in result.body for s in SECTIONS)
    assert all(p in result.paragraphs for p in (P1, P2, P3, P4))
