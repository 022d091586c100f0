"""Phrase rules in Croatian, Serbian (Cyrillic and Latin script) and Bulgarian, round twelve: page furniture
that the earlier tables missed, and article sentences with the same words (run by
``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Croatian (and Serbian and Bosnian in Latin script)
    (SC, "Glavni izbornik", "site_chrome.hr.menu-label"),
    (SC, "Zatvori izbornik", "site_chrome.hr.menu-label"),
    (SC, "Otvori meni", "site_chrome"),
    (SC, "Pretraži portal", "site_chrome.hr.menu-label"),
    (SC, "Pretražite arhivu", "site_chrome.hr.menu-label"),
    (SC, "Upišite ključnu riječ za pretraživanje...", "site_chrome.hr.menu-label"),
    (SC, "Unesite pojam za pretragu", "site_chrome.hr.menu-label"),
    (SC, "Nema rezultata pretrage", "site_chrome.hr.menu-label"),
    (SC, "Zaboravili ste lozinku?", "site_chrome.hr.menu-label"),
    (SC, "Zapamti me", "site_chrome.hr.menu-label"),
    (SC, "Prijava / Registracija", "site_chrome.hr.menu-label"),
    (SC, "Tagovi:", "site_chrome.hr.menu-label"),
    (SC, "Ključne riječi:", "site_chrome.hr.menu-label"),
    (SC, "Autorica: Ana Kovačević", "site_chrome.hr.menu-label"),
    (SC, "Piše: Goran Marić", "site_chrome.hr.menu-label"),
    (SC, "Sačuvaj za kasnije", "site_chrome.hr.save-gift"),
    (SC, "Pročitaj kasnije", "site_chrome.hr.save-gift"),
    (SC, "Povezane vijesti", "site_chrome.hr.related-label"),
    (SC, "Slični članci", "site_chrome.hr.related-label"),
    (SC, "Najčitanije", "site_chrome.hr.related-label"),
    (SC, "Još iz rubrike", "site_chrome.hr.related-label"),
    (SC, "Možda vas zanima", "site_chrome.hr.related-label"),
    (SC, "Pročitajte i ovo", "site_chrome.hr.related-label"),
    (SC, "AI sažetak", "site_chrome.hr.ai-summary"),
    (SC, "Sažetak je izradila umjetna inteligencija", "site_chrome.hr.ai-summary"),
    (SC, "Sažetak teksta generisan pomoću veštačke inteligencije", "site_chrome.hr.ai-summary"),
    (SC, "Članak čita AI glas", "site_chrome.hr.ai-summary"),
    (SC, "Pogledajte video u nastavku", "site_chrome.hr.media-promo"),
    (SC, "Pogledaj galeriju (24 fotografije)", "site_chrome.hr.media-promo"),
    (SC, "Slušajte naš podcast na Spotifyju i YouTubeu", "site_chrome.hr.media-promo"),
    (SC, "Poslušajte novu epizodu podkasta", "site_chrome.hr.media-promo"),
    (SO, "Pošalji članak prijatelju", "social.hr.label"),
    (SO, "Pošaljite e-mailom", "social.hr.label"),
    (SO, "Pratite nas na Google vijestima", "social.hr.follow"),
    (SO, "Dodajte Jutarnji kao preferirani izvor na Googleu", "social.hr.follow"),
    (SO, "Postavite nas kao omiljeni izvor vijesti u Google pretrazi", "social.hr.follow"),
    (SO, "Zapratite nas na našem WhatsApp kanalu", "social.hr.follow"),
    (NL, "Prijavi se na nedeljni njuzleter", "newsletter.hr.sign-up"),
    (NL, "Vaš mejl", "newsletter.hr.label"),
    (NL, "Hvala! Provjerite svoj inbox i potvrdite prijavu.", "newsletter.hr.confirmation"),
    (
        NL,
        "Još samo jedan korak: proverite svoju e-poštu kako biste potvrdili pretplatu",
        "newsletter.hr.confirmation",
    ),
    (NL, "Poslali smo vam e-mail s poveznicom za potvrdu", "newsletter.hr.confirmation"),
    (NL, "Ova e-mail adresa je već prijavljena", "newsletter.hr.confirmation"),
    (PW, "Pretplatite se i nastavite čitati bez ograničenja", "paywall.hr.keep-reading"),
    (PW, "Nastavite čitati uz digitalnu pretplatu", "paywall"),
    (PW, "Za nastavak čitanja potrebna je pretplata", "paywall.hr.keep-reading"),
    (PW, "Imate još jedan besplatan članak ovog mjeseca", "paywall"),
    (PW, "Preostala su vam još 3 besplatna članka", "paywall.hr.meter"),
    (PW, "Ovo je vaš posljednji besplatni članak ovog mjeseca.", "paywall.hr.meter"),
    (PW, "Iskoristili ste sve besplatne članke za ovaj mjesec", "paywall.hr.meter"),
    (CM, "Pravila komentiranja", "comments.hr.widget"),
    (CM, "Kodeks komentiranja", "comments.hr.widget"),
    (AD, "Nastavak ispod oglasa", "advertisement.hr.continues"),
    (AD, "Vijest nastavlja nakon reklame", "advertisement.hr.continues"),
    (
        AD,
        "Ako kupite nešto putem ovih linkova, možemo da zaradimo malu proviziju.",
        "advertisement.hr.affiliate",
    ),
    (PU, "Imate li saznanja o ovome? Pišite nam na desk@portal.hr", "publisher.hr.news-tip"),
    (PU, "Imate li fotografiju ili video? Pošaljite nam ih putem WhatsAppa", "publisher.hr.news-tip"),
    (PU, "Javite nam se na vijesti@dnevnik.hr", "publisher.hr.news-tip"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Croatian (and Serbian and Bosnian in Latin script)
    ("hr", "Ministar je rekao da će se glavni izbornik stranke sastati u ponedjeljak."),
    ("hr", "Policija je pretražila stan osumnjičenika i pronašla oružje."),
    ("hr", "Upišite li pogrešnu lozinku tri puta, račun se zaključava, upozorava banka."),
    ("hr", "Autor knjige, Marija Jurić, rekla je da je roman pisala deset godina."),
    ("hr", "Tema sastanka bila je obnova zgrada nakon potresa."),
    ("hr", "Povezani članci u stručnom časopisu potvrđuju nalaze istraživanja."),
    ("hr", "Najčitanije knjige u knjižnicama prošle godine bili su kriminalistički romani."),
    ("hr", "Ne propustite priliku, poručio je gradonačelnik investitorima na konferenciji."),
    ("hr", "Sažetak izvješća, koji je izradila umjetna inteligencija, imao je nekoliko grešaka."),
    ("hr", "Tužitelj je porotu pozvao da pogleda video snimku nadzornih kamera."),
    ("hr", "Novinarka je pokrenula podcast o korupciji koji sluša sto tisuća ljudi."),
    ("hr", "Ministarstvo je poslalo dopis svim školama i zatražilo provjeru sigurnosnih sustava."),
    ("hr", "Google je omogućio korisnicima da odaberu preferirani izvor vijesti u tražilici."),
    ("hr", "Građani mogu pratiti rad Sabora na Google Vijestima i službenoj stranici."),
    ("hr", "Tvrtka je uvela pretplatu za najkorisnije funkcije aplikacije."),
    ("hr", "Zakon zabranjuje objavljivanje oglasa za kockanje na javnoj televiziji."),
    ("hr", "Prodavači ostvaruju proviziju od svake prodane police osiguranja."),
    ("hr", "Imali su još dva besplatna pregleda prije nego što je bolnica uvela naknadu."),
    ("hr", "Čitatelji imaju pravo na besplatne članke iz arhive starije od pet godina."),
    ("hr", "Pravila komentiranja sudskih odluka u javnosti propisuje etički kodeks sudaca."),
    ("hr", "Sačuvajte račune, savjetuju iz porezne uprave, jer bi mogli zatrebati pri povratu poreza."),
    ("hr", "Potvrdite li svoju adresu u sustavu e-Građani, obavijesti ćete primati elektronički."),
    ("hr", "Novinari su potvrdili da su e-mailom poslali pitanja ministarstvu još prošli tjedan."),
    ("hr", "Pogledajte kako se cijene goriva mijenjaju iz tjedna u tjedan, piše u izvješću agencije."),
]
