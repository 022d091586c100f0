"""The header cleaner on invented mini documents from varied layouts and languages."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.cleaners.base import Document, MetaValue
from newsclean.cleaners.header import _BYLINE_PREFIX, _PART_SEPARATOR, _SEPARATOR_CHAR, Header, _title_like
from newsclean.config import Config
from newsclean.model import Category, Metadata
from newsclean.pipeline import Pipeline
from newsclean.text.detect import LanguageGuess
from newsclean.text.segment import segment_text

SCRIPTS = {"en": "Latin", "de": "Latin", "fr": "Latin", "ru": "Cyrillic", "ar": "Arabic", "zh": "Han"}


@dataclass(frozen=True)
class Case:
    text: str
    removed: tuple[str, ...] = ()
    meta: dict[str, MetaValue] = field(default_factory=dict)
    language: str = "en"
    already_removed: tuple[int, ...] = ()


CASES = {
    "title_byline_date": Case(
        "Harbour bridge reopens after three years of repairs\n"
        "By Maria Lopez and Tom Becker, Coastal Herald\n"
        "June 4, 2022 7:15 a.m. PT\n"
        "The bridge carried its first cars on Saturday morning after a long closure, officials said.\n"
        "Traffic was light, and commuters welcomed the shorter trip into the city centre.",
        removed=(
            "Harbour bridge reopens after three years of repairs",
            "By Maria Lopez and Tom Becker, Coastal Herald",
            "June 4, 2022 7:15 a.m. PT",
        ),
        meta={
            "title": "Harbour bridge reopens after three years of repairs",
            "authors": ("Maria Lopez", "Tom Becker"),
            "date": "2022-06-04",
        },
    ),
    "split_byline": Case(
        "Ferry service to resume after storm damage\n"
        "By\n"
        "Amira Haddad\n"
        "March 12, 2024\n"
        "The island's ferry will run again from Monday, the operator said after repairs to the pier.\n"
        "Passengers were asked to book ahead, since the first sailings are expected to be full.",
        removed=("Ferry service to resume after storm damage", "By", "Amira Haddad", "March 12, 2024"),
        meta={
            "title": "Ferry service to resume after storm damage",
            "authors": ("Amira Haddad",),
            "date": "2024-03-12",
        },
    ),
    "lone_byline_prefix": Case(
        "Ferry service to resume after storm damage\n"
        "By\n"
        "The island's ferry will run again from Monday, the operator said after repairs to the pier.\n"
        "Passengers were asked to book ahead, since the first sailings are expected to be full.",
        removed=("Ferry service to resume after storm damage", "By"),
        meta={"title": "Ferry service to resume after storm damage"},
    ),
    "split_byline_and_author_box_under_standfirst": Case(
        "Ferry service to resume after storm damage\n"
        "Repairs to the pier took three weeks and cost the council more than it had planned.\n"
        "By:\n"
        "Amira Haddad and Leo Park\n"
        "March 12, 2024\n"
        "Amira Haddad\n"
        "Harbour Times\n"
        "The island's ferry will run again from Monday, the operator said after repairs to the pier.\n"
        "Passengers were asked to book ahead, since the first sailings are expected to be full.",
        removed=(
            "Ferry service to resume after storm damage",
            "By:",
            "Amira Haddad and Leo Park",
            "March 12, 2024",
            "Amira Haddad",  # an author box under the byline repeats the name; the outlet stays
        ),
        meta={
            "title": "Ferry service to resume after storm damage",
            "authors": ("Amira Haddad", "Leo Park"),
            "date": "2024-03-12",
        },
    ),
    "byline_name_again_in_the_body": Case(
        "Ferry service to resume after storm damage\n"
        "By Amira Haddad\n"
        "The island's ferry will run again from Monday, the operator said after repairs to the pier.\n"
        "Amira Haddad\n"
        "Passengers were asked to book ahead, since the first sailings are expected to be full.",
        # below the first paragraph, with no byline under it, the name is the article's (a signature)
        removed=("Ferry service to resume after storm damage", "By Amira Haddad"),
        meta={"title": "Ferry service to resume after storm damage", "authors": ("Amira Haddad",)},
    ),
    "url_title_date": Case(
        "https://news.example.org/2021/05/12/wind-farm-approved\n\n"
        "Offshore wind farm wins final approval\n\n"
        "12.05.2021\n\n"
        "The regional council approved the project on Wednesday after a two-year review process.",
        removed=(
            "https://news.example.org/2021/05/12/wind-farm-approved",
            "Offshore wind farm wins final approval",
            "12.05.2021",
        ),
        meta={
            "url": "https://news.example.org/2021/05/12/wind-farm-approved",
            "title": "Offshore wind farm wins final approval",
            "date": "2021-05-12",
        },
    ),
    "title_standfirst": Case(
        "Museum returns bronze statues to their home city\n\n"
        "The pieces, taken during a colonial expedition, will go on display in a new gallery next spring\n\n"
        "Curators spent months preparing the handover, the museum said in a statement on Monday.",
        removed=("Museum returns bronze statues to their home city",),
        meta={
            "title": "Museum returns bronze statues to their home city",
            "description": "The pieces, taken during a colonial expedition, will go on display in a new "
            "gallery next spring",
        },
    ),
    # A labelled source under the headline credits it, as a byline does: it is no headline itself.
    "title_source_date": Case(
        "New tram line opens across the river district\n"
        "Source: Valley Transit News\n"
        "March 3, 2023\n"
        "The first trams left the depot at dawn, and riders filled every car by the morning rush.",
        removed=("New tram line opens across the river district", "March 3, 2023"),
        meta={"title": "New tram line opens across the river district", "date": "2023-03-03"},
    ),
    "title_source_date_zh": Case(
        "河谷新电车线路今天正式开通运营\n"
        "来源： 河谷日报\n"
        "2023-03-03 10:15\n"
        "第一批电车在清晨驶出车库，早高峰时每节车厢都坐满了乘客。市政府表示，新线路将把通勤时间缩短一半。",
        removed=("河谷新电车线路今天正式开通运营", "2023-03-03 10:15"),
        meta={"title": "河谷新电车线路今天正式开通运营", "date": "2023-03-03"},
        language="zh",
    ),
    "no_header": Case(
        "The city council voted on Tuesday to expand the bike lane network across five districts.\n"
        "Opponents said the plan would worsen traffic on the main roads."
    ),
    "date_inside_prose": Case(
        "On 5 March 2019, the court ruled that the contract had been signed without proper notice.\n"
        "Lawyers for the company said they would appeal."
    ),
    "one_paragraph": Case(
        "Storm warnings lifted across the north\n"
        "Forecasters said the worst of the weather had passed by Sunday evening.",
        removed=("Storm warnings lifted across the north",),
        meta={"title": "Storm warnings lifted across the north"},
    ),
    "subheading_first": Case(
        "What the ruling means\n\n"
        "The court said the law applied to all contracts signed after January, as lawyers expected.\n\n"
        "Companies now have three months to review their agreements with suppliers.\n\n"
        "Who is affected by it\n\n"
        "Small firms with fewer than ten employees are exempt from the new obligations.\n\n"
        "Larger firms must publish a summary of the changes on their websites."
    ),
    "short_line_body_without_dateline": Case(
        "Spring market opens downtown\n"
        "Fresh bread and local cheese on offer\n"
        "Stalls from twelve farms line the square\n"
        "Music plays until late in the evening\n"
        "Visitors came early on Saturday to buy vegetables, flowers and honey from local producers."
    ),
    "german": Case(
        "Stadtwerke erhöhen die Preise für Fernwärme\n"
        "Von Anna Schmidt\n"
        "Veröffentlicht am 3. Mai 2018, 07:45 Uhr\n"
        "Die Stadtwerke haben am Mittwoch angekündigt, die Preise zum Sommer deutlich anzuheben.",
        removed=(
            "Stadtwerke erhöhen die Preise für Fernwärme",
            "Von Anna Schmidt",
            "Veröffentlicht am 3. Mai 2018, 07:45 Uhr",
        ),
        meta={
            "title": "Stadtwerke erhöhen die Preise für Fernwärme",
            "authors": ("Anna Schmidt",),
            "date": "2018-05-03",
        },
        language="de",
    ),
    "french_date_above_title": Case(
        "mardi 5 mars 2019\n"
        "Le festival de jazz annonce sa programmation\n"
        "Par Jean Moreau\n"
        "Les organisateurs ont dévoilé mardi les noms des artistes invités pour la prochaine édition.",
        removed=("mardi 5 mars 2019", "Le festival de jazz annonce sa programmation", "Par Jean Moreau"),
        meta={
            "title": "Le festival de jazz annonce sa programmation",
            "authors": ("Jean Moreau",),
            "date": "2019-03-05",
        },
        language="fr",
    ),
    "russian": Case(
        "Автор: Ольга Смирнова\n"
        "Новый мост через реку откроют осенью\n"
        "5 марта 2019\n"
        "Строительство моста началось два года назад, сообщили в администрации города.",
        removed=("Автор: Ольга Смирнова", "Новый мост через реку откроют осенью", "5 марта 2019"),
        meta={
            "title": "Новый мост через реку откроют осенью",
            "authors": ("Ольга Смирнова",),
            "date": "2019-03-05",
        },
        language="ru",
    ),
    "arabic": Case(
        "افتتاح معرض الكتاب الدولي في العاصمة\n"
        "٥ مارس ٢٠١٩\n"
        "افتتح وزير الثقافة يوم الثلاثاء معرض الكتاب الدولي بمشاركة مئات الناشرين من دول عديدة.",
        removed=("افتتاح معرض الكتاب الدولي في العاصمة", "٥ مارس ٢٠١٩"),
        meta={"title": "افتتاح معرض الكتاب الدولي في العاصمة", "date": "2019-03-05"},
        language="ar",
    ),
    "page_clock_without_title": Case(
        "09:12 GMT 4 March 2019\n"
        "Listen\n"
        "The ministry said on Monday that the new rules would take effect next month across the country."
    ),
    "page_clock_above_title": Case(
        "21:05 CET 7 April 2020\n"
        "Farmers protest against new water rules\n"
        "6 April 2020\n"
        "Thousands of farmers drove tractors into the capital on Monday to protest the plans.",
        removed=("Farmers protest against new water rules", "6 April 2020"),
        meta={"title": "Farmers protest against new water rules", "date": "2020-04-06"},
    ),
    "title_repeated": Case(
        "Rail strike called off at the last minute\n"
        "By Priya Nair\n"
        "Rail strike called off at the last minute\n"
        "Unions and the operator reached a deal late on Sunday, ending weeks of uncertainty for commuters.",
        removed=(
            "Rail strike called off at the last minute",
            "By Priya Nair",
            "Rail strike called off at the last minute",
        ),
        meta={"title": "Rail strike called off at the last minute", "authors": ("Priya Nair",)},
    ),
    "dateline_after_short_lead": Case(
        "Volcano erupts on remote island\n"
        "Residents were evacuated overnight as ash fell on nearby villages.\n"
        "Updated 11:20 PM EDT, Sun August 7, 2022\n"
        "Officials said no injuries had been reported so far, but the airport would remain closed.",
        removed=("Volcano erupts on remote island", "Updated 11:20 PM EDT, Sun August 7, 2022"),
        meta={"title": "Volcano erupts on remote island", "date": "2022-08-07"},
    ),
    "bare_byline_with_date": Case(
        "Central bank holds rates steady\n"
        "Laura Chen | Market Wire | March 9, 2021\n"
        "The central bank left its benchmark rate unchanged on Thursday, as most economists expected.",
        removed=("Central bank holds rates steady", "Laura Chen | Market Wire | March 9, 2021"),
        meta={
            "title": "Central bank holds rates steady",
            "authors": ("Laura Chen",),
            "date": "2021-03-09",
        },
    ),
    "bare_byline_with_a_place_holding_a_particle": Case(
        "El puerto de Valencia bate su récord de contenedores\n"
        "Lucía Ferrer | Rio de Janeiro | 14/03/2022\n"
        "El tráfico de contenedores creció un doce por ciento en febrero, según la autoridad portuaria.",
        removed=(
            "El puerto de Valencia bate su récord de contenedores",
            "Lucía Ferrer | Rio de Janeiro | 14/03/2022",
        ),
        meta={
            "title": "El puerto de Valencia bate su récord de contenedores",
            "authors": ("Lucía Ferrer",),
            "date": "2022-03-14",
        },
    ),
    "byline_labelled_in_the_plural": Case(
        "El puerto de Valencia bate su récord de contenedores\n"
        "Autores: Lucía Ferrer y Tomás Vidal\n"
        "El tráfico de contenedores creció un doce por ciento en febrero, según la autoridad portuaria.",
        removed=(
            "El puerto de Valencia bate su récord de contenedores",
            "Autores: Lucía Ferrer y Tomás Vidal",
        ),
        meta={
            "title": "El puerto de Valencia bate su récord de contenedores",
            "authors": ("Lucía Ferrer", "Tomás Vidal"),
        },
    ),
    "byline_with_a_role_in_brackets": Case(
        "Harbour crane collapses in high winds\n"
        "By Priya Nair (Transport Correspondent)\n"
        "A crane at the container terminal fell onto an empty quay on Sunday night, the port said.",
        removed=("Harbour crane collapses in high winds", "By Priya Nair (Transport Correspondent)"),
        meta={"title": "Harbour crane collapses in high winds", "authors": ("Priya Nair",)},
    ),
    "headline_opening_with_a_label_word_is_no_byline": Case(
        "Autores españoles ganan el premio europeo de novela\n"
        "El jurado destacó la calidad de las tres obras finalistas, escritas por autores jóvenes.",
        removed=("Autores españoles ganan el premio europeo de novela",),
        meta={"title": "Autores españoles ganan el premio europeo de novela"},
    ),
    "breadcrumb_above_title_is_not_a_byline": Case(
        "Middle East | Politics\n"
        "Ceasefire talks resume in the capital\n"
        "The two delegations met for the first time in a month, a spokesman for the mediators said.",
        removed=("Ceasefire talks resume in the capital",),
        meta={"title": "Ceasefire talks resume in the capital"},
    ),
    "already_removed_lines_are_skipped": Case(
        "Skip navigation links\n"
        "Local library extends its opening hours\n"
        "The library will stay open until nine in the evening from next week, the council said.",
        removed=("Local library extends its opening hours",),
        meta={"title": "Local library extends its opening hours"},
        already_removed=(0,),
    ),
    "prose_like_by_phrase_is_not_a_byline": Case(
        "By the end of the week\n"
        "By the end of the week, the river had risen above the flood defences in three towns.",
        removed=("By the end of the week",),
        meta={"title": "By the end of the week"},
    ),
    # Lines shaped like headlines that a page prints around its real one (or that open the
    # article's first list) are not lifted into metadata.title.
    "page_chrome_under_the_headline": Case(
        "Tide gauges record the highest water in a century\n"
        "Estimated reading time: 7 minutes\n"
        "The gauge at the harbour mouth read four metres above the average on Tuesday night, officials said.",
        removed=("Tide gauges record the highest water in a century",),
        meta={"title": "Tide gauges record the highest water in a century"},
    ),
    "a_headline_may_open_like_a_byline_in_other_languages": Case(
        "Von Berlin nach Paris in vier Stunden\n"
        "Die neue Zugverbindung startet im Dezember, teilte die Bahn am Montag in Berlin mit.",
        removed=("Von Berlin nach Paris in vier Stunden",),
        meta={"title": "Von Berlin nach Paris in vier Stunden"},
        language="de",
    ),
    "a_few_brand_names_still_make_a_headline": Case(
        "YouTube and LinkedIn Test New PayPal Tools\n"
        "The two platforms began testing the payment features with a small group of users on Monday.",
        removed=("YouTube and LinkedIn Test New PayPal Tools",),
        meta={"title": "YouTube and LinkedIn Test New PayPal Tools"},
    ),
    # A repository's abstract page labels the headline; a button's label under it is no headline.
    "a_labelled_title_is_the_headline_without_its_label": Case(
        "Physics > Fluid Dynamics\n"
        "Title:Tidal Mixing in Shallow Estuaries Under Changing Winds\n"
        "Download PDF Versions Here\n"
        "Abstract: We measure how wind changes the mixing of fresh and salt water in three estuaries.",
        removed=("Title:Tidal Mixing in Shallow Estuaries Under Changing Winds",),
        meta={"title": "Tidal Mixing in Shallow Estuaries Under Changing Winds"},
    ),
    # A breadcrumb trail laid out as a numbered list ends on the title cut short, which reads as a
    # sentence: the headline is under the trail.
    "a_headline_under_a_numbered_breadcrumb_trail": Case(
        "1. Home\n"
        "2. Transport\n"
        "3. The east bank ferry will run all night from June, the council says:...\n"
        "The east bank ferry will run all night from June\n"
        "The council approved the night timetable on Tuesday after a year of trials on the estuary.",
        removed=("The east bank ferry will run all night from June",),
        meta={"title": "The east bank ferry will run all night from June"},
    ),
    "a_labelled_title_in_german": Case(
        "Titel: Gezeiten im flachen Wattenmeer neu vermessen\n"
        "Kurzfassung und Daten herunterladen\n"
        "Wir messen, wie der Wind die Durchmischung von Süß- und Salzwasser in drei Buchten verändert.",
        removed=("Titel: Gezeiten im flachen Wattenmeer neu vermessen",),
        meta={"title": "Gezeiten im flachen Wattenmeer neu vermessen"},
        language="de",
    ),
}


# Lines shaped like headlines that are not the headline: a credit, menu labels run together, a
# phone number, a reporter's card, a list item, a byline with more after it, post details, a
# line holding a whole date.
NOT_HEADLINES = [
    "Photo credit: Anna Berg for the Coastal Herald",
    "All ExhibitionsCollectionsVisitShop About UsContact Press",
    "Book a guided tour today (555) 010-4477",
    "Senior Harbour Affairs Reporter",
    "1. Check the tyre pressure first",
    "By Anna Berg View In Digital Edition",
    "Published in Travel, Food and Drink",
    "Community Notes Board December 18, 2025 Twelve Comments",
    # who is who in a photo, and a photo agency's credit
    "(L-R) Anna Berg, Tom Becker and the harbour master",
    "From left: the mayor, the architect and two harbour pilots",
    "Getty Images/Coastal Herald",
    # a picture's caption or source as labelled for screen readers
    "Image caption Harbour pilots wait for the tide at the north pier",
    "Media caption How the harbour bridge was lifted into place",
    "Image source: Coastal Herald archive",
]


@pytest.mark.parametrize("line", NOT_HEADLINES)
def test_headline_shaped_lines_that_are_not_the_headline(line: str) -> None:
    body = "The museum reopened its north wing on Friday after two years of work on the roof and floors."
    texts, meta, _ = _judge(Case(f"{line}\n{body}"))
    assert (texts, meta) == ([], {})


def _judge(case: Case) -> tuple[list[str], dict[str, MetaValue], list[str]]:
    segments = segment_text(case.text)
    guess = LanguageGuess(case.language, 0.99, SCRIPTS[case.language])
    doc = Document.build(segments, guess, Config())
    removed = dict.fromkeys(case.already_removed, Category.SITE_CHROME)
    verdicts = Header().judge(doc, removed)
    texts = [segments[i].text for v in verdicts for i in v.indices]
    meta: dict[str, MetaValue] = {}
    for v in verdicts:
        for name, value in v.meta:
            meta.setdefault(name, value)
    return texts, meta, [v.reason for v in verdicts]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_header_zone(case: Case) -> None:
    texts, meta, reasons = _judge(case)
    assert sorted(texts) == sorted(case.removed)
    assert meta == case.meta
    assert all(r.endswith(".") and r[0].isupper() for r in reasons)


def test_header_through_pipeline() -> None:
    text = (
        "Harbour bridge reopens after three years of repairs\n\n"
        "By Maria Lopez\n\n"
        "Updated: Jun 4, 2022\n\n"
        "The bridge carried its first cars on Saturday morning after a long closure, officials said."
    )
    result = Pipeline(cleaners=[Header()]).clean_text(text)
    assert result.paragraphs == (
        "The bridge carried its first cars on Saturday morning after a long closure, officials said.",
    )
    assert (result.metadata.title, result.metadata.date, result.metadata.authors) == (
        "Harbour bridge reopens after three years of repairs",
        "2022-06-04",
        ("Maria Lopez",),
    )
    assert {r.category for r in result.removed} == {"metadata"}
    assert {r.cleaner for r in result.removed} == {"header"}


def test_paragraphs_that_end_in_ethiopic_word_spaces_are_sentences_not_headlines() -> None:
    # Amharic and Tigrinya writers often type two word spaces (U+1361) for the full stop.
    paragraphs = [
        "የከተማው ምክር ቤት ለሚቀጥለው የበጀት ዓመት የቀረበውን አዲስ በጀት ትናንት ባደረገው ስብሰባ በሙሉ ድምጽ አጸደቀ፡፡ "
        "በጀቱ ለመንገድ ግንባታ ከፍተኛ ገንዘብ መድቧል፡፡",
        "ከንቲባው በሰጡት መግለጫ አዲሱ በጀት ባለፈው ዓመት ከነበረው በሃያ በመቶ እንደሚበልጥ ተናግረዋል፡፡ አብዛኛው ገንዘብ "
        "ከፌዴራል መንግሥት ድጋፍ እና ከአካባቢው ግብር የሚገኝ መሆኑን አስረድተዋል፡፡",
        "የመንገድ ግንባታው በሚቀጥለው ወር በከተማው ማዕከል ይጀመራል፡፡",
        "ነዋሪዎች በውሳኔው ደስተኛ መሆናቸውን ገልጸው ሥራው በጊዜው እንዲጠናቀቅ ጠይቀዋል፡፡",
    ]
    headline = "የከተማው ምክር ቤት አዲስ በጀት አጸደቀ"
    result = newsclean.clean("\n\n".join(["Home", headline, *paragraphs]), kind="text")
    assert result.metadata.title == headline
    assert list(result.paragraphs) == paragraphs


@pytest.mark.parametrize(
    ("headline", "paragraph"),
    [
        (
            "მთავრობამ ახალი საგადასახადო კოდექსი წარადგინა",
            "ფინანსთა სამინისტრომ ორშაბათს პროექტი წარადგინა, რომელიც მცირე ბიზნესის გადასახადებს ამცირებს.",
        ),
        (
            "Regierung legt neues Steuergesetz vor",
            "Das Finanzministerium stellte am Montag einen Entwurf vor, der kleine Firmen entlasten soll.",
        ),
    ],
)
def test_a_headline_in_georgian_is_lifted_like_one_in_a_cased_script(headline: str, paragraph: str) -> None:
    # Unicode files Georgian letters as lower case; a Georgian headline opens with one.
    text = "\n\n".join([headline, paragraph, paragraph])
    result = Pipeline(cleaners=[Header()]).clean_text(text)
    assert result.metadata.title == headline
    assert headline not in result.paragraphs


@pytest.mark.parametrize(
    "quote",
    [
        "„Wer die Zeitung nicht mehr anfassen kann, liest sie irgendwann auch nicht mehr.“",
        "« Nous avons appris la nouvelle par la radio, comme tout le monde. »",
        "»Vi havde ikke regnet med, at så mange ville komme til mødet.«",
    ],
)
def test_a_quoted_sentence_in_the_body_is_no_subheading_that_unseats_the_headline(quote: str) -> None:
    # Only a body subheading as long as the opening line makes that line a subheading too.
    headline = "Stadtwerke erhöhen die Preise für Fernwärme deutlich"
    paragraph = "Der Stadtrat beriet am Dienstag über die neuen Tarife, die ab Januar gelten sollen."
    text = "\n\n".join([headline, paragraph, quote, paragraph.replace("Dienstag", "Mittwoch")])
    result = Pipeline(cleaners=[Header()]).clean_text(text)
    assert result.metadata.title == headline
    assert quote in result.paragraphs


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe, John Roe and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee")),
        ("By HANNAH OKAFOR", ("HANNAH OKAFOR",)),
        ("Words by Kim O'Neil in Dublin", ("Kim O'Neil",)),
        ("By Ahmed al-Rashid, Senior Correspondent", ("Ahmed al-Rashid",)),
        ("Por Lucía Fernández", ("Lucía Fernández",)),
        ("Von Max Mustermann und Erika Musterfrau", ("Max Mustermann", "Erika Musterfrau")),
        ("Автор: Иван Петров", ("Иван Петров",)),
        ("بقلم: محمد علي", ("محمد علي",)),
        ("Oleh Budi Santoso", ("Budi Santoso",)),
        ("Oleh karena itu, pemilu diundur", None),
        ("Piše: Ivana Horvat", ("Ivana Horvat",)),
        ("Per Joan Puig i Marta Vila", ("Joan Puig", "Marta Vila")),
        ("Autorius: Jonas Petraitis", ("Jonas Petraitis",)),
        ("Imeandikwa na Amina Juma", ("Amina Juma",)),
        ("लेखक: राम शर्मा", ("राम शर्मा",)),
        ("מאת: דנה כהן", ("דנה כהן",)),
        ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),
        ("Sven Larsson / Nordic Press Agency", ("Sven Larsson",)),
        # The post's reading time closes the byline.
        ("By Tomas Berg — March 3, 2024 7 min read", ("Tomas Berg",)),
        ("By Tomas Berg 12 min read", ("Tomas Berg",)),
        # A date run on after the name, with no separator, is the byline's date.
        ("By Nadia Okoro March 3, 2024", ("Nadia Okoro",)),
        ("By Nadia Okoro 3 Mar 2024, 09:15 GMT", ("Nadia Okoro",)),
        ("By Nadia Okoro 2024-03-03", ("Nadia Okoro",)),
        ("By Nadia Okoro on Monday, March 4th, 2024 at 9:05 a.m.", ("Nadia Okoro",)),
        ("By Nadia Okoro Updated Mar 4, 2024, 9:05am EST", ("Nadia Okoro",)),
        ("By the numbers March 3, 2024", None),
        ("By the numbers", None),
        ("By Land And Sea", None),
        ("By Staff Reporter", None),
        # set as a list item, or with a full-width separator and a name in CJK script after the prefix
        ("* By Jane Doe", ("Jane Doe",)),
        ("• by Harbour Law Office / 2016.12.01", ("Harbour Law Office",)),
        ("by ライトハウス国際特許事務所 ／ 2016.12.01", ("ライトハウス国際特許事務所",)),
        ("* by 山田太郎", ("山田太郎",)),
        # a list item that only opens like a byline, and a CJK word without the prefix
        ("• By the numbers", None),
        ("山田太郎 ／ 2016.12.01", None),
    ],
)
def test_bylines(byline: str, authors: tuple[str, ...] | None) -> None:
    text = (
        f"Regional elections draw record turnout\n{byline}\n"
        "Polling stations stayed open an hour longer to cope with the queues, officials said."
    )
    _, meta, _ = _judge(Case(text))
    assert meta.get("authors") == authors


def test_a_date_run_on_after_the_byline_becomes_the_date() -> None:
    text = (
        "Regional elections draw record turnout\nBy Nadia Okoro March 3, 2024\n"
        "Polling stations stayed open an hour longer to cope with the queues, officials said."
    )
    _, meta, _ = _judge(Case(text))
    assert meta.get("date") == "2024-03-03"


def test_standfirst_stays_in_body_through_pipeline() -> None:
    standfirst = "Engineers say the new design will cut travel times between the two cities by half"
    text = (
        "High-speed rail link gets the green light\n\n"
        f"{standfirst}\n\n"
        "The government approved the plan on Friday after years of debate over its cost."
    )
    result = Pipeline(cleaners=[Header()]).clean_text(text)
    assert result.paragraphs[0] == standfirst
    assert result.metadata.description == standfirst
    assert result.metadata.title == "High-speed rail link gets the green light"


_BYLINE_PARTS = st.lists(
    st.sampled_from(["By", "by", "Von", "written", "text", "Jane", "Doe", "AP", " ", "  ", "|", "•", "·", "/",
                     "-", "—", "–", ":", ",", "and", "Reuters", "2019", "Автор:", "yazar"]),
    max_size=8,
).map(" ".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(_BYLINE_PARTS, st.text(max_size=30)))
def test_byline_prefix_of_the_first_part_is_that_of_the_line(text: str) -> None:
    # _parse_byline turns down prefix-less lines before splitting them at separators.
    line = text.strip()
    parts = _PART_SEPARATOR.split(line)
    assert (_BYLINE_PREFIX.match(parts[0]) is None) == (_BYLINE_PREFIX.match(line) is None)
    if _SEPARATOR_CHAR.search(line) is None:
        assert parts == [line]


SLUGGED = (
    "Harbour bridge reopens after three years of repairs\n\n"
    "Talk to our transport experts today\n\n"
    "The bridge carried its first cars on Saturday morning after a long closure, officials said.\n\n"
    "Traffic was light, and commuters welcomed the shorter trip into the city centre."
)
# A short line above the line under test: the lower line is the headline when it is headline-like.
UNDER_KICKER = SLUGGED.replace(
    "Harbour bridge reopens after three years of repairs", "Harbour news this week"
)


def test_the_url_names_the_headline_among_the_lines_above_the_body() -> None:
    url = "https://news.example.org/transport/2022/06/harbour-bridge-reopens-after-repairs/"
    result = Pipeline(cleaners=[Header()]).clean_text(SLUGGED, url=url)
    assert result.metadata.title == "Harbour bridge reopens after three years of repairs"
    assert "Talk to our transport experts today" in result.paragraphs
    # Without a URL, or with one whose slug is too short to name a line, the upper line, as long
    # as the lower one or longer, is the headline: the lower one stays in the body.
    for other in (None, "https://news.example.org/article/48213", "https://example.org/ferry-fares"):
        result = Pipeline(cleaners=[Header()]).clean_text(SLUGGED, url=other)
        assert result.metadata.title == "Harbour bridge reopens after three years of repairs"
        assert "Talk to our transport experts today" in result.paragraphs


def test_a_line_that_holds_none_of_a_long_slug_s_words_is_not_the_title() -> None:
    # The slug names the headline, and neither line above the body holds any of its words: the
    # title is unknown, and the line nearest the body still goes as the header's.
    url = "https://example.org/ferry-fares-rise-again"
    result = Pipeline(cleaners=[Header()]).clean_text(SLUGGED, url=url)
    assert result.metadata.title is None
    assert "Talk to our transport experts today" not in result.paragraphs
    assert [r.reason for r in result.removed if r.text == "Talk to our transport experts today"] == [
        "A headline-shaped line above the article that the URL's slug does not name: not taken for the title."
    ]
    # One of its words is enough for a headline that words its story differently.
    url = "https://example.org/city-transport-plan-approved"
    assert Pipeline(cleaners=[Header()]).clean_text(SLUGGED, url=url).metadata.title == (
        "Talk to our transport experts today"
    )


def test_the_url_does_not_overrule_the_title_an_html_page_declares() -> None:
    url = "https://news.example.org/harbour-bridge-reopens-after-repairs"
    page = Metadata(title="Talk to our transport experts today")
    result = Pipeline(cleaners=[Header()]).clean_text(SLUGGED, url=url, page=page)
    assert "Harbour bridge reopens after three years of repairs" in result.paragraphs


def test_a_standfirst_under_the_headline_the_url_names_is_copied() -> None:
    standfirst = "Engineers say the new deck will carry twice the traffic of the old one for fifty years"
    text = SLUGGED.replace("Talk to our", f"{standfirst}\n\nTalk to our")
    url = "https://news.example.org/harbour-bridge-reopens"
    result = Pipeline(cleaners=[Header()]).clean_text(text, url=url)
    assert result.metadata.title == "Harbour bridge reopens after three years of repairs"
    assert result.metadata.description == standfirst and standfirst in result.paragraphs


TEASED = (
    "Winter timetable: ferries to the islands now leave every two hours, the operator said on Monday.\n\n"
    "Latest stories from the coast\n\n"
    "Council votes to keep the lighthouse museum open all year\n\n"
    "Councillors voted on Tuesday to fund the museum's winter season from the tourism levy.\n\n"
    "The museum had closed each November since it opened, and volunteers ran tours in the spring."
)


def test_the_url_names_the_headline_below_a_teaser_paragraph() -> None:
    # A whole-page rendering opens with a teaser: the headline the URL names is below it, and the
    # line of the zone above is not the title.
    url = "https://news.example.org/2024/10/council-keeps-lighthouse-museum-open"
    result = Pipeline(cleaners=[Header()]).clean_text(TEASED, url=url)
    assert result.metadata.title == "Council votes to keep the lighthouse museum open all year"
    assert "Council votes to keep the lighthouse museum open all year" not in result.paragraphs
    assert result.paragraphs[0].startswith("Winter timetable")
    # A slug of two words names no line so far down, nor does a slug that few of its words share.
    for other in (
        "https://news.example.org/lighthouse-museum",
        "https://news.example.org/council-tax-rises-again",
    ):
        assert Pipeline(cleaners=[Header()]).clean_text(TEASED, url=other).metadata.title is None


def test_a_subheading_the_slug_names_deep_in_the_article_is_not_its_title() -> None:
    # Past more than two paragraphs the article has begun: a subheading there is no headline.
    body = "\n\n".join(TEASED.split("\n\n")[3:] * 2)
    text = f"{body}\n\nCouncil votes to keep the lighthouse museum open all year\n\n{body}"
    url = "https://news.example.org/2024/10/council-keeps-lighthouse-museum-open"
    assert Pipeline(cleaners=[Header()]).clean_text(text, url=url).metadata.title is None


def test_a_percent_encoded_slug_names_a_headline_in_its_own_script() -> None:
    text = (
        "Мост через залив открыли после ремонта\n\n"
        "Подпишитесь на наши новости сегодня\n\n"
        "Первые машины проехали по мосту в субботу утром после долгого закрытия, сообщили власти.\n\n"
        "Движение было слабым, и жители приветствовали более короткий путь в центр города."
    )
    url = "https://example.ru/news/%D0%BC%D0%BE%D1%81%D1%82-%D0%BE%D1%82%D0%BA%D1%80%D1%8B%D0%BB%D0%B8"
    result = Pipeline(cleaners=[Header()]).clean_text(text, url=url)
    assert result.metadata.title == "Мост через залив открыли после ремонта"


def test_a_slug_cut_short_still_names_its_headline() -> None:
    # Sites cut long slugs mid-word: the last word left ("lighth") opens the headline's word.
    url = "https://news.example.org/2024/10/council-votes-to-keep-the-lighth"
    result = Pipeline(cleaners=[Header()]).clean_text(TEASED, url=url)
    assert result.metadata.title == "Council votes to keep the lighthouse museum open all year"
    # Only the last word may be cut short, and only into a word of the line.
    for other in (
        "https://news.example.org/2024/10/council-votes-to-keep-the-ferr",
        "https://news.example.org/2024/10/council-votes-lighth-to-keep",
    ):
        assert Pipeline(cleaners=[Header()]).clean_text(TEASED, url=other).metadata.title is None


@pytest.mark.parametrize(
    "button", ["See all transport stories >", "See all transport stories →", "See all transport stories »"]
)
def test_a_button_ending_in_a_link_arrow_is_no_headline(button: str) -> None:
    text = SLUGGED.replace("Talk to our transport experts today", button)
    result = Pipeline(cleaners=[Header()]).clean_text(text)
    assert result.metadata.title == "Harbour bridge reopens after three years of repairs"
    assert button in result.paragraphs


@pytest.mark.parametrize(
    "card",
    [
        "Dylan Bailey, MS, RD, FAND",
        "Colin Smith, CPA, CFP",
        "Anila Chadha MD, DABOM",
        "Lena Marsh, RD Lena Marsh, RD",
    ],
)
def test_a_name_with_credentials_is_no_headline(card: str) -> None:
    text = SLUGGED.replace("Talk to our transport experts today", card)
    assert Pipeline(cleaners=[Header()]).clean_text(text).metadata.title == (
        "Harbour bridge reopens after three years of repairs"
    )
    # A headline with an abbreviation after a comma is still one.
    headline = "Harbour Bridge Reopens, NYC Says"
    text = UNDER_KICKER.replace("Talk to our transport experts today", headline)
    assert Pipeline(cleaners=[Header()]).clean_text(text).metadata.title == headline


def test_a_headline_closing_a_quotation_with_a_guillemet_is_still_one() -> None:
    for quoted in (
        "Le maire promet : « Le pont rouvrira »",
        "Der Bürgermeister verspricht »Die Brücke kommt«",
    ):
        text = UNDER_KICKER.replace("Talk to our transport experts today", quoted)
        assert Pipeline(cleaners=[Header()]).clean_text(text).metadata.title == quoted


def test_a_breadcrumb_trail_gives_the_page_it_ends_on() -> None:
    trail = "Home › Transport › Harbour bridge reopens after three years of repairs"
    text = SLUGGED.replace(
        "Harbour bridge reopens after three years of repairs\n\nTalk to our transport experts today", trail
    )
    result = Pipeline(cleaners=[Header()]).clean_text(text)
    assert result.metadata.title == "Harbour bridge reopens after three years of repairs"
    assert trail not in result.paragraphs
    # A trail ending on a section's name names no headline; French quotes are no trail.
    short = text.replace(trail, "Home › News › Transport")
    assert Pipeline(cleaners=[Header()]).clean_text(short).metadata.title is None
    quoted = "« Oui » et « Non » se disputent le pont du port"
    french = text.replace(trail, quoted)
    assert Pipeline(cleaners=[Header()]).clean_text(french).metadata.title == quoted


def test_a_hard_wrapped_first_paragraph_is_no_headline() -> None:
    # Text wrapped at a fixed width: the first line stops mid-sentence and runs on in lower case
    # below, so it opens a paragraph, however headline-shaped the lines joined so far are (the
    # line after them opens with a name, so the segmenter cannot join it too).
    wrapped = (
        "The ferry company had been losing money for years and the council\n"
        "finally ran out of patience with its\n"
        "Danish owners. The harbour master says the new operator starts in May.\n"
        "\n"
        "Passengers who bought season tickets will be refunded, the council said on Friday."
    )
    result = Pipeline(cleaners=[Header()]).clean_text(wrapped)
    assert result.metadata.title is None
    assert result.paragraphs[0].startswith("The ferry company had been losing money")
    # The same opening line alone over the body is headline-shaped and taken as the headline.
    single = wrapped.replace("council\nfinally ran out of patience with its\n", "council\n\n")
    assert Pipeline(cleaners=[Header()]).clean_text(single).metadata.title == (
        "The ferry company had been losing money for years and the council"
    )


@pytest.mark.parametrize(
    "menu",
    [
        "Sign In Subscription Explore",
        "All gists Back to GitHub Sign in Sign up",
        "Coast Sites Coast Sites submenu",
    ],
)
def test_menu_labels_with_two_account_controls_or_a_submenu_are_no_headline(menu: str) -> None:
    body = "The museum reopened its north wing on Friday after two years of work on the roof and floors."
    assert _judge(Case(f"{menu}\n{body}"))[:2] == ([], {})
    # One control word is a headline's topic.
    headline = "How to sign up for the harbour's new ferry pass"
    assert _judge(Case(f"{headline}\n{body}"))[1] == {"title": headline}


_STANDFIRST = (
    "A storm closed the pier for three weeks, and the repairs cost the island's council far more "
    "than it had planned when the work began in the autumn, officials said on Friday evening, as "
    "ferry crews returned to the harbour to prepare the boats for the first sailings next week."
)
_BODY = [
    "The island's ferry will run again from Monday, the operator said after repairs to the pier.",
    "Passengers were asked to book ahead, since the first sailings are expected to be full.",
    "The council will publish the final bill for the repairs at its next meeting in April.",
    "Local shops said the closure had cost them a large part of their winter trade.",
]


@pytest.mark.parametrize(
    ("lines", "byline"),
    [
        # under a standfirst too long to be the header's, the story's byline
        (["Ferry service to resume", _STANDFIRST, "By Amira Haddad", *_BODY], "By Amira Haddad"),
        # under the article's first paragraphs, as a picture's caption may push it
        ([_BODY[0], "The pier under repair in January.", "By Amira Haddad", *_BODY[1:]], "By Amira Haddad"),
        # deep in the article, it credits something the article names
        ([*_BODY, *_BODY, "By Amira Haddad"], None),
        # two of them: a list of books, each under its title, with its author
        ([*_BODY[:2], "The Salt Road", "By Amira Haddad", "Night Ferries", "By Leo Park", *_BODY[2:]], None),
    ],
)
def test_a_byline_below_the_first_paragraph(lines: list[str], byline: str | None) -> None:
    result = Pipeline(cleaners=[Header()]).clean_text("\n\n".join(lines))
    if byline is None:
        assert all(line in result.paragraphs for line in lines if line.startswith("By "))
    else:
        assert byline not in result.paragraphs
        assert result.metadata.authors == ("Amira Haddad",)
        assert [r.text for r in result.removed if r.text.startswith("By ")] == [byline]


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        # under a standfirst too long to be the header's, the story's dateline
        (["Ferry service to resume", _STANDFIRST, "March 12, 2024", *_BODY], "2024-03-12"),
        # two dates among the first paragraphs: neither is known to be the story's
        (
            ["Ferry service to resume", _STANDFIRST, "March 12, 2024", _BODY[0], "April 2, 2024", *_BODY[1:]],
            None,
        ),
        # below the first three paragraphs, a date heads other posts' cards or a timeline's entry
        (["Ferry service to resume", _STANDFIRST, *_BODY, "March 12, 2024", "The pier reopens"], None),
    ],
)
def test_a_dateline_below_the_first_paragraph(lines: list[str], date: str | None) -> None:
    result = Pipeline(cleaners=[Header()]).clean_text("\n\n".join(lines))
    assert result.metadata.date == date
    dates = [line for line in lines if line[:1].isupper() and line[-4:].isdigit()]
    assert all((line in result.paragraphs) is (date is None) for line in dates)


def test_a_dateline_in_the_header_leaves_later_dates_alone() -> None:
    lines = ["Ferry service to resume", "March 10, 2024", _STANDFIRST, "March 12, 2024", *_BODY]
    result = Pipeline(cleaners=[Header()]).clean_text("\n\n".join(lines))
    assert result.metadata.date == "2024-03-10"
    assert "March 12, 2024" in result.paragraphs


# A guide opening with its headline, as short as the subheadings of its body.
GUIDE = (
    "Winter Cycling Safety Tips\n\n"
    "Riding through the winter takes more preparation than a summer commute, and better lights.\n\n"
    "Roads freeze early in the morning, so the first ride of the day is the riskiest one.\n\n"
    "Choosing the Right Winter Tyres\n\n"
    "Studded tyres grip on ice, while wider tyres at lower pressure help on packed snow.\n\n"
    "Most riders keep a second wheel set and swap it in November, when the frost arrives."
)


@pytest.mark.parametrize(
    ("url", "title"),
    [
        # the URL spells the line out: three slug words or more, three in four of them
        ("https://bikes.example.com/guides/winter-cycling-safety-tips", "Winter Cycling Safety Tips"),
        (
            "https://bikes.example.com/guides/winter-cycling-safety-tips-for-commuters",
            "Winter Cycling Safety Tips",
        ),
        # a slug of two words: too few to tell the headline from a subheading
        ("https://bikes.example.com/guides/winter-cycling", None),
        # two of three slug words: as likely a first subheading of the body
        ("https://bikes.example.com/guides/winter-cycling-guide", None),
        # five of eight slug words: as likely a first subheading of the body
        ("https://bikes.example.com/winter-cycling-safety-tips-every-new-rider-needs", None),
        # no URL: a lone line no longer than the body's subheadings is one of them
        (None, None),
    ],
)
def test_a_lone_headline_the_url_spells_out_is_the_title(url: str | None, title: str | None) -> None:
    result = Pipeline(cleaners=[Header()]).clean_text(GUIDE, url=url)
    assert result.metadata.title == title
    assert (result.paragraphs[0] == "Winter Cycling Safety Tips") is (title is None)


# A disclosure paragraph above a long headline, most of whose words the short slug leaves out.
DISCLOSED = (
    "Advertiser Disclosure\n\n"
    "Some of the offers on this site come from partners who pay us when a reader follows a link.\n\n"
    "The 10 Best Bike Rental Shops in 2025 [Prices, Fleet, Service, Opening Hours and More]\n\n"
    "Renting a bike for a weekend costs less than most riders expect, and the best shops deliver.\n\n"
    "We compared prices, fleets and service at every shop in the city over three months."
)


@pytest.mark.parametrize(
    ("url", "title"),
    [
        # all four slug words: the headline, though they make less than half of its words
        # (above a first paragraph, three in four would do)
        (
            "https://bikes.example.com/best-bike-rental-shops",
            "The 10 Best Bike Rental Shops in 2025 [Prices, Fleet, Service, Opening Hours and More]",
        ),
        # three of four below a paragraph: the body may hold lines as near a slug cut short
        ("https://bikes.example.com/best-bike-rental-deals", None),
        # two of four: no more than a line that shares a topic
        ("https://bikes.example.com/bike-rental-insurance-guide", None),
    ],
)
def test_a_headline_below_a_first_paragraph_that_the_url_spells_out_is_the_title(
    url: str, title: str | None
) -> None:
    result = Pipeline(cleaners=[Header()]).clean_text(DISCLOSED, url=url)
    assert result.metadata.title == title


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("The Hottest Housing Markets in the U.S.", True),  # an initialism's periods
        ("Why Rents Keep Rising in Washington, D.C.", True),
        ("Rents keep rising in the capital.", False),  # a sentence
        ("Rents keep rising in the capital, again.", False),
    ],
)
def test_an_initialism_closing_a_line_is_no_sentence_end(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


@pytest.mark.parametrize(
    ("other", "goes"),
    [
        ("Harbour Bridge Reopens: What Commuters Need to Know", True),  # the headline and a subtitle
        ("Harbour Bridge Reopens", True),  # the same words
        ("Ferry Timetables Change for the Winter", False),  # another headline-shaped line
        ("Harbour Bridge Reopens in pictures:", False),  # a line that heads a list, no headline
    ],
)
def test_another_version_of_the_headline_in_the_header_goes_with_it(other: str, goes: bool) -> None:
    text = (
        f"{other}\n\n"
        "By Lena Marsh\n\n"
        "Harbour Bridge Reopens\n\n"
        "The bridge reopened to traffic on Monday after three years of repairs, the council said.\n\n"
        "Commuters queued from dawn to be among the first to cross the new deck."
    )
    url = "https://news.example.org/2024/10/harbour-bridge-reopens"
    result = Pipeline(cleaners=[Header()]).clean_text(text, url=url)
    assert result.metadata.title == "Harbour Bridge Reopens"
    assert (other not in result.paragraphs) is goes


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        # a photo's credit in brackets closes a caption
        ("Ferry passengers queue at the harbour (Reuters)", False),
        ("Ferry passengers queue at the harbour (AP Photo/Jane Doe)", False),
        ("Ferry passengers queue at the harbour (Photo by Jane Doe for the Herald, 2019)", False),
        # a headline's own aside runs longer, or holds a figure or a mark
        ("The Harbour Year: Looking Back With Pride (and Ahead With Worry)", True),
        ("Best Ferry Operators on the Coast (2026 Ratings)", True),
        ("How to Sail a Dinghy (Without Capsizing!)", True),
        ("Top Ferry Routes (+ When to Book Them)", True),
        ("Why Ferries Still Matter (And Why Our Town Keeps Three of Them)", True),
    ],
)
def test_a_headline_may_close_with_its_own_aside(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("Veteran sprinter Ana Lusk, who in 2011 set the", False),  # a sentence cut where it wrapped
        ("The council says the new bridge will open in a", False),
        ("Ferry Timetables Change for the Winter", True),
        ("Vitamin A and the Immune System", True),  # an article inside the line, a capital A at the end
        ("Why Everyone Wants a Plan A", True),
    ],
)
def test_a_line_stopping_on_an_article_is_no_headline(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        # a portal's note of the original title, credits and labels, and captions closing on a credit
        ("（原标题：大桥通车后 过江时间缩短一半）", False),
        ("【文/本报特约评论员 李华】", False),
        ("执笔/王明、张丽", False),
        ("记者：陈刚 通讯员：刘芳", False),
        ("新大桥通车仪式现场。市交通局供图 新华网", False),
        ("市民在江边观看烟花表演 张伟 摄", False),
        # headlines
        ("过江大桥今日通车 过江时间缩短一半", True),
        ("摄影展开幕：百幅作品记录城市变迁", True),
    ],
)
def test_chinese_credits_and_captions_are_no_headline(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


def test_the_first_line_of_a_hard_wrapped_paragraph_is_not_the_title() -> None:
    text = (
        "Photos\n"
        "Veteran sprinter Ana Lusk, who in 2011 set the\n"
        "National Indoor Record over 60 metres, has shared new photos of herself\n"
        " with her training group on social media.\n"
        "She said the group trains six days a week at the city stadium.\n"
    )
    result = Pipeline(cleaners=[Header()]).clean_text(text)
    assert result.metadata.title != "Veteran sprinter Ana Lusk, who in 2011 set the"
    assert any(p.startswith("Veteran sprinter Ana Lusk") for p in result.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Opublikowano: wtorek 12 marca",
        "Gepubliceerd: dinsdag 12 maart",
        "Zaktualizowano: dziś rano o 10:30",
        "Publicerad: i tisdags kväll",
        "Közzétéve: kedd reggel",
        "פורסם: יום שלישי בבוקר",
        "Objavljeno: u utorak ujutro",
    ],
)
def test_a_post_s_published_or_updated_line_is_no_headline(line: str) -> None:
    assert _title_like(line) is False


def _cleaned(*blocks: str) -> newsclean.Result:
    return newsclean.clean("\n\n".join(blocks), kind="text")


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [
        (
            "Should you fix your mortgage rate before the spring?",
            (
                "Lenders cut their two-year deals again this week, and brokers expect more cuts by March.",
                "The average rate fell to 4.9 per cent, the lowest since last summer.",
            ),
        ),
        (
            "Wann fährt die neue Straßenbahn endlich durch die Altstadt?",
            (
                "Seit drei Jahren wird am Marktplatz gebaut, und ein Ende ist noch nicht in Sicht.",
                "Die Stadtwerke nennen nun den Herbst als Termin für die erste Fahrt.",
            ),
        ),
        (
            "¿Por qué sube tanto el precio del aceite de oliva este año?",
            (
                "La sequía redujo la cosecha a la mitad en Jaén y Córdoba, según las cooperativas.",
                "Los supermercados ya venden la botella de un litro a más de nueve euros.",
            ),
        ),
    ],
)
def test_a_headline_asking_a_question_is_the_title(headline: str, paragraphs: tuple[str, ...]) -> None:
    result = _cleaned(headline, *paragraphs)
    assert result.metadata.title == headline
    assert result.paragraphs == paragraphs


@pytest.mark.parametrize(
    "blocks",
    [
        # an interview's first question under its headline
        (
            "Harbour pilot Ines Varga on forty years of bringing ships into port",
            "What made you choose the sea in the first place?",
            "My father was a fisherman, and I spent every summer on his boat until I was sixteen.",
        ),
        # a list of questions opening the text: none of them is a headline
        (
            "Can tenants refuse a rent rise in the middle of a lease?",
            "Can a landlord keep the deposit for ordinary wear and tear?",
            "Both questions come up every week at the advice centre, and the answers depend on the contract.",
        ),
        # a question whose sentence goes on below it
        (
            "Have you ever wondered why the ferry always leaves late?",
            "because the harbour master waits for the last bus from the station, every single morning.",
        ),
    ],
)
def test_a_question_in_the_body_stays_there(blocks: tuple[str, ...]) -> None:
    result = _cleaned(*blocks)
    kept = "\n".join(result.paragraphs)
    assert all(block in kept for block in blocks[1:])
    assert result.metadata.title in (None, blocks[0])


@pytest.mark.parametrize(
    ("headline", "subheading", "paragraphs"),
    [
        (
            "Council approves the new cycle lanes along the river road",
            "Shop owners fear for their deliveries",
            (
                "The lanes will take one of the two parking strips, and traders say vans will have no room.",
                "The work starts in the first week of June, the council said.",
            ),
        ),
        (
            "La mairie ferme la piscine municipale pour deux ans de travaux",
            "Les clubs cherchent un autre bassin",
            (
                "Les nageurs du club local devront s'entraîner dans la commune voisine jusqu'en 2027.",
                "Les travaux commencent la première semaine de juin, a précisé la mairie.",
            ),
        ),
    ],
)
def test_a_first_subheading_under_the_headline_stays_in_the_body(
    headline: str, subheading: str, paragraphs: tuple[str, ...]
) -> None:
    result = _cleaned(headline, subheading, *paragraphs)
    assert result.metadata.title == headline
    assert result.paragraphs == (subheading, *paragraphs)


@pytest.mark.parametrize(
    ("byline", "stamp"),
    [
        ("By Helen Park", "10.15am BST"),
        ("By Helen Park", "At 10:15"),
        ("By Helen Park", "Saturday 7.30pm"),
    ],
)
def test_a_live_blog_s_first_stamp_is_no_headline(byline: str, stamp: str) -> None:
    headline = "Storm live: trains cancelled across the north as winds reach 90mph"
    result = _cleaned(
        headline,
        byline,
        stamp,
        "Network Rail has closed the line between two of the largest northern cities until the afternoon.",
        "11.02am BST",
        "Ferries to the islands have been cancelled for the rest of the day, the operator said.",
    )
    assert result.metadata.title == headline
    assert result.metadata.authors == ("Helen Park",)
    assert stamp in result.paragraphs


@pytest.mark.parametrize(
    ("headline", "byline", "stamp", "paragraph"),
    [
        (
            "Sturm live: Bahnverkehr im Norden eingestellt, Böen bis 140 Kilometer pro Stunde",
            "Von Jonas Weber",
            "Um 10.15 Uhr",
            "Die Bahn hat die Strecke zwischen Hamburg und Bremen bis zum Nachmittag gesperrt.",
        ),
        (
            "Storm live: treinen in het noorden geschrapt, windstoten tot 120 kilometer per uur",
            "Door Sanne de Vries",
            "Om 9.05 uur",
            "ProRail heeft het spoor tussen Groningen en Zwolle tot de middag gesloten.",
        ),
    ],
)
def test_a_live_blog_s_first_stamp_is_no_headline_in_other_languages(
    headline: str, byline: str, stamp: str, paragraph: str
) -> None:
    result = _cleaned(headline, byline, stamp, paragraph)
    assert result.metadata.title == headline
    assert stamp in result.paragraphs


_RAIL = (
    "Regional rail fares rise by a tenth from the first of March",
    "Season tickets will cost about eighty euros more a year, the operator confirmed on Monday.",
    "Passenger groups called the rise unfair after a winter of cancellations.",
)
_RAIL_FR = (
    "Les tarifs des trains régionaux augmentent de dix pour cent en mars",
    "Un abonnement annuel coûtera environ quatre-vingts euros de plus, a confirmé l'opérateur lundi.",
    "Les associations d'usagers dénoncent une hausse injuste après un hiver d'annulations.",
)
_RAIL_ES = (
    "Los billetes de los trenes regionales suben un diez por ciento en marzo",
    "El abono anual costará unos ochenta euros más, confirmó el operador el lunes.",
    "Las asociaciones de viajeros critican la subida tras un invierno de cancelaciones.",
)
_RAIL_IT = (
    "I biglietti dei treni regionali aumentano del dieci per cento a marzo",
    "L'abbonamento annuale costerà circa ottanta euro in più, ha confermato lunedì la società.",
    "Le associazioni dei pendolari parlano di un aumento ingiusto dopo un inverno di cancellazioni.",
)
_RAIL_CS = (
    "Jízdné v regionálních vlacích od března zdraží o desetinu",
    "Roční předplatné bude stát zhruba o osm set korun více, potvrdil v pondělí dopravce.",
    "Sdružení cestujících zdražení kritizuje po zimě plné zrušených spojů.",
)
_RAIL_ZH = (
    "城际列车票价三月起上调一成 月票涨幅较大",
    "铁路运营方周一确认，年度月票每年将多花约八百元，部分线路的涨幅更大。",
    "乘客协会表示，在经历了一个频繁停运的冬天之后，这次涨价并不合理。",
)


@pytest.mark.parametrize(
    ("story", "byline", "authors"),
    [
        (_RAIL, "By the sports desk", ("the sports desk",)),
        (_RAIL_FR, "Par la rédaction sport", ("la rédaction sport",)),
        (_RAIL_IT, "A cura della redazione esteri", ("redazione esteri",)),
        (_RAIL_FR, "Par Luc Martin, à Nantes", ("Luc Martin",)),
        (_RAIL_ES, "Por Marta Gil, desde Sevilla", ("Marta Gil",)),
        (_RAIL_ES, "Por Carla Reis, g1 Bahia", ("Carla Reis",)),
        (_RAIL_ES, "Marta Gil, desde Sevilla", ("Marta Gil",)),
        (_RAIL_CS, "Jan Dvořák, Seznamzpravy.cz", ("Jan Dvořák",)),
        (_RAIL, "Interview by Priya Nair", ("Priya Nair",)),
        (_RAIL_IT, "Intervista di Marco Bassi", ("Marco Bassi",)),
        (_RAIL_ZH, "新华社记者 张伟 刘洋", ("张伟", "刘洋")),
    ],
)
def test_bylines_of_desks_places_outlets_and_interviewers(
    story: tuple[str, str, str], byline: str, authors: tuple[str, ...]
) -> None:
    headline, *paragraphs = story
    result = _cleaned(headline, byline, *paragraphs)
    assert result.metadata.title == headline
    assert result.metadata.authors == authors
    assert result.paragraphs == tuple(paragraphs)


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("10.15am BST", False),
        ("Um 10.15 Uhr", False),
        ("Saturday 7.30pm", False),
        ("В 18:34", False),
        # a time inside a headline
        ("The 7.12 train to Milan is late again", True),
        ("Il treno delle 7.12 non arriva mai", True),
    ],
)
def test_a_clock_time_with_a_label_is_no_headline(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


@pytest.mark.parametrize(
    "line",
    [
        "By the numbers: how the city spends its parking fees",
        "Tom Hanks, Hollywood's favourite neighbour, turns seventy",
    ],
)
def test_lines_shaped_like_bylines_may_still_be_headlines(line: str) -> None:
    result = _cleaned(
        line,
        "By Rosa Klein",
        "The figures, published on Friday, cover every street in the old town for the past five years.",
    )
    assert result.metadata.title == line


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("आखिरकार पकड़ा गया लुटेरों का गिरोह।", False),  # a sentence closing on the danda
        ("অবশেষে বিয়ের খবর দিলেন তিনি।", False),
        ("ပွဲတော်ကို ယနေ့ စတင်ကျင်းပသည်။", False),
        ("በዓሉ በድምቀት ተከበረ።", False),
        ("警方表示，嫌疑人已被拘留。", False),
        ("बाढ़ से सैकड़ों गांव प्रभावित", True),  # the same scripts' headlines, without the stop
        ("ঢাকায় ছিনতাইকারী চক্রের সাত সদস্য গ্রেপ্তার", True),
    ],
)
def test_a_line_closing_on_another_script_s_full_stop_is_no_headline(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


def test_a_short_lead_closing_on_the_danda_is_not_taken_for_the_headline() -> None:
    headline = "সিলেটে বন্যায় পানিবন্দী লাখো মানুষ"
    lead = "পরিস্থিতির আরও অবনতি হয়েছে।"
    paragraphs = [
        "টানা বৃষ্টি আর উজান থেকে নেমে আসা ঢলে সিলেটের বিভিন্ন উপজেলায় বন্যা পরিস্থিতির অবনতি হয়েছে। "
        "জেলা প্রশাসন জানিয়েছে, অন্তত দুই লাখ মানুষ পানিবন্দী হয়ে পড়েছেন।",
        "আশ্রয়কেন্দ্রগুলোতে খাবার ও বিশুদ্ধ পানির সংকট দেখা দিয়েছে বলে স্থানীয়রা অভিযোগ করেছেন।",
    ]
    text = "\n\n".join([headline, "নিজস্ব প্রতিবেদক, সিলেট", lead, *paragraphs])
    result = newsclean.clean(text, kind="text")
    assert result.metadata.title == headline
    assert lead in result.body


@pytest.mark.parametrize(
    ("headline", "first", "link", "last"),
    [
        (
            "Ferry strike strands thousands of holidaymakers",
            "Thousands of holidaymakers were stranded at three ports on Friday after ferry crews walked out "
            "over a pay offer that the union called an insult.",
            "Read more: What the new ferry timetable means for island residents this winter",
            "Talks between the operator and the union resume on Monday.",
        ),
        (
            "Grevă la feriboturi, mii de turiști blocați",
            "Mii de turiști au rămas blocați vineri în trei porturi, după ce echipajele feriboturilor au "
            "intrat în grevă din cauza salariilor.",
            "Citește și: Ce înseamnă noul program al feriboturilor pentru locuitorii insulelor",
            "Negocierile dintre operator și sindicat vor fi reluate luni.",
        ),
    ],
)
def test_a_read_also_line_between_paragraphs_is_no_subheading_that_unseats_the_headline(
    headline: str, first: str, link: str, last: str
) -> None:
    # A lone first line no longer than the body's subheadings is taken for one; a link to
    # another story between two paragraphs is no subheading, however long.
    result = newsclean.clean("\n\n".join([headline, first, link, last]), kind="text")
    assert result.metadata.title == headline


def test_a_real_subheading_as_long_as_a_lone_first_line_still_makes_it_one() -> None:
    first = "Ferry strike strands holidaymakers"
    paragraph = (
        "Thousands of holidaymakers were stranded at three ports on Friday after ferry crews walked out "
        "over a pay offer that the union called an insult."
    )
    sub = "What the strike means for island residents"
    last = "Talks between the operator and the union resume on Monday."
    result = newsclean.clean("\n\n".join([first, paragraph, sub, last]), kind="text")
    assert result.metadata.title is None
    assert first in result.body
