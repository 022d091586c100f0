"""Share labels, advertisement labels and cookie notices in the languages added last: the furniture
goes, article sentences with the same words stay."""

from __future__ import annotations

import pytest
from tests.cleaners.test_phrases import assert_kept_by_every_phrase_cleaner, assert_removed_with_rule

from newsclean.model import Category

SO, AD, CO = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE

POSITIVES: list[tuple[Category, str, str]] = [
    (SO, "शेयर करें", "social.hi.label"),
    (SO, "हमें फॉलो करें", "social.hi.label"),
    (SO, "शेअर करा", "social.mr.label"),
    (SO, "শেয়ার করুন", "social.bn.label"),
    (SO, "আমাদের ফলো করুন", "social.bn.label"),
    (SO, "شیئر کریں", "social.ur.label"),
    (SO, "பகிரவும்", "social.ta.label"),
    (SO, "షేర్ చేయండి", "social.te.label"),
    (SO, "שתפו", "social.he.label"),
    (SO, "עקבו אחרינו", "social.he.label"),
    (SO, "แชร์", "social.th.label"),
    (SO, "ติดตามเรา", "social.th.label"),
    (SO, "Kongsi", "social.ms.label"),
    (SO, "Ibahagi", "social.tl.label"),
    (SO, "Shiriki", "social.sw.label"),
    (SO, "Поделите", "social.sr.label"),
    (SO, "Sledite nam", "social.sl.label"),
    (SO, "Comparteix", "social.ca.label"),
    (AD, "विज्ञापन", "advertisement.hi.label"),
    (AD, "বিজ্ঞাপন", "advertisement.bn.label"),
    (AD, "اشتہار", "advertisement.ur.label"),
    (AD, "விளம்பரம்", "advertisement.ta.label"),
    (AD, "స్పాన్సర్డ్ కంటెంట్", "advertisement.te.label"),
    (AD, "פרסומת", "advertisement.he.label"),
    (AD, "תוכן ממומן", "advertisement.he.label"),
    (AD, "โฆษณา", "advertisement.th.label"),
    (AD, "Kandungan ditaja", "advertisement.ms.label"),
    (AD, "Patalastas", "advertisement.tl.label"),
    (AD, "Matangazo", "advertisement.sw.label"),
    (AD, "Платена публикация", "advertisement.bg.label"),
    (AD, "Спонзорисано", "advertisement.sr.label"),
    (AD, "Oglasno sporočilo", "advertisement.sl.label"),
    (AD, "Партнерський матеріал", "advertisement.uk.label"),
    (AD, "Contingut patrocinat", "advertisement.ca.label"),
    (CO, "यह वेबसाइट कुकीज़ का उपयोग करती है। अधिक जानकारी के लिए हमारी गोपनीयता नीति पढ़ें।", "cookie.hi.site-uses"),
    (CO, "এই ওয়েবসাইট কুকি ব্যবহার করে। আরও জানতে আমাদের গোপনীয়তা নীতি পড়ুন।", "cookie.bn.site-uses"),
    (
        CO,
        "یہ ویب سائٹ کوکیز استعمال کرتی ہے۔ مزید جاننے کے لیے ہماری پرائیویسی پالیسی پڑھیں۔",
        "cookie.ur.site-uses",
    ),
    (CO, "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. המשך הגלישה מהווה הסכמה.", "cookie.he.site-uses"),
    (
        CO,
        "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ หากคุณใช้งานเว็บไซต์ต่อ ถือว่าคุณยอมรับการใช้คุกกี้",
        "cookie.th.site-uses",
    ),
    (
        CO,
        "Laman web ini menggunakan kuki untuk memastikan anda mendapat pengalaman terbaik.",
        "cookie.ms.site-uses",
    ),
    (CO, "Gumagamit ang website na ito ng cookies para sa mas magandang karanasan.", "cookie.tl.site-uses"),
    (CO, "Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu.", "cookie.sw.site-uses"),
    (CO, "Овај сајт користи колачиће да би вам пружио боље искуство.", "cookie.sr.site-uses"),
    (CO, "Ova sajt koristi kolačiće. Ovaj sajt koristi kolačiće za analitiku.", "cookie.sr.site-uses"),
    (CO, "Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo.", "cookie.sl.site-uses"),
    (CO, "Aquest lloc web utilitza galetes per millorar l'experiència de navegació.", "cookie.ca.site-uses"),
    (
        CO,
        "当サイトではクッキーを使用しています。詳しくはプライバシーポリシーをご覧ください。",
        "cookie.ja.site-uses",
    ),
    (
        CO,
        "이 웹사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.",
        "cookie.ko.site-uses",
    ),
]

NEGATIVES: list[str] = [
    "कंपनी के शेयर मंगलवार को पांच प्रतिशत गिर गए।",
    "सरकार ने अखबारों में विज्ञापन देकर योजना की जानकारी दी।",
    "বাজারে ওই কোম্পানির শেয়ার দাম বেড়েছে।",
    "הוא סירב לשתף פעולה עם החקירה, כך נמסר.",
    "הפרסומת החדשה של החברה עוררה ביקורת ברשתות.",
    "ราคาหุ้นของบริษัทปรับตัวลดลงหลังจากโฆษณาชิ้นใหม่ถูกวิจารณ์",
    "Syarikat itu enggan berkongsi maklumat dengan polis.",
    "Kampuni hiyo ilitoa tangazo jipya la ajira wiki hii.",
    "Министарство је објавило оглас за нова радна места.",
    "Podjetje je objavilo oglas za prosta delovna mesta.",
    "L'empresa va retirar la publicitat després de les queixes.",
    "Бисквитките на баба ми бяха най-вкусните в селото.",
    "Regulator menemukan bahwa banyak situs tidak meminta izin sebelum menyimpan kuki.",
]


@pytest.mark.parametrize(("category", "line", "rule_prefix"), POSITIVES)
def test_junk_line_is_removed_with_its_rule(category: Category, line: str, rule_prefix: str) -> None:
    assert_removed_with_rule(category, line, rule_prefix)


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_article_sentence_is_kept_by_every_phrase_cleaner(sentence: str) -> None:
    assert_kept_by_every_phrase_cleaner(sentence, sentence)
