"""Phrase rules for Dutch, Swedish, Danish, Norwegian and Finnish page furniture.

Junk lines go with the rule of their language; news sentences that use the same words stay.
"""

from __future__ import annotations

import pytest
from tests.cleaners.test_phrases import (
    BODY,
    assert_heading_goes_with_signup,
    assert_kept_by_every_phrase_cleaner,
    assert_removed_with_rule,
    judge,
)

from newsclean.cleaners.phrases import PhraseCleaner
from newsclean.model import Category
from newsclean.rules import rule_table

SC, COM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Dutch
    (SC, "Ga naar de inhoud", "site_chrome.nl.skip-link"),
    (SC, "Direct naar de hoofdinhoud", "site_chrome.nl.skip-link"),
    (SC, "Navigatie overslaan", "site_chrome.nl.skip-link"),
    (SC, "Artikel afdrukken", "site_chrome.nl.tools"),
    (SC, "Link gekopieerd naar klembord", "site_chrome.nl.tools"),
    (SC, "Luister naar dit artikel", "site_chrome.nl.tools"),
    (SC, "Kijk live", "site_chrome.nl.tools"),
    (SC, "Leestijd: 5 minuten", "site_chrome.nl.tools"),
    (SC, "5 min. leestijd", "site_chrome.nl.tools"),
    (SC, "Zoeken", "site_chrome.nl.menu-label"),
    (SC, "Inloggen", "site_chrome.nl.menu-label"),
    (SC, "Terug naar boven", "site_chrome.nl.menu-label"),
    (SC, "Fout gezien?", "site_chrome.nl.menu-label"),
    (SC, "Pagina 2 van 5", "site_chrome.nl.menu-label"),
    (SC, "Geschreven door Jan van der Berg", "site_chrome.nl.menu-label"),
    (SC, "Lees verder »", "site_chrome.nl.menu-label"),
    (SC, "Laatst bijgewerkt:", "site_chrome.nl.menu-label"),
    (SC, "Bijgewerkt 3 uur geleden", "site_chrome.nl.relative-time"),
    (SC, "Laatst bijgewerkt: 5 minuten geleden", "site_chrome.nl.relative-time"),
    (SC, "een uur geleden", "site_chrome.nl.relative-time"),
    (COM, "Reacties (12)", "comments.nl.widget"),
    (COM, "Geen reacties", "comments.nl.widget"),
    (COM, "Beantwoorden", "comments.nl.widget"),
    (COM, "Bekijk alle reacties", "comments.nl.widget"),
    (COM, "Reacties gesloten", "comments.nl.widget"),
    (COM, "Laat een reactie achter", "comments.nl.prompt"),
    (COM, "Reageer als eerste op dit artikel!", "comments.nl.prompt"),
    (COM, "Doe mee aan de discussie en deel je mening.", "comments.nl.prompt"),
    (NL, "Nieuwsbrief", "newsletter.nl.label"),
    (NL, "Je e-mailadres", "newsletter.nl.label"),
    (NL, "Aanmelden voor de nieuwsbrief", "newsletter.nl.label"),
    (PW, "Al abonnee? Log in", "paywall.nl.already-subscriber"),
    (PW, "Ben je al abonnee? Log dan in.", "paywall.nl.already-subscriber"),
    # --- Swedish
    (SC, "Hoppa till innehåll", "site_chrome.sv.skip-link"),
    (SC, "Hoppa över navigeringen", "site_chrome.sv.skip-link"),
    (SC, "Skriv ut artikeln", "site_chrome.sv.tools"),
    (SC, "Länken är kopierad", "site_chrome.sv.tools"),
    (SC, "Lyssna på artikeln", "site_chrome.sv.tools"),
    (SC, "Lästid: 5 minuter", "site_chrome.sv.tools"),
    (SC, "4 min läsning", "site_chrome.sv.tools"),
    (SC, "Stäng", "site_chrome.sv.menu-label"),
    (SC, "Logga in", "site_chrome.sv.menu-label"),
    (SC, "Mina sidor", "site_chrome.sv.menu-label"),
    (SC, "Visa fler artiklar", "site_chrome.sv.menu-label"),
    (SC, "Sida 2 av 5", "site_chrome.sv.menu-label"),
    (SC, "Skriven av Anna af Klint", "site_chrome.sv.menu-label"),
    (SC, "Läs vidare", "site_chrome.sv.menu-label"),
    (SC, "Uppdaterad för 3 timmar sedan", "site_chrome.sv.relative-time"),
    (SC, "för en timme sedan", "site_chrome.sv.relative-time"),
    (COM, "Kommentarer (3)", "comments.sv.widget"),
    (COM, "Inga kommentarer", "comments.sv.widget"),
    (COM, "Svara", "comments.sv.widget"),
    (COM, "Kommentarsfältet är stängt", "comments.sv.widget"),
    (COM, "Skriv en kommentar", "comments.sv.prompt"),
    (COM, "Delta i debatten och kommentera artikeln", "comments.sv.prompt"),
    (NL, "Din e-postadress", "newsletter.sv.label"),
    (NL, "Nyhetsbrev", "newsletter.sv.label"),
    (PW, "Redan prenumerant? Logga in", "paywall.sv.already-subscriber"),
    (PW, "Är du redan prenumerant?", "paywall.sv.already-subscriber"),
    # --- Danish
    (SC, "Gå til indhold", "site_chrome.da.skip-link"),
    (SC, "Spring navigationen over", "site_chrome.da.skip-link"),
    (SC, "Udskriv artiklen", "site_chrome.da.tools"),
    (SC, "Linket er kopieret", "site_chrome.da.tools"),
    (SC, "Læsetid: 4 min.", "site_chrome.da.tools"),
    (SC, "5 minutters læsetid", "site_chrome.da.tools"),
    (SC, "Luk", "site_chrome.da.menu-label"),
    (SC, "Log ind", "site_chrome.da.menu-label"),
    (SC, "Privatlivspolitik", "site_chrome.da.menu-label"),
    (SC, "Indlæs flere", "site_chrome.da.menu-label"),
    (SC, "Side 2 af 5", "site_chrome.da.menu-label"),
    (SC, "Skrevet af Mette Jensen", "site_chrome.da.menu-label"),
    (SC, "Læs mere", "site_chrome.da.menu-label"),
    (SC, "for 3 timer siden", "site_chrome.da.relative-time"),
    (SC, "Opdateret for 5 minutter siden", "site_chrome.da.relative-time"),
    (COM, "Ingen kommentarer", "comments.da.widget"),
    (COM, "Svar", "comments.da.widget"),
    (COM, "Der er lukket for kommentarer", "comments.da.widget"),
    (COM, "Vær den første til at kommentere", "comments.da.prompt"),
    (COM, "Deltag i debatten: skriv din mening herunder", "comments.da.prompt"),
    (NL, "Din e-mailadresse", "newsletter.da.label"),
    (NL, "Tilmeld nyhedsbrev", "newsletter.da.label"),
    (PW, "Allerede abonnent? Log ind", "paywall.da.already-subscriber"),
    (PW, "Har du allerede et abonnement?", "paywall.da.already-subscriber"),
    # --- Norwegian
    (SC, "Hopp til hovedinnhold", "site_chrome.no.skip-link"),
    (SC, "Hopp over navigasjonen", "site_chrome.no.skip-link"),
    (SC, "Skriv ut saken", "site_chrome.no.tools"),
    (SC, "Lenken er kopiert", "site_chrome.no.tools"),
    (SC, "Se direkte", "site_chrome.no.tools"),
    (SC, "Lesetid: 5 minutter", "site_chrome.no.tools"),
    (SC, "Lukk", "site_chrome.no.menu-label"),
    (SC, "Logg inn", "site_chrome.no.menu-label"),
    (SC, "Personvernerklæring", "site_chrome.no.menu-label"),
    (SC, "Last inn flere", "site_chrome.no.menu-label"),
    (SC, "Les hele saken", "site_chrome.no.menu-label"),
    (SC, "Sist oppdatert", "site_chrome.no.menu-label"),
    (SC, "Oppdatert for 2 dager siden", "site_chrome.no.relative-time"),
    (SC, "for ett minutt siden", "site_chrome.no.relative-time"),
    (COM, "Kommentarfeltet er stengt", "comments.no.widget"),
    (COM, "Rapporter kommentaren", "comments.no.widget"),
    (COM, "Legg igjen en kommentar", "comments.no.prompt"),
    (COM, "Bli den første til å kommentere denne saken", "comments.no.prompt"),
    (NL, "Din e-postadresse", "newsletter.no.label"),
    (NL, "Bestill nyhetsbrevet", "newsletter.no.label"),
    (PW, "Allerede abonnent? Logg inn", "paywall.no.already-subscriber"),
    (PW, "Er du allerede abonnent? Logg inn her", "paywall.no.already-subscriber"),
    # --- Finnish
    (SC, "Siirry sisältöön", "site_chrome.fi.skip-link"),
    (SC, "Ohita navigointi", "site_chrome.fi.skip-link"),
    (SC, "Tulosta", "site_chrome.fi.tools"),
    (SC, "Kopioi linkki", "site_chrome.fi.tools"),
    (SC, "Katso suorana", "site_chrome.fi.tools"),
    (SC, "Lukuaika: 5 min", "site_chrome.fi.tools"),
    (SC, "Valikko", "site_chrome.fi.menu-label"),
    (SC, "Kirjaudu sisään", "site_chrome.fi.menu-label"),
    (SC, "Näytä lisää", "site_chrome.fi.menu-label"),
    (SC, "Sivu 2/5", "site_chrome.fi.menu-label"),
    (SC, "Kirjoittanut Matti Virtanen", "site_chrome.fi.menu-label"),
    (SC, "Lue lisää »", "site_chrome.fi.menu-label"),
    (SC, "Päivitetty 3 tuntia sitten", "site_chrome.fi.relative-time"),
    (SC, "tunti sitten", "site_chrome.fi.relative-time"),
    (COM, "Kommentit (4)", "comments.fi.widget"),
    (COM, "12 kommenttia", "comments.fi.widget"),
    (COM, "Vastaa", "comments.fi.widget"),
    (COM, "Kirjoita kommentti", "comments.fi.prompt"),
    (COM, "Osallistu keskusteluun ja kerro mielipiteesi", "comments.fi.prompt"),
    (NL, "Uutiskirje", "newsletter.fi.label"),
    (NL, "Sähköpostiosoitteesi", "newsletter.fi.label"),
    (PW, "Oletko jo tilaaja? Kirjaudu sisään", "paywall.fi.already-subscriber"),
    (PW, "Jo tilaaja? Kirjaudu", "paywall.fi.already-subscriber"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, an article sentence that uses the rules' words)
    ("nl", "De politie kreeg meer dan drie uur geleden een melding van de buren."),
    ("nl", "Op de website van de gemeente staat een menu met alle diensten."),
    ("nl", "Hij schreef een reactie op de brief van de minister."),
    ("nl", "Ik schrijf een reactie op zijn column in de krant."),
    ("nl", "De minister wilde niet reageren op de vragen van de oppositie."),
    ("nl", "Zij was al abonnee van de krant sinds 1990."),
    ("nl", "Een jaar geleden"),
    ("nl", "Ik reageer als eerste op de vraag van de journalist."),
    ("nl", "Soms laat ik een reactie achter op zijn blog."),
    ("nl", "Geef je reactie maar, zei de leraar tegen de leerling."),
    ("nl", "Reactie"),
    ("nl", "De nieuwsbrief van de school meldt dat de lessen maandag weer beginnen."),
    ("nl", "Volgens de leestijd die de uitgever opgeeft, duurt het boek vijf uur."),
    ("sv", "Polisen larmades för tre timmar sedan om en brand i centrum."),
    ("sv", "Hon vill delta i debatten om skolan i riksdagen."),
    ("sv", "Ministern lämnade en kommentar till Dagens Nyheter på tisdagen."),
    ("sv", "Han var redan prenumerant på tidningen när den gick i konkurs."),
    ("sv", "Ett år sedan"),
    ("sv", "Regeringen vill kommentera först efter mötet med facket."),
    ("sv", "Hon skriver en kommentar i tidningen varje vecka."),
    ("sv", "Läs mer om reformen i rapporten som regeringen presenterade i går."),
    ("da", "Politiet fik en anmeldelse for tre timer siden om et indbrud."),
    ("da", "Ministeren ville ikke kommentere sagen over for avisen."),
    ("da", "Hun skrev en kommentar i avisen om skolereformen."),
    ("da", "Svar: Det afhænger af kommunen."),
    ("da", "Han var allerede abonnent, da avisen lukkede."),
    ("da", "Et år siden"),
    ("da", "Forsiden af avisen viste et billede af statsministeren."),
    ("no", "Politiet fikk melding om brannen for tre timer siden."),
    ("no", "Hun vil delta i debatten om skatt på Stortinget."),
    ("no", "Han ønsker å bli den første til å kommentere saken i Stortinget."),
    ("no", "Ministeren la igjen en kommentar på Facebook i går."),
    ("no", "Han var allerede abonnent på avisen."),
    ("no", "Les mer om saken i rapporten fra Statistisk sentralbyrå."),
    ("fi", "Poliisi sai ilmoituksen kolme tuntia sitten."),
    ("fi", "Ministeri ei halunnut kommentoida asiaa Helsingin Sanomille."),
    ("fi", "Kaikki voivat osallistua keskusteluun kaupungintalolla."),
    ("fi", "Hän on jo tilaaja ja lukee lehteä joka aamu."),
    ("fi", "Vuosi sitten"),
    ("fi", "Ministeri ei osallistu keskusteluun eduskunnassa."),
    ("fi", "Pääministeri kommentoi ensimmäisenä tiedotustilaisuudessa."),
    ("fi", "Haku"),
    ("fi", "Kirjoittaja on Helsingin yliopiston professori."),
    ("fi", "Hän vastaa kysymyksiin torstaina."),
]


