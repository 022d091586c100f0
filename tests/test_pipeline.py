"""The pipeline mechanics: verdict application, context rule, safety guard, metadata merge, records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

import newsclean
from newsclean import Config, ConfigError, Metadata, Pipeline
from newsclean.cleaners.base import Cleaner, Document, Member, Verdict
from newsclean.cleaners.context import ContextRule
from newsclean.cleaners.guard import SafetyGuard
from newsclean.model import Category
from newsclean.pipeline import default_chain

ROOT = Path(__file__).resolve().parents[1]


class MarkLines(Cleaner):
    """Test cleaner: removes segments whose text contains a marker."""

    def __init__(self, name: str, category: Category, marker: str, *, guarded: bool = False,
                 meta: tuple[tuple[str, str | tuple[str, ...]], ...] = ()) -> None:  # fmt: skip
        self.name = name
        self.category = category
        self.marker = marker
        self.guarded = guarded
        self.meta = meta

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        hits = tuple(s.index for s in doc.segments if self.marker in s.text and s.index not in removed)
        return [Verdict(hits, f"Contains {self.marker}.", meta=self.meta)] if hits else []


def chain(*cleaners: Cleaner) -> list[Member]:
    """Test cleaners followed by the safety guard and the context rule, as in the default chain."""
    return [*cleaners, SafetyGuard(), ContextRule()]


PROSE = [
    "The regional government announced a new rail link between the two largest cities on Monday.",
    "Construction is expected to begin next spring and should take about four years to complete.",
    "Officials said the project would cut travel times by nearly half for daily commuters.",
]


def test_first_cleaner_wins_and_records_follow_runs() -> None:
    text = "\n".join(["JUNK one", "JUNK two", *PROSE, "JUNK three"])
    pipe = Pipeline(
        cleaners=chain(MarkLines("a", Category.ADVERTISEMENT, "JUNK"), MarkLines("b", Category.SOCIAL, "J"))
    )
    result = pipe.clean_text(text)
    assert list(result.paragraphs) == PROSE
    assert [(r.start_line, r.end_line, r.cleaner, r.category) for r in result.removed] == [
        (1, 2, "a", "advertisement"),
        (6, 6, "a", "advertisement"),
    ]
    assert result.removed[0].text == "JUNK one\nJUNK two"
    assert result.stats.removed_by_category == (("advertisement", 3),)


@pytest.mark.parametrize(
    ("lines", "expected_kept"),
    [
        # a short non-prose line between two removed blocks goes with them
        (["JUNK a", "Menu", "JUNK b", *PROSE], PROSE),
        # a subheading between prose paragraphs stays even next to a removal
        (
            [PROSE[0], "JUNK", "What comes next", PROSE[1], PROSE[2]],
            [PROSE[0], "What comes next", PROSE[1], PROSE[2]],
        ),
        # a trailing short line after a removed block at the end goes
        ([*PROSE, "JUNK end", "Discussion"], PROSE),
        # a short prose sentence between removals stays: it is prose
        (["JUNK a", "The vote was close.", "JUNK b", *PROSE], ["The vote was close.", *PROSE]),
        # runs longer than three lines are not swept up
        (["JUNK a", "x1", "x2", "x3", "x4", "JUNK b", *PROSE], ["x1", "x2", "x3", "x4", *PROSE]),
    ],
)
def test_context_rule(lines: list[str], expected_kept: list[str]) -> None:
    result = Pipeline(cleaners=chain(MarkLines("m", Category.NEWSLETTER, "JUNK"))).clean_text(
        "\n".join(lines)
    )
    assert list(result.paragraphs) == expected_kept
    context = [r for r in result.removed if r.cleaner == "context"]
    for record in context:
        assert record.category == "newsletter"
        assert record.reason


def test_context_looks_past_removed_lines_without_a_word() -> None:
    # Code in an article: the braces go (a line without a word), the statements between them stay.
    code = ["{", "client.Timeout = TimeSpan.FromSeconds(30);", "}", "return client;", "}"]
    pipe = Pipeline(
        cleaners=chain(
            MarkLines("braces", Category.SITE_CHROME, "}"), MarkLines("o", Category.SITE_CHROME, "{")
        )
    )
    result = pipe.clean_text("\n".join([PROSE[0], *code, *PROSE[1:]]))
    assert [r.cleaner for r in result.removed if r.cleaner == "context"] == []
    assert "client.Timeout = TimeSpan.FromSeconds(30);" in result.paragraphs
    assert "return client;" in result.paragraphs
    # Past the wordless lines, a removed line with words is still evidence.
    result = pipe.clean_text("\n".join(["Subscribe {", "Menu", "}", "More {", *PROSE]))
    assert [r.text for r in result.removed if r.cleaner == "context"] == ["Menu"]


def test_context_between_metadata_lines_is_site_chrome() -> None:
    pipe = Pipeline(cleaners=chain(MarkLines("h", Category.METADATA, "META")))
    result = pipe.clean_text("\n".join(["META a", "AA-BB", "META b", *PROSE]))
    assert [(r.text, r.category) for r in result.removed if r.cleaner == "context"] == [
        ("AA-BB", "site_chrome")
    ]


# An article per language: title, two paragraphs, a picture (caption and credit), a short
# subheading, a link to another story, and the paragraph the subheading heads.
_SECTIONED = {
    "en": (
        "Tram line to open two years late, city admits",
        "The new tram line between the station and the university will open in 2029, two years later "
        "than planned, the city council said on Monday.",
        "Officials blamed the delay on a shortage of drivers and on work to move water pipes under the "
        "main road.",
        "Workers lay track on Market Street in March.",
        "Photograph: Ana Ruiz/Reuters",
        "Penalty clauses",
        "Read more: How the city plans to pay for the new tram line",
        "The contractor will pay a penalty for each month of delay, according to the contract published "
        "last year.",
    ),
    "de": (
        "Straßenbahn fährt erst zwei Jahre später",
        "Die neue Straßenbahnlinie zwischen Bahnhof und Universität wird erst 2029 eröffnet, zwei Jahre "
        "später als geplant, teilte die Stadt am Montag mit.",
        "Als Gründe nannte die Verwaltung fehlende Fahrer und Arbeiten an den Wasserleitungen unter der "
        "Hauptstraße.",
        "Arbeiter verlegen Schienen in der Marktstraße.",
        "Bild: Jonas Berg",
        "Die Vertragsstrafe",
        "Lesen Sie auch: So will die Stadt die neue Straßenbahn finanzieren",
        "Die Baufirma muss für jeden Monat Verspätung eine Vertragsstrafe zahlen, wie aus dem Vertrag "
        "hervorgeht.",
    ),
    "fr": (
        "Le tramway ouvrira avec deux ans de retard",
        "La nouvelle ligne de tramway entre la gare et l'université ouvrira en 2029, deux ans plus tard "
        "que prévu, a annoncé la mairie lundi.",
        "La mairie invoque une pénurie de conducteurs et des travaux sur les canalisations sous l'avenue "
        "principale.",
        "Des ouvriers posent les rails rue du Marché.",
        "Photo : Marc Petit",
        "La pénalité",
        "Lire aussi : Comment la ville compte financer le nouveau tramway",
        "L'entreprise paiera une pénalité pour chaque mois de retard, selon le contrat publié l'an dernier.",
    ),
    # a credit that a phrase table takes as the publisher's ("Foto: ...")
    "it": (
        "Il tram aprirà con due anni di ritardo",
        "La nuova linea del tram tra la stazione e l'università aprirà nel 2029, due anni più tardi del "
        "previsto, ha annunciato lunedì il Comune.",
        "Il Comune cita la mancanza di conducenti e i lavori sulle condutture sotto il viale principale.",
        "Operai posano i binari in via del Mercato.",
        "Foto: Marco Rossi",
        "La penale",
        "Leggi anche: Come il Comune pagherà il nuovo tram",
        "L'impresa pagherà una penale per ogni mese di ritardo, secondo il contratto pubblicato l'anno "
        "scorso.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "it"])
@pytest.mark.parametrize("credit_first", [True, False])
def test_a_subheading_between_a_picture_and_a_story_link_heads_its_paragraph(
    lang: str, credit_first: bool
) -> None:
    title, first, second, caption, credit, heading, link, third = _SECTIONED[lang]
    furniture = [caption, credit, heading, link] if credit_first else [link, heading, credit]
    result = Pipeline().clean_text("\n\n".join([title, first, second, *furniture, third]))
    assert heading in result.paragraphs
    assert credit not in result.body and link not in result.body


@pytest.mark.parametrize(
    "lines",
    [
        # a label between an advertisement and a story link in the article goes with them
        ["Advertisement", "Tram works", "Read more: How the city plans to pay for the new tram line"],
        # a lower-case alternative text between a story link and a picture's credit
        [
            "Read more: How the city plans to pay for the new tram line",
            "tram works",
            "Photograph: Ana Ruiz/Reuters",
        ],
        # a picture's alternative text between two pictures' credits
        ["Photograph: Ana Ruiz/Reuters", "Tram works", "Photograph: Tom Hale/AP"],
    ],
)
def test_a_label_between_furniture_in_the_article_still_goes(lines: list[str]) -> None:
    title, first, second, *_, third = _SECTIONED["en"]
    result = Pipeline().clean_text("\n\n".join([title, first, second, *lines, third]))
    assert list(result.paragraphs)[-3:] == [first, second, third]
    assert [r.text for r in result.removed if r.cleaner == "context"] == [lines[1]]


SPEC_PAGES = {
    "en": (
        "Harbour Audio launches the Tide 3 speaker",
        "Harbour Audio has launched the Tide 3, a waterproof speaker that it says runs for thirty "
        "hours on a charge and floats when it falls into a pool.",
        "The speaker goes on sale next week in four colours and costs less than the model it replaces.",
        ["The Tide 3 in sea green", "Photo: Harbour Audio"],
        ["- 30-hour battery", "- USB-C charging in two hours", "- Floats in fresh and salt water"],
        ["The Tide 3 from the back", "Photo: Harbour Audio"],
        "Reviewers who tried an early unit praised its sound but said the app still needs work.",
    ),
    "de": (
        "Harbour Audio stellt den Lautsprecher Tide 3 vor",
        "Harbour Audio hat den Tide 3 vorgestellt, einen wasserdichten Lautsprecher, der mit einer "
        "Ladung dreißig Stunden laufen und im Pool schwimmen soll.",
        "Der Lautsprecher kommt nächste Woche in vier Farben in den Handel und kostet weniger "
        "als sein Vorgänger.",
        ["Foto: Harbour Audio"],
        ["Die wichtigsten Daten", "- Akku für 30 Stunden", "- Laden per USB-C in zwei Stunden"],
        ["Foto: Harbour Audio/dpa"],
        "Erste Testerinnen lobten den Klang, bemängelten aber die App.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SPEC_PAGES))
def test_a_bulleted_list_between_two_pictures_is_the_article_s(lang: str) -> None:
    title, first, second, picture, items, other, last = SPEC_PAGES[lang]
    result = Pipeline().clean_text("\n\n".join([title, first, second, *picture, *items, *other, last]))
    paragraphs = list(result.paragraphs)
    assert [p for p in paragraphs if p in items or p == last] == [*items, last]
    assert picture[-1] not in result.body
    assert not [r for r in result.removed if r.cleaner in ("context", "article_end")]


def test_a_line_between_a_credit_some_table_takes_for_the_publisher_s_and_a_caption_closes_nothing() -> None:
    # A Malay credit line is claimed by a publisher table; the label swept up beside it is the
    # picture's, not a publisher's line that would close the article.
    lines = [
        "Proton melancarkan kereta elektrik pertamanya",
        "Proton hari ini melancarkan kereta elektrik pertamanya di Shah Alam, dengan harga bermula "
        "RM105,800 untuk model asas.",
        "Kereta itu akan mula dihantar kepada pelanggan pada bulan Julai, kata syarikat itu.",
        "Kabin kereta baharu itu",
        "Foto: Proton",
        "Spesifikasi utama",
        "Bahagian belakang kereta itu",
        "Foto: Proton",
        "Ketua Pegawai Eksekutif Proton berkata tempahan awal melebihi jangkaan syarikat.",
        "Kereta itu juga akan dijual di Indonesia dan Thailand mulai tahun depan.",
    ]
    result = Pipeline().clean_text("\n\n".join(lines))
    assert list(result.paragraphs)[-2:] == lines[-2:]
    assert not [r for r in result.removed if r.cleaner == "article_end"]


def test_guard_undoes_phrase_removals_that_take_most_of_the_prose() -> None:
    lines = ["Subscribe: " + p for p in PROSE[:2]] + [PROSE[2]]
    pipe = Pipeline(
        config=Config(guard_share=0.5),
        cleaners=chain(
            MarkLines("phr", Category.PAYWALL, "Subscribe:", guarded=True),
            MarkLines("struct", Category.TICKER, "by nearly half"),
        ),
    )
    result = pipe.clean_text("\n".join(lines))
    assert result.stats.guarded == ("phr",)
    assert [r.cleaner for r in result.removed] == ["struct"]
    assert len(result.paragraphs) == 2


def test_guard_leaves_small_removals_alone() -> None:
    pipe = Pipeline(cleaners=chain(MarkLines("phr", Category.PAYWALL, "Subscribe", guarded=True)))
    result = pipe.clean_text("\n".join([*PROSE, "Subscribe now"]))
    assert result.stats.guarded == ()
    assert list(result.paragraphs) == PROSE


def test_metadata_lifted_first_wins_lists_accumulate_page_wins() -> None:
    cleaners = [
        MarkLines("t1", Category.METADATA, "T1", meta=(("title", "First"), ("tags", ("a", "b")))),
        MarkLines("t2", Category.METADATA, "T2", meta=(("title", "Second"), ("tags", ("b", "c")))),
    ]
    text = "\n".join(["T1", "T2", *PROSE])
    result = Pipeline(cleaners=cleaners).clean_text(text)
    assert result.metadata.title == "First"
    assert result.metadata.tags == ("a", "b", "c")
    paged = Pipeline(cleaners=cleaners).clean_text(text, page=Metadata(title="From page", language="xx"))
    assert paged.metadata.title == "From page"
    assert paged.metadata.language == "en"


def test_url_argument_wins_over_lifted_url() -> None:
    cleaners = [MarkLines("u", Category.METADATA, "http", meta=(("url", "http://lifted.example/x"),))]
    result = Pipeline(cleaners=cleaners).clean_text("http://lifted.example/x\n" + "\n".join(PROSE),
                                                    url="https://given.example/y")  # fmt: skip
    assert result.metadata.url == "https://given.example/y"


def test_disabled_cleaners_do_not_run() -> None:
    pipe = Pipeline(Config(disabled_cleaners=("m",)), cleaners=[MarkLines("m", Category.SOCIAL, "Follow")])
    assert "Follow us" in pipe.clean_text("\n".join([*PROSE, "Follow us"])).paragraphs


def test_guard_and_context_are_chain_members_that_can_be_disabled() -> None:
    names = [member.name for member in default_chain()]
    assert names[-4:] == ["guard", "context", "article_end", "html_guard"]
    # Guarded removals of most of the prose are undone unless the guard is off.
    lines = ["Subscribe: " + p for p in PROSE[:2]] + [PROSE[2]]
    members = chain(MarkLines("phr", Category.PAYWALL, "Subscribe:", guarded=True))
    guarded = Pipeline(Config(guard_share=0.5), cleaners=members).clean_text("\n".join(lines))
    assert guarded.stats.guarded == ("phr",) and len(guarded.paragraphs) == 3
    off = Pipeline(Config(guard_share=0.5, disabled_cleaners=("guard",)), cleaners=members)
    unguarded = off.clean_text("\n".join(lines))
    assert unguarded.stats.guarded == () and list(unguarded.paragraphs) == [PROSE[2]]
    # A short line between removed ones goes with them unless the context rule is off.
    text = "\n".join(["JUNK a", "Menu", "JUNK b", *PROSE])
    members = chain(MarkLines("m", Category.NEWSLETTER, "JUNK"))
    assert list(Pipeline(cleaners=members).clean_text(text).paragraphs) == PROSE
    kept = Pipeline(Config(disabled_cleaners=("context",)), cleaners=members).clean_text(text)
    assert list(kept.paragraphs) == ["Menu", *PROSE]


def test_default_chain_guard_and_context_can_be_disabled_by_name() -> None:
    paywall = "Subscribe now to keep reading and get unlimited access to every story on our site."
    text = "\n".join([*PROSE, paywall])
    guarded = Pipeline(Config(guard_share=0.05)).clean_text(text)
    assert guarded.stats.guarded == ("paywall",) and guarded.removed == ()
    unguarded = Pipeline(Config(guard_share=0.05, disabled_cleaners=("guard",))).clean_text(text)
    assert [(r.cleaner, r.text) for r in unguarded.removed] == [("paywall", paywall)]
    text = "\n".join([*PROSE, "Advertisement", "Northern edition", "Share this article"])
    swept = Pipeline().clean_text(text)
    assert [r.cleaner for r in swept.removed] == ["advertisement", "context", "social"]
    kept = Pipeline(Config(disabled_cleaners=("context",))).clean_text(text)
    assert list(kept.paragraphs) == [*PROSE, "Northern edition"]


def test_chain_names_are_unique_and_every_category_is_in_the_readme_taxonomy() -> None:
    members = default_chain()
    names = [member.name for member in members]
    assert len(names) == len(set(names))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    taxonomy = readme.split("## Junk taxonomy", 1)[1].split("\n## ", 1)[0]
    documented = {
        line.split("|")[1].strip().strip("`") for line in taxonomy.splitlines() if line.startswith("| `")
    }
    assert documented == {c.value for c in Category}
    owned = {m.category for m in members if isinstance(m, Cleaner) and m.name != "context"}
    assert owned == set(Category)


@pytest.mark.parametrize(
    ("options", "named", "listed"),
    [
        ({"disabled_cleaners": ("captions",)}, "did you mean 'caption'?", ("caption", "guard", "context")),
        ({"disabled_cleaners": ("duplicate", "nope")}, "'nope'", ("duplicate", "ticker", "site_chrome")),
        ({"rule_languages": ("english",)}, "'english'", ("en", "de", "fr", "ru", "ar", "fa")),
        ({"rule_languages": ("en", "xx")}, "'xx'", ("en", "de")),
    ],
)
def test_unknown_cleaner_and_language_names_are_rejected_with_the_valid_ones(
    options: dict[str, tuple[str, ...]], named: str, listed: tuple[str, ...]
) -> None:
    config = Config(**options)  # type: ignore[arg-type]
    for build in (lambda: Pipeline(config), lambda: newsclean.clean(PROSE[0], config=config)):
        with pytest.raises(ConfigError, match=next(iter(options))) as caught:
            build()
        message = str(caught.value)
        assert named in message
        valid = message.rsplit(": ", 1)[1].split(", ")
        assert set(listed) <= set(valid)


def test_valid_names_are_accepted_and_every_chain_member_is_one() -> None:
    names = tuple(c.name for c in default_chain())
    assert {"guard", "context", "html_guard"} <= set(names)
    Pipeline(Config(disabled_cleaners=names, rule_languages=("de", "en")))


def test_too_long_input_is_an_input_error() -> None:
    from newsclean import InputError

    with pytest.raises(InputError, match="max_input_chars"):
        Pipeline(Config(max_input_chars=1000)).clean_text("x" * 1001)


def test_document_language_comes_from_sentences_not_tables_of_names() -> None:
    table = [f"| {n} | Kevin Harvick Jr. | {5000 - n} | {n % 4} | Top 10 |" for n in range(1, 30)]
    prose = [
        "Nesta página você encontra sempre a classificação atualizada do campeonato até a última corrida.",
        "Coloque nos seus favoritos e venha sempre conferir a tabela completa com os pontos de cada piloto.",
    ]
    result = Pipeline().clean_text("\n".join([prose[0], *table, prose[1]]))
    assert result.metadata.language == "pt"
    assert not [r for r in result.removed if r.category == "foreign_language"]


_LEASE_PARAGRAPHS = (
    "Car buyers in the region are weighing leases against loans as interest rates stay high, dealers said.",
    "A lease keeps monthly costs down, but the driver never owns the car and pays for miles over the limit.",
    "Buying costs more each month, though the owner can sell the car or keep it for as long as it runs.",
)
_LEASE_ROWS = (
    ("Lower monthly payments for the same model", "Higher monthly payments over a shorter term"),
    ("Mileage limits set in the contract", "No limit on how far you drive"),
    ("The car goes back at the end of the term", "The car is yours to keep or sell"),
    ("Wear and tear charges when it is returned", "Repairs after the warranty are your own cost"),
    ("Gap insurance often required by the lessor", "Insurance chosen freely by the owner"),
    ("Upgrades to a new model every few years", "Upgrades only when you trade the car in"),
)


def _lease_page(table: list[str]) -> str:
    body = "\n\n".join(_LEASE_PARAGRAPHS)
    return "Leasing or buying: what each costs you\n\n" + body + "\n\n" + "\n".join(table) + "\n"


def test_a_table_laid_out_with_tabs_after_the_article_stays() -> None:
    # As a rendering lays a two-column table out: the header row's cells apart by tabs, then each
    # row's first cell, and its second under it after a blank cell.
    table = ["Leasing\t\tBuying"] + [line for a, b in _LEASE_ROWS for line in (a, "\u00a0\t\t" + b)]
    result = newsclean.clean(_lease_page(table), kind="text")
    assert [cell for row in _LEASE_ROWS for cell in row if cell not in result.body] == []


def test_the_same_lines_without_tabs_go_as_links() -> None:
    # The tabs alone tell the table: as plain lines, the same short lines after the article are links.
    lines = ["Leasing Buying"] + [cell for row in _LEASE_ROWS for cell in row]
    result = newsclean.clean(_lease_page(lines), kind="text")
    assert all(cell not in result.body for row in _LEASE_ROWS for cell in row)


# A review that closes with its rating, after a link to another story or a picture's credit.
_REVIEWS = {
    "en": (
        "Review: a quiet family drama set on a Norwegian fish farm",
        [
            "The film takes its time, and the first hour moves as slowly as the fjord it is set on.",
            "Yet the last scene, shot in a single take at dawn, stays with you for days.",
        ],
        "Read more: The best films of the autumn festival season",
        "Rating: 4/5",
    ),
    "de": (
        "Kritik: Ein leises Familiendrama auf einer norwegischen Fischfarm",
        [
            "Der Film lässt sich Zeit, und die erste Stunde fließt so langsam wie der Fjord, an dem"
            " er spielt.",
            "Doch die letzte Szene, in einer einzigen Einstellung im Morgengrauen gedreht, bleibt"
            " lange im Kopf.",
        ],
        "Lesen Sie auch: Die besten Filme des Festivalherbstes",
        "Wertung: 4 von 5",
    ),
    "es": (
        "Crítica: un drama familiar en una piscifactoría noruega",
        [
            "La película se toma su tiempo, y la primera hora avanza tan despacio como el fiordo"
            " donde transcurre.",
            "Pero la última escena, rodada en un solo plano al amanecer, se queda contigo durante días.",
        ],
        "Lee también: Las mejores películas del otoño",
        "Valoración: 3,5/5",
    ),
}


@pytest.mark.parametrize("language", list(_REVIEWS))
def test_a_reviews_rating_after_a_link_at_the_end_stays(language: str) -> None:
    title, paragraphs, link, score = _REVIEWS[language]
    result = Pipeline().clean_text("\n\n".join([title, *paragraphs, link, score]))
    assert score in result.paragraphs
    assert link not in result.paragraphs
    # On a whole page the footer below it is removed too: the rating still stays.
    page = "\n\n".join([title, *paragraphs, link, score, "Privacy policy\nTerms of use\nContact us"])
    assert score in Pipeline().clean_text(page).paragraphs


@pytest.mark.parametrize("line", ["Discussion", "Comments: 12", "Page 1 of 3"])
def test_a_label_or_a_count_after_a_removed_block_at_the_end_still_goes(line: str) -> None:
    result = Pipeline(cleaners=chain(MarkLines("m", Category.NEWSLETTER, "JUNK"))).clean_text(
        "\n".join([*PROSE, "JUNK end", line])
    )
    assert list(result.paragraphs) == PROSE
