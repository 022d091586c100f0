"""Author bios: a bio that closes the article goes; the same wording higher up, or reporting speech, stays."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.cleaners.bio import AuthorBio, is_bio

ARTICLE = [
    "The harbour authority approved a second ferry terminal on the east bank on Thursday, officials said.",
    "The terminal will take four vessels at once and is due to open in the spring of 2028.",
    "Residents had objected to the noise of night crossings during a consultation last year.",
    "The authority said the crossings would stop at midnight and resume at five in the morning.",
]


@pytest.mark.parametrize(
    "bio",
    [
        "Tomasz Wrobel is a staff reporter at the Coastal Herald covering transport and local government.",
        "Priya Nandakumar is a freelance journalist based in Chennai. She writes about water and cities.",
        "The Harbour Desk is a small team of experienced journalists who follow shipping news every day.",
        "Dr. Elena Marsh is the founder of Tideline Consulting and has advised three port authorities.",
        # the role written as a job title
        "Halima Osei is the Senior Digital Editor of the Coastal Herald and edits its weekend pages.",
        "Jonas Berg is a Contributing Writer for Harbour Weekly who covers the ferry industry.",
    ],
)
def test_bio_closing_the_article_is_removed(bio: str) -> None:
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, bio]))
    assert list(result.paragraphs) == ARTICLE
    assert [(r.category, r.cleaner) for r in result.removed] == [("metadata", "author_bio")]


@pytest.mark.parametrize("heading", ["About the Author", "About the author:", "Written by"])
def test_a_heading_run_into_the_bio_goes_with_it(heading: str) -> None:
    # A page flattened to text may join the author box's heading and its bio on one line.
    bio = f"{heading} Jorge Diaz is a writer at Harbour Weekly, where he covers ferries and ports."
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, bio]))
    assert list(result.paragraphs) == ARTICLE
    assert [r.text for r in result.removed] == [bio]


def test_a_heading_run_into_a_sentence_of_the_article_is_no_bio() -> None:
    last = "About the harbour: Jorge Diaz is a writer and a ferry captain who has long opposed the plan."
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, last]))
    assert list(result.paragraphs) == [*ARTICLE, last]


def test_heading_above_the_bio_goes_with_it() -> None:
    bio = "Ana Ruiz is a contributing editor who has written about ports for twenty years."
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, "About the Author", bio]))
    assert list(result.paragraphs) == ARTICLE
    # Adjacent removed lines make one record.
    assert [r.text for r in result.removed] == ["About the Author\n" + bio]


def test_paragraphs_that_go_on_about_the_author_go_with_the_bio() -> None:
    bio = [
        "Priya Nandakumar is a freelance journalist based in Chennai who covers water and cities.",
        "She previously worked at a regional daily for eight years and teaches data reporting.",
        "When not reporting, Priya restores old bicycles and volunteers at a coastal cleanup group.",
    ]
    closing = "Tell us what you think of the new terminal."
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, *bio, closing]))
    assert list(result.paragraphs) == [*ARTICLE, closing]
    assert [r.text for r in result.removed] == ["\n".join(bio)]


# Cards below an article: a date, a title and a one-sentence blurb each, no two paragraphs in a row.
CARDS = [
    "Upcoming Events",
    "Thu., March 5, 2026, 2:00 p.m. ET",
    "Webinar: Helping Older Readers Catch Up",
    "Find out how teachers close the gaps in the reading skills of older students in this session.",
    "Wed., March 11, 2026, 3:00 p.m. ET",
    "Webinar: Three Tools for Working Memory",
    "Discover three workarounds that help students with weak working memory follow a long text.",
    "View Jobs",
]


def test_bio_above_a_tail_of_cards_closes_the_article() -> None:
    # Prose follows the bio, but in cards' blurbs, not in paragraphs that go on.
    bio = "Tomasz Wrobel is a staff reporter at the Coastal Herald covering transport and local government."
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, bio, *CARDS]))
    assert [r.text for r in result.removed] == [bio]
    # In the whole chain the bio closes the article: the cards go with it.
    assert list(Pipeline().clean_text("\n\n".join([*ARTICLE, bio, *CARDS])).paragraphs) == ARTICLE


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the article goes on in paragraphs below it
        [
            *ARTICLE,
            "Mara Holt is a marine engineer and expert in ferry design who led the planning team.",
            "The first of the two new vessels will be built at the yard in Gdansk over the next year.",
            "Crossings are expected to take twelve minutes, four fewer than on the current route.",
            *CARDS,
        ],
        # introducing a person the article is about, above most of the article
        [
            ARTICLE[0],
            "Mara Holt is a marine engineer and expert in ferry design who led the planning team.",
            *ARTICLE[1:],
        ],
        # the last paragraph reports speech
        [*ARTICLE, "Jon Bell is an analyst at Fairway Partners, and he said the terminal would pay off."],
        # too little article above it to tell
        [ARTICLE[0], "Ana Ruiz is a contributing editor who has written about ports for twenty years."],
        # not a role of the page's writer or publisher
        [*ARTICLE, "Mara Holt is a retired teacher who has lived on the east bank for forty years."],
    ],
)
def test_bio_like_sentences_of_the_article_stay(paragraphs: list[str]) -> None:
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join(paragraphs))
    assert list(result.paragraphs) == paragraphs
    assert not result.removed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Park is a senior correspondent for the Weekly Ledger.", True),
        ("Lena Park, is an author of two books on shipbuilding.", True),
        ("the ferry is a writer's favourite crossing", False),
        ("Lena is a reporter.", False),  # one name alone is too little to tell a person
    ],
)
def test_is_bio(text: str, expected: bool) -> None:
    assert is_bio(text) is expected


@pytest.mark.parametrize(
    "bio",
    [
        # credentials after the name, and a profession the guest author writes from
        "Marguerite Olsen, MD, FACP, is a board-certified internist and obesity physician at Lakeside.",
        "Rafael Quintero is a management consultant who has advised ferry operators for a decade.",
        "Ines Varga, PhD, is an associate professor of maritime law at the Northern Institute.",
        # a business role, and a bio the page sets in parentheses
        "Kofi Mensah is a Director (Logistics) at Quayside Data. He has 15 years of experience in ports.",
        "(Lena Roth is an Associate Attorney at Harbour Legal, admitted to practise in two states.)",
        # the job title first, the name on a line of its own above
        "Senior Editor at Harbour Weekly. Transport journalist since 2011, with stints at two dailies.",
    ],
)
def test_bio_of_a_guest_author_closing_the_article_is_removed(bio: str) -> None:
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, bio]))
    assert list(result.paragraphs) == ARTICLE
    assert [r.text for r in result.removed] == [bio]


def test_name_set_as_a_heading_above_the_bio_goes_with_it() -> None:
    name = "Marguerite Olsen, MD, FACP"
    bio = "Marguerite Olsen, MD, FACP, is a board-certified internist and physician at Lakeside Clinic."
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, name, bio]))
    assert list(result.paragraphs) == ARTICLE
    assert [r.text for r in result.removed] == [name + "\n" + bio]


def test_short_line_above_the_bio_that_is_not_its_subject_stays() -> None:
    other = "Harbour Timetable Changes"
    bio = "Rafael Quintero is a management consultant who has advised ferry operators for a decade."
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, other, bio]))
    assert list(result.paragraphs) == [*ARTICLE, other]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a professional the article is about, introduced high up
        [
            ARTICLE[0],
            "Ines Varga, PhD, is an associate professor of maritime law who reviewed the plans.",
            *ARTICLE[1:],
        ],
        # a professional quoted in the last paragraph
        [*ARTICLE, "Rafael Quintero is a consultant to the operator, and he said the fares would stay low."],
        [*ARTICLE, "Kofi Mensah is the operations director of the port, and he said the ferries would run."],
        # a job title opening a sentence of the article, or a byline's title alone
        [*ARTICLE, "Reporters at the Coastal Herald first saw the plans. They were dated 2019."],
        [*ARTICLE, "Senior Editor at Harbour Weekly."],
    ],
)
def test_professionals_in_the_article_stay(paragraphs: list[str]) -> None:
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join(paragraphs))
    assert list(result.paragraphs) == paragraphs
    assert not result.removed


FOUNDER = "Oskar is the co-founder and CEO of Quayside Data, which tracks ferry traffic for port authorities."
VERB = "Tomas Kade co-founded a shipping start-up and has covered the ports for a decade since."
EXECUTIVE = "Tomas is a dynamic and results-driven Enterprise Sales Executive at Quayside Data in Gdansk."
FIRST_PERSON = "I'm Ilse, a certified personal trainer and rowing coach. I write about training for rowers."
BY_FIRST_NAME = (
    "Marta has been a freelance journalist for twelve years. She lives in Gdansk and writes on ports."
)
YEARS = "Oskar has over 15 years of experience in port logistics. He advises ferry operators in the Baltic."
WHERE = "Ilse is a content enthusiast at Quayside Data, with a passion for maps, ships and storytelling."


@pytest.mark.parametrize(
    ("box", "bio", "removed"),
    [
        # the author box's name line right above the bio goes with it
        (["Marta Lindqvist Author"], BY_FIRST_NAME, ["Marta Lindqvist Author\n" + BY_FIRST_NAME]),
        # ... a few lines above, over a label, it stays
        (["Marta Lindqvist", "Staff"], BY_FIRST_NAME, [BY_FIRST_NAME]),
        # the full name just below the bio, on the author box's link (a phrase rule's to take)
        ([], FOUNDER, [FOUNDER]),
        # a business role by first name, and a bio in the first person
        (["Tomas Kade", "Sales Executive"], EXECUTIVE, [EXECUTIVE]),
        (["Ilse Varn"], FIRST_PERSON, ["Ilse Varn\n" + FIRST_PERSON]),
        # what the writer does, under the byline that names them
        (["Written by: Tomas Kade, Senior Analyst"], VERB, [VERB]),
        # how long they have done it, and what they are where they work
        (["Oskar Brandt", "Logistics Lead"], YEARS, [YEARS]),
        (["Ilse Varn", "June 3, 2025"], WHERE, [WHERE]),
    ],
)
def test_a_bio_by_first_name_under_the_author_s_full_name_is_removed(
    box: list[str], bio: str, removed: list[str]
) -> None:
    # An author box prints the full name, then a bio that calls the writer by the first name alone.
    below = ["Read more posts by Oskar Brandt"] if bio == FOUNDER else []
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, *box, bio, *below]))
    assert [r.text for r in result.removed] == removed
    assert list(result.paragraphs)[: len(ARTICLE)] == ARTICLE


@pytest.mark.parametrize(
    "tail",
    [
        # no full name near: "Marta" may be anyone the article names
        ["Marta is an experienced writer who covers ports and shipping for trade titles."],
        # a product under a heading that names it: its role is no writer's
        ["Scrivener Pro", "Scrivener is a powerful word processor and editor built for long manuscripts."],
        # what someone does, with no name line near
        ["Marta covers the ports and shipping for the trade press in Gdansk."],
        ["Oskar has over 15 years of experience in port logistics and now runs the night crossings."],
        # a name line near, but no bio: a count that is no career, a role that names no workplace
        ["Oskar Brandt", "Oskar has 15 years left on the lease of the old ferry terminal, he said."],
        ["Ilse Varn", "Ilse is a keen sailor and a regular on the night ferries across the estuary."],
        # the first person without a name, or naming no role
        ["Marta Lindqvist", "I'm a freelance writer in Gdansk and I cover ports and shipping."],
        ["Marta Lindqvist", "I'm Marta, and I spent a week on the night ferries to write this."],
        # a name line far above the bio
        [
            "Marta Lindqvist",
            "Fares",
            "Timetables",
            "Parking",
            "Tickets",
            "Marta is a freelance writer in Gdansk.",
        ],
    ],
)
def test_a_first_name_bio_without_the_full_name_near_stays(tail: list[str]) -> None:
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, *tail]))
    assert list(result.paragraphs) == [*ARTICLE, *tail]


DESK = "The Harbour Desk is a small team of journalists who follow shipping news around the clock."
UPDATES = [
    "09:10 The first ferry left the east bank on time, with forty passengers and two lorries aboard.",
    "11:45 The harbour master said the second crossing would wait for the fog to lift over the estuary.",
    "14:20 Both vessels are now running to the timetable, and the queue at the terminal has cleared.",
]


def test_a_bio_printed_under_each_entry_of_a_live_blog_goes_everywhere() -> None:
    # A live blog prints its desk's bio under every entry: none of the copies is the article's,
    # and none closes it (the entries go on below the first copies).
    lines = [ARTICLE[0], ARTICLE[1], *(x for update in UPDATES for x in (update, DESK))]
    result = Pipeline().clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == [ARTICLE[0], ARTICLE[1], *UPDATES]
    assert {(r.category, r.cleaner) for r in result.removed} == {("repeated", "author_bio")}


def test_a_bio_printed_once_in_the_article_stays() -> None:
    lines = [ARTICLE[0], DESK, *ARTICLE[1:], *UPDATES]
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


STAFF = "Mira Holt is a reporter for the Coastal Herald who covers transport and the port."
EVENT_CARDS = [
    "Events",
    "Thu., March 12, 2026, 2:00 p.m. - 3:00 p.m. ET",
    "Webinar: Planning Ferry Timetables",
    "Timetables are hard to get right. Find out how three port authorities plan theirs each winter.",
    "Wed., March 18, 2026, 1:00 p.m. - 2:00 p.m. ET",
    "Webinar: Night Crossings and Noise",
    "Residents and operators disagree about noise. Hear both sides and the research behind them.",
    "This content is provided by our sponsor. It is not written by the Coastal Herald's editorial staff.",
]


def test_a_staff_writer_s_bio_in_the_second_half_goes_whatever_follows() -> None:
    # Event cards follow, a blurb and a sponsor's notice in a row: they read as paragraphs going on.
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*ARTICLE, STAFF, *EVENT_CARDS]))
    assert STAFF in [r.text for r in result.removed]
    assert list(result.paragraphs)[: len(ARTICLE)] == ARTICLE


def test_a_staff_writer_s_bio_high_up_stays() -> None:
    # An article about the press names a reporter early on and goes on about her.
    text = [*ARTICLE, STAFF, *ARTICLE, *ARTICLE]
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join(text))
    assert STAFF in result.paragraphs


GERMAN = [
    "Die Hafenbehörde hat am Donnerstag ein zweites Fährterminal am Ostufer genehmigt, teilte sie mit.",
    "Das Terminal soll vier Schiffe gleichzeitig abfertigen und im Frühjahr 2028 eröffnet werden.",
    "Anwohner hatten im vergangenen Jahr gegen den Lärm der nächtlichen Überfahrten protestiert.",
    "Die Behörde sagte, die Überfahrten würden um Mitternacht enden und um fünf Uhr wieder beginnen.",
]


@pytest.mark.parametrize(
    ("heading", "bio"),
    [
        ([], "Anna Weber ist Redakteurin im Ressort Verkehr der Hafenzeitung und lebt in Kiel."),
        (["Über die Autorin"], "Anna Weber ist freie Journalistin und schreibt über Häfen und Schiffe."),
        ([], "Marie Dupont est journaliste au service économie du Courrier du Port depuis 2015."),
        ([], "Ana García es periodista y cubre el puerto y el transporte marítimo desde 2012."),
        ([], "Giulia Rossi è giornalista e scrive di trasporti per il Corriere del Porto."),
        ([], "João da Silva é jornalista e cobre o porto e os transportes desde 2010."),
        # a guest author's expertise, in a compound
        ([], "Jan Roth ist Logistik-Experte mit langjähriger Erfahrung in der Planung von Häfen."),
        ([], "Jean Martin est consultant en logistique portuaire depuis 2010 et vit à Nantes."),
    ],
)
def test_a_bio_in_another_language_closing_the_article_is_removed(heading: list[str], bio: str) -> None:
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*GERMAN, *heading, bio]))
    assert list(result.paragraphs) == GERMAN
    assert [r.text for r in result.removed] == ["\n".join([*heading, bio])]


@pytest.mark.parametrize(
    "last",
    [
        # reported speech, and a sentence about a city, not a person
        "Anna Weber ist Journalistin und Anwohnerin, sagte ein Sprecher der Behörde am Montag.",
        "Kiel ist eine Stadt der Autoren, Verleger und Journalisten, heißt es in der Broschüre.",
    ],
)
def test_bio_like_sentences_in_another_language_stay(last: str) -> None:
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join([*GERMAN, last]))
    assert list(result.paragraphs) == [*GERMAN, last]


def test_a_staff_writer_s_bio_followed_by_a_paragraph_stays() -> None:
    # A story about a reporter names her in a sentence of its own in its second half and goes on.
    text = [*ARTICLE, *ARTICLE, STAFF, *ARTICLE[:3]]
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join(text))
    assert STAFF in result.paragraphs


_BOX = [
    "About Harbourline",
    "Harbourline is a ferry operator running twelve routes across the estuary since 1998.",
    "Harbourline carries four million passengers a year and employs 900 crew.",
]


@pytest.mark.parametrize(
    ("url", "lines", "removed"),
    [
        # the site's own box, at the end or in the middle of the text
        ("https://www.harbourline.example/news/terminal", [*ARTICLE, *_BOX], _BOX),
        ("https://harbourline.example/news/terminal", [*ARTICLE[:2], *_BOX, *ARTICLE[2:]], _BOX),
        # the site's name written as words ("Harbour Line") on harbourline.example
        (
            "https://harbourline.example/news/terminal",
            [*ARTICLE, "About Harbour Line", "Harbour Line is a ferry operator with twelve routes."],
            ["About Harbour Line", "Harbour Line is a ferry operator with twelve routes."],
        ),
        # a paragraph below that does not open with the site's name is the article's
        ("https://harbourline.example/news/terminal", [*ARTICLE[:2], _BOX[0], *ARTICLE[2:]], _BOX[:1]),
        # another site's name, or no URL: an article's own section
        ("https://coastalherald.example/news/terminal", [*ARTICLE, *_BOX], []),
        (None, [*ARTICLE, *_BOX], []),
    ],
)
def test_the_sites_own_box_goes(url: str | None, lines: list[str], removed: list[str]) -> None:
    result = Pipeline(cleaners=[AuthorBio()]).clean_text("\n\n".join(lines), url=url)
    assert [line for r in result.removed for line in r.text.split("\n")] == removed
    assert {(r.category, r.rule) for r in result.removed} <= {("publisher", "author_bio.site-box")}


WARD = [
    "The district hospital in Wexley will close its night ward in April, the health board said on Friday.",
    "The board says the ward costs too much to staff and that patients can be moved to the city by car.",
    "Campaigners collected eleven thousand signatures against the plan in less than a month this winter.",
]
NURSERY = [
    "Il comune di Lodi ha deciso di chiudere l'asilo nido di via Roma entro la fine dell'anno scolastico.",
    "Secondo la giunta, i costi di gestione sono cresciuti del trenta per cento in soli due anni.",
    "Le famiglie hanno raccolto quattromila firme e chiedono un incontro con il sindaco entro marzo.",
]
LIBRARY = [
    "De gemeente Venlo sluit volgend jaar de laatste bibliotheek in het centrum, zo meldt het college.",
    "Volgens de wethouder kost het gebouw te veel onderhoud en lenen steeds minder mensen er boeken.",
    "Omwonenden hebben een petitie gestart die inmiddels door meer dan drieduizend mensen is getekend.",
]


@pytest.mark.parametrize(
    "lines",
    [
        # the story goes on about the person: "she", quoted speech, reported speech
        [
            *WARD,
            "Grace Okafor is a nurse on the night ward. She has worked there for twelve years.",
            "When the ward closes, she will drive forty miles to work.",
        ],
        [
            *WARD,
            "Tom Ellery is a retired engineer who lives two streets from the hospital.",
            "His verdict: “Nobody asked the people who use it.”",
        ],
        [
            *WARD,
            "Ravi Mehta is a pharmacist at the hospital's front entrance.",
            "The board told him the kiosk would go in May.",
        ],
        # a byline names someone else
        [
            "Night ward to close in Wexley",
            "By Tom Reed",
            *WARD,
            "Grace Okafor is a nurse on the night ward. She has worked there for twelve years.",
            "When the ward closes, she will drive forty miles to work.",
        ],
        # in Italian and Dutch
        [
            *NURSERY,
            "Lucia Ferri è una consulente del lavoro e madre di due bambini che frequentano il nido.",
            "Lei non si arrende: «Senza il nido dovrò lasciare il lavoro».",
        ],
        [
            *LIBRARY,
            "Pieter de Vries is manager bij een transportbedrijf en komt er elke zaterdag met zijn dochter.",
            "Hij begrijpt er niets van.",
        ],
    ],
)
def test_a_story_ending_on_a_person_it_goes_on_about_stays(lines: list[str]) -> None:
    # "Name is a role ..." near the end introduces someone the story is about when the story goes
    # on about them below: no author's note, and nothing after it is the page's tail.
    result = Pipeline().clean_text("\n\n".join(lines))
    assert list(result.paragraphs)[-2:] == lines[-2:]
    assert not [r for r in result.removed if r.cleaner in {"author_bio", "article_end"}]


@pytest.mark.parametrize(
    "lines",
    [
        # the bio alone, with a line about its subject, or a prompt to the reader under it
        [*WARD, "Grace Okafor is a freelance journalist who covers health for regional papers."],
        [
            *WARD,
            "Grace Okafor is a freelance journalist who covers health for regional papers.",
            "She lives in Wexley with her two sons.",
        ],
        [
            *WARD,
            "Grace Okafor is a freelance journalist who covers health for regional papers.",
            "Tell us what you think of the closure.",
        ],
        # the byline names the bio's subject: what follows is about the author
        [
            "Night ward to close in Wexley",
            "By Grace Okafor",
            *WARD,
            "Grace Okafor is a freelance journalist who covers health for regional papers.",
            "In her spare time, she restores old bicycles.",
        ],
        [
            *NURSERY,
            "Giulia Rossi è giornalista e scrive di scuola e famiglie per il Corriere di Lodi.",
            "Vive a Crema con il marito e due figli.",
        ],
    ],
)
def test_the_author_s_closing_note_still_goes_in_the_whole_chain(lines: list[str]) -> None:
    bio = next(line for line in lines if " is " in line or " è " in line)
    result = Pipeline().clean_text("\n\n".join(lines))
    assert list(result.paragraphs)[-1] in {WARD[-1], NURSERY[-1]}
    assert any(bio in r.text for r in result.removed if r.cleaner == "author_bio")
