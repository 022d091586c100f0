"""Phrase rules in Finnish and Hungarian, round fourteen: page furniture that the earlier tables missed
(live-blog notes, image-gallery controls, AI-summary labels, font-size and listen tools, topic and author
follow buttons, gift-link notes, consent walls, comment-moderation notes, newsletter confirmation steps,
news-tip boxes, login walls), and article sentences with the same words
(run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Finnish
    (SC, "Sulje päävalikko", "site_chrome.fi.menu-label"),
    (SC, "Näytä valikko", "site_chrome.fi.menu-label"),
    (SC, "Kuuntele juttu (6 min)", "site_chrome.fi.tools"),
    (SC, "Kuuntele tämä artikkeli 3 minuuttia", "site_chrome.fi.tools"),
    (SC, "Fonttikoko", "site_chrome.fi.tools"),
    (SC, "Suurenna tekstiä", "site_chrome.fi.tools"),
    (SC, "Julkaistu 3.2.2024 klo 8.15, päivitetty klo 10.02", "site_chrome.fi.post-date"),
    (SC, "Julkaistu: 1.10.2025 | Päivitetty: 2.10.2025 9:40", "site_chrome.fi.post-date"),
    (SC, "Tiedätkö asiasta lisää? Kerro meille", "site_chrome.fi.error-report"),
    (SC, "Onko sinulla juttuvinkki?", "site_chrome.fi.error-report"),
    (SC, "Lähetä juttuvinkki", "site_chrome.fi.error-report"),
    (SC, "Katso jakso Ruutu-palvelussa", "site_chrome.fi.media-promo"),
    (SC, "VIDEO: Näin tulva eteni Porissa", "site_chrome"),
    (SC, "Kuuntele: toimittajan analyysi vaalien tuloksesta", "site_chrome.fi.media-caption"),
    (SC, "Tekoäly tiivisti", "site_chrome.fi.ai-summary"),
    (SC, "Yhteenveto on laadittu tekoälyllä ja toimituksen tarkistama.", "site_chrome.fi.ai-summary"),
    (SC, "Artikkelin keskeiset asiat lyhyesti", "site_chrome.fi.ai-summary-label"),
    (SC, "Näytä tiivistelmä", "site_chrome.fi.ai-summary-label"),
    (SC, "Juttua päivitetään", "site_chrome.fi.live"),
    (SC, "Näytä 4 uutta päivitystä", "site_chrome.fi.live"),
    (SC, "Seuranta on päättynyt", "site_chrome.fi.live"),
    (SC, "Uusimmat ensin", "site_chrome.fi.live"),
    (SC, "Kuva 5/18", "site_chrome.fi.gallery"),
    (SC, "Edellinen kuva", "site_chrome.fi.gallery"),
    (SC, "Näytä kaikki 24 kuvaa", "site_chrome.fi.gallery"),
    (SC, "Koko näytön tila", "site_chrome.fi.gallery"),
    (SC, "Asenna sovellus ja saat tärkeimmät uutiset heti", "site_chrome.fi.push"),
    (SC, "Ota uutishälytykset käyttöön", "site_chrome.fi.push"),
    (SC, "Haluatko saada ilmoituksia tärkeimmistä uutisista?", "site_chrome.fi.push"),
    (CM, "Viestit julkaistaan moderoinnin jälkeen.", "comments.fi.moderation"),
    (CM, "Kommenttisi odottaa moderointia", "comments.fi.moderation"),
    (CM, "Keskustelu on suljettu tässä artikkelissa", "comments.fi.moderation"),
    (CM, "Lue keskustelun säännöt", "comments.fi.moderation"),
    (CM, "Keskustelu avataan klo 8", "comments.fi.moderation"),
    (CO, "Salli seuranta tai ryhdy tilaajaksi", "cookie.fi.consent-wall"),
    (CO, "Hyväksy mainonta tai tilaa mainokseton Plus", "cookie.fi.consent-wall"),
    (CO, "Hallitse suostumusta", "cookie.fi.consent-wall"),
    (CO, "Evästekäytäntö", "cookie.fi.consent-wall"),
    (CO, "Tallenna valinnat", "cookie.fi.consent-wall"),
    (AD, "Saatamme saada palkkion linkkien kautta tehdyistä ostoksista.", "advertisement.fi.affiliate"),
    (SO, "Seuraa toimittajaa", "social.fi.follow-topic"),
    (SO, "Seuraat tätä aihetta", "social.fi.follow-topic"),
    (SO, "Lopeta seuraaminen", "social.fi.follow-topic"),
    (SO, "Ystäväsi voi lukea jutun maksutta, vaikka hänellä ei ole tilausta.", "social.fi.gift-note"),
    (SO, "Sinulla on 4 lahjajuttua jäljellä tässä kuussa", "social.fi.gift-note"),
    (PW, "Tunnistaudu ja jatka lukemista", "paywall.fi.keep-reading"),
    (PW, "Jatka lukemista rekisteröitymällä", "paywall.fi.keep-reading"),
    (NL, "Varmista sähköpostiosoitteesi klikkaamalla viestissä olevaa linkkiä painamalla", "newsletter.fi"),
    (NL, "Vahvista tilaus sähköpostiisi tulleen linkin kautta.", "newsletter.fi.confirm-link"),
    (NL, "Tarkista sähköpostiosoitteesi", "newsletter.fi.confirm-link"),
    (NL, "Sähköpostiosoite on jo käytössä.", "newsletter.fi.confirm-link"),
    (NL, "Tilaus epäonnistui. Yritä uudelleen.", "newsletter.fi.confirm-link"),
]

NEGATIVES: list[str] = [
    # --- Finnish
    "Kaupunki kertoi, että seurantaa päivitetään kuukausittain uusilla mittaustuloksilla.",
    "Ministeri avasi päävalikko-nimisen näyttelyn Helsingissä tiistaina.",
    "Poliisi julkaisi videon, jossa näkyy, miten tulva eteni Porissa.",
    "Tekoäly tiivisti hakemukset, mutta lopullisen päätöksen teki virkamies.",
    "Yhtiön mukaan tiivistelmä on tehty tekoälyn avulla, mikä herätti kritiikkiä.",
    "Museo esittelee kuvagalleriassa satoja vanhoja valokuvia kaupungin historiasta.",
    "Seuraava kuva sarjassa julkaistaan ensi viikolla, kertoi valokuvaaja.",
    "Hallitus lupasi, että päivitys järjestelmään tulee ennen joulua.",
    "Sovelluksen käyttäjät voivat sallia ilmoitukset tai kieltää ne asetuksista.",
    "Kommentit moderoidaan jatkossa tekoälyllä, kertoi lehden päätoimittaja tiedotteessa.",
    "Keskustelun säännöt ovat tiukentuneet monilla sosiaalisen median alustoilla.",
    "Kuluttajansuojan mukaan yritys ei saa vaatia asiakasta hyväksymään evästeitä tai maksamaan palvelusta.",
    "Valvontaviranomainen tarkisti yhtiön evästekäytännöt viime keväänä.",
    "Kauppias kertoi, että yritys saa komission jokaisesta myydystä autosta.",
    "Hän kertoi seuraavansa aihetta tarkasti koko syksyn ajan.",
    "Poliisi seuraa toimittajaa koskevaa uhkailua vakavasti.",
    "Ystäväsi voi lukea kirjan kirjastossa, neuvoi kirjastonjohtaja.",
    "Tunnistautuminen pankkitunnuksilla on pakollista, jos haluaa jatkaa lukemista verkkolehdessä.",
    "Asukkaita pyydettiin vahvistamaan tilauksensa puhelimitse ennen perjantaita.",
    "Tilaus epäonnistui useiden asiakkaiden kohdalla, kun verkkokaupan järjestelmä kaatui.",
    "Tiedätkö, mitä tapahtui? kysyi syyttäjä todistajalta oikeudessa.",
    "Fonttikoko ja rivinväli vaikuttavat lukukokemukseen, tutkija sanoi.",
]