@pytest.mark.parametrize(("category", "line", "rule_prefix"), POSITIVES)
def test_junk_line_is_removed_with_its_rule(category: Category, line: str, rule_prefix: str) -> None:
    assert_removed_with_rule(category, line, rule_prefix)


@pytest.mark.parametrize(("language", "sentence"), NEGATIVES)
def test_article_sentence_is_kept_by_every_phrase_cleaner(language: str, sentence: str) -> None:
    assert_kept_by_every_phrase_cleaner(sentence, language)


@pytest.mark.parametrize(
    ("heading", "signup", "rule_prefix"),
    [
        ("De ochtendnieuwsbrief van De Stad", "Meld je aan voor onze nieuwsbrief.", "newsletter.nl.heading"),
        ("Nieuwsbrief: Het Weekend", "Schrijf je in voor de nieuwsbrief.", "newsletter.nl.heading"),
        ("Morgonens nyhetsbrev", "Prenumerera på vårt nyhetsbrev.", "newsletter.sv.heading"),
        ("Nyhetsbrev: Veckans ekonomi", "Anmäl dig till nyhetsbrevet.", "newsletter.sv.heading"),
        ("Dagens nyhedsbrev", "Tilmeld dig vores nyhedsbrev.", "newsletter.da.heading"),
        ("Nyhedsbrev: Morgenbriefing", "Abonner på nyhedsbrevet.", "newsletter.da.heading"),
        ("Aamun uutiskirje", "Tilaa uutiskirjeemme.", "newsletter.fi.heading"),
        ("Uutiskirje: Viikon talous", "Tilaa ilmainen uutiskirje.", "newsletter.fi.heading"),
    ],
)
def test_newsletter_heading_goes_with_the_signup_line_below_it(
    heading: str, signup: str, rule_prefix: str
) -> None:
    matched = rule_table("newsletter").match(heading, "heading")
    assert matched is not None
    assert matched.id.startswith(rule_prefix)
    assert_heading_goes_with_signup(heading, signup)


@pytest.mark.parametrize(
    "text",
    [
        f"Dagens nyhedsbrev\n\n{BODY}",
        f"{BODY}\nDe nieuwsbrief van de gemeente\n\nDe raad vergadert in mei opnieuw over de kosten.\n",
    ],
)
def test_newsletter_heading_alone_stays(text: str) -> None:
    assert judge(PhraseCleaner(Category.NEWSLETTER), text) == []
