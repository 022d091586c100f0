"""Phrase rules in German and Dutch, the gaps a probe of real sites' lines found: menu toggles, save
and gift buttons, labelled dates, error messages, share and follow buttons, sign-up and paywall
prompts, closed comment boxes, reproduction bans, agency sign-offs, app and cookie buttons; and
article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- German
    (SC, "Navigation öffnen", "site_chrome.de.menu-label"),
    (SC, "Suche öffnen", "site_chrome.de.menu-label"),
    (SC, "Zurück zur Startseite", "site_chrome.de.menu-label"),
    (SC, "Fehler entdeckt? Hier melden", "site_chrome.de.menu-label"),
    (SC, "3 Min. Lesezeit", "site_chrome.de.tools"),
    (SC, "Lesezeit: 7 Min.", "site_chrome.de.tools"),
    (SC, "Beitrag merken", "site_chrome.de.tools"),
    (SC, "Artikel speichern", "site_chrome.de.tools"),
    (SC, "Artikel gemerkt", "site_chrome.de.tools"),
    (SC, "Den Beitrag verschenken", "site_chrome.de.tools"),
    (SC, "Veröffentlicht: 14.11.2023", "site_chrome.de.post-date"),
    (SC, "Zuletzt aktualisiert: Mo., 4.11.2024 um 9:15 Uhr", "site_chrome.de.post-date"),
    (SC, "Aktualisiert am 2. Okt. 2025", "site_chrome.de.post-date"),
    (SC, "Es ist ein unerwarteter Fehler aufgetreten.", "site_chrome.de.error-message"),
    (SC, "Bitte versuche es später noch einmal.", "site_chrome.de.error-message"),
    (SO, "Bei LinkedIn teilen", "social.de.label"),
    (SO, "Via Telegram teilen", "social.de.label"),
    (
        NL,
        "Mit deiner Anmeldung erklärst du dich mit der Verarbeitung deiner Daten einverstanden.",
        "newsletter.de.consent",
    ),
    (
        NL,
        "Mit der Anmeldung zum Newsletter erklären Sie sich mit der Auswertung einverstanden.",
        "newsletter.de.consent",
    ),
    (PW, "Schon registriert? Hier einloggen", "paywall.de.already-subscriber"),
    (PW, "Sie sind bereits registriert? Anmelden", "paywall.de.already-subscriber"),
    (PW, "Unbegrenzt weiterlesen", "paywall.de.offer"),
    (PW, "Unbegrenzt lesen ab 2,99 € pro Monat", "paywall.de.offer"),
    (CM, "Die Kommentarfunktion zu diesem Beitrag wurde deaktiviert.", "comments.de.form"),
    (CM, "Die Kommentarfunktion unter diesem Artikel ist bereits geschlossen.", "comments.de.form"),
    (AD, "Gesponserter Beitrag", "advertisement.de.label"),
    (AD, "Gesponserter Artikel", "advertisement.de.label"),
    (AD, "ZDFheute-App installieren", "advertisement.de.app-promo"),
    (AD, "Lade dir jetzt die kostenlose App herunter", "advertisement.de.app-promo"),
    # --- Dutch
    (SC, "Ga naar hoofdnavigatie", "site_chrome.nl.skip-link"),
    (SC, "Direct naar de hoofdnavigatie", "site_chrome.nl.skip-link"),
    (SC, "Zoekbalk openen", "site_chrome.nl.menu-label"),
    (SC, "Naar home", "site_chrome.nl.menu-label"),
    (SC, "Foutje gezien? Tip de redactie", "site_chrome.nl.menu-label"),
    (SC, "Bewaar dit artikel", "site_chrome.nl.tools"),
    (SC, "Artikel opslaan", "site_chrome.nl.tools"),
    (SC, "Geef dit verhaal cadeau", "site_chrome.nl.tools"),
    (SC, "Artikel cadeau doen", "site_chrome.nl.tools"),
    (SC, "Gepubliceerd op 5 nov. 2024", "site_chrome.nl.post-date"),
    (SC, "Laatst bijgewerkt: di 5 nov. 2024 om 09:15", "site_chrome.nl.post-date"),
    (SC, "Oeps, er is een fout opgetreden", "site_chrome.nl.error-message"),
    (SC, "Er is iets fout gegaan. Probeer het nog eens.", "site_chrome.nl.error-message"),
    (SO, "Volg De Stentor ook op Instagram", "social.nl."),
    (SO, "Volg ons op Facebook, Instagram en TikTok", "social.nl."),
    (SO, "Deel per e-mail", "social.nl.label"),
    (SO, "Delen via LinkedIn", "social.nl.label"),
    (NL, "Abonneer u gratis op de nieuwsbrief", "newsletter.nl.sign-up"),
    (NL, "Abonneer je nu op onze nieuwsbrief en mis niets", "newsletter.nl.sign-up"),
    (NL, "Meld je nu aan", "newsletter.nl.label"),
    (NL, "Schrijf u zich in", "newsletter.nl.label"),
    (NL, "Ontvang de beste verhalen gratis in uw inbox", "newsletter.nl.inbox"),
    (NL, "Ontvang dagelijks een overzicht van het nieuws in jouw mailbox", "newsletter.nl.inbox"),
    (NL, "Ongeldig e-mailadres", "newsletter.nl.email-field"),
    (NL, "Voer je e-mailadres in", "newsletter.nl.email-field"),
    (PW, "Lees verder met een proefabonnement", "paywall.nl.keep-reading"),
    (PW, "Sluit een abonnement af en lees alles", "paywall.nl.keep-reading"),
    (PW, "Word vandaag abonnee", "paywall.nl.label"),
    (PW, "Onbeperkt toegang vanaf 2,50 euro per maand", "paywall.nl.label"),
    (PW, "Sluit een abonnement af", "paywall.nl.label"),
    (CM, "De reactiemogelijkheid is gesloten", "comments.nl.form"),
    (CM, "De reacties onder dit stuk zijn uitgeschakeld.", "comments.nl.form"),
    (
        PU,
        "Verspreiding van deze tekst zonder toestemming van de uitgever is verboden.",
        "publisher.nl.rights-reserved",
    ),
    (
        PU,
        "Overname van onze artikelen is alleen met bronvermelding toegestaan.",
        "publisher.nl.rights-reserved",
    ),
    (PU, "ANP/Reuters", "publisher.nl.agency"),
    (PU, "Belga, AFP", "publisher.nl.agency"),
    (AD, "In samenwerking met Albert Heijn", "advertisement.nl.label"),
    (AD, "In samenwerking met:", "advertisement.nl.label"),
    (AD, "Dit artikel bevat zogeheten affiliate-links.", "advertisement.nl.affiliate"),
    (AD, "Koop je via deze link, dan krijgen we daarvoor een kleine provisie.", "advertisement.nl.affiliate"),
    (AD, "Download de NU.nl-app", "advertisement.nl.app-promo"),
    (AD, "Download nu de gratis app", "advertisement.nl.app-promo"),
    (CO, "Voorkeuren beheren", "cookie.nl.buttons"),
    (CO, "Accepteren en doorgaan", "cookie.nl.buttons"),
    (CO, "Alle cookies weigeren", "cookie.nl.buttons"),
]

NEGATIVES: list[tuple[Category, str]] = [
    # (category the sentence talks about, article sentence every phrase cleaner must keep)
    # --- German
    (
        NL,
        "Die Zeitung hatte im vergangenen Jahr mehr als zehntausend Abonnenten für ihren Newsletter, "
        "sagte der Chefredakteur.",
    ),
    (SO, "Viele Nutzer teilen Falschmeldungen auf WhatsApp, ohne die Quelle zu prüfen."),
    (SC, "Der Minister wollte den Vorfall nicht kommentieren."),
    (CM, "Die Zahl der Kommentare unter dem Video stieg innerhalb weniger Stunden auf über tausend."),
    (SC, "Das Unternehmen ließ die Broschüren in einer Auflage von zehntausend Stück drucken."),
    (CO, "Die Datenschutzbehörde prüft, ob die Website Cookies ohne Zustimmung der Nutzer setzt."),
    (AD, "Die Werbung für Tabakprodukte ist in Deutschland seit Jahren stark eingeschränkt."),
    (PU, "Die Rechte an dem Film liegen inzwischen bei einem amerikanischen Studio."),
    (SO, "Mehr als eine Million Menschen folgen der Sängerin auf Instagram."),
    (SC, "Wer sich in das Portal einloggen will, braucht künftig eine Zwei-Faktor-Authentifizierung."),
    (SC, "Die Stadtwerke haben die App nach Beschwerden über Fehler aktualisiert."),
    (SC, "Das Ministerium veröffentlichte am Freitag einen neuen Bericht zur Lage der Wälder."),
    (SC, "Die Polizei bittet Zeugen, sich zu melden."),
    (PW, "Der Verlag will die Zahl der Digitalabonnenten bis 2027 verdoppeln."),
    (NL, "Die Partei will ihre Mitglieder per Newsletter über den Koalitionsvertrag informieren."),
    (AD, "Kritiker werfen dem Sender vor, Anzeigen und redaktionelle Inhalte zu vermischen."),
    (AD, "Die Frau erstattete Anzeige gegen Unbekannt."),
    (PU, "Alle Rechte und Pflichten gehen mit dem Vertrag auf den neuen Eigentümer über."),
    (SO, "Die Abgeordneten folgen damit einer Empfehlung des Ausschusses."),
    (SO, "Die Bürger können die Sitzung im Internet verfolgen und Fragen per E-Mail schicken."),
    (SC, "Das Gericht wies die Klage ab, weil die Frist bereits abgelaufen war."),
    (PW, "Viele Leser haben sich für ein Abonnement der gedruckten Ausgabe entschieden."),
    (CO, "Die Verbraucherzentrale rät, Cookie-Banner nicht einfach wegzuklicken."),
    (SC, "Der Sprecher sagte, man werde die Vorwürfe prüfen und sich später äußern."),
    (SC, "Die Lesezeit für den Bericht beträgt nach Angaben der Autoren etwa drei Stunden."),
    (SO, "Die Bürgermeisterin will den Artikel nicht teilen, sagte sie am Montag."),
    (SC, "Wir akzeptieren das Ergebnis, sagte der Trainer nach dem Spiel."),
    (SC, "Der Konzern hat seine Werbeausgaben im vergangenen Jahr deutlich gesenkt."),
    (SC, "Die Nutzer können die App kostenlos herunterladen, teilte das Ministerium mit."),
    (SC, "Der Bericht wurde am 3. Februar 2025 veröffentlicht, einen Tag nach der Wahl."),
    (SC, "Ein Fehler ist aufgetreten, als die Techniker das System am Montag umstellten."),
    # --- Dutch
    (NL, "De krant had vorig jaar meer dan tienduizend abonnees op de nieuwsbrief, zei de hoofdredacteur."),
    (SO, "Veel gebruikers delen nepnieuws via WhatsApp zonder de bron te controleren."),
    (CM, "De minister wilde niet reageren op het incident."),
    (CM, "Het aantal reacties onder de video liep binnen enkele uren op tot meer dan duizend."),
    (SC, "Het bedrijf liet tienduizend folders printen voor de campagne."),
    (CO, "De toezichthouder onderzoekt of de website cookies plaatst zonder toestemming van gebruikers."),
    (AD, "Reclame voor tabaksproducten is in Nederland al jaren sterk beperkt."),
    (PU, "De rechten op de film liggen inmiddels bij een Amerikaanse studio."),
    (SO, "Meer dan een miljoen mensen volgen de zangeres op Instagram."),
    (SC, "Wie wil inloggen op het portaal, heeft straks een extra code nodig."),
    (SC, "Het energiebedrijf heeft de app na klachten over storingen bijgewerkt."),
    (SC, "Het ministerie publiceerde vrijdag een nieuw rapport over de staat van de bossen."),
    (SC, "De politie vraagt getuigen zich te melden."),
    (PW, "De uitgever wil het aantal digitale abonnees voor 2027 verdubbelen."),
    (NL, "De partij wil haar leden via een nieuwsbrief informeren over het regeerakkoord."),
    (AD, "Critici verwijten de omroep dat advertenties en redactionele inhoud door elkaar lopen."),
    (SC, "De vrouw deed aangifte tegen onbekenden."),
    (PU, "Alle rechten en plichten gaan met het contract over op de nieuwe eigenaar."),
    (SO, "De Kamerleden volgen daarmee een advies van de commissie."),
    (SO, "Burgers kunnen de vergadering online volgen en vragen per e-mail insturen."),
    (PU, "De rechter wees de eis af omdat de termijn al was verstreken."),
    (PW, "Veel lezers kozen voor een abonnement op de papieren krant."),
    (CO, "De Consumentenbond raadt aan cookiemeldingen niet zomaar weg te klikken."),
    (CM, "De woordvoerder zei dat het bedrijf de beschuldigingen onderzoekt en later zal reageren."),
    (SO, "De burgemeester wilde het artikel niet delen, zei ze maandag."),
    (SC, "We accepteren de uitslag, zei de trainer na de wedstrijd."),
    (AD, "Het concern heeft vorig jaar flink bezuinigd op advertenties."),
    (SC, "Lees verder in het rapport staat dat de kosten flink zijn gestegen, schreef de Rekenkamer."),
    (SC, "De overname van het bedrijf is niet toegestaan zonder toestemming van de toezichthouder."),
    (SC, "Wij ontvangen een vergoeding van de gemeente, zei de voorzitter van de vereniging."),
    (SC, "De minister zei dat er iets is misgegaan bij de aanbesteding van het project."),
    (SC, "Het rapport werd gepubliceerd op 12 maart 2024, twee dagen voor de verkiezingen."),
    (SC, "Volg de route langs de rivier tot aan de brug, adviseert de gemeente wandelaars."),
    (SC, "Het ANP meldde dinsdag dat de onderhandelingen opnieuw zijn vastgelopen."),
    (AD, "We krijgen een commissie die de zaak onderzoekt, zei de burgemeester."),
    # --- Other languages with the new rules' words
    (SC, "The ministry said the app had been downloaded a million times since March."),  # en
    (SC, "Belga, the Belgian news agency, reported the arrest on Monday evening."),  # en
    (SC, "Critics say the site earns a commission on every sale made through its affiliate links."),  # en
    (SC, "The report was published on 3 February 2025, a day after the vote."),  # en
    (SC, "Users can share on Facebook or by e-mail, the spokesman said."),  # en
    (SC, "L'agence Belga a annoncé l'arrestation lundi soir, selon le parquet."),  # fr
    (SC, "Die Agentur Belga meldete am Montag die Festnahme eines Verdächtigen."),  # de
    (CM, "Het Duitse ministerie laat de Kommentarfunktion voorlopig uit, meldt de Spiegel."),  # nl
]
