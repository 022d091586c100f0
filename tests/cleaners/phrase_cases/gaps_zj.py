"""Phrase rules in Swedish, Danish and Norwegian (Bokmål), round five: page furniture that the earlier
tables missed (audio players, save and gift links, follow-a-topic buttons, WhatsApp channels and Google
sources, related-article labels, video and podcast promotions, AI summaries, trial offers and paywall
meters, comment counters, sponsor labels, affiliate and copyright notes), and article sentences with the
same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Swedish
    (SC, "Lyssna: 6 min", "site_chrome.sv.tools"),
    (SC, "Lyssna på artikeln (4:32)", "site_chrome.sv.tools"),
    (SC, "Uppläsning 3 min", "site_chrome.sv.tools"),
    (SC, "Läs upp texten", "site_chrome.sv.tools"),
    (SC, "Artikeln läses upp av en AI-röst", "site_chrome.sv.tools"),
    (SC, "Tipsa en vän om artikeln", "site_chrome.sv.tools"),
    (SC, "Mejla artikeln till en vän", "site_chrome.sv.tools"),
    (SC, "Spara och läs senare", "site_chrome.sv.tools"),
    (SC, "Mina sparade artiklar", "site_chrome.sv.tools"),
    (SC, "Ta bort från sparade", "site_chrome.sv.tools"),
    (SC, "Kopiera gåvolänk", "site_chrome.sv.tools"),
    (SC, "Du har 4 gåvoartiklar kvar denna månad", "site_chrome.sv.tools"),
    (SC, "Ändra textstorlek", "site_chrome.sv.tools"),
    (SC, "Anmäl fel i texten", "site_chrome.sv.menu-label"),
    (SC, "Hittade du ett fel i artikeln?", "site_chrome"),
    (SC, "Sök i arkivet", "site_chrome.sv.menu-label"),
    (SC, "Har du något tips? Mejla nyhetsdesken", "site_chrome.sv.menu-label"),
    (SC, "Tipsa oss här", "site_chrome.sv.menu-label"),
    (SC, "Relaterade nyheter", "site_chrome.sv.related"),
    (SC, "Läs även", "site_chrome.sv.related"),
    (SC, "Mer i samma ämne", "site_chrome.sv.related"),
    (SC, "De mest lästa artiklarna just nu", "site_chrome"),
    (SC, "Du kanske också vill läsa", "site_chrome.sv.related"),
    (SC, "Andra läser också", "site_chrome.sv.related"),
    (SC, "Läs också: Polisen larmar om ny bedrägerivåg mot pensionärer", "site_chrome.sv.related-link"),
    (SC, "Läs mer: Så påverkas din ekonomi av räntebeskedet", "site_chrome.sv.related-link"),
    (SC, "Titta på hela intervjun här", "site_chrome.sv.media-promo"),
    (SC, "Se klippet: Älgen som vägrade flytta på sig", "site_chrome.sv.media-promo"),
    (SC, "Bildspel (14 bilder)", "site_chrome.sv.media-promo"),
    (SC, "Lyssna på senaste avsnittet i Spotify", "site_chrome.sv.media-promo"),
    (SC, "Prenumerera på podden där poddar finns", "site_chrome.sv.media-promo"),
    (SC, "Alla avsnitt", "site_chrome.sv.media-promo"),
    (SC, "AI-genererad sammanfattning", "site_chrome.sv.ai-summary"),
    (SC, "Visa sammanfattningen", "site_chrome.sv.ai-summary"),
    (
        SC,
        "Sammanfattningen är skapad med hjälp av AI och granskad av redaktionen",
        "site_chrome.sv.ai-summary",
    ),
    (SC, "Den här artikeln har översatts med hjälp av AI", "site_chrome.sv.ai-summary"),
    (PW, "Artikeln är endast för prenumeranter", "paywall.sv"),
    (PW, "Den här texten är reserverad för prenumeranter", "paywall.sv.keep-reading"),
    (PW, "Logga in för att läsa vidare", "paywall.sv.keep-reading"),
    (PW, "Testa 3 månader för 99 kr", "paywall.sv.label"),
    (PW, "Läs vidare: första månaden gratis", "paywall.sv.label"),
    (PW, "Innehållet är låst", "paywall.sv.label"),
    (PW, "Premium", "paywall"),
    (PW, "Du har en kostnadsfri artikel kvar", "paywall.sv.meter"),
    (PW, "Detta är din sista gratisartikel. Bli prenumerant idag", "paywall.sv.meter"),
    (PW, "Du har läst alla dina gratisartiklar den här månaden", "paywall.sv.meter"),
    (SO, "Följ skribenten", "social.sv.follow-topic"),
    (SO, "Sluta följa ämnet", "social.sv.follow-topic"),
    (SO, "Du följer nu skribenten", "social.sv.follow-topic"),
    (SO, "Gå med i Expressens WhatsApp-kanal", "social.sv.channels"),
    (SO, "Följ vår kanal på WhatsApp", "social.sv"),
    (SO, "Välj oss som föredragen källa på Google", "social.sv.channels"),
    (SO, "Lägg till Aftonbladet som prioriterad källa på Google", "social.sv.channels"),
    (SO, "Följ oss på Google News", "social.sv"),
    (CM, "Läs alla 37 kommentarer", "comments.sv.widget"),
    (CM, "Visa kommentarerna (8)", "comments.sv.widget"),
    (CM, "Diskussionen är stängd", "comments.sv.widget"),
    (AD, "Presenteras av Volvo", "advertisement.sv.label"),
    (AD, "I samarbete med Svenska Spel", "advertisement.sv.label"),
    (AD, "Sponsrad artikel", "advertisement.sv.label"),
    (AD, "Partnerinnehåll", "advertisement.sv.label"),
    (AD, "Vi får en viss provision om du handlar via länkar i texten.", "advertisement.sv.affiliate"),
    (PU, "Innehållet är skyddat av upphovsrätt", "publisher.sv.reuse-ban"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Swedish
    ("sv", "Ministern lovade att följa ämnet noga under resten av mandatperioden."),
    ("sv", "Hon sa att hon fortsätter att följa utvecklingen i Ukraina från Stockholm."),
    ("sv", "Polisen följer flera spår i utredningen om skjutningen i Rinkeby."),
    ("sv", "Lyssnarna kunde följa debatten i radio under hela kvällen."),
    ("sv", "Hundratals personer samlades för att lyssna på talet utanför riksdagen."),
    ("sv", "Podden har lyssnats på mer än två miljoner gånger sedan premiären i våras."),
    ("sv", "Videon som spreds i sociala medier visar hur polisen griper mannen."),
    ("sv", "Enligt sammanfattningen i rapporten har utsläppen minskat med tio procent."),
    ("sv", "Kommissionen har tagit fram en sammanfattning av de viktigaste förslagen."),
    ("sv", "Bolaget betalade provision till mäklarna för varje såld lägenhet."),
    ("sv", "I samarbete med polisen har kommunen startat ett projekt mot klotter i centrum."),
    ("sv", "Projektet genomförs i samarbete med Trafikverket och flera kommuner i regionen."),
    ("sv", "Filmen presenteras av regissören själv vid premiären i Göteborg."),
    ("sv", "Hushållen har fått betala mer för el sedan reglerna ändrades."),
    ("sv", "Han har sparat pengar till en resa för hela familjen."),
    ("sv", "Artikeln i tidningen ledde till att flera politiker avgick."),
    ("sv", "Regeringen vill att fler artiklar om forskningen ska publiceras öppet."),
    ("sv", "Du har en viktig roll i att minska smittspridningen, sa statsepidemiologen."),
    ("sv", "Han har skrivit fler artiklar om ämnet än någon annan journalist i landet."),
    ("sv", "Tittarna fick se videon från olyckan i nyhetssändningen på kvällen."),
    ("sv", "Förbundet har fått flera tips om fusk med bidragen under året."),
    ("sv", "Det är låst för allmänheten sedan branden i mars, enligt fastighetsägaren."),
    ("sv", "Premiärministern besökte Kiev i en tid då kriget har blivit allt hårdare."),
    ("sv", "Upphovsrätten till bilderna har varit omstridd i flera år."),
]
