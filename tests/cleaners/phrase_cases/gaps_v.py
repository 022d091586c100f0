"""Phrase rules in Kazakh, Uzbek and Belarusian, round ten: page furniture that the earlier tables
missed, and article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Kazakh
    (SC, "Сайт бойынша іздеу", "site_chrome.kk.menu-label"),
    (SC, "Жүйеге кіру", "site_chrome.kk.menu-label"),
    (SC, "Құпиясөзді ұмыттыңыз ба?", "site_chrome.kk.menu-label"),
    (SC, "Құпия сөзді қалпына келтіру", "site_chrome.kk.menu-label"),
    (SC, "Сондай-ақ оқыңыз:", "site_chrome.kk.menu-label"),
    (SC, "Оқи отырыңыз", "site_chrome.kk.menu-label"),
    (SC, "Ұқсас материалдар", "site_chrome.kk.menu-label"),
    (SC, "Тақырыпқа қатысты жаңалықтар", "site_chrome.kk.menu-label"),
    (SC, "Ең көп қаралған", "site_chrome.kk.menu-label"),
    (SC, "Барлық жаңалықтар", "site_chrome.kk.menu-label"),
    (SC, "Жарияланды: 5 наурыз 2024, 16:20", "site_chrome.kk.post-date"),
    (SC, "Жарияланған уақыты: 2024 жылғы 3 маусым, 09:15", "site_chrome.kk.post-date"),
    (SC, "Соңғы жаңарту: 04.04.2025", "site_chrome.kk.post-date"),
    (SC, "Жаңартылды 17 желтоқсан 2023 ж. 11:40", "site_chrome.kk.post-date"),
    (SC, "Мәтіннен қате байқасаңыз, белгілеп Ctrl+Enter пернелерін басыңыз", "site_chrome.kk.typo-notice"),
    (SC, "Қатені белгілеп, Ctrl + Enter басыңыз", "site_chrome.kk.typo-notice"),
    (SO, "Әлеуметтік желілерде бөлісіңіз", "social.kk.label"),
    (SO, "WhatsApp-та бөлісу", "social.kk.label"),
    (SO, "Достарыңызбен бөлісіңіз", "social.kk.label"),
    (SO, "Бізді Telegram-нан оқыңыз", "social.kk.follow"),
    (SO, "Бізді әлеуметтік желілерде бақылаңыз", "social.kk.follow"),
    (SO, "YouTube каналымызға жазылыңыз", "social.kk.follow"),
    (SO, "Біздің Instagram парақшамызға жазылыңыз", "social.kk.follow"),
    (SO, "Біз Facebook-та", "social.kk.follow"),
    (SO, "Маңызды жаңалықтарды жіберіп алмау үшін Telegram арнамызға қосылыңыз", "social.kk.follow-prompt"),
    (NL, "Жаңалықтар таратылымына жазылыңыз", "newsletter.kk.label"),
    (NL, "Таратылымымызға жазылу", "newsletter.kk.label"),
    (NL, "E-mail адресіңізді жазыңыз", "newsletter.kk.email-field"),
    (NL, "Электрондық поштаңызды көрсетіңіз", "newsletter.kk.email-field"),
    (NL, "Жарамсыз e-mail мекенжайы", "newsletter.kk.email-field"),
    (NL, "Рақмет! Сіз сәтті жазылдыңыз", "newsletter.kk.confirmation"),
    (NL, "Жазылымды растау үшін поштаңызды тексеріңіз", "newsletter.kk.confirmation"),
    (PW, "Оқуды жалғастыру үшін жүйеге кіріңіз", "paywall.kk.keep-reading"),
    (PW, "Материалды толығымен оқу үшін тіркеліңіз.", "paywall.kk.keep-reading"),
    (PW, "Жазылым сатып алыңыз", "paywall.kk.label"),
    (PW, "Тек жазылушыларға арналған", "paywall.kk.label"),
    (PW, "Шектеусіз оқыңыз", "paywall.kk.label"),
    (
        CO,
        "Сайтты қолдануды жалғастыра отырып, сіз куки файлдарын қолдануға келісім бересіз.",
        "cookie.kk.continue-consent",
    ),
    (CO, "Барлығын қабылдау", "cookie.kk.buttons"),
    (CO, "Куки баптаулары", "cookie.kk.buttons"),
    (CO, "Келісемін және жабу", "cookie.kk.buttons"),
    (CM, "Пікір жазу үшін тіркеліңіз", "comments.kk.prompt"),
    (AD, "Серіктестік жоба", "advertisement.kk.label"),
    (AD, "Жарнама құқығында", "advertisement.kk.label"),
    (AD, "Демеуші жобасы", "advertisement.kk.label"),
    (PU, "Сайттағы материалдарды рұқсатсыз көшіріп басуға тыйым салынады.", "publisher.kk.reuse"),
    (PU, "Материалдарды пайдаланған кезде Kazinform-ға гиперсілтеме беру міндетті.", "publisher.kk.reuse"),
    (PU, "Ақпарат көзі: ҚазАқпарат", "publisher.kk.agency"),
    (PU, "Дереккөз: Reuters", "publisher.kk.agency"),
    (PU, "Kazinform", "publisher.kk.agency"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Kazakh
    ("kk", "Министр жаңа бағдарлама туралы ақпаратпен әлеуметтік желілерде бөлісті."),
    ("kk", "Компания өз деректерін серіктестерімен бөлісетінін айтты."),
    ("kk", "Полиция күдіктіні іздеу жұмыстарын бірнеше күн бойы жүргізді."),
    ("kk", "Тұрғындар ауыл әкімінің Telegram арнасына жазылып, жаңалықтарды сол жерден оқиды."),
    ("kk", "Оқушылар кітапханаға тіркелу үшін ата-аналарымен бірге келді."),
    ("kk", "Депутаттар жаңа заң жобасына қатысты пікірлерін ашық айтты."),
    ("kk", "Сот баспаның материалдарды рұқсатсыз көшіріп басқанын анықтады."),
    ("kk", "Барлық құқықтарды қорғау мемлекеттің міндеті екенін омбудсмен атап өтті."),
    ("kk", "Жарнама нарығы биыл айтарлықтай өсті, деп хабарлады агенттік."),
    ("kk", "Мемлекеттік органдар cookie файлдарын пайдалану ережелерін қайта қарайды."),
    ("kk", "Журналистер бұл жаңалықтың дереккөзін ашудан бас тартты."),
    ("kk", "Мақаланы толық оқу үшін студенттер кітапханаға барды."),
    ("kk", "Жаңа жазылым жүйесі банк клиенттеріне ыңғайлы болады деп күтілуде."),
    ("kk", "Әкімдік тұрғындарды жаңа ережелерді бақылауға шақырды."),
    ("kk", "Мектеп асханасының мәзірі ата-аналардың талабымен өзгертілді."),
    ("kk", "Баспахана оқулықтарды басып шығаруды уақытында аяқтады."),
    ("kk", "Мұражайға кіру жексенбі күндері тегін болады."),
    ("kk", "Кітап 2019 жылы жарияланды және бірден танымал болды."),
    ("kk", "Жарияланды деп есептелетін құжаттар тізімі 2024 жылы жаңартылды."),
    ("kk", "Компания демеуші ретінде фестивальге бес миллион теңге бөлді."),
    ("kk", "Ол өз ойын достарымен бөлісіп, кеңес сұрағанын айтты."),
    ("kk", "Сарапшылар сайтты пайдалана отырып, азаматтар өз деректерін тексере алатынын айтты."),
    ("kk", "Пікір білдіру үшін азаматтар қоғамдық тыңдауға келуі керек."),
    ("kk", "Қатені тапқан мұғалім бұл туралы директорға хабарлады."),
    ("kk", "Вице-министр жаңалықтарды тек ресми арналардан оқуға кеңес берді."),
]
