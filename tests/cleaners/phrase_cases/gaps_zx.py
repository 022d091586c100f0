"""Phrase rules in German and Dutch, round fourteen: page furniture that the earlier tables missed
(key-point and summary boxes, gifted-article notices, app banners, consent-wall choices, comment and
discussion buttons, WhatsApp and Telegram channel prompts, live-blog controls, login forms, newsletter
errors, affiliate labels, gallery and audio promotions), and article sentences with the same words
(run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- German
    (SC, "Das Wichtigste in Kürze", "site_chrome.de.key-points"),
    (SC, "Die wichtigsten Fakten im Überblick", "site_chrome.de.key-points"),
    (SC, "Alles auf einen Blick", "site_chrome.de.key-points"),
    (SC, "Kurz erklärt:", "site_chrome.de.key-points"),
    (SC, "Worum geht's?", "site_chrome.de.key-points"),
    (SC, "Das Wichtigste in drei Punkten", "site_chrome.de.key-points"),
    (
        SC,
        "Geschenkter Beitrag: Diesen Artikel hat Ihnen ein Abonnent freigeschaltet.",
        "site_chrome.de.gift-notice",
    ),
    (SC, "Dieser Artikel wurde Ihnen von Anna geschenkt", "site_chrome.de.gift-notice"),
    (SC, "Eine Abonnentin hat Ihnen diesen Artikel geschenkt.", "site_chrome.de.gift-notice"),
    (SC, "Du liest gerade einen geschenkten Artikel", "site_chrome.de.gift-notice"),
    (AD, "Jetzt auch in der App lesen", "advertisement.de.app-promo"),
    (AD, "Zur WAZ-App", "advertisement.de.app-promo"),
    (AD, "Im Browser lesen", "advertisement.de.app-promo"),
    (AD, "Kostenlos bei Google Play laden", "advertisement.de.app-promo"),
    (AD, "App herunterladen", "advertisement.de.app-promo"),
    (CO, "Mit Werbung weiterlesen oder werbefrei für 2,99 € im Monat", "cookie.de.buttons"),
    (CO, "Zustimmen und fortfahren", "cookie.de.buttons"),
    (CO, "Werbung und Tracking zulassen", "cookie.de.buttons"),
    (CO, "Einverstanden", "cookie.de.buttons"),
    (
        CO,
        "Mit Ihrer Einwilligung in Werbung und Tracking können Sie alle Inhalte wie gewohnt nutzen.",
        "cookie.de.consent-wall",
    ),
    (CO, "Lesen Sie unser Angebot kostenlos mit Werbung und Tracking.", "cookie"),
    (CM, "Zur Leserdebatte", "comments.de.widget"),
    (CM, "Diskussion einblenden", "comments.de.widget"),
    (CM, "Kommentiert diesen Beitrag", "comments.de.widget"),
    (CM, "Artikel kommentieren", "comments.de.widget"),
    (CM, "Diskussion (14)", "comments.de.widget"),
    (CM, "Kommentar melden", "comments.de.widget"),
    (
        CM,
        "Dieser Kommentar wurde von der Redaktion gelöscht, weil er gegen die Netiquette verstößt.",
        "comments.de.widget",
    ),
    (CM, "Die Diskussion zu diesem Artikel ist beendet", "comments.de.widget"),
    (SO, "Der Tagesspiegel-WhatsApp-Kanal: Jetzt kostenlos abonnieren", "social.de.follow-site"),
    (SO, "Treten Sie unserem Telegram-Kanal bei", "social.de.follow-site"),
    (SO, "Eilmeldungen per WhatsApp erhalten", "social.de.follow-site"),
    (SO, "Wir sind auch bei Telegram", "social.de.follow-site"),
    (SC, "5 neue Updates laden", "site_chrome.de.live"),
    (SC, "Liveticker anhalten", "site_chrome.de.live"),
    (SC, "Dieser Newsblog ist beendet.", "site_chrome.de.live"),
    (SC, "Der Ticker wird laufend aktualisiert", "site_chrome.de.live"),
    (SC, "Hören statt lesen", "site_chrome.de.media-promo"),
    (SC, "Audioversion des Artikels", "site_chrome.de.media-promo"),
    (SC, "Weitere Fotos", "site_chrome.de.media-promo"),
    (SC, "Fotostrecke ansehen", "site_chrome.de.media-promo"),
    (PW, "Loggen Sie sich ein, um den vollständigen Artikel zu lesen.", "paywall.de.keep-reading"),
    (PW, "Passwort vergessen?", "paywall.de.account"),
    (PW, "Eingeloggt bleiben", "paywall.de.account"),
    (PW, "Benutzername oder E-Mail-Adresse *", "paywall.de.account"),
    (PW, "Alle Abo-Angebote", "paywall.de.account"),
    (PW, "Abo", "paywall.de.account"),
    (NL, "Bitte wähle mindestens einen Newsletter aus.", "newsletter.de.status"),
    (NL, "Du bist bereits für unseren Newsletter angemeldet", "newsletter.de.status"),
    (NL, "Newsletter-Anmeldung fehlgeschlagen. Bitte versuche es später erneut.", "newsletter.de.status"),
    (AD, "* Affiliate-Links", "advertisement.de.label"),
    (AD, "Werbehinweis", "advertisement.de.label"),
    (AD, "Transparenzhinweis", "advertisement.de.label"),
    (SC, "Mehr Nachrichten aus Hamburg", "site_chrome.de.related"),
    (SC, "Aktuelle Meldungen", "site_chrome.de.related"),
    (SC, "Schrift verkleinern", "site_chrome.de.text-size"),
    (SC, "A A A", "site_chrome.de.text-size"),
    (SC, "Übersicht", "site_chrome.de.menu-label"),
    (SC, "Zurück", "site_chrome.de.menu-label"),
    (SC, "Schreiben Sie der Redaktion", "site_chrome.de.menu-label"),
    (SC, "Tipp senden", "site_chrome.de.menu-label"),
    (SC, "Publiziert am 4. Februar 2025, 07:10 Uhr", "site_chrome.de.post-date"),
    (SC, "Online seit: 04.02.2025", "site_chrome.de.post-date"),
    (SC, "Aktivieren Sie jetzt Push-Benachrichtigungen", "site_chrome.de.notifications"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- German
    ("de", "Die Zusammenfassung des Gutachtens liegt der Redaktion vor und umfasst zwölf Seiten."),
    ("de", "Auf einen Blick war zu erkennen, dass das Gebäude nicht mehr zu retten war."),
    ("de", "Der Unternehmer hat ihnen einen Artikel aus der Lokalzeitung geschenkt, erzählten die Kinder."),
    ("de", "Darum geht es in dem Streit zwischen Vermieter und Mietern seit mehr als zwei Jahren."),
    ("de", "Nutzer können die App im Browser öffnen oder auf dem Smartphone installieren."),
    ("de", "Die Werbung für Zigaretten soll nach dem Willen des Ministers weiter eingeschränkt werden."),
    ("de", "Der Stadtrat war einverstanden, das Projekt um ein Jahr zu verschieben."),
    ("de", "Zur Diskussion stand auch die Frage, wer die Kosten für die Sanierung tragen soll."),
    ("de", "Der Politiker löschte den Kommentar wenige Stunden später wieder."),
    ("de", "Die Gruppe hatte sich über einen WhatsApp-Kanal zu der Demonstration verabredet."),
    ("de", "Der Ticker an der Börse zeigte am Mittag einen Kursverlust von vier Prozent."),
    ("de", "Viele Kunden haben ihr Abo inzwischen gekündigt, weil die Preise gestiegen sind."),
    ("de", "Die Hacker hatten das Passwort des Administrators über eine gefälschte E-Mail erbeutet."),
    ("de", "Die Anmeldung für die Kita-Plätze ist fehlgeschlagen, weil der Server überlastet war."),
    ("de", "Weitere Nachrichten aus der Region erreichten die Redaktion am späten Abend nicht mehr."),
    ("de", "Mehr Videos von der Tat tauchten erst Tage später in sozialen Netzwerken auf."),
    ("de", "Die Galerie öffnen die Betreiber erst im Frühjahr wieder für Besucher."),
    ("de", "Der Transparenzhinweis im Bericht der Kommission wurde von der Opposition kritisiert."),
    ("de", "Die Partei ist jetzt auch auf Telegram aktiv, berichtete der Verfassungsschutz."),
    ("de", "Wer sich nicht rechtzeitig anmeldet, um den Kurs zu belegen, verliert seinen Platz."),
    (
        "de",
        "Mit Werbung und Tracking verdienen die Plattformen Milliarden, kritisierte die Verbraucherzentrale.",
    ),
    ("de", "Kurz und knapp erklärte der Trainer nach dem Spiel, die Mannschaft habe versagt."),
    ("de", "Die Diskussion über den Haushalt wurde am Abend ohne Ergebnis vertagt."),
]
