"""Phrase rules in Lithuanian, Latvian and Hebrew, round twelve: page furniture that the earlier tables
missed (related-reading labels, AI summaries, media promos, news tips, paywall meters and offers, sign-up
confirmations, follow prompts naming a platform, consent buttons, reuse bans), and article sentences with
the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Lithuanian
    (SC, "Praleisti meniu ir pereiti prie turinio", "site_chrome.lt.skip-link"),
    (SC, "Peršokti iki pagrindinio turinio", "site_chrome.lt.skip-link"),
    (SC, "Pereiti prie straipsnio teksto", "site_chrome.lt.skip-link"),
    (SC, "Uždaryti meniu", "site_chrome.lt.menu-label"),
    (SC, "Atidaryti paiešką", "site_chrome.lt.menu-label"),
    (SC, "Ieškoti portale", "site_chrome.lt.menu-label"),
    (SC, "Pamiršote slaptažodį", "site_chrome.lt.menu-label"),
    (SC, "Prisijunkite arba susikurkite paskyrą", "site_chrome.lt.menu-label"),
    (SC, "Neturite paskyros? Registruokitės", "site_chrome.lt.menu-label"),
    (SC, "Išsaugoti skaitymui vėliau", "site_chrome.lt.save-gift"),
    (SC, "Skaityti vėliau", "site_chrome.lt.save-gift"),
    (SC, "Pašalinti iš išsaugotų", "site_chrome.lt.save-gift"),
    (SC, "Skaitykite taip pat", "site_chrome.lt.related"),
    (SC, "Susijusios naujienos", "site_chrome.lt.related"),
    (SC, "Daugiau šios temos", "site_chrome.lt.related"),
    (SC, "Skaitomiausios naujienos", "site_chrome.lt.related"),
    (SC, "Jums taip pat gali patikti", "site_chrome.lt.related"),
    (SC, "Redakcija rekomenduoja", "site_chrome.lt.related"),
    (SC, "DI santrauka", "site_chrome.lt.ai-summary"),
    (SC, "Santrauka sugeneruota su DI pagalba, todėl gali būti netikslumų", "site_chrome.lt.ai-summary"),
    (SC, "Šį straipsnį įgarsino dirbtinis intelektas", "site_chrome.lt.ai-summary"),
    (SC, "Klausykite naujausio epizodo „Spotify“", "site_chrome.lt.media-promo"),
    (SC, "Pažiūrėkite visą reportažą", "site_chrome.lt.media-promo"),
    (SC, "Nuotraukų galerija (24)", "site_chrome.lt.media-promo"),
    (SC, "12 nuotr.", "site_chrome.lt.media-promo"),
    (SC, "Žinote įdomią istoriją? Praneškite redakcijai", "site_chrome.lt.tip"),
    (SC, "Rašykite mums el. paštu", "site_chrome.lt.tip"),
    (SO, "Pasidalykite šiuo straipsniu su draugais", "social.lt.label"),
    (SO, "Sekite mus „TikTok“ platformoje", "social.lt.follow"),
    (SO, "Sekite Delfi naujienas „Google News“", "social.lt.follow"),
    (SO, "Pridėkite 15min prie savo mėgstamų šaltinių „Google“", "social.lt.follow"),
    (SO, "Junkitės prie „Viber“ bendruomenės", "social.lt.follow"),
    (SO, "Užsiprenumeruokite mūsų „YouTube“ kanalą", "social.lt.follow"),
    (SO, "Mus taip pat rasite „Instagram“ ir „Threads“", "social.lt.follow"),
    (NL, "Įrašykite savo el. pašto adresą", "newsletter.lt.label"),
    (NL, "Dėkojame, kad užsiprenumeravote mūsų naujienlaiškį!", "newsletter.lt.confirm"),
    (NL, "Jūs sėkmingai užsisakėte naujienas", "newsletter.lt.confirm"),
    (NL, "Patikrinkite savo el. pašto dėžutę, kad patvirtintumėte prenumeratą", "newsletter.lt.confirm"),
    (NL, "Išsiuntėme jums patvirtinimo laišką", "newsletter.lt.confirm"),
    (NL, "Prenumeratos galite atsisakyti bet kada", "newsletter.lt.confirm"),
    (PW, "Turi prenumeratą? Prisijunk", "paywall.lt.already-subscriber"),
    (PW, "Liko 1 iš 3 nemokamų straipsnių", "paywall.lt.meter"),
    (PW, "Tai jūsų paskutinis nemokamas straipsnis šį mėnesį", "paywall.lt.meter"),
    (PW, "Išnaudojote visus nemokamus straipsnius", "paywall.lt.meter"),
    (PW, "Pirmieji 3 mėnesiai vos už 0,99 Eur", "paywall.lt.offer"),
    (PW, "Išbandykite 30 dienų nemokamai", "paywall.lt.offer"),
    (PW, "Atšaukti galite bet kada", "paywall.lt.offer"),
    (CO, "Tvarkyti privatumo nustatymus", "cookie.lt.buttons"),
    (CO, "Išsaugoti pasirinkimus", "cookie.lt.buttons"),
    (CO, "Sutikti ir uždaryti", "cookie.lt.buttons"),
    (CM, "Būk pirmas, pakomentavęs šią naujieną", "comments.lt.prompt"),
    (CM, "Komentuoti gali tik registruoti vartotojai", "comments.lt.prompt"),
    (CM, "Komentarų rašymo taisyklės", "comments.lt.widget"),
    (CM, "Anoniminiai komentarai (37)", "comments.lt.widget"),
    (CM, "Skaityti 12 komentarų", "comments.lt.widget"),
    (CM, "Rūšiuoti pagal", "comments.lt.widget"),
    (
        PU,
        "ELTA informaciją skelbti, cituoti ar kitu būdu atgaminti be raštiško agentūros sutikimo draudžiama.",
        "publisher.lt.reuse-ban-passive",
    ),
    (
        PU,
        "Portalo turinį kopijuoti be išankstinio rašytinio sutikimo griežtai draudžiama",
        "publisher.lt.reuse-ban-passive",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Lithuanian
    ("lt", "Policija seka įtariamąjį, kuris pabėgo iš areštinės Kauno rajone."),
    ("lt", "Ministras sakė, kad vyriausybė seks situaciją „Facebook“ paskyroje skelbiamais pranešimais."),
    ("lt", "Milijonai vartotojų prisijungė prie „WhatsApp“ per pirmąją paslaugos savaitę."),
    ("lt", "Bendrovė pridėjo naujų funkcijų į „Google“ paieškos sistemą, teigė atstovai."),
    ("lt", "Skaitytojai rašė redakcijai, kad nauji eismo ženklai klaidina vairuotojus."),
    ("lt", "Komisija pareiškė, kad santrauka buvo parengta naudojant ministerijos duomenis."),
    ("lt", "Mokslininkai tiria, kaip dirbtinis intelektas gali padėti gydytojams."),
    ("lt", "Teismas konstatavo, kad naudoti kūrinius be autoriaus sutikimo draudžiama."),
    ("lt", "Jis išsaugojo visas senas nuotraukas ir atidavė jas muziejui."),
    ("lt", "Per metus prenumeratorių skaičius išaugo iki trisdešimt tūkstančių."),
    ("lt", "Seimo nariai turėjo atšaukti posėdį dėl techninių problemų salėje."),
    ("lt", "Žiūrovai galėjo pamatyti transliaciją per nacionalinį transliuotoją visoje šalyje."),
    ("lt", "Opozicija kritikavo premjerę, kad ji ignoruoja skaitytojų komentarus ir kritiką."),
    ("lt", "Bankas pranešė, kad klientai galės atsisakyti paslaugos nemokamai iki metų pabaigos."),
    ("lt", "Tyrėjai patikrino įtariamojo el. paštą ir rado daugiau nei šimtą laiškų."),
    ("lt", "Pirmasis mėnuo po reformos parodė, kad eilės poliklinikose sutrumpėjo."),
    ("lt", "Liko tik du mėnesiai iki rinkimų, o partijos dar nepristatė programų."),
    ("lt", "Ministerija rekomenduoja gyventojams pasiskiepyti nuo gripo iki gruodžio."),
    ("lt", "Jis sakė, kad susiję asmenys jau apklausti, o tyrimas tęsiamas."),
    ("lt", "Vyriausybė pasidalino naujais duomenimis su Europos Komisija."),
    ("lt", "Tinklalaidės vedėjas pasakojo, kad pokalbiai su politikais užtrunka valandas."),
    ("lt", "Vartotojai skundėsi, kad negali išsaugoti nustatymų naujoje programėlės versijoje."),
]
