"""Labels and sign-offs that probes of sites in 16 languages left out: bare advert labels, an
agency with its "Zdroj:" label, a closed Czech thread; and a Persian rights notice that no longer
takes a sentence about employees' rights (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

AD, PU, CM = Category.ADVERTISEMENT, Category.PUBLISHER, Category.COMMENTS

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    (AD, "INZERCE", "advertisement.cs.label"),
    (AD, "Reklamní sdělení", "advertisement.cs.label"),
    (AD, "Sponzorovaný obsah", "advertisement."),  # Czech and Slovak spell it alike
    (AD, "Inzercia", "advertisement.sk.label"),
    (AD, "Reklamná správa", "advertisement.sk.label"),
    (AD, "Reklám", "advertisement.hu.label"),
    (AD, "- REKLÁM -", "advertisement.hu.label"),
    (AD, "Reclamă", "advertisement.ro.label"),
    (AD, "Articol promovat", "advertisement.ro.label"),
    (AD, "מודעה", "advertisement.he.label"),
    (AD, "בחסות", "advertisement.he.label"),
    (AD, "พื้นที่โฆษณา", "advertisement.th.label"),
    (AD, "ANNONS - texten fortsätter under", "advertisement.sv.label"),
    (AD, "Annons – artikeln fortsätter", "advertisement.sv.label"),
    (AD, "Annonse - saken fortsetter nedenfor", "advertisement.no.label"),
    (AD, "ANNONSE – artikkelen fortsetter under", "advertisement.no.label"),
    (PU, "Zdroj: ČTK", "publisher.cs.agency-signoff"),
    (PU, "zdroj: ČTK, Reuters", "publisher.cs.agency-signoff"),
    (PU, "Zdroj: TASR", "publisher.sk.agency-signoff"),
    (PU, "Zdroj:SITA", "publisher.sk.agency-signoff"),
    (CM, "Diskuse k článku byla uzavřena", "comments.cs.widget"),
    (CM, "Diskuse k článku je uzavřena.", "comments.cs.widget"),
    (AD, "Διαφημίσεις", "advertisement.el.label"),
    (AD, "Χορηγούμενο άρθρο", "advertisement.el.label"),
    (AD, "РЕКЛАМИ", "advertisement."),  # Bulgarian and Macedonian spell it alike
    (AD, "Reklaminis turinys", "advertisement.lt.label"),
    (AD, "- Reklamos pabaiga -", "advertisement.lt.label"),
    (AD, "REKLĀMRAKSTS", "advertisement.lv.label"),
    (AD, "Reklāmas beigas", "advertisement.lv.label"),
    (AD, "Reklaamtekst", "advertisement.et.label"),
    (AD, "TASULINE SISU", "advertisement.et.label"),
    (AD, "Oglasna vsebina", "advertisement.sl.label"),
    (AD, "اسپانسرڈ", "advertisement.ur.label"),
    (AD, "Naka-sponsor", "advertisement.tl.label"),
    (AD, "INISPONSORAN", "advertisement.tl.label"),
    (PU, "کلیه حقوق برای همشهری آنلاین محفوظ است", "publisher.fa.rights"),
    (PU, "تمامی حقوق مادی و معنوی این پایگاه متعلق به روزنامه است.", "publisher.fa.rights"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("cs", "Inzerce v regionálních novinách loni klesla o pětinu."),
    ("cs", "Reklamní sdělení na billboardech podél dálnic má zakázat nový zákon."),
    ("cs", "Sponzorovaný obsah musí být podle úřadu jasně označen."),
    ("cs", "Zdroj: ČTK uvedla, že jednání vlády pokračují i v pondělí."),
    ("cs", "Diskuse k článku je uzavřena, oznámil moderátor a odešel ze studia."),
    ("sk", "Inzercia v tlači tvorí už len malú časť príjmov vydavateľstiev."),
    ("hu", "Reklám nélkül a helyi lap nem élne meg, mondta a főszerkesztő."),
    ("ro", "Reclamă la jocurile de noroc va fi interzisă la televiziune după ora 22."),
    ("ro", "Articol promovat de primărie a stârnit critici în consiliul local."),
    ("he", "בחסות החשכה נמלטו השניים מבית הכלא."),
    ("he", "מודעה שפורסמה בעיתון הובילה את המשטרה אל החשוד."),
    ("th", "พื้นที่โฆษณาริมทางด่วนจะถูกรื้อถอนภายในสิ้นปีนี้"),
    ("sv", "Annonsen i tidningen kostade mer än förra året."),
    ("sv", "Annons för annons fortsätter tidningen att tappa intäkter."),
    ("no", "Annonse etter annonse fortsetter å forsvinne fra papiravisene."),
    ("el", "Διαφημίσεις για τυχερά παιχνίδια θα απαγορευτούν από τον Ιούλιο."),
    ("bg", "Реклами на хазартни игри ще бъдат забранени от юли."),
    ("lt", "Reklaminis turinys socialiniuose tinkluose turės būti aiškiai pažymėtas."),
    ("lv", "Reklāmraksts avīzē maksāja vairāk nekā tūkstoti eiro."),
    ("et", "Tasuline sisu on ajalehe jaoks üha tähtsam tuluallikas."),
    ("sl", "Oglasna vsebina mora biti jasno označena, je opozoril varuh."),
    ("tl", "Inisponsoran ng lungsod ang libreng konsiyerto sa plaza noong Sabado."),
    ("fa", "شرکت اعلام کرد که تمام حقوق کارکنان محفوظ است."),
    ("fa", "وزیر گفت تمامی حقوق بازنشستگان در بودجه سال آینده محفوظ خواهد ماند."),
]
