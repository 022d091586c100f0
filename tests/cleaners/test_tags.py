"""The tags cleaner: keyword lists after the body or after a label, lifted into metadata."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.cleaners.base import Document
from newsclean.cleaners.tags import Tags, split_keywords
from newsclean.config import Config
from newsclean.text.detect import detect_language
from newsclean.text.segment import segment_text

P1 = "The council voted on Tuesday to expand the city's bike lane network by forty kilometres."
P2 = "Cycling groups welcomed the decision, while some shop owners worried about losing parking."


def judge(text: str) -> tuple[list[str], list[str]]:
    doc = Document.build(segment_text(text), detect_language(text), Config())
    verdicts = Tags().judge(doc, {})
    for verdict in verdicts:
        assert verdict.reason.endswith(".")
    tags = [t for v in verdicts for name, value in v.meta if name == "tags" for t in value]
    return [doc.segments[i].text for v in verdicts for i in v.indices], tags


@pytest.mark.parametrize(
    ("text", "removed", "tags"),
    [
        (
            f"{P1}\n\n{P2}\n\ncycling, urban planning, city council, transport",
            ["cycling, urban planning, city council, transport"],
            ["cycling", "urban planning", "city council", "transport"],
        ),
        (  # a label makes a list removable anywhere
            f"{P1}\n\nTags: Brexit, trade, EU summit\n\n{P2}",
            ["Tags: Brexit, trade, EU summit"],
            ["Brexit", "trade", "EU summit"],
        ),
        (
            "Der Stadtrat hat am Dienstag beschlossen, das Radwegenetz um vierzig Kilometer zu erweitern.\n\n"
            "Schlagwörter: Radverkehr, Stadtrat, Verkehrswende",
            ["Schlagwörter: Radverkehr, Stadtrat, Verkehrswende"],
            ["Radverkehr", "Stadtrat", "Verkehrswende"],
        ),
        (
            "El ayuntamiento aprobó el martes ampliar la red de carriles bici en cuarenta kilómetros.\n\n"
            "Etiquetas: movilidad, Ayuntamiento de Sevilla",
            ["Etiquetas: movilidad, Ayuntamiento de Sevilla"],
            ["movilidad", "Ayuntamiento de Sevilla"],
        ),
        (
            "Le conseil municipal a voté mardi l'extension du réseau de pistes cyclables "
            "de quarante kilomètres.\n\n"
            "Mots-clés : vélo, Lyon, mobilité douce",
            ["Mots-clés : vélo, Lyon, mobilité douce"],
            ["vélo", "Lyon", "mobilité douce"],
        ),
        (
            "Городской совет во вторник проголосовал за расширение сети велодорожек на сорок километров.\n\n"
            "Теги: велосипед, городской совет, транспорт",
            ["Теги: велосипед, городской совет, транспорт"],
            ["велосипед", "городской совет", "транспорт"],
        ),
        (
            "وافق مجلس المدينة يوم الثلاثاء على توسيع شبكة مسارات الدراجات بمقدار أربعين كيلومترا.\n\n"
            "الكلمات المفتاحية: الدراجات، مجلس المدينة، النقل",
            ["الكلمات المفتاحية: الدراجات، مجلس المدينة، النقل"],
            ["الدراجات", "مجلس المدينة", "النقل"],
        ),
        (
            f"{P1}\n\n{P2}\n\nPolitics | Elections | Nairobi County",
            ["Politics | Elections | Nairobi County"],
            ["Politics", "Elections", "Nairobi County"],
        ),
        (
            f"{P1}\n\n{P2}\n\nKlima · Energie · Berlin",
            ["Klima · Energie · Berlin"],
            ["Klima", "Energie", "Berlin"],
        ),
        (
            f"{P1}\n\n{P2}\n\n#cycling #BikeLanes #citycouncil",
            ["#cycling #BikeLanes #citycouncil"],
            ["cycling", "BikeLanes", "citycouncil"],
        ),
        (
            "市议会周二投票通过决定，将全市自行车道网络延长四十公里，工程将于明年春季开工。\n\n"
            "标签：自行车、市议会、交通",
            ["标签：自行车、市议会、交通"],
            ["自行车", "市议会", "交通"],
        ),
        (
            "市議会は火曜日、自転車専用道路を四十キロ延長する計画を賛成多数で可決した。\n\n"
            "タグ：自転車、市議会、交通",
            ["タグ：自転車、市議会、交通"],
            ["自転車", "市議会", "交通"],
        ),
        (
            "시의회는 화요일 자전거 도로를 40킬로미터 늘리는 계획을 통과시켰다.\n\n"
            "태그: 자전거, 시의회, 교통",
            ["태그: 자전거, 시의회, 교통"],
            ["자전거", "시의회", "교통"],
        ),
        (  # a bare label with one keyword per line
            f"{P1}\n\n{P2}\n\nTopics\nHousing\nInterest rates\nBank of England",
            ["Topics", "Housing", "Interest rates", "Bank of England"],
            ["Housing", "Interest rates", "Bank of England"],
        ),
    ],
)
def test_tag_lists_are_removed_and_lifted(text: str, removed: list[str], tags: list[str]) -> None:
    assert judge(text) == (removed, tags)


@pytest.mark.parametrize(
    "text",
    [
        f"{P1}\n\n{P2}\n\nHe visited France, Italy, Spain and Portugal last year.",
        f"{P1}\n\nApples, pears, plums\n\n{P2}",  # a short list inside the body, without a label
        f"{P1}\n\nTopics for discussion included trade, security and climate.\n\n{P2}",
        f"{P1}\n\n{P2}\n\nBy Ana Ortiz, Tom Ng and Lee Park",
        f"{P1}\n\nKeywords: the minister said the reform was overdue.\n\n{P2}",
        f"{P1}\n\n{P2}\n\nSport, Football",
        f"{P1}\n\nThemes\n\n{P2}",  # a label word used as a subheading inside the body
        f"{P1}\n\n关键词：市长说，这项改革早就应该推行了。\n\n{P2}",
    ],
)
def test_prose_and_short_lists_stay(text: str) -> None:
    assert judge(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("economy | elections · Brazil", ("economy", "elections", "Brazil")),
        ("Lagos, Abuja, Kano", ("Lagos", "Abuja", "Kano")),
        ("A very long keyword phrase indeed, b, c", None),
        ("2019, 2020, 2021", None),
    ],
)
def test_split_keywords(text: str, expected: tuple[str, ...] | None) -> None:
    assert split_keywords(text) == expected


def test_pipeline_lifts_tags_into_metadata() -> None:
    result = Pipeline(cleaners=[Tags()]).clean_text(f"{P1}\n\n{P2}\n\nTags: cycling, city council, Lyon\n")
    assert result.metadata.tags == ("cycling", "city council", "Lyon")
    assert list(result.paragraphs) == [P1, P2]
    assert [(r.category, r.cleaner) for r in result.removed] == [("tags", "tags")]


@pytest.mark.parametrize(
    "entries",
    [
        # the band's tour dates below the article
        ["June 4 – Cork, Opera House", "June 6 – Galway, Town Hall", "June 9 – Sligo, Hawk's Well"],
        # the shops that stock the book
        ["Book Nook, 4 Mill Lane, Ely", "Pages, 17 Quay Street, Truro"],
    ],
)
def test_keyword_lines_one_under_another_are_a_list_s_entries_not_tags(entries: list[str]) -> None:
    assert all(split_keywords(entry) is not None for entry in entries)  # each alone reads as tags
    removed, tags = judge("\n\n".join([P1, P2, *entries]))
    assert removed == []
    assert tags == []
    # a keyword line alone below the article is still a tag list
    assert judge("\n\n".join([P1, P2, entries[0]]))[0] == [entries[0]]


@pytest.mark.parametrize(
    ("prose", "label_line", "tags"),
    [
        (
            "De gemeenteraad stemde dinsdag in met veertig kilometer extra fietspad.",
            "Trefwoorden: fietsen, gemeenteraad, Utrecht",
            ["fietsen", "gemeenteraad", "Utrecht"],
        ),
        (
            "Rada miasta zgodziła się we wtorek na budowę czterdziestu kilometrów ścieżek.",
            "Tagi: rowery, rada miasta, Kraków",
            ["rowery", "rada miasta", "Kraków"],
        ),
        (
            "Belediye meclisi salı günü kırk kilometrelik yeni bisiklet yolunu onayladı.",
            "Etiketler: bisiklet, belediye, İzmir",
            ["bisiklet", "belediye", "İzmir"],
        ),
        (
            "Zastupitelstvo v úterý schválilo čtyřicet kilometrů nových cyklostezek.",
            "Štítky: cyklistika, zastupitelstvo, Brno",
            ["cyklistika", "zastupitelstvo", "Brno"],
        ),
        (
            "A közgyűlés kedden negyven kilométer új kerékpárutat hagyott jóvá.",
            "Címkék: kerékpár, közgyűlés, Szeged",
            ["kerékpár", "közgyűlés", "Szeged"],
        ),
        (
            "Byrådet vedtog tirsdag fyrre kilometer nye cykelstier.",
            "Emner: cykling, byråd, Aarhus",
            ["cykling", "byråd", "Aarhus"],
        ),
        (
            "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη σαράντα χιλιόμετρα ποδηλατόδρομων.",
            "Ετικέτες: ποδήλατο, δήμος, Πάτρα",
            ["ποδήλατο", "δήμος", "Πάτρα"],
        ),
        (
            "DPRD menyetujui pembangunan jalur sepeda sepanjang empat puluh kilometer.",
            "Kata kunci: sepeda, DPRD, Bandung",
            ["sepeda", "DPRD", "Bandung"],
        ),
        (
            "नगर निगम ने मंगलवार को चालीस किलोमीटर नई साइकिल पट्टी को मंजूरी दी।",
            "टैग: साइकिल, नगर निगम, जयपुर",
            ["साइकिल", "नगर निगम", "जयपुर"],
        ),
        (
            "সিটি করপোরেশন মঙ্গলবার চল্লিশ কিলোমিটার নতুন সাইকেল লেন অনুমোদন করেছে।",
            "ট্যাগ: সাইকেল, সিটি করপোরেশন, খুলনা",
            ["সাইকেল", "সিটি করপোরেশন", "খুলনা"],
        ),
        (
            "מועצת העיר אישרה ביום שלישי ארבעים קילומטרים של שבילי אופניים חדשים.",
            "תגיות: אופניים, מועצת העיר, חיפה",
            ["אופניים", "מועצת העיר", "חיפה"],
        ),
        (
            "Gradsko vijeće u utorak je odobrilo četrdeset kilometara novih biciklističkih staza.",
            "Oznake: biciklizam, gradsko vijeće, Split",
            ["biciklizam", "gradsko vijeće", "Split"],
        ),
        (
            "Общинският съвет одобри във вторник четиридесет километра нови велоалеи.",
            "Етикети: велосипеди, общински съвет, Варна",
            ["велосипеди", "общински съвет", "Варна"],
        ),
        (
            "El ple de l'ajuntament va aprovar dimarts quaranta quilòmetres de carril bici.",
            "Etiquetes: bicicleta, ajuntament, Girona",
            ["bicicleta", "ajuntament", "Girona"],
        ),
        (
            "Bələdiyyə çərşənbə axşamı qırx kilometr yeni velosiped yolunu təsdiqlədi.",
            "Teqlər: velosiped, bələdiyyə, Gəncə",
            ["velosiped", "bələdiyyə", "Gəncə"],
        ),
        (
            "Këshilli bashkiak miratoi të martën dyzet kilometra korsi të reja për biçikleta.",
            "Etiketa: biçikleta, bashkia, Durrës",
            ["biçikleta", "bashkia", "Durrës"],
        ),
        (
            "Borgarstjórn samþykkti á þriðjudag fjörutíu kílómetra af nýjum hjólastígum.",
            "Efnisorð: hjólreiðar, borgarstjórn, Akureyri",
            ["hjólreiðar", "borgarstjórn", "Akureyri"],
        ),
        (
            "Cymeradwyodd y cyngor ddeugain cilomedr o lwybrau beicio newydd ddydd Mawrth.",
            "Tagiau: beicio, cyngor, Abertawe",
            ["beicio", "cyngor", "Abertawe"],
        ),
        (
            "ਨਗਰ ਨਿਗਮ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਚਾਲੀ ਕਿਲੋਮੀਟਰ ਨਵੀਆਂ ਸਾਈਕਲ ਲੇਨਾਂ ਨੂੰ ਮਨਜ਼ੂਰੀ ਦਿੱਤੀ।",
            "ਟੈਗ: ਸਾਈਕਲ, ਨਗਰ ਨਿਗਮ, ਅੰਮ੍ਰਿਤਸਰ",
            ["ਸਾਈਕਲ", "ਨਗਰ ਨਿਗਮ", "ਅੰਮ੍ਰਿਤਸਰ"],
        ),
        (
            "મહાનગરપાલિકાએ મંગળવારે ચાલીસ કિલોમીટર નવી સાયકલ લેનને મંજૂરી આપી.",
            "ટૅગ્સ: સાયકલ, મહાનગરપાલિકા, સુરત",
            ["સાયકલ", "મહાનગરપાલિકા", "સુરત"],
        ),
        (
            "ನಗರ ಪಾಲಿಕೆ ಮಂಗಳವಾರ ನಲವತ್ತು ಕಿಲೋಮೀಟರ್ ಹೊಸ ಸೈಕಲ್ ಪಥಕ್ಕೆ ಅನುಮೋದನೆ ನೀಡಿತು.",
            "ಟ್ಯಾಗ್‌ಗಳು: ಸೈಕಲ್, ನಗರ ಪಾಲಿಕೆ, ಮೈಸೂರು",
            ["ಸೈಕಲ್", "ನಗರ ಪಾಲಿಕೆ", "ಮೈಸೂರು"],
        ),
        (
            "നഗരസഭ ചൊവ്വാഴ്ച നാൽപത് കിലോമീറ്റർ പുതിയ സൈക്കിൾ പാതയ്ക്ക് അംഗീകാരം നൽകി.",
            "ടാഗുകൾ: സൈക്കിൾ, നഗരസഭ, കൊച്ചി",
            ["സൈക്കിൾ", "നഗരസഭ", "കൊച്ചി"],
        ),
        (
            "නගර සභාව අඟහරුවාදා නව බයිසිකල් මංතීරු කිලෝමීටර් හතළිහක් අනුමත කළේය.",
            "ටැග්: බයිසිකල්, නගර සභාව, මහනුවර",
            ["බයිසිකල්", "නගර සභාව", "මහනුවර"],
        ),
        (
            "የከተማው ምክር ቤት ማክሰኞ አርባ ኪሎ ሜትር አዲስ የብስክሌት መንገድ አጸደቀ።",
            "መለያዎች: ብስክሌት, ምክር ቤት, ባህር ዳር",
            ["ብስክሌት", "ምክር ቤት", "ባህር ዳር"],
        ),
    ],
)
def test_tag_labels_in_more_languages(prose: str, label_line: str, tags: list[str]) -> None:
    assert judge(f"{prose}\n\n{label_line}") == ([label_line], tags)


@pytest.mark.parametrize(
    "sentence",
    [
        "Emner som skat og bolig fyldte debatten i byrådet.",
        "Onderwerpen die aan bod kwamen waren wonen en zorg.",
        "Topik utama rapat adalah anggaran daerah tahun depan.",
        "Tagi mogą też pomóc w wyszukiwaniu, mówi ekspert.",
    ],
)
def test_label_words_in_prose_stay(sentence: str) -> None:
    assert judge(f"{P1}\n\n{sentence}\n\n{P2}") == ([], [])


@pytest.mark.parametrize("heading", ["Sources", "Zdroje"])
def test_an_entry_of_a_list_of_sources_is_no_tag_list(heading: str) -> None:
    entry = "- Cycling Union, annual count, May 2025"
    assert split_keywords(entry) is not None  # alone it reads as tags
    lines = [P1, P2, heading, "- City council, minutes of the transport committee", entry]
    assert judge("\n\n".join(lines)) == ([], [])
    # without the heading over it, it is still a tag list
    assert judge("\n\n".join([P1, P2, entry]))[0] == [entry]
