"""The foreign-language cleaner: other scripts always, same-script languages when judgeable."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.cleaners.foreign import ForeignLanguage

ENGLISH_BODY = (
    "The city council approved the new budget on Wednesday after a long debate about school funding.\n\n"
    "Council members said the plan would add two hundred teachers over the next three years.\n\n"
    "Opponents argued that the money should have gone to road repairs and public transport instead.\n"
)

ARABIC_BODY = (
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة بسعة مئتي سرير.\n\n"
    "وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون مواطن في المنطقة الشمالية.\n"
)


def clean(text: str) -> tuple[list[str], list[tuple[str, str | None, str | None]]]:
    result = Pipeline(cleaners=[ForeignLanguage()]).clean_text(text)
    return list(result.paragraphs), [(r.text, r.language, r.script) for r in result.removed]


@pytest.mark.parametrize(
    ("header", "language", "script"),
    [
        ("Главные новости дня и свежие репортажи", "ru", "Cyrillic"),
        ("آخرین اخبار ایران و جهان را اینجا بخوانید", "fa", "Arabic"),
        ("今日のニュースと天気予報をお届けします", "ja", None),
        ("Τα τελευταία νέα από την Ελλάδα και τον κόσμο", "el", "Greek"),
        (
            "Die wichtigsten Nachrichten des Tages aus Politik, Wirtschaft und Kultur im Überblick",
            "de",
            "Latin",
        ),
        ("Günün en önemli haberleri ve son dakika gelişmeleri burada sizlerle olacak", "tr", "Latin"),
    ],
)
def test_header_in_other_script_or_language_is_removed(
    header: str, language: str, script: str | None
) -> None:
    paragraphs, removed = clean(f"{header}\n\n{ENGLISH_BODY}")
    assert header not in paragraphs
    assert len(paragraphs) == 3
    assert removed[0][0] == header
    assert removed[0][1] == language
    if script is not None:
        assert removed[0][2] == script


@pytest.mark.parametrize(
    "line",
    [
        "Buy Now",
        "4:14 p.m.",
        "Related coverage",
        "Photo gallery",
        "He said: “No.”",
        "Reuters",
        "The mayor, Ana García, said the plan was «muy importante» for the region.",
    ],
)
def test_short_or_mixed_english_lines_stay(line: str) -> None:
    paragraphs, removed = clean(f"{ENGLISH_BODY}\n{line}\n")
    assert line in paragraphs
    assert removed == []


def test_latin_line_in_arabic_article_is_removed_but_single_names_stay() -> None:
    text = f"Breaking news and live updates from the region\n\n{ARABIC_BODY}\nReuters\n"
    paragraphs, removed = clean(text)
    assert [r[0] for r in removed] == ["Breaking news and live updates from the region"]
    assert "Reuters" in paragraphs


def test_document_without_letters_removes_nothing() -> None:
    paragraphs, removed = clean("12:30\n\n45.6 78.9\n")
    assert paragraphs == ["12:30", "45.6 78.9"]
    assert removed == []


def test_kanji_only_line_in_japanese_article_stays() -> None:
    body = (
        "政府は月曜日、新しい経済対策を発表し、来年度の予算に反映させる方針を示した。\n\n"
        "首相は記者会見で、物価の上昇に対応するための支援を続けると述べた。\n\n"
        "内閣総理大臣記者会見\n"
    )
    paragraphs, removed = clean(body)
    assert removed == []
    assert "内閣総理大臣記者会見" in paragraphs


def test_same_script_line_inside_the_article_is_the_articles() -> None:
    quote = "Die Stadt wird die neuen Lehrer ab dem kommenden Herbst in allen Bezirken einsetzen."
    paragraphs_in = ENGLISH_BODY.strip().split("\n\n")
    text = "\n\n".join([paragraphs_in[0], quote, *paragraphs_in[1:]])
    paragraphs, removed = clean(text)
    assert quote in paragraphs
    assert removed == []


@pytest.mark.parametrize(
    "quote",
    [
        "Я помню чудное мгновенье: передо мной явилась ты",
        "الحرية لا تُعطى بل تُؤخذ",
        "春の海 終日のたりのたりかな",
    ],
)
def test_other_script_line_between_the_articles_paragraphs_is_a_quote(quote: str) -> None:
    paragraphs_in = ENGLISH_BODY.strip().split("\n\n")
    text = "\n\n".join([paragraphs_in[0], quote, *paragraphs_in[1:]])
    paragraphs, removed = clean(text)
    assert quote in paragraphs
    assert removed == []


def test_other_script_lines_around_the_article_still_go_when_one_is_quoted_inside() -> None:
    paragraphs_in = ENGLISH_BODY.strip().split("\n\n")
    banner, quote, footer = (
        "Главные новости дня и свежие репортажи",
        "Я помню чудное мгновенье",
        "Все права защищены редакцией",
    )
    text = "\n\n".join([banner, paragraphs_in[0], quote, *paragraphs_in[1:], footer])
    paragraphs, removed = clean(text)
    assert [r[0] for r in removed] == [banner, footer]
    assert quote in paragraphs


@pytest.mark.parametrize(
    "quote",
    [
        "«Мы не уйдём, пока нас не услышат!»",  # another script
        # the article's script, another language
        "„Wir bleiben hier auf der Straße, bis die Regierung uns endlich zuhört und die Schulen rettet!“",
    ],
)
def test_a_quotation_a_sentence_introduces_with_a_colon_is_the_articles_wherever_it_stands(
    quote: str,
) -> None:
    paragraphs_in = ENGLISH_BODY.strip().split("\n\n")
    colon = "As the vote ended, the teachers outside the council chamber took up their old chant:"
    text = "\n\n".join([*paragraphs_in, colon, quote])
    paragraphs, removed = clean(text)
    assert paragraphs[-2:] == [colon, quote]
    assert removed == []
    # The same words out of quotation marks, with no sentence introducing them, are a site's
    # banner below the article.
    banner = quote.strip("«»„“")
    paragraphs, removed = clean("\n\n".join([*paragraphs_in, banner]))
    assert [r[0] for r in removed] == [banner]


@pytest.mark.parametrize(
    "line",
    [
        "Gallery: Harbour Lights 2024 | Photos: Lena Okafor, Reuters",
        "Twitter Facebook WhatsApp Telegram Instagram YouTube",
        "OTR 7FAC 6194 DAA9 B51B E09A 99B2 4C1D 0E3F",
    ],
)
def test_a_same_script_line_without_another_languages_function_words_is_never_sent_to_language_detection(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean.cleaners import foreign

    asked: list[str] = []
    real = foreign.detect_language

    def counting(text: str, **kwargs: object) -> object:
        asked.append(text)
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(foreign, "detect_language", counting)
    paragraphs, removed = clean(f"{line}\n\n{ENGLISH_BODY}")
    assert line in paragraphs
    assert removed == []
    assert line not in asked


def test_a_same_script_line_in_a_language_without_a_stop_word_list_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Nothing could confirm a guess of such a language, so a guess alone does not remove the line.
    from newsclean.cleaners import foreign
    from newsclean.text.detect import LanguageGuess

    line = "Die wichtigsten Nachrichten des Tages aus Politik, Wirtschaft und Kultur im Überblick"
    real = foreign.detect_language

    def somali(text: str, **kwargs: object) -> LanguageGuess:
        return LanguageGuess("so", 0.99, "Latin") if text == line else real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(foreign, "detect_language", somali)
    paragraphs, removed = clean(f"{line}\n\n{ENGLISH_BODY}")
    assert line in paragraphs
    assert removed == []


def test_lines_taking_turns_in_two_scripts_are_the_text_itself() -> None:
    # A poem over its translation, line by line: neither script is a site's header.
    pairs = [
        ("Над рекой туман ложится", "Over the river the mist lies down"),
        ("Тихо спит усталый город", "Quietly the tired town is sleeping"),
        ("Только ветер в окна стучится", "Only the wind knocks at the windows"),
        ("И фонарь горит над мостом", "And a lamp is burning above the bridge"),
    ]
    lines = [line for pair in pairs for line in pair]
    paragraphs, removed = clean("\n\n".join(lines))
    assert paragraphs == lines
    assert removed == []
    # Two runs in the other script, one around each side of the article, still go.
    banner, footer = "Главные новости дня и свежие репортажи", "Все права защищены редакцией"
    paragraphs, removed = clean(f"{banner}\n\n{ENGLISH_BODY}\n\n{footer}")
    assert [r[0] for r in removed] == [banner, footer]


def test_labels_in_another_script_among_a_menu_do_not_take_turns_with_it() -> None:
    # A site's labels in another script sit among long runs of its menu: they still go.
    menu = [
        ["Home page", "World news", "Business news", "Sport results"],
        ["Culture pages", "Science desk", "Travel guides", "Weather today"],
        ["Opinion columns", "Video reports", "Photo galleries", "Podcast archive"],
    ]
    labels = ["Главные новости дня", "Свежие репортажи недели", "Читайте также сегодня"]
    lines = [line for block, label in zip(menu, labels, strict=True) for line in [*block, label]]
    paragraphs, removed = clean("\n\n".join([*lines, ENGLISH_BODY]))
    assert [r[0] for r in removed] == labels
    assert paragraphs[: len(lines) - len(labels)] == [line for block in menu for line in block]


def test_an_article_its_own_language_guess_does_not_confirm_loses_nothing() -> None:
    # The document's language is a wrong guess (a language langdetect does not know, a dialect):
    # its stop words confirm none of the prose, so no paragraph is judged against it.
    from newsclean.cleaners.base import Document
    from newsclean.config import Config
    from newsclean.text.detect import LanguageGuess
    from newsclean.text.segment import segment_text

    spanish = (
        "El ayuntamiento aprobó el martes un plan para ampliar la red de carriles bici de la ciudad.\n\n"
        "Según la concejala de movilidad, el número de ciclistas en el centro crecerá un cuarto.\n\n"
        "La oposición cree que el plan es demasiado caro y pide primero un estudio sobre el comercio.\n"
    )
    doc = Document.build(segment_text(spanish), LanguageGuess("en", 0.9, "Latin"), Config())
    assert list(ForeignLanguage().judge(doc, {})) == []
    # Confirmed by its stop words, the same guess still judges a line in another language.
    header = "Die wichtigsten Nachrichten des Tages aus Politik, Wirtschaft und Kultur im Überblick"
    doc = Document.build(
        segment_text(f"{header}\n\n{ENGLISH_BODY}"), LanguageGuess("en", 0.9, "Latin"), Config()
    )
    assert [v.indices for v in ForeignLanguage().judge(doc, {})] == [(0,)]


GREEK_BODY = [
    "Η κυβέρνηση ανακοίνωσε σήμερα ένα νέο πρόγραμμα για την ανακαίνιση των σχολείων στα νησιά του Αιγαίου.",
    "Σύμφωνα με το υπουργείο, οι εργασίες θα ξεκινήσουν τον Μάρτιο και θα ολοκληρωθούν μέσα σε δύο χρόνια.",
    "Οι δήμαρχοι των νησιών χαιρέτισαν την απόφαση, ζητώντας όμως περισσότερους εκπαιδευτικούς.",
]
SPANISH_BODY = [
    "El ayuntamiento aprobó el martes un plan para ampliar la red de carriles bici de la ciudad.",
    "Según la concejala de movilidad, el número de ciclistas en el centro crecerá un cuarto en dos años.",
    "La oposición cree que el plan es demasiado caro y pide primero un estudio sobre el comercio.",
]


def full_chain(paragraphs: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    result = Pipeline().clean_text("\n\n".join(paragraphs))
    return list(result.paragraphs), [(r.text, r.cleaner) for r in result.removed]


RUSSIAN_BANNER = "Главные новости дня и свежие репортажи"
ENGLISH_BANNER = "Breaking news and live updates from around the world"


@pytest.mark.parametrize(
    ("banner", "body", "quote"),
    [
        # another script
        (
            RUSSIAN_BANNER,
            ENGLISH_BODY.strip().split("\n\n"),
            "«Это важный день для всего города и для всех, кто здесь работает», — сказал мэр.",
        ),
        (
            RUSSIAN_BANNER,
            ENGLISH_BODY.strip().split("\n\n"),
            "「この予算で、子どもたちの教室がようやく新しくなります」と校長は話した。",
        ),
        (
            ENGLISH_BANNER,
            GREEK_BODY,
            "“Every child on these islands deserves a warm, safe classroom, and we are proud to help,”"
            " the foundation's director wrote on LinkedIn.",
        ),
        # the article's script, another language
        (
            ENGLISH_BANNER,
            SPANISH_BODY,
            "“Cycling is the fastest way to get around a crowded city centre, and this plan makes it safe.”",
        ),
    ],
)
@pytest.mark.parametrize("where", ["first", "last"])
def test_a_quotation_in_quotation_marks_is_the_articles_at_either_edge(
    banner: str, body: list[str], quote: str, where: str
) -> None:
    # A post or a statement quoted verbatim often opens or closes the article: it is the article's.
    # A site's line in another language out of quotation marks around it still goes.
    article = [quote, *body] if where == "first" else [*body, quote]
    paragraphs, removed = full_chain([banner, *article])
    assert paragraphs == article
    assert removed == [(banner, "foreign_language")]


@pytest.mark.parametrize(
    ("body", "intro", "sentence", "label", "links"),
    [
        (
            GREEK_BODY,
            "Ο πρέσβης έγραψε στο X:",
            "Every child on these islands deserves a warm and safe classroom, and we are proud to help.",
            "Ακολουθήστε μας:",
            "Facebook | Twitter | Instagram | YouTube",
        ),
        (
            ENGLISH_BODY.strip().split("\n\n"),
            "The mayor replied on Telegram:",
            "Мы сделаем всё, чтобы новые учителя пришли в школы уже этой осенью.",
            "Follow us on social media:",
            "ВКонтакте | Одноклассники | Телеграм",
        ),
    ],
)
def test_a_sentence_a_short_line_introduces_with_a_colon_is_the_articles_but_links_under_a_label_go(
    body: list[str], intro: str, sentence: str, label: str, links: str
) -> None:
    paragraphs, removed = full_chain([*body, intro, sentence, label, links])
    assert paragraphs[-2:] == [intro, sentence]
    assert links in [text for text, _ in removed]


@pytest.mark.parametrize(
    ("banner", "body", "intro", "quote"),
    [
        (
            ENGLISH_BANNER,
            [
                "राज्य सरकार ने आज ग्रामीण इलाकों में नए अस्पताल खोलने की योजना की घोषणा की।",
                "स्वास्थ्य मंत्री ने कहा कि पहले चरण में बीस जिलों को शामिल किया जाएगा।",
            ],
            "मुख्यमंत्री ने एक बयान में कहा:",
            '"We have seen how a single clinic can change the life of an entire village, and we want to see'
            ' that happen in every district of the state over the coming years," the chief minister said.',
        ),
        (
            RUSSIAN_BANNER,
            [
                "The regional council voted on Tuesday to extend the tram line to the airport by 2029.",
                "Officials said the project would cost about 400 million euros.",
            ],
            "The mayor wrote on Telegram:",
            "«Мы давно ждали этого решения, потому что каждый день тысячи людей тратят больше часа на дорогу"
            " до аэропорта и обратно, а теперь у них наконец появится удобная альтернатива», — написал мэр.",
        ),
        # out of quotation marks, introduced with a colon
        (
            ENGLISH_BANNER,
            [
                "서울시는 오늘 한강 공원에 새로운 자전거 도로를 개통한다고 발표했다.",
                "시는 이번 사업에 약 300억 원이 투입되었다고 밝혔다.",
            ],
            "주한 유럽연합 대사는 X에 이렇게 썼다:",
            "Seoul keeps showing the world how a great city can give its streets back to the people who walk"
            " and cycle in them every single day of the year.",
        ),
        (
            RUSSIAN_BANNER,
            [
                "The harbour authority said on Monday that the new ferry terminal would open in June.",
                "The terminal cost about 90 million euros to build.",
            ],
            "The minister wrote on his Telegram channel:",
            "Новый терминал позволит тысячам пассажиров каждый день быстрее добираться до островов, а"
            " местным жителям наконец не придётся часами стоять в очередях на причале.",
        ),
    ],
)
def test_a_long_quotation_does_not_make_a_short_article_foreign_to_itself(
    banner: str, body: list[str], intro: str, quote: str
) -> None:
    # The quotation has more letters than the article's own paragraphs: the article is still in
    # the language of those paragraphs, and a site's banner in the quotation's language still goes.
    paragraphs, removed = full_chain([banner, *body, intro, quote])
    assert paragraphs == [*body, intro, quote]
    assert removed == [(banner, "foreign_language")]
