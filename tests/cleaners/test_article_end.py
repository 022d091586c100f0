"""The article's end: the kept lines after a late comment, sharing or sign-up line go; earlier ones stay."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from newsclean import Pipeline
from newsclean.cleaners.article_end import ArticleEnd
from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.guard import ExtractedGuard
from newsclean.config import Config
from newsclean.model import Category, Metadata

ARTICLE = [
    "The harbour authority approved a second ferry terminal on the east bank on Thursday, officials said.",
    "The terminal will take four vessels at once and is due to open in the spring of 2028.",
    "Residents had objected to the noise of night crossings during a consultation last year.",
    "The authority said the crossings would stop at midnight and resume at five in the morning.",
]
# What a page prints below an article: a card of another story, a commenter's name and words.
TAIL = [
    "Bridge tolls rise again",
    "The toll on the old bridge goes up by a tenth in January, the third rise in two years.",
    "Marta K.",
    "I live by the east bank and the night crossings have kept the whole street awake for months.",
]


class Closing(Cleaner):
    """Test cleaner: removes the lines that start with ``>>`` under the given category."""

    name = "closing"

    def __init__(self, category: Category) -> None:
        self.category = category

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        hits = tuple(s.index for s in doc.segments if s.text.startswith(">>"))
        return [Verdict(hits, "A closing line.")] if hits else []


def clean(lines: list[str], category: Category = Category.SOCIAL) -> tuple[list[str], list[tuple[str, ...]]]:
    """The kept paragraphs, and the article end's removals as (cleaner, rule, category)."""
    result = Pipeline(cleaners=[Closing(category), ArticleEnd()]).clean_text("\n\n".join(lines))
    ends = [r for r in result.removed if r.cleaner == "article_end"]
    return list(result.paragraphs), [(r.cleaner, r.rule or "", r.category.value) for r in ends]


@pytest.mark.parametrize(
    ("category", "lent"),
    [
        (Category.SOCIAL, "site_chrome"),
        (Category.NEWSLETTER, "site_chrome"),
        (Category.TAGS, "site_chrome"),
        (Category.COOKIE, "site_chrome"),
        (Category.METADATA, "site_chrome"),
        (Category.COMMENTS, "comments"),
        (Category.PAYWALL, "site_chrome"),
        (Category.PUBLISHER, "site_chrome"),
    ],
)
def test_what_follows_a_late_closing_line_goes(category: Category, lent: str) -> None:
    kept, removed = clean([*ARTICLE, ">> share this story with friends", *TAIL], category)
    assert kept == ARTICLE
    assert removed == [("article_end", f"article_end.{category}", lent)]


def test_a_closing_line_in_the_first_half_cuts_nothing() -> None:
    kept, removed = clean([ARTICLE[0], ">> share this story with friends", *ARTICLE[1:]])
    assert kept == ARTICLE and removed == []


def test_a_bare_label_is_no_closing_line() -> None:
    # "Share" alone floats beside the article as often as below it.
    kept, removed = clean([*ARTICLE, ">> Share", *TAIL])
    assert kept == [*ARTICLE, *TAIL] and removed == []


@pytest.mark.parametrize("category", [Category.ADVERTISEMENT, Category.CAPTION])
def test_other_removals_close_nothing(category: Category) -> None:
    kept, removed = clean([*ARTICLE, ">> more about this from our team", *TAIL], category)
    assert kept == [*ARTICLE, *TAIL] and removed == []


@pytest.mark.parametrize("box", [Category.NEWSLETTER, Category.RELATED, Category.PAYWALL, Category.PUBLISHER])
def test_paragraphs_after_a_sign_up_box_are_the_article_going_on(box: Category) -> None:
    more = [
        "Work on the access road starts in the autumn, and the old car park will close for good in May.",
        "The operator expects the new route to carry about a million passengers in its first full year.",
    ]
    lines = [*ARTICLE, ">> get our weekly transport newsletter", "Building the road", *more]
    kept, removed = clean(lines, box)
    assert kept == [*ARTICLE, "Building the road", *more] and removed == []
    # A row of share buttons in the same place still ends the article.
    kept, removed = clean(lines, Category.SOCIAL)
    assert kept == ARTICLE and removed == [("article_end", "article_end.social", "site_chrome")]


@pytest.mark.parametrize("box", [Category.NEWSLETTER, Category.PUBLISHER])
def test_two_blurbs_with_another_box_between_them_are_no_article_going_on(box: Category) -> None:
    # A sign-up pitch, then the page's related list and an "About us" blurb: each a paragraph,
    # but with a removed box between them they are the page's tail, not the article's paragraphs.
    pitch = "Stay in the loop on everything happening on the coast with our newsletters on food and travel."
    about = "The Harbour Post is a weekly magazine serving the east bank and the towns along the estuary."
    lines = [*ARTICLE, ">> get our weekly transport newsletter", pitch, ">> More from the harbour", about]
    kept, removed = clean(lines, box)
    assert kept == ARTICLE
    assert set(removed) == {("article_end", f"article_end.{box}", "site_chrome")}


def test_in_the_default_chain_the_comment_thread_below_a_share_row_goes() -> None:
    lines = [*ARTICLE, "Share this article on Facebook", *TAIL]
    result = Pipeline().clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == ARTICLE
    assert {r.rule for r in result.removed if r.cleaner == "article_end"} == {"article_end.social"}


