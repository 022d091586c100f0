"""Phrase rules in Swedish, Norwegian and Danish, round fourteen: page furniture that the earlier tables
missed (live-blog and image-gallery controls, AI summaries and read-aloud notes, gift-link counters,
reading lists, topic alerts, app links, consent walls, newsletter confirmations, login walls, comment
widgets, sponsor notes, agency bylines, combined publish/update dates), and article sentences with the
same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Swedish
    (SC, "Gå till sökrutan", "site_chrome.sv.skip-link"),
    (SC, "Hoppa direkt till artikeln", "site_chrome.sv.skip-link"),
    (SC, "Visa huvudmeny", "site_chrome.sv.menu-label"),
    (SC, "Stäng huvudmenyn", "site_chrome.sv.menu-label"),
    (SC, "Kopiera artikellänken", "site_chrome.sv.tools"),
    (SC, "Kopiera länken till texten", "site_chrome.sv.tools"),
    (SC, "Du kan ge bort tre artiklar till denna månad", "site_chrome.sv.tools"),
    (SC, "Du har 7 gåvolänkar kvar denna månad", "site_chrome.sv.tools"),
    (SC, "Tillagd i din läslista", "site_chrome.sv.tools"),
    (SC, "Spara i läslistan", "site_chrome.sv.tools"),
    (SC, "Texten läses upp av en AI-röst", "site_chrome.sv.tools"),
    (SC, "Inläst med syntetiskt tal", "site_chrome.sv.tools"),
    (SC, "Minska teckenstorleken", "site_chrome.sv.tools"),
    (SC, "Sammanfattningen är genererad av AI, granskad av en redaktör", "site_chrome.sv.ai-summary"),
    (SC, "AI-skapad sammanfattning, faktagranskad av redaktionen", "site_chrome.sv.ai-summary"),
    (SC, "Visa kortversionen", "site_chrome.sv.ai-summary"),
    (SC, "Kort sammanfattat", "site_chrome.sv.ai-summary"),
    (SC, "Ladda fler inlägg", "site_chrome.sv.live-blog"),
    (SC, "12 nya uppdateringar", "site_chrome.sv.live-blog"),
    (SC, "Senaste först", "site_chrome.sv.live-blog"),
    (SC, "Uppdatera flödet", "site_chrome.sv.live-blog"),
    (SC, "Följ utvecklingen minut för minut", "site_chrome.sv.live-blog"),
    (SC, "Foto 4/18", "site_chrome"),
    (SC, "Öppna i helskärmsläge", "site_chrome.sv.gallery"),
    (SC, "Visa alla 24 bilder", "site_chrome.sv.gallery"),
    (SC, "Nästa bild", "site_chrome.sv.gallery"),
    (SC, "Stäng bildspelet", "site_chrome.sv.gallery"),
    (SC, "Se våra senaste videor", "site_chrome.sv.media-promo"),
    (SC, "Mest sedda klipp", "site_chrome.sv.media-promo"),
    (SC, "Publicerad 2025-03-12 08:15 · Uppdaterad 2025-03-12 10:02", "site_chrome.sv.post-date"),
    (SC, "Publicerad idag 07.30, uppdaterad idag 09.12", "site_chrome.sv.post-date"),
    (SO, "Bevaka ämnet och få notiser när det händer något", "social.sv.follow-topic"),
    (SO, "Slå på pushnotiser", "social.sv.follow-topic"),
    (AD, "Läs vidare i appen", "advertisement.sv.app-promo"),
    (AD, "Öppna i Expressen-appen", "advertisement.sv.app-promo"),
    (NL, "Kontrollera din inkorg och bekräfta din anmälan", "newsletter.sv.confirmation"),
    (NL, "Vi har skickat ett bekräftelsemejl till din e-postadress", "newsletter.sv.confirmation"),
    (NL, "Den här e-postadressen är redan registrerad", "newsletter.sv.confirmation"),
    (NL, "Du prenumererar redan på nyhetsbrevet", "newsletter.sv.confirmation"),
    (PW, "Bli DN-prenumerant för att fortsätta läsa", "paywall.sv"),
    (PW, "Registrera dig gratis för att läsa hela artikeln", "paywall.sv.keep-reading"),
    (PW, "Bli SvD-prenumerant idag", "paywall.sv.label"),
    (CO, "Ändra inställningar för annonser", "cookie.sv.buttons"),
    (CO, "Integritetsinställningar", "cookie.sv.buttons"),
    (CO, "Acceptera cookies eller bli prenumerant", "cookie.sv.buttons"),
    (CO, "Fortsätt läsa med annonser", "cookie.sv.buttons"),
    (CO, "Läs utan reklam", "cookie.sv.buttons"),
    (CO, "Vi och 842 partner lagrar och läser information på din enhet.", "cookie.sv.site-uses"),
    (CM, "Kommentarerna är inaktiverade för den här artikeln", "comments.sv.widget"),
    (CM, "Du måste vara inloggad för att kommentera", "comments.sv.widget"),
    (CM, "Endast prenumeranter kan kommentera", "comments.sv.widget"),
    (CM, "Skapa ett konto för att delta i debatten", "comments.sv.widget"),
    (AD, "En text producerad i samarbete med Volvo", "advertisement.sv.label"),
    (PU, "Kopiering förbjudes", "publisher.sv.reuse-ban"),
    (PU, "Text och bild: TT", "publisher.sv.agency"),
    (PU, "Källa: Reuters", "publisher"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Swedish
    ("sv", "Kommunen kopierade länken till dokumentet och skickade den till alla rektorer i länet."),
    ("sv", "Hon sa att hon kan ge bort tre biljetter till konserten om någon hör av sig före fredag."),
    ("sv", "Rapporten läses upp i sin helhet under kommunfullmäktiges möte på torsdag."),
    ("sv", "Sammanfattningen som myndigheten skickade till regeringen var skapad av två utredare."),
    ("sv", "Polisen uppdaterade sin bild av händelseförloppet under natten."),
    ("sv", "Tre nya inlägg på hans konto har nu polisanmälts för hets mot folkgrupp."),
    ("sv", "Fotografen visade alla bilder från kriget på en utställning i Göteborg."),
    ("sv", "Följ utvecklingen noga, uppmanade ministern bankerna i ett brev på måndagen."),
    ("sv", "Appen har laddats ner av fler än en miljon svenskar sedan lanseringen i maj."),
    ("sv", "Kunderna ska kontrollera sin inkorg efter mejl från bedragare, varnar banken."),
    ("sv", "Hon blev prenumerant på tidningen redan som tonåring och har läst den i sextio år."),
    ("sv", "Bolaget vill att fler användare ska registrera sig för att kunna ta del av erbjudandet."),
    ("sv", "Integritetsinställningarna i appen har kritiserats hårt av Integritetsskyddsmyndigheten."),
    ("sv", "Vi och våra grannar har bott här i trettio år, säger hon till tidningen."),
    ("sv", "Kommentarerna från ministern var inaktuella redan innan debatten började."),
    ("sv", "Endast prenumeranter på tjänsten drabbades av avbrottet, enligt bolaget."),
    ("sv", "Projektet genomfördes i samarbete med Lunds universitet och Region Skåne."),
    ("sv", "Eftertrycket i talet låg på skolan och vården, enligt bedömare."),
    ("sv", "Text och musik till låten skrevs av två bröder från Umeå."),
    ("sv", "Publicerad i en vetenskaplig tidskrift visar studien att effekten var liten."),
    ("sv", "Hon slog på notiserna i telefonen och såg att hennes konto hade kapats."),
    ("sv", "Bilderna visades i helskärm på storbildsskärmen under presskonferensen."),
    ("sv", "Direktrapporteringen från rättegången fortsätter i dag, meddelar domstolen."),
]
