"""Phrase rules in Dutch and Danish, round fifteen: page furniture that the earlier tables missed
(section labels, gift and reading-list buttons, paired publication dates, live-blog prompts, player and
gallery controls, share and channel prompts, free-article meters, login and donation prompts, embed
consent notices, the WordPress comment form, newsletter confirmations, ad labels, first-published notes),
and article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Dutch
    (SC, "Uitgelichte verhalen", "site_chrome.nl.related"),
    (SC, "Populaire artikelen", "site_chrome.nl.related"),
    (SC, "Ontdek ook", "site_chrome.nl.related"),
    (SC, "Meer van deze columnist", "site_chrome.nl.related"),
    (SC, "Meer video's bekijken", "site_chrome.nl.related"),
    (SC, "De redactie raadt aan", "site_chrome.nl.related"),
    (SC, "Cadeau het artikel", "site_chrome.nl.tools"),
    (SC, "Geef dit verhaal cadeau aan een vriendin of collega", "site_chrome.nl.tools"),
    (SC, "Het artikel is toegevoegd aan je favorieten", "site_chrome.nl.tools"),
    (SC, "Verwijderd uit mijn bewaarde artikelen", "site_chrome.nl.tools"),
    (
        SC,
        "Geplaatst: 3 februari 2025 | Laatst bijgewerkt: 4 februari 2025 om 10.15 uur",
        "site_chrome.nl.post-date",
    ),
    (SC, "Gepubliceerd op 28-11-2024 · Aangepast op 29-11-2024", "site_chrome.nl.post-date"),
    (SC, "Volg hieronder alle updates", "site_chrome.nl.live"),
    (SC, "Live | Volg de laatste ontwikkelingen in ons liveblog", "site_chrome.nl.live"),
    (SC, "Er zijn 5 nieuwe updates beschikbaar", "site_chrome.nl.live"),
    (SC, "Volg onze wekelijkse podcast via Spotify", "site_chrome.nl.media-promo"),
    (SC, "Pauzeren", "site_chrome.nl.media-promo"),
    (SC, "Ondertiteling aan", "site_chrome.nl.media-promo"),
    (SC, "Veeg naar de vorige foto", "site_chrome.nl.media-promo"),
    (SO, "Artikel delen", "social.nl.label"),
    (SO, "Delen via", "social.nl.label"),
    (SO, "Deel dit bericht met je vrienden", "social.nl.label"),
    (SO, "Stuur het verhaal door naar een collega", "social.nl.label"),
    (SO, "Word lid van ons WhatsApp-kanaal en mis geen nieuws meer", "social.nl.label"),
    (PW, "Maak een gratis account aan en geniet van onze beste verhalen", "paywall.nl.keep-reading"),
    (PW, "Meld je nu gratis aan en krijg toegang tot premium artikelen", "paywall.nl.keep-reading"),
    (PW, "U bent door uw gratis artikelen van deze maand heen", "paywall.nl.meter"),
    (PW, "Jouw gratis verhalen voor deze week zijn op", "paywall.nl.meter"),
    (PW, "Je hebt deze maand al 4 van de 5 gratis artikelen gelezen", "paywall.nl.meter"),
    (PW, "Log in of registreer", "paywall.nl.account"),
    (PW, "Nog geen account? Maak er gratis een aan", "paywall.nl.account"),
    (PW, "Log in met je Google-account", "paywall.nl.account"),
    (PW, "Lees verder met Plus", "paywall.nl.label"),
    (PW, "Vanaf €2,50 per maand", "paywall.nl.label"),
    (PW, "Steun onafhankelijke journalistiek. Word donateur", "paywall.nl.label"),
    (PW, "Doneer nu", "paywall.nl.label"),
    (
        CO,
        "U heeft geen toestemming gegeven om externe inhoud van Instagram te laden, die cookies plaatst.",
        "cookie.nl.embed-consent",
    ),
    (CO, "Deze video wordt geblokkeerd vanwege je privacy-instellingen", "cookie.nl.embed-consent"),
    (CO, "Bekijk de content van Vimeo", "cookie.nl.buttons"),
    (CM, "Er zijn nog geen reacties op dit artikel", "comments.nl.widget"),
    (CM, "Laat een antwoord achter", "comments.nl.widget"),
    (CM, "Geef als eerste een reactie", "comments.nl.widget"),
    (CM, "Verplichte velden zijn aangegeven met *", "comments.nl.widget"),
    (CM, "Reacties worden eerst beoordeeld voordat ze zichtbaar zijn", "comments.nl.widget"),
    (CM, "Uw e-mailadres wordt niet getoond.", "comments.nl.form"),
    (CM, "Jouw reactie wordt pas zichtbaar nadat een moderator hem heeft goedgekeurd.", "comments.nl.form"),
    (
        CM,
        "Mijn naam, e-mail en site bewaren in deze browser voor de volgende keer.",
        "comments.nl.form",
    ),
    (
        NL,
        "Bedankt voor uw aanmelding. U ontvangt binnen enkele minuten een e-mail ter bevestiging",
        "newsletter.nl.confirmation",
    ),
    (AD, "Gesponsorde links", "advertisement.nl.label"),
    (AD, "Lees meer onder deze reclame", "advertisement.nl.continues"),
    (PU, "Deze column verscheen eerder in de Volkskrant van 12 maart", "publisher.nl.first-published"),
    (PU, "Dit interview is oorspronkelijk verschenen op Follow the Money", "publisher.nl.first-published"),
    # --- Danish
]

# (language, article sentence that must stay)
NEGATIVES: list[tuple[str, str]] = [
    # --- Dutch
    ("nl", "Het kabinet heeft het advies van de commissie aanbevolen aan de Tweede Kamer."),
    ("nl", "De populaire presentator maakte vrijdag bekend dat hij na twintig jaar stopt."),
    ("nl", "Het artikel verscheen eerder in het Financieele Dagblad en leidde tot Kamervragen."),
    ("nl", "De reclame van de supermarkt werd door de Reclame Code Commissie afgekeurd."),
    ("nl", "Er zijn nog geen reacties van de gemeente op het rapport binnengekomen."),
    ("nl", "De burgemeester wilde geen reactie geven op de beschuldigingen van de oppositie."),
    ("nl", "Volg de ontwikkelingen rond de formatie, zei de fractievoorzitter tegen zijn partijgenoten."),
    ("nl", "Steun voor het plan kwam vooral van de oppositie, die de regering vroeg meer te doen."),
    ("nl", "De stichting riep inwoners op om geld te doneren aan de voedselbank in de wijk."),
    ("nl", "Wie lid wordt van de vereniging, betaalt vanaf volgend jaar 25 euro contributie."),
    ("nl", "De minister gaf het schilderij cadeau aan het museum in Den Haag."),
    ("nl", "De politie heeft de camerabeelden opgeslagen in een beveiligde database."),
    ("nl", "Reacties van bewoners worden eerst beoordeeld door de gemeente voordat het plan doorgaat."),
    ("nl", "De bank verzekerde klanten dat hun e-mailadres niet wordt gedeeld met derden."),
    ("nl", "Vanaf januari kunnen burgers inloggen met hun DigiD-account om hun aanslag te bekijken."),
    ("nl", "Nu 2 euro per maand extra betalen is voor veel huishoudens te veel, zegt de Consumentenbond."),
    ("nl", "De zender besloot de uitzending te pauzeren na een bommelding in de studio."),
    ("nl", "Een geblokkeerde video van de demonstratie ging toch rond op sociale media."),
    ("nl", "Bewoners kunnen tot 1 mei een reactie plaatsen op de website van de gemeente."),
    ("nl", "De podcast over de toeslagenaffaire werd vorig jaar het vaakst beluisterd."),
    ("nl", "De club deelt het nieuws over de transfer met haar supporters via een eigen app."),
    (
        "nl",
        "Veel gebruikers hebben geen toestemming gegeven voor het delen van hun gegevens.",
    ),
    ("nl", "De redactie van de krant besloot het interview na bezwaren alsnog te publiceren."),
    ("nl", "Het ministerie heeft het rapport verwijderd uit de openbare database na een klacht."),
    ("nl", "Ontdek je een lek in het systeem, dan moet je dat melden bij de beheerder, adviseert het NCSC."),
    # --- Danish
]