def test_questions_and_answers_after_a_sign_up_box_are_the_articles_faq() -> None:
    faq = [
        "FAQ",
        "When does the new terminal open?",
        "The authority expects the first crossings from the east bank in the spring of 2028.",
        "Will the night crossings stop?",
        "Yes. No ferry will leave either bank between midnight and five in the morning once it opens.",
    ]
    kept, removed = clean([*ARTICLE, ">> get our weekly transport newsletter", *faq], Category.NEWSLETTER)
    assert kept == [*ARTICLE, *faq] and removed == []


def test_many_sign_up_lines_are_judged_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.cleaners import article_end

    calls = 0
    real = article_end.is_paragraph

    def counted(doc: Document, index: int) -> bool:
        nonlocal calls
        calls += 1
        return real(doc, index)

    monkeypatch.setattr(article_end, "is_paragraph", counted)
    n = 400
    # Only the last two paragraphs show the article going on after each box: the judge must not
    # scan the rest of the text once per box.
    boxes = [f">> sign-up box number {k}" if k % 2 else f"Card {k}" for k in range(2 * n)]
    kept, removed = clean([*ARTICLE * n, *boxes, *ARTICLE[:2]], Category.NEWSLETTER)
    assert removed == [] and len(kept) == 5 * n + 2
    # Each kept line is looked at a bounded number of times, however many sign-up lines there are.
    assert calls <= 2 * len(kept)


def test_a_list_of_other_stories_closes_the_article_but_one_link_does_not() -> None:
    kept, removed = clean(
        [*ARTICLE, ">> Ferry fares frozen for winter", ">> New pier opens early", *TAIL], Category.RELATED
    )
    assert kept == ARTICLE and removed == [("article_end", "article_end.related", "site_chrome")]
    kept, removed = clean([*ARTICLE, ">> Ferry fares frozen for winter", *TAIL], Category.RELATED)
    assert kept == [*ARTICLE, *TAIL] and removed == []


