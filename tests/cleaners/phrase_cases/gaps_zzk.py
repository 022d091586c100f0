"""Phrase rules in Hungarian, Burmese and Khmer, round fifteen: page furniture that the earlier tables
missed (section and topic labels, messenger-channel prompts, e-mail fields and form errors, sign-up
confirmations, free-article meters, support and login prompts, photo credits, print-edition notes, AI-summary
notes, saved and read-aloud buttons, comment-form notes, affiliate notes, push prompts), and article
sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Hungarian
    (SC, "Rovatok", "site_chrome.hu.menu-label"),
    (SC, "Témakörök", "site_chrome.hu.menu-label"),
    (SC, "Bejelentkezés | Regisztráció", "site_chrome.hu.menu-label"),
    (SC, "Regisztráció / Belépés", "site_chrome.hu.menu-label"),
    (SC, "Bejegyzés navigáció", "site_chrome.hu.menu-label"),
    (SC, "Régebbi bejegyzések", "site_chrome.hu.menu-label"),
    (SC, "Betöltés…", "site_chrome.hu.menu-label"),
    (SO, "Kövesse a Blikk Telegram-csatornáját a legfontosabb hírekért", "social.hu.channels"),
    (SO, "Csatlakozz WhatsApp-csatornánkhoz, és értesülj a legfrissebb hírekről!", "social.hu.channels"),
    (NL, "Adja meg e-mail-címét", "newsletter.hu.label"),
    (NL, "Add meg az e-mail címedet", "newsletter.hu.label"),
    (NL, "Feliratkozom a hírlevelekre", "newsletter.hu.label"),
    (NL, "Iratkozz fel, és ne maradj le semmiről!", "newsletter.hu.label"),
    (NL, "Sikeresen feliratkoztál! Hamarosan érkezik az első levelünk.", "newsletter.hu.confirmation-start"),
    (
        NL,
        "Kérjük, erősítse meg e-mail-címét a kapott levélben lévő gombbal.",
        "newsletter.hu.confirmation-start",
    ),
    (SC, "Helytelen formátumú e-mail-cím", "site_chrome.hu.error-message"),
    (SC, "Kérjük, adjon meg egy érvényes e-mail-címet", "site_chrome.hu.error-message"),
    (SC, "A megadott e-mail-cím érvénytelen", "site_chrome.hu.error-message"),
    (PW, "E hónapban még 3 ingyenes cikket olvashat el.", "paywall.hu.meter"),
    (PW, "Ebben a hónapban még egy ingyenes cikked maradt.", "paywall.hu.meter"),
    (PW, "Előfizetőinknek szóló cikk", "paywall.hu.label"),
    (PW, "Ez egy prémium írás", "paywall.hu.label"),
    (PW, "A reklámmentes változathoz fizessen elő", "paywall.hu.label"),
    (SC, "Lépj be, vagy regisztrálj ingyen!", "site_chrome.hu.login-wall"),
    (PU, "Legyen a támogatónk!", "publisher.hu.support"),
    (PU, "Támogasson minket most", "publisher.hu.support"),
    (PU, "Légy a támogatónk már havi 500 forinttól", "publisher.hu.support"),
    (CO, "Beállítások módosítása", "cookie.hu"),
    (CO, "Részletes beállítások", "cookie.hu.buttons"),
    (PU, "Nyitókép: Reuters/Bernadett Szabo", "publisher.hu.photo-credit"),
    (PU, "A kép forrása: Facebook", "publisher.hu.photo-credit"),
    (PU, "Az interjú a Magyar Hang 2025/14. számában jelent meg.", "publisher.hu.print-edition"),
    (PU, "Olvasható a nyomtatott Élet és Irodalomban is", "publisher.hu.print-edition"),
    (SC, "Olvassa el ezt is!", "site_chrome.hu.related"),
    (SC, "Erről is olvasta már?", "site_chrome.hu.related"),
    (SC, "Szerkesztőségi ajánló", "site_chrome.hu.related"),
    (SC, "A cikk kivonatát mesterséges intelligencia generálta.", "site_chrome.hu.ai-summary"),
    (SC, "A szöveget MI segítségével fordítottuk, szerkesztőnk ellenőrizte.", "site_chrome.hu.ai-summary"),
    (SC, "Hozzáadva a kedvencek közé", "site_chrome.hu.tools"),
    (SC, "Könyvjelzőkhöz adva", "site_chrome.hu.tools"),
    (SC, "Felolvasás", "site_chrome.hu.tools"),
    (CM, "Vélemény, hozzászólás?", "comments.hu.widget"),
    (CM, "Komment elküldése", "comments.hu.widget"),
    (CM, "Kommentelés kikapcsolva", "comments.hu.widget"),
    (CM, "Az e-mail-címed nem jelenik meg nyilvánosan.", "comments.hu.form-note"),
    (CM, "A kötelező mezőket csillaggal jelöltük.", "comments.hu.form-note"),
    (AD, "Reklám bezárása", "advertisement.hu.label"),
    (AD, "Ha a linkekre kattintva vásárol, jutalékot kaphatunk.", "advertisement.hu.affiliate"),
    (SC, "Ne maradjon le egyetlen hírről sem!", "site_chrome.hu.push"),
    (SC, "Nem, köszönöm", "site_chrome.hu.push"),
    (SC, "Rovat: Gazdaság", "site_chrome.hu.taxonomy"),
    (SC, "Témakör: energiaválság", "site_chrome.hu.taxonomy"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Hungarian
    ("hu", "A rovatok vezetői szerdán egyeztettek a főszerkesztővel az új lapszerkezetről."),
    ("hu", "A kormány szerint a témák között az energiaárak és a lakhatás szerepel majd."),
    ("hu", "A párt támogatóinak száma a felmérés szerint tavasz óta csökkent."),
    ("hu", "A miniszter szerint a beállítások módosítása után a hiba megszűnt."),
    ("hu", "A bíróság szerint a cég jutalékot kapott minden eladott termék után."),
    ("hu", "A rendőrség szerint a csalók hamis e-mail-címekről küldték az üzeneteket."),
    ("hu", "A képviselő azt mondta, most nem kíván nyilatkozni a vizsgálatról."),
    ("hu", "A lap nyomtatott kiadása a jövő hónaptól hetente kétszer jelenik meg."),
    ("hu", "A könyv 2025 tavaszán jelent meg a kiadó gondozásában."),
    ("hu", "A kutatók mesterséges intelligencia segítségével elemezték a felvételeket."),
    (
        "hu",
        "A szolgáltató közölte, hogy az ügyfelek a beállítások menüben kapcsolhatják ki az értesítéseket.",
    ),
    ("hu", "A szurkolók a klub Telegram-csatornáján értesültek a legfrissebb hírekről."),
    ("hu", "Az egyesület arra kérte a lakókat, hogy támogassák a helyi kórházat."),
    ("hu", "A kereskedők szerint a prémium kategóriás autók iránti kereslet nőtt."),
    ("hu", "A felhasználók könyvjelzőket és jegyzeteket is menthetnek az új alkalmazásban."),
    ("hu", "A színész felolvasást tart a könyvtárban csütörtök este."),
    ("hu", "A minisztérium kategóriák szerint sorolta be a beérkezett pályázatokat."),
    ("hu", "Az ellenzék szerint a kormány nem tesz közzé minden szerződést."),
    ("hu", "A polgármester szerint a kötelező mezőket sok pályázó üresen hagyta."),
    ("hu", "Az illusztráció egy budapesti grafikus munkája, aki díjat is nyert vele."),
    ("hu", "A cég vezetője szerint ebben a hónapban még két új üzletet nyitnak."),
    ("hu", "A szakértő szerint a hibás e-mail-címek miatt sok értesítés nem ért célba."),
    ("hu", "A tüntetők azt kiabálták: nem kérünk a megszorításokból."),
]
