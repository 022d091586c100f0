"""Phrase rules in Czech, Slovak and Slovenian, round twelve: page furniture that the earlier tables
missed (read-aloud and AI-summary widgets, gift links, Google News and WhatsApp channel buttons, paywall
meters, newsletter confirmations, consent-dialogue buttons, comment counts, "continues below the ad",
video and podcast promos, error reports), and article sentences with the same words (run by
``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Czech
    (SC, "Zkopírováno do schránky", "site_chrome.cs.tools"),
    (SC, "Číst článek nahlas", "site_chrome.cs.tools"),
    (SC, "Audioverze článku", "site_chrome.cs.tools"),
    (SC, "AI shrnutí", "site_chrome.cs.tools"),
    (SC, "Souhrn článku vygenerovaný umělou inteligencí", "site_chrome.cs.tools"),
    (SC, "Darovat článek zdarma", "site_chrome.cs.tools"),
    (SC, "Pošlete tento článek příteli", "site_chrome.cs.tools"),
    (SC, "Moje uložené články", "site_chrome.cs.tools"),
    (SC, "Hledat ve zprávách", "site_chrome.cs.menu-label"),
    (SC, "Registrace", "site_chrome.cs.menu-label"),
    (SC, "Mohlo by vás také zajímat", "site_chrome.cs.menu-label"),
    (SC, "Doporučené články", "site_chrome.cs.menu-label"),
    (SC, "Nejčtenější za 24 hodin", "site_chrome.cs.menu-label"),
    (SC, "Načítám komentáře…", "site_chrome.cs.menu-label"),
    (SC, "Všimli jste si chyby v textu? Dejte nám vědět", "site_chrome.cs.menu-label"),
    (SC, "Poslat e-mailem", "site_chrome.cs.menu-label"),
    (SC, "Vyzkoušejte naši aplikaci", "site_chrome.cs.app-promo"),
    (SC, "Mějte zprávy vždy po ruce v naší aplikaci", "site_chrome.cs.app-promo"),
    (SC, "Spustit video", "site_chrome.cs.media-promo"),
    (SC, "Poslechněte si celý rozhovor", "site_chrome.cs.media-promo"),
    (SC, "Celý díl podcastu najdete na Spotify", "site_chrome.cs.media-promo"),
    (SC, "Fotogalerie (24)", "site_chrome.cs.media-promo"),
    (SO, "Sledujte Seznam Zprávy na WhatsAppu", "social.cs.channels"),
    (SO, "Přidejte si nás mezi oblíbené zdroje na Googlu", "social.cs.channels"),
    (SO, "Nastavte si Novinky.cz jako preferovaný zdroj na Googlu", "social.cs.channels"),
    (SO, "Připojte se k našemu kanálu na Telegramu", "social.cs.channels"),
    (SO, "Odebírejte náš YouTube kanál", "social.cs.channels"),
    (NL, "Na váš e-mail jsme poslali potvrzovací odkaz.", "newsletter.cs.confirm"),
    (NL, "Zkontrolujte prosím svou e-mailovou schránku.", "newsletter.cs.confirm"),
    (NL, "Tato e-mailová adresa je již přihlášena k odběru.", "newsletter.cs.confirm"),
    (NL, "Děkujeme, vaše přihlášení k odběru bylo úspěšné.", "newsletter.cs.confirm"),
    (NL, "Nejdůležitější zprávy dne každé ráno do vaší e-mailové schránky", "newsletter.cs.by-email"),
    (NL, "Chcete dostávat novinky e-mailem?", "newsletter.cs.by-email"),
    (NL, "Nechte si posílat výběr toho nejlepšího e-mailem", "newsletter.cs.by-email"),
    (PW, "Zbytek článku je dostupný pouze pro předplatitele", "paywall.cs.keep-reading"),
    (PW, "Vyzkoušejte předplatné na měsíc zdarma", "paywall.cs.label"),
    (PW, "Předplatné od 49 Kč měsíčně", "paywall.cs.label"),
    (PW, "Zbývá vám už jen jeden článek zdarma", "paywall.cs.meter"),
    (PW, "Toto je váš poslední článek zdarma tento měsíc", "paywall.cs.meter"),
    (PW, "Přečetli jste 3 z 5 článků zdarma", "paywall.cs.meter"),
    (PW, "Vyčerpali jste svůj měsíční limit článků zdarma", "paywall.cs.meter"),
    (CO, "Uložit volby", "cookie.cs.buttons"),
    (CO, "Souhlasím a pokračovat", "cookie.cs.buttons"),
    (CO, "Pouze nezbytné cookies", "cookie.cs.buttons"),
    (CO, "Spravovat předvolby", "cookie.cs.buttons"),
    (CM, "Komentáře: 12", "comments.cs.widget"),
    (CM, "Diskuse: 34 příspěvků", "comments.cs.widget"),
    (CM, "Přejít do diskuse (34)", "comments.cs.widget"),
    (AD, "Článek pokračuje pod reklamou", "advertisement.cs.label"),
    (AD, "Pokračování článku pod reklamou", "advertisement.cs.label"),
    (AD, "Přeskočit reklamu", "advertisement.cs.label"),
    (AD, "Tento článek vznikl ve spolupráci se společností Xiaomi.", "advertisement.cs.partner-content"),
    (AD, "Obsah vznikl ve spolupráci s partnerem", "advertisement.cs.partner-content"),
    (
        AD,
        "Pokud si přes odkaz v článku něco koupíte, můžeme získat provizi.",
        "advertisement.cs.partner-content",
    ),
    (
        PU,
        "Převzetí, šíření nebo kopírování článků je bez písemného souhlasu vydavatele zakázáno.",
        "publisher.cs.reuse",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Czech
    ("cs", "Policie uvedla, že odkaz na podvodný web byl zkopírován do tisíců e-mailů."),
    ("cs", "Herec bude článek číst nahlas před publikem v Národním divadle."),
    ("cs", "Shrnutí článku zákona, které ministerstvo zveřejnilo, má deset stran."),
    ("cs", "Ministr slíbil, že komise zveřejní registrace všech lobbistů do konce roku."),
    ("cs", "Související články zákona podle soudu zůstávají v platnosti."),
    ("cs", "Nejčtenější knihou loňského roku byl podle knihoven detektivní román."),
    ("cs", "Pacientům nemocnice doporučila nahlásit chybu v lékařské zprávě pojišťovně."),
    ("cs", "Firma chce vyzkoušet aplikaci pro řidiče nejdříve v Brně."),
    ("cs", "Vedení televize odmítlo spustit video, které zachycovalo zásah policie."),
    ("cs", "Fotogalerie na hradě nabídne od května novou expozici."),
    ("cs", "Fanoušci mohou sledovat zápas na velkoplošné obrazovce na náměstí."),
    ("cs", "Zájemci si mohou nechat posílat upozornění na uzavírky e-mailem, uvedla správa silnic."),
    ("cs", "Nejdůležitější zprávy z jednání vlády přinese ČT v hlavní zpravodajské relaci."),
    ("cs", "Zbytek článku zákona upravuje povinnosti provozovatelů."),
    ("cs", "Předplatné na MHD stojí od ledna o deset procent více."),
    ("cs", "Firma podle zprávy vyčerpala limit úvěru už v březnu."),
    ("cs", "Soud rozhodl, že uživatelé musí mít možnost odmítnout cookies stejně snadno jako je přijmout."),
    ("cs", "Opozice chce do diskuse o důchodech vstoupit s vlastním návrhem."),
    ("cs", "Pokračování jednání o rozpočtu je naplánováno na úterý."),
    ("cs", "Studie vznikla ve spolupráci s Univerzitou Karlovou."),
    ("cs", "Zákon vznikl ve spolupráci s odborníky z praxe."),
    ("cs", "Obchodníci podle ČOI nesmějí za odkaz na produkt získat provizi bez upozornění."),
    ("cs", "Šíření a kopírování pirátských filmů je trestné, připomněla policie."),
    ("cs", "Hasiči požádali řidiče, aby si na cestu nechali více času."),
    ("cs", "Článek vznikl ve spolupráci s redakcí Deníku N a investigativním centrem."),
]
