"""Phrase rules in Finnish, Estonian and Hungarian, round five: page furniture that the earlier tables
missed, and article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Finnish
    (SC, "Hae sivustolta", "site_chrome.fi.menu-label"),
    (SC, "Sulje haku", "site_chrome.fi.menu-label"),
    (SC, "Luo uusi käyttäjätili", "site_chrome.fi.menu-label"),
    (SC, "Rekisteröidy ilmaiseksi", "site_chrome.fi.menu-label"),
    (SC, "Unohditko salasanasi?", "site_chrome.fi.menu-label"),
    (SC, "Kopioi lahjalinkki", "site_chrome.fi.tools"),
    (SC, "Anna tämä artikkeli lahjaksi", "site_chrome.fi.tools"),
    (SC, "Lisää lukulistalle", "site_chrome.fi.tools"),
    (SC, "Poista tallennetuista", "site_chrome.fi.tools"),
    (SC, "Kuuntele uutinen ääneen luettuna", "site_chrome.fi.tools"),
    (SC, "Tekoälyn tuottama yhteenveto", "site_chrome.fi.tools"),
    (SC, "Tiivistelmä on luotu tekoälyn avulla", "site_chrome.fi.tools"),
    (SC, "Löysitkö jutusta asiavirheen?", "site_chrome.fi.error-report"),
    (SC, "Havaitsitko virheen? Kerro siitä toimitukselle.", "site_chrome.fi.error-report"),
    (SC, "Lähetä vinkki toimitukselle", "site_chrome.fi.error-report"),
    (SC, "Lue myös nämä", "site_chrome.fi.related"),
    (SC, "Lisää aiheesta", "site_chrome.fi.related"),
    (SC, "Luetuimmat juuri nyt", "site_chrome.fi.related"),
    (SC, "Toimitus suosittelee", "site_chrome.fi.related"),
    (SC, "Sinua voisi myös kiinnostaa", "site_chrome.fi.related"),
    (SC, "Katso koko tallenne Yle Areenasta", "site_chrome.fi.media-promo"),
    (SC, "Kuuntele uusin jakso Spotifyssa", "site_chrome.fi.media-promo"),
    (SC, "Kuuntele haastattelu kokonaisuudessaan", "site_chrome.fi.media-promo"),
    (SC, "Katso kuvat", "site_chrome.fi.media-promo"),
    (SO, "Lisää Yle suosikkilähteeksi Googlessa", "social.fi.channels"),
    (SO, "Seuraa meitä Google Newsissa", "social.fi.channels"),
    (SO, "Liity Iltalehden WhatsApp-kanavalle", "social.fi.channels"),
    (NL, "Tarkista sähköpostisi, ja vahvista sähköpostiosoitteesi", "newsletter.fi.confirmation"),
    (NL, "Olemme lähettäneet vahvistusviestin antamaasi osoitteeseen", "newsletter.fi.confirmation"),
    (NL, "Tilaus onnistui!", "newsletter.fi.confirmation"),
    (NL, "Olet jo tilannut tämän uutiskirjeen", "newsletter.fi.confirmation"),
    (NL, "Saat viikon kiinnostavimmat jutut suoraan sähköpostiisi", "newsletter.fi.inbox-promo"),
    (NL, "Tilaa aamun nostot sähköpostiisi joka arkipäivä", "newsletter.fi.inbox-promo"),
    (PW, "Tilaajille suunnattu sisältö", "paywall.fi.label"),
    (PW, "Vain tilaajille", "paywall.fi.label"),
    (PW, "Jatka lukemista tilaajana", "paywall.fi.label"),
    (PW, "Kokeile Iltalehti Plus, ja nauti rajattomasti", "paywall.fi.label"),
    (PW, "Sinulla on vielä yksi ilmainen juttu jäljellä", "paywall.fi.meter"),
    (PW, "Olet lukenut kaikki maksuttomat artikkelisi. Tilaa nyt.", "paywall.fi.meter"),
    (PW, "Tämä on viimeinen maksuton juttusi", "paywall.fi.meter"),
    (PW, "Ilmaisia artikkeleita jäljellä: 3", "paywall.fi.meter"),
    (CM, "Avaa keskustelu (24)", "comments.fi.widget"),
    (CM, "Lue kaikki 38 kommenttia", "comments.fi.widget"),
    (CM, "Keskustelu on päättynyt", "comments.fi.widget"),
    (CM, "Kommentoi artikkelia", "comments.fi.widget"),
    (CM, "Tätä juttua ei voi enää kommentoida", "comments.fi.widget"),
    (CM, "Lukijoiden kommentit", "comments.fi.widget"),
    (AD, "Kaupallinen sisältö", "advertisement.fi.label"),
    (AD, "Maksettu yhteistyö", "advertisement.fi.label"),
    (AD, "Toteutettu yhteistyössä Fortumin kanssa", "advertisement.fi.label"),
    (
        AD,
        "Jutun ostoslinkit ovat kaupallisia linkkejä, joiden kautta saatamme saada palkkion.",
        "advertisement.fi.affiliate",
    ),
    (AD, "Lue uutiset nopeammin Ilta-Sanomien sovelluksessa", "advertisement.fi.app-promo"),
    (AD, "Avaa sovelluksessa", "advertisement.fi.app-promo"),
    (PU, "Aineiston luvaton kopiointi ja levittäminen on kielletty", "publisher.fi.republish"),
    (
        PU,
        "Artikkelin uudelleenjulkaisu ilman kirjallista lupaa on ehdottomasti kielletty.",
        "publisher.fi.republish",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Finnish
    ("fi", "Poliisi kertoi, että hakua jatketaan sivustolla, jonne kadonneesta on ilmoitettu."),
    ("fi", "Yhtiö loi uuden käyttäjätilin jokaiselle työntekijälle viime viikolla."),
    ("fi", "Hän sai lahjaksi artikkelin, jonka isoisä oli kirjoittanut sodan aikana."),
    ("fi", "Ministeri kuunteli ääneen luettuna raportin tiivistelmän komitean kokouksessa."),
    ("fi", "Tutkijoiden mukaan tekoälyn tuottama yhteenveto sisälsi useita virheitä."),
    ("fi", "Toimittaja huomasi virheen vasta, kun lehti oli jo painossa."),
    ("fi", "Lautakunta suosittelee, että kaupunki lisää aiheesta tiedotusta kouluissa."),
    ("fi", "Video levisi nopeasti, ja poliisi pyysi katsojia ottamaan yhteyttä."),
    ("fi", "Podcastin uusin jakso käsittelee vaalirahoitusta ja sen valvontaa."),
    ("fi", "Yhtiö lisäsi Googlen luotetuksi kumppaniksi pilvipalveluiden sopimuksessaan."),
    ("fi", "Ministeriö avasi WhatsApp-kanavan, jolla se tiedottaa kriisitilanteista."),
    ("fi", "Vahvistusviesti lähetettiin äänestäjille kaksi päivää ennen vaaleja."),
    ("fi", "Lehden tilaajille tarkoitettu kysely paljasti, että lukijat haluavat enemmän paikallisuutisia."),
    ("fi", "Tilaajat voivat lukea lehteä rajattomasti myös ulkomailla, kustantaja kertoi."),
    ("fi", "Keskustelu on ollut kiivasta koko syksyn, sanoi puheenjohtaja."),
    ("fi", "Pääministeri ei halunnut kommentoida artikkelia toimittajille."),
    ("fi", "Kaupallinen yhteistyö alkoi jo vuonna 2018, yhtiö kertoi tiedotteessaan."),
    ("fi", "Kaupunki teki hankkeen yhteistyössä yliopiston ja kahden yrityksen kanssa."),
    ("fi", "Poliisi seuraa tilannetta sovelluksessa, jonka kautta hätäpuhelut ohjataan."),
    ("fi", "Sisällön kopiointi on kielletty tekijänoikeuslaissa, muistutti asianajaja."),
    ("fi", "Lain mukaan aineiston levittäminen ilman lupaa on rangaistavaa."),
    ("fi", "Sinulla on oikeus saada tietoa itseäsi koskevista päätöksistä, viranomainen muistuttaa."),
]