# Articles in four languages: three paragraphs, a "Read also" label, the story it names, the last
# paragraph; the heading of a box of related stories in the same language, and another story.
READ_ALSO = [
    (
        [
            "The government announced on Tuesday a three percent rise in the minimum wage from January, a "
            "measure unions had demanded for months because of rising prices.",
            "According to the labour ministry, about two million workers will benefit from the increase, "
            "which will cost companies around one billion euros in the first year.",
            "Employers criticised a decision taken without dialogue, and said smaller firms would struggle.",
        ],
        ("Read also", "Food inflation falls for the third month in a row", "Related articles"),
        "Petrol prices climb for the fifth week in a row",
        "Unions said the rise was not enough given food inflation and promised to keep up the pressure.",
    ),
    (
        [
            "Le gouvernement a annoncé mardi une hausse de trois pour cent du salaire minimum à partir du "
            "mois de janvier, une mesure attendue depuis longtemps par les syndicats.",
            "Selon le ministre du Travail, environ deux millions de salariés seront concernés par cette "
            "revalorisation, qui coûtera près d'un milliard d'euros aux entreprises.",
            "Les organisations patronales ont dénoncé une décision prise sans concertation avec elles.",
        ],
        ("À lire aussi", "Les prix alimentaires reculent pour le troisième mois", "Articles liés"),
        "Le prix de l'essence augmente pour la cinquième semaine",
        "Les syndicats jugent la hausse insuffisante au regard de l'augmentation des prix alimentaires.",
    ),
    (
        [
            "O governo anunciou na terça-feira um aumento de três por cento do salário mínimo a partir de "
            "janeiro, uma medida que os sindicatos pediam há meses.",
            "Segundo o ministério do Trabalho, cerca de dois milhões de trabalhadores vão beneficiar do "
            "aumento, que custará às empresas cerca de mil milhões de euros.",
            "As confederações patronais criticaram uma decisão tomada sem diálogo com os parceiros sociais.",
        ],
        ("Leia também", "Inflação dos alimentos recua pelo terceiro mês seguido", "Notícias relacionadas"),
        "Preço da gasolina sobe pela quinta semana seguida",
        "Os sindicatos consideram o aumento insuficiente face à subida dos preços dos alimentos.",
    ),
    (
        [
            "Il governo ha annunciato martedì un aumento del tre per cento del salario minimo a partire da "
            "gennaio, una misura che i sindacati chiedevano da mesi.",
            "Secondo il ministero del Lavoro, circa due milioni di lavoratori beneficeranno dell'aumento, "
            "che costerà alle imprese circa un miliardo di euro.",
            "Le associazioni degli imprenditori hanno criticato una decisione presa senza alcun dialogo.",
        ],
        ("Leggi anche", "L'inflazione alimentare cala per il terzo mese consecutivo", "Articoli correlati"),
        "Il prezzo della benzina sale per la quinta settimana di fila",
        "I sindacati giudicano l'aumento insufficiente rispetto alla crescita dei prezzi alimentari.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "box", "other", "last"), READ_ALSO, ids=["en", "fr", "pt", "it"])
def test_a_read_also_link_above_the_last_paragraph_does_not_close_the_article(
    paragraphs: list[str], box: tuple[str, str, str], other: str, last: str
) -> None:
    # One story under an inline label is a link inside the article, not a list below it.
    label, story, heading = box
    result = Pipeline().clean_text("\n\n".join([*paragraphs, label, story, last]))
    assert list(result.paragraphs) == [*paragraphs, last]
    # Under a box's heading, two stories and the paragraph are a list and the page's tail.
    boxed = Pipeline().clean_text("\n\n".join([*paragraphs, heading, story, other, last]))
    assert list(boxed.paragraphs) == paragraphs


@pytest.mark.parametrize("heading", ["Most read", "Relaterade artiklar", "Aiheeseen liittyvät"])
def test_stories_under_a_box_heading_a_phrase_rule_took_close_the_article(heading: str) -> None:
    # The phrase rule takes the heading, the related cleaner the stories under it: a list below
    # the article, whose tail (a teaser's blurb, a reader's name and comment) goes too.
    lines = [*ARTICLE, heading, "Ferry fares frozen for winter", "New pier opens on the east bank", *TAIL[1:]]
    result = Pipeline().clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == ARTICLE
    assert result.removed[0].rule is not None and result.removed[0].rule.startswith("site_chrome.")


MORE = [
    "Work on the access road starts in the autumn, and the old car park will close for good in May.",
    "The operator expects the new route to carry about a million passengers in its first full year.",
]


def test_in_extracted_text_paragraphs_that_go_on_stay_past_a_share_row() -> None:
    lines = [*ARTICLE, ">> share this story with friends", *MORE]
    pipeline = Pipeline(cleaners=[Closing(Category.SOCIAL), ArticleEnd()])
    extracted = pipeline.clean_text("\n\n".join(lines), page=Metadata(title="Second ferry terminal approved"))
    assert list(extracted.paragraphs) == [*ARTICLE, *MORE]
    # On a page flattened to text, a share row that late is the article's end.
    assert list(pipeline.clean_text("\n\n".join(lines)).paragraphs) == ARTICLE


@pytest.mark.parametrize(("share", "undone"), [(0.2, False), (0.04, True)])
def test_the_extracted_text_guard_does_not_count_the_page_below_the_end(share: float, undone: bool) -> None:
    # The closing line is about 5% of the text and the tail about 35%: the guard weighs only the 5%,
    # and when that alone is too much it undoes the tail's removal with it.
    lines = [*ARTICLE, ">> share this story with friends", *TAIL]
    members = [Closing(Category.SOCIAL), ArticleEnd(), ExtractedGuard()]
    pipeline = Pipeline(Config(html_guard_share=share), cleaners=members)
    result = pipeline.clean_text("\n\n".join(lines), page=Metadata(title="Second ferry terminal approved"))
    assert list(result.paragraphs) == (lines if undone else ARTICLE)
    assert result.stats.guarded == (("article_end", "closing") if undone else ())


def test_in_the_default_chain_the_footer_below_a_copyright_line_goes() -> None:
    # A page's footer under its copyright line: the operator's legal names and a disclaimer, in
    # sentences the phrase rules do not know. Under a table's copyright, the article goes on.
    legal = [
        "Harbour Ferries Ltd is a subsidiary of Coastal Holdings, registered in England and Wales.",
        "Fares and timetables are subject to change without notice.",
    ]
    copyright_line = "© 2025 Harbour Ferries Ltd. All rights reserved."
    result = Pipeline().clean_text("\n\n".join([*ARTICLE, copyright_line, *legal]))
    assert list(result.paragraphs) == ARTICLE
    assert [r.rule for r in result.removed][-1] == "article_end.publisher"
    more = [
        "Work on the access road starts in the autumn, and the old car park will close for good in May.",
        "The operator expects the new route to carry about a million passengers in its first full year.",
    ]
    result = Pipeline().clean_text("\n\n".join([*ARTICLE, copyright_line, *more]))
    assert list(result.paragraphs) == [*ARTICLE, *more]


SOURCES = [
    "Sources",
    "1. Harbour Authority. “Annual traffic report,” March 2025.",
    "2. Port of Kiel, timetable archive, https://example.org/timetables",
    "• Estuary Trust (2019), Night crossings and noise.",
]


LONGER = [
    *ARTICLE,
    "The operator expects the new route to carry about a million passengers in its first year.",
]


@pytest.mark.parametrize(
    "heading", ["Sources", "References:", "Article Sources", "Works Cited", "Quellen", "Zdroje", "Fontes"]
)
def test_what_follows_the_articles_list_of_sources_goes(heading: str) -> None:
    # The list stays with the article; the author box and the page's links below it go.
    sources = [heading, *SOURCES[1:]]
    kept, removed = clean([*LONGER, *sources, *TAIL])
    assert kept == [*LONGER, *sources]
    assert removed == [("article_end", "article_end.sources", "site_chrome")]


@pytest.mark.parametrize(
    "lines",
    [
        # a list of sources in the text's first half: the article goes on below it
        [ARTICLE[0], *SOURCES, *ARTICLE[1:]],
        # a heading over no citation: a section called "Sources" of the article's own
        [*LONGER, "Sources", *TAIL],
        # the list closes the text: nothing follows to cut
        [*LONGER, *SOURCES],
        # a longer line naming sources is no heading
        [*LONGER, "Sources close to the harbour authority", *SOURCES[1:], *TAIL],
    ],
)
def test_a_list_of_sources_cuts_nothing_else(lines: list[str]) -> None:
    kept, removed = clean(lines)
    assert kept == lines and removed == []


LONGER = [
    *ARTICLE,
    "Ferry operators welcomed the decision and said they would add two boats to the morning timetable.",
    "The council will publish the final plans for the terminal and its car park before the end of June.",
]
# A readers' thread longer than the story it discusses.
THREAD = [f"{name}: {line}" for name in ("Marta K.", "Jon P.", "Ines R.", "Tom B.") for line in TAIL[1::2]]


def test_a_comment_section_s_notice_closes_the_article_though_its_thread_outgrows_it() -> None:
    notice = ">> Comments are the readers' own opinions and abusive ones will be removed."
    kept, removed = clean([*LONGER, notice, *THREAD, *THREAD], Category.COMMENTS)
    assert kept == LONGER
    assert removed == [("article_end", "article_end.comments", "comments")]


@pytest.mark.parametrize(
    "lines",
    [
        # under the first paragraph: a story of some length must come first
        [
            LONGER[0],
            ">> Comments are the readers' own opinions and abusive ones will be removed.",
            *LONGER[1:],
        ],
        # a count, not a notice
        [*LONGER, ">> 12 comments so far", *THREAD, *THREAD],
    ],
)
def test_a_comment_line_in_the_first_half_that_is_no_notice_or_tops_the_story_cuts_nothing(
    lines: list[str],
) -> None:
    kept, removed = clean(lines, Category.COMMENTS)
    assert kept == [line for line in lines if not line.startswith(">>")] and removed == []


def test_a_share_row_under_the_headline_of_a_whole_page_cuts_nothing() -> None:
    # A whole page laid out as text: teaser headlines above the story outweigh it in characters.
    teasers = [f"Harbour council weighs new rules for ferry operators number {n}" for n in range(14)]
    story = [*ARTICLE, *LONGER[4:]]
    kept, removed = clean([*teasers, "Ferry terminal approved", ">> Share on Facebook Tweet Share", *story])
    assert kept == [*teasers, "Ferry terminal approved", *story] and removed == []


def test_a_share_row_under_the_story_still_closes_it_though_a_thread_follows() -> None:
    thread = ["Marta K.", TAIL[3], "Jon P.", "Night crossings should stop at ten, not at midnight."]
    kept, removed = clean([*LONGER, ">> Share on Facebook Tweet Share", *thread])
    assert kept == LONGER and removed == [("article_end", "article_end.social", "site_chrome")]


@pytest.mark.parametrize(
    "dateline",
    [
        "Updated March 12, 2024, 2:35 PM",
        "Обновлено 12 марта 2024, 14:35",
        "Aktualisiert am 12. März 2024, 14:35 Uhr",
    ],
)
def test_in_the_default_chain_a_dateline_between_paragraphs_cuts_nothing(dateline: str) -> None:
    # The header cleaner lifts the date; the story's update below it is still the story.
    result = Pipeline().clean_text("\n\n".join([*ARTICLE[:2], dateline, *ARTICLE[2:]]))
    assert list(result.paragraphs) == ARTICLE
    assert [r.text for r in result.removed] == [dateline]


# A wire story's update in short sentences: none of them has twelve words.
SHORT_UPDATE = [
    "Police closed the coast road after the landslide.",
    "No one was hurt, a spokeswoman said.",
    "The road will reopen on Monday.",
]


@pytest.mark.parametrize(
    "dateline",
    [
        "Last updated 09:40 GMT, 14 March 2024",
        "Mise à jour : 14/03/2024 09:40",
        "Обновлено: 14.03.2024, 09:40",
    ],
)
def test_an_update_in_short_sentences_below_a_dateline_stays(dateline: str) -> None:
    result = Pipeline().clean_text("\n\n".join([*ARTICLE[:3], dateline, *SHORT_UPDATE]))
    assert list(result.paragraphs) == [*ARTICLE[:3], *SHORT_UPDATE]
    # Below a teaser card's date, a headline among the lines marks the page's tail.
    tail = ["Police closed the coast road after the landslide.", "Storm season starts early", "Marta K."]
    result = Pipeline().clean_text("\n\n".join([*ARTICLE[:3], dateline, *tail]))
    assert list(result.paragraphs) == ARTICLE[:3]


# Three more paragraphs of the same story, one under the other.
GOES_ON = [
    "The opposition called the plan rushed and asked for a vote in the regional assembly before May.",
    "Shop owners on the quay fear that the building work will keep customers away for two summers.",
    "Work is due to begin in March, and the authority will report on its progress every three months.",
]


@pytest.mark.parametrize("category", [Category.SOCIAL, Category.TAGS, Category.COOKIE, Category.METADATA])
def test_a_closing_line_with_three_paragraphs_right_under_it_closes_nothing(category: Category) -> None:
    # A share row a page laid out as text puts mid-article: the story goes on below it.
    lines = [*ARTICLE, ">> share this story with friends", *GOES_ON]
    kept, removed = clean(lines, category)
    assert kept == [*ARTICLE, *GOES_ON] and removed == []


def test_two_paragraphs_or_a_short_line_between_them_are_no_story_going_on_under_a_share_row() -> None:
    for tail in (GOES_ON[:2], [GOES_ON[0], "Marta K.", *GOES_ON[1:]]):
        kept, removed = clean([*ARTICLE, ">> share this story with friends", *tail])
        assert kept == ARTICLE and removed == [("article_end", "article_end.social", "site_chrome")]


def test_a_comment_prompt_still_closes_the_article_over_paragraphs_a_thread_may_hold() -> None:
    kept, removed = clean([*ARTICLE, ">> Leave a comment below", *GOES_ON], Category.COMMENTS)
    assert kept == ARTICLE and removed == [("article_end", "article_end.comments", "comments")]


JA_STORY = [
    "政府は新たな経済対策を閣議決定し、総額は十兆円規模になる見通しだと発表した。対策には子育て世帯への給付金も含まれる。",
    "対策の柱は物価高への対応で、電気やガスの料金を抑える補助を来年の春まで続けることが盛り込まれた。",
    "首相は記者会見で、賃上げの流れを地方や中小企業にも広げたいと述べ、企業への支援策も説明した。",
    "一方で、財源の多くを国債の発行に頼ることになり、財政の悪化を心配する声も与党の中から出ている。",
    "野党は国会で集中審議を求める方針で、財源のあり方をめぐって論戦が激しくなりそうだと関係者は話している。",
    "政府は来年度から順次実施し、三年後に効果を検証するとしているが、専門家からは規模が大きすぎるとの声も出ている。",
    "経済団体は対策を歓迎しつつも、中長期の成長につながる投資をもっと重視するよう政府に求めている。",
]


@pytest.mark.parametrize(
    ("story", "share"),
    [([*ARTICLE, *GOES_ON], "Share this article on Facebook"), (JA_STORY, "この記事をシェアする")],
)
def test_in_the_default_chain_a_share_row_mid_story_on_a_page_laid_out_as_text_keeps_the_story(
    story: list[str], share: str
) -> None:
    result = Pipeline().clean_text("\n\n".join([*story[:4], share, *story[4:]]))
    assert list(result.paragraphs) == story
    assert [r.text for r in result.removed] == [share]


class Taking(Cleaner):
    """Test cleaner: removes the given lines under the given category."""

    name = "taking"

    def __init__(self, lines: Sequence[str], category: Category) -> None:
        self.lines = frozenset(lines)
        self.category = category

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        hits = tuple(s.index for s in doc.segments if s.text in self.lines)
        return [Verdict(hits, "A line of the given ones.")] if hits else []


@pytest.mark.parametrize("credit", ["Photo: Jane Doe / Reuters", "Foto: Anna Weber/dpa", "تصوير: محمد علي"])
def test_a_picture_credit_closes_nothing_whichever_cleaner_took_it(credit: str) -> None:
    # A table of source credits may claim a picture's credit ("تصوير" folds like the Urdu "تصویر").
    lines = [*ARTICLE, credit, *TAIL]
    result = Pipeline(cleaners=[Taking([credit], Category.PUBLISHER), ArticleEnd()]).clean_text(
        "\n\n".join(lines)
    )
    assert list(result.paragraphs) == [*ARTICLE, *TAIL]
    # A copyright line in the same place is the publisher's: it still closes the article.
    rights = "© The Harbour Post"
    result = Pipeline(cleaners=[Taking([rights], Category.PUBLISHER), ArticleEnd()]).clean_text(
        "\n\n".join([*ARTICLE, rights, *TAIL])
    )
    assert list(result.paragraphs) == ARTICLE


def test_in_the_default_chain_an_arabic_picture_credit_mid_story_cuts_nothing() -> None:
    story = [
        "القاهرة (رويترز) - أعلنت الحكومة المصرية، اليوم الثلاثاء، عن خطة جديدة لدعم الشباب "
        "العاطلين عن العمل في جميع المحافظات، تشمل قروضا ميسرة وبرامج تدريب.",
        "وقال رئيس الوزراء في مؤتمر صحفي إن الخطة تستهدف توفير مليون فرصة عمل خلال ثلاث سنوات، وإن التمويل "
        "سيأتي من الموازنة العامة ومن شركاء التنمية.",
        "رئيس الوزراء خلال المؤتمر الصحفي في القاهرة.",
        "تصوير: محمد علي",
        "ردود الفعل",
        "رحب اتحاد الصناعات بالخطة.",
        "متى تبدأ الخطة؟",
        "نبدأ التنفيذ في يناير المقبل في خمس محافظات.",
    ]
    result = Pipeline().clean_text("\n\n".join(story))
    assert list(result.paragraphs)[-4:] == story[-4:]
    assert not [r for r in result.removed if r.cleaner == "article_end"]


@pytest.mark.parametrize("credit", ["사진=박서연 기자", "사진 제공=부산시", "[사진=뉴시스]"])
def test_in_the_default_chain_a_korean_picture_credit_mid_story_cuts_nothing(credit: str) -> None:
    story = [
        "부산시가 내년부터 시내버스 요금을 동결하고 청소년 교통비를 지원하는 방안을 추진한다고 3일 밝혔다. "
        "시는 이를 위해 예산 120억 원을 편성할 계획이다.",
        "시 관계자는 고물가로 시민 부담이 커진 만큼 대중교통 이용을 늘리는 데 도움이 될 것이라고 말했다.",
        "버스 정류장에서 시민들이 버스를 기다리고 있다.",
        credit,
        "시민 반응",
        "시민들은 대체로 환영하는 분위기다. 한 직장인은 매달 교통비가 줄어 도움이 될 것 같다고 말했다.",
        "향후 일정",
        "시는 다음 달 시의회에 관련 조례 개정안을 제출하고, 상반기 중 시행할 예정이다.",
    ]
    result = Pipeline().clean_text("\n\n".join(story))
    assert list(result.paragraphs)[-4:] == story[-4:]
    assert credit not in result.body
    assert not [r for r in result.removed if r.cleaner == "article_end"]


@pytest.mark.parametrize(
    ("credit", "story"),
    [
        (
            "Kilde: Danmarks Statistik",
            [
                "Forbrugerpriserne steg med 1,9 procent i oktober, viser nye tal. Det er den laveste "
                "stigning siden foråret, og økonomerne havde ventet en smule mere.",
                "Især fødevarer og husleje trak priserne op, mens benzin blev billigere end sidste år.",
                "Udviklingen i priserne måned for måned.",
            ],
        ),
        (
            "ماخذ: وزارت خزانہ",
            [
                "حکومت نے رواں مالی سال کے پہلے چار ماہ میں ٹیکس وصولی کا ہدف پورا کر لیا ہے "
                "جس کے بعد ریونیو میں گزشتہ سال کے مقابلے میں بیس فیصد اضافہ ہوا۔",
                "ماہرین کا کہنا ہے کہ درآمدات میں اضافے سے کسٹمز ڈیوٹی کی وصولی بڑھی ہے۔",
                "ماہانہ ٹیکس وصولی کا گراف۔",
            ],
        ),
        (
            "ဓာတ်ပုံ – ကိုဇော်",
            [
                "ရန်ကုန်မြို့ရှိ ဈေးများတွင် ဆန်ဈေးနှုန်း ယခုလအတွင်း ဆယ်ရာခိုင်နှုန်းခန့် မြင့်တက်လာကြောင်း ကုန်သည်များက ပြောကြားသည်။",
                "စားသုံးသူများအနေဖြင့် ဝယ်ယူမှု လျော့နည်းလာသည်ဟု ဆိုသည်။",
                "ဈေးတန်းတစ်ခုတွင် ဆန်ရောင်းချနေပုံ။",
            ],
        ),
        (
            "ប្រភព៖ ក្រសួងកសិកម្ម",
            [
                "ការនាំចេញអង្ករបានកើនឡើងជាង ២០ ភាគរយ ក្នុងឆមាសទីមួយ បើធៀបនឹងរយៈពេលដូចគ្នាកាលពីឆ្នាំមុន។",
                "ទីផ្សារសំខាន់ៗរួមមានចិន និងសហភាពអឺរ៉ុប។",
                "តារាងការនាំចេញប្រចាំខែ។",
            ],
        ),
    ],
)
def test_a_source_line_under_a_chart_closes_nothing(credit: str, story: list[str]) -> None:
    # A chart's source, or a picture credit set off by a dash, taken as a publisher's credit line,
    # with one more paragraph of the story below it.
    last = {
        "Kilde: Danmarks Statistik": "Nationalbanken venter, at inflationen holder sig lav resten af året.",
        "ماخذ: وزارت خزانہ": "وزیر خزانہ نے کہا کہ دسمبر تک ہدف سے زیادہ وصولی متوقع ہے۔",
        "ဓာတ်ပုံ – ကိုဇော်": "လာမည့်လတွင် ဈေးနှုန်း တည်ငြိမ်လာမည်ဟု မျှော်လင့်ကြသည်။",
        "ប្រភព៖ ក្រសួងកសិកម្ម": "ក្រសួងរំពឹងថា ការនាំចេញនឹងបន្តកើនឡើងនៅឆមាសទីពីរ។",
    }[credit]
    lines = [*story, credit, last]
    result = Pipeline(cleaners=[Taking([credit], Category.PUBLISHER), ArticleEnd()]).clean_text(
        "\n\n".join(lines)
    )
    assert list(result.paragraphs) == [*story, last]
    # A wire service's longer closing notice in the same place still closes the article.
    notice = "This story was first published by the Harbour Post and is republished with permission."
    result = Pipeline(cleaners=[Taking([notice], Category.PUBLISHER), ArticleEnd()]).clean_text(
        "\n\n".join([*story, notice, last])
    )
    assert list(result.paragraphs) == story


def test_in_the_default_chain_a_source_line_mid_story_cuts_nothing() -> None:
    story = [
        "حکومت نے رواں مالی سال کے پہلے چار ماہ میں ٹیکس وصولی کا ہدف پورا کر لیا ہے جس کے بعد ریونیو میں "
        "گزشتہ سال کے مقابلے میں بیس فیصد اضافہ ہوا۔",
        "ماخذ: فیڈرل بورڈ آف ریونیو",
        "وزیر خزانہ نے کہا کہ دسمبر تک ہدف سے زیادہ وصولی متوقع ہے۔",
    ]
    result = Pipeline().clean_text("\n\n".join(story))
    assert story[-1] in result.body
    assert not [r for r in result.removed if r.cleaner == "article_end"]


# A correction under a sign-up box or a share row, as the story's own last line, in several
# languages and forms: a label with a colon or a dash, or the opening of the correction itself.
NOTES = [
    "Correction: An earlier version of this article gave the wrong opening year for the terminal.",
    "Clarification — The authority's figures include crossings by freight ferries as well.",
    "Editor's note: This story was updated to include the operator's response on Friday.",
    "An earlier version of this story misstated the number of berths at the terminal.",
    "Berichtigung: In der ersten Fassung hieß es, das Terminal werde 2027 eröffnet.",
    "Rectificatif : une version précédente indiquait que le terminal ouvrirait en 2027.",
    "Fe de errores: una versión anterior situaba la apertura de la terminal en 2027.",
    "In een eerdere versie van dit artikel stond dat de terminal in 2027 opengaat.",
    "Sprostowanie: we wcześniejszej wersji podaliśmy błędny rok otwarcia terminalu.",
    "Исправление: в первой версии статьи был указан неверный год открытия терминала.",
]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("category", [Category.NEWSLETTER, Category.SOCIAL])
def test_an_editors_note_under_a_closing_line_stays_and_what_follows_it_goes(
    note: str, category: Category
) -> None:
    kept, removed = clean([*ARTICLE, ">> Sign up for the Harbour Weekly newsletter", note, *TAIL], category)
    assert kept == [*ARTICLE, note]
    assert removed == [("article_end", f"article_end.{category}", "site_chrome")]


@pytest.mark.parametrize(
    "line",
    [
        # A label without its colon, a teaser that mentions a correction, a note that is no sentence.
        "Correction policy and how to report an error",
        "How an earlier version of the harbour plan was corrected by the council in 2019.",
        "Correction: Terminal opening date",
    ],
)
def test_lines_that_are_no_editors_note_are_cut_with_the_tail(line: str) -> None:
    kept, removed = clean(
        [*ARTICLE, ">> Sign up for the Harbour Weekly newsletter", line, *TAIL], Category.NEWSLETTER
    )
    assert kept == ARTICLE
    assert removed == [("article_end", "article_end.newsletter", "site_chrome")]


def test_in_the_default_chain_a_correction_below_a_newsletter_prompt_stays() -> None:
    story = [
        "LONDON — The government on Tuesday adopted a transport plan for the capital. "
        "The aim is to cut car traffic by a third by 2030.",
        "The opposition considers the plan rushed, and the retailers' association fears "
        "shoppers will move to out-of-town malls.",
        "Implementation begins in March, starting with new cycle lanes on the main roads into the centre.",
    ]
    correction = (
        "Correction: an earlier version of this article said the cycle lanes would be finished by 2027. "
        "The correct year is 2028."
    )
    prompt = "Sign up to our newsletter to stay up to date on the transport transition."
    result = Pipeline().clean_text("\n\n".join([*story, prompt, correction]))
    assert list(result.paragraphs) == [*story, correction]
    assert [r.category for r in result.removed] == [Category.NEWSLETTER]


# A box of one story under its heading, late in the article, then the article's last lines.
ONE_STORY_BOXES = {
    "en": (
        "Hospital opens new cancer ward after two years of building",
        [
            "The city hospital opened its new cancer ward on Monday, two years after building work began"
            " on the site of the old laundry.",
            "The ward has forty beds, two radiotherapy rooms and a day unit for patients on chemotherapy.",
            "Staff moved the first patients from the old wing over the weekend, the director said.",
        ],
        ["Related stories", "Nurses vote to accept the new pay offer"],
        [
            "A second ward for children is to open next year if the funding allows, but no date is set.",
            "Parking is free.",
        ],
    ),
    "es": (
        "El hospital abre una nueva planta de oncología",
        [
            "El hospital de la ciudad inauguró el lunes su nueva planta de oncología, dos años después del"
            " inicio de las obras en el solar de la antigua lavandería.",
            "La planta cuenta con cuarenta camas, dos salas de radioterapia y un hospital de día para los"
            " pacientes en tratamiento.",
            "Los primeros pacientes fueron trasladados desde el ala antigua durante el fin de semana.",
        ],
        ["Noticias relacionadas", "Las enfermeras aceptan la nueva oferta salarial"],
        ["Las visitas se permiten de diez de la mañana a ocho de la tarde."],
    ),
    "pl": (
        "Szpital otwiera nowy oddział onkologiczny",
        [
            "Szpital miejski otworzył w poniedziałek nowy oddział onkologiczny, dwa lata po rozpoczęciu"
            " budowy na terenie dawnej pralni.",
            "Oddział ma czterdzieści łóżek, dwie sale radioterapii i oddział dzienny dla pacjentów"
            " leczonych chemioterapią.",
            "Pierwszych pacjentów przeniesiono ze starego skrzydła szpitala w miniony weekend,"
            " poinformował dyrektor.",
        ],
        ["Powiązane artykuły", "Pielęgniarki przyjęły nową propozycję płacową"],
        [
            "Odwiedziny na nowym oddziale są możliwe codziennie od dziesiątej rano do ósmej wieczorem.",
            "Parking przy nowym wejściu jest bezpłatny przez pierwszą godzinę.",
        ],
    ),
}


@pytest.mark.parametrize("language", list(ONE_STORY_BOXES))
def test_a_box_of_one_story_late_in_the_article_does_not_close_it(language: str) -> None:
    title, paragraphs, box, last = ONE_STORY_BOXES[language]
    result = Pipeline().clean_text("\n\n".join([title, *paragraphs, *box, *last]))
    assert all(line in result.body for line in [*paragraphs, *last])
    assert all(line not in result.body for line in box)
    assert not any(r.cleaner == "article_end" for r in result.removed)


def test_a_box_of_two_stories_late_in_the_article_still_closes_it() -> None:
    title, paragraphs, (heading, story), last = ONE_STORY_BOXES["en"]
    lines = [title, *paragraphs, heading, story, "Ambulance waiting times fall for a third month", *last]
    result = Pipeline().clean_text("\n\n".join(lines))
    assert all(line not in result.body for line in last)


def test_a_box_of_one_story_with_a_blurb_under_it_still_closes_the_article() -> None:
    # Below the article, a card's title under the box's heading has its blurb under it.
    title, paragraphs, (heading, story), _ = ONE_STORY_BOXES["en"]
    blurb = "Our pick of the wards that changed how patients are treated."
    result = Pipeline().clean_text("\n\n".join([title, *paragraphs, heading, story, blurb]))
    assert blurb not in result.body


# A lone follow prompt inside the story: the story goes on below it in paragraphs, a short
# sentence or a subheading over its paragraph.
PROMPTS_IN_THE_STORY = {
    "en": (
        "Flood barrier for the old harbour approved",
        [
            "The regional council approved a flood barrier for the old harbour on Wednesday, after three"
            " winters in which the quay was under water.",
            "The barrier will close automatically when the tide rises more than two metres above normal,"
            " engineers told the meeting.",
            "Work is due to start in March and the project is expected to cost about 40 million euros.",
        ],
        "Join us on WhatsApp for breaking news from the coast",
        [
            "Fishermen's groups had asked for a gap in the barrier so that boats can leave in bad weather.",
            "Who pays",
            "Half of the cost will come from the national flood fund and the rest from the harbour's own"
            " budget, the council said.",
            "Traders were relieved.",
        ],
    ),
    "id": (
        "Tanggul laut pelabuhan lama disetujui",
        [
            "Dewan daerah menyetujui pembangunan tanggul laut untuk pelabuhan lama pada hari Rabu, setelah"
            " dermaga terendam air selama tiga musim hujan berturut-turut.",
            "Tanggul itu akan menutup secara otomatis ketika air pasang naik lebih dari dua meter di atas"
            " batas normal, kata para insinyur.",
            "Pekerjaan dijadwalkan dimulai pada bulan Maret dengan biaya sekitar 600 miliar rupiah.",
        ],
        "Ikuti kami di saluran WhatsApp untuk berita terbaru",
        [
            "Kelompok nelayan meminta celah pada tanggul agar kapal tetap bisa keluar saat cuaca buruk.",
            "Separuh biaya akan ditanggung dana penanggulangan banjir nasional dan sisanya dari anggaran"
            " pelabuhan sendiri, kata dewan.",
        ],
    ),
}


@pytest.mark.parametrize("language", list(PROMPTS_IN_THE_STORY))
def test_a_lone_follow_prompt_inside_the_story_does_not_close_it(language: str) -> None:
    title, paragraphs, prompt, rest = PROMPTS_IN_THE_STORY[language]
    result = Pipeline().clean_text("\n\n".join([title, *paragraphs, prompt, *rest]))
    assert prompt not in result.body
    assert all(line in result.body for line in [*paragraphs, *rest])


def test_a_social_block_late_in_the_article_still_closes_it() -> None:
    # Several share and follow lines, then a card's title and blurb and an author's name.
    title, paragraphs, prompt, _ = PROMPTS_IN_THE_STORY["en"]
    tail = [
        "Harbour master retires after thirty years",
        "The longest-serving harbour master on the coast steps down in the spring, and a successor is named.",
        "Anna Lind",
    ]
    lines = [title, *paragraphs, "Share this article", prompt, *tail]
    assert all(line not in Pipeline().clean_text("\n\n".join(lines)).body for line in tail)
    # One prompt with cards under it: titles, each over its blurb, are no story going on.
    cards = [
        *tail[:2],
        "Ferry fares frozen for the winter",
        "Fares on all routes stay at this year's level until April, the operator said.",
    ]
    lines = [title, *paragraphs, prompt, *cards]
    assert all(line not in Pipeline().clean_text("\n\n".join(lines)).body for line in cards)


THAI_STORY = [
    "กรุงเทพมหานครเปิดเส้นทางจักรยานสายใหม่ริมคลองผดุงกรุงเกษมเมื่อวันจันทร์ ระยะทางรวมกว่าสิบกิโลเมตร "
    "เชื่อมต่อสถานีรถไฟฟ้าสามแห่งและตลาดสำคัญในย่านเมืองเก่า",
    "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า เส้นทางนี้จะช่วยลดการใช้รถยนต์ในระยะสั้น และจะมีการติดตั้งไฟส่องสว่างเพิ่มเติมภายในสิ้นปีนี้",
]


@pytest.mark.parametrize(
    ("below", "closes"),
    [
        # another story's headline, no longer than the first: the box is the page's, below the article
        (["ชาวบ้านร้องเรียนทางเท้าชำรุด - เขตเร่งซ่อมภายในเดือนนี้", "เฟซบุ๊ก https://fb.me/example"], True),
        # the article's own closing paragraph, twice as long as the story's headline
        (
            [
                "ทั้งนี้ กรุงเทพมหานครเตรียมเปิดรับฟังความคิดเห็นจากประชาชนผ่านเว็บไซต์ของสำนักการจราจรและขนส่ง "
                "ก่อนจะขยายเส้นทางไปยังฝั่งธนบุรีในปีหน้า"
            ],
            False,
        ),
    ],
)
def test_under_a_thai_box_of_one_story_only_a_long_paragraph_goes_on(below: list[str], closes: bool) -> None:
    # Thai marks no sentence end: a headline below the box passes for prose unless its length tells.
    box = ["ข่าวที่เกี่ยวข้อง", "เปิดตัวจักรยานให้เช่ารอบเกาะรัตนโกสินทร์"]
    lines = [*THAI_STORY, *box, *below]
    result = Pipeline().clean_text("\n\n".join(["กทม.เปิดเส้นทางจักรยานริมคลอง", *lines]))
    assert all(line in result.body for line in THAI_STORY)
    assert (below[0] not in result.body) is closes
