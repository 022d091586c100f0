"""Phrase rules in Armenian, round fourteen: page furniture that the
earlier tables missed (AI summaries, save and bookmark buttons, gallery and live-blog controls, app,
podcast and channel promos, free-article meters, e-mail field errors, comment moderation notes,
affiliate notes), and article sentences with the same words
(run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Armenian
    (SC, "Փակել ընտրացանկը", "site_chrome.hy.menu-label"),
    (SC, "Բոլոր թեմաները", "site_chrome.hy.menu-label"),
    (SC, "Թարմացնել էջը", "site_chrome.hy.menu-label"),
    (SC, "Կարդացեք նաեւ", "site_chrome.hy.menu-label"),
    (SC, "Տես նաև", "site_chrome.hy.menu-label"),
    (SC, "Նմանատիպ լուրեր", "site_chrome.hy.menu-label"),
    (SC, "Այս թեմայով", "site_chrome.hy.menu-label"),
    (SC, "Ամենաընթերցվածները", "site_chrome.hy.menu-label"),
    (SC, "Ուղարկեք մեզ տեսանյութ", "site_chrome.hy.menu-label"),
    (SC, "Լուր ունե՞ք", "site_chrome.hy.menu-label"),
    (SC, "Ուղիղ միացում", "site_chrome.hy.tools"),
    (SC, "Կարդալու տևողությունը՝ մոտ 6 րոպե", "site_chrome.hy.tools"),
    (SC, "Մեծացնել տառաչափը", "site_chrome.hy.tools"),
    (SC, "Պահպանել հոդվածը ավելի ուշ կարդալու համար", "site_chrome.hy.tools"),
    (SC, "Ավելացնել էջանիշներին", "site_chrome.hy.tools"),
    (SC, "Կարդալ ավելի ուշ", "site_chrome.hy.tools"),
    (SC, "Դիտել ֆոտոշարքը", "site_chrome.hy.tools"),
    (SC, "Նկար 7/20", "site_chrome.hy.tools"),
    (SC, "Հաջորդ լուսանկարը", "site_chrome.hy.tools"),
    (SC, "Հրապարակվել է 14.03.2026 09:05 | Թարմացվել է 14.03.2026 11:30", "site_chrome.hy.post-date"),
    (SC, "Հոդվածի ամփոփումը AI-ի կողմից", "site_chrome.hy.ai-summary"),
    (SC, "Արհեստական բանականության ամփոփում", "site_chrome.hy.ai-summary"),
    (SC, "Հիմնականը մեկ րոպեում", "site_chrome.hy.ai-summary"),
    (SC, "Սխալ եք նկատել։ Ընտրեք տեքստը և սեղմեք Ctrl+Enter", "site_chrome.hy.report-error"),
    (SC, "Տեքստում վրիպակ նկատելու դեպքում գրեք մեզ", "site_chrome.hy.report-error"),
    (SC, "Ցույց տալ 4 նոր թարմացում", "site_chrome.hy.live"),
    (SC, "Ուղիղ թարմացումներ", "site_chrome.hy.live"),
    (SC, "Տեղադրեք մեր բջջային հավելվածը", "site_chrome.hy.media-promo"),
    (SC, "Լսեք փոդքասթի նոր թողարկումը", "site_chrome.hy.media-promo"),
    (SC, "Դիտեք ամբողջական տեսանյութը", "site_chrome.hy.media-promo"),
    (SO, "Ուղարկել ընկերոջը", "social.hy.label"),
    (SO, "Նվիրել հոդվածը", "social.hy.label"),
    (SO, "Ուղարկել Viber-ով", "social.hy.channel"),
    (SO, "Ավելացրեք News.am-ը որպես նախընտրելի աղբյուր", "social.hy.channel"),
    (SO, "Հետևեք մեզ Google News-ում", "social.hy.channel"),
    (SO, "Ամենաթարմ լուրերը մեր Telegram ալիքում", "social.hy.channel"),
    (NL, "Ստացեք օրվա գլխավոր լուրերը ձեր էլ. փոստին", "newsletter.hy.sign-up"),
    (NL, "Անվավեր email հասցե", "newsletter.hy.email-field"),
    (NL, "Մուտքագրեք վավեր էլ. հասցե", "newsletter.hy.email-field"),
    (NL, "Այս դաշտը պարտադիր է", "newsletter.hy.email-field"),
    (PW, "Գրանցվեք՝ կարդալը շարունակելու համար", "paywall.hy.keep-reading"),
    (PW, "Դուք ունեք 3 անվճար նյութ այս ամիս", "paywall.hy.meter"),
    (PW, "Սա ձեր վերջին անվճար հոդվածն է", "paywall.hy.meter"),
    (PW, "Դուք սպառել եք անվճար հոդվածների սահմանաչափը", "paywall.hy.meter"),
    (PW, "Դարձեք պրեմիում բաժանորդ", "paywall.hy.meter"),
    (PW, "Առաջին ամիսը՝ 100 դրամով", "paywall.hy.meter"),
    (CO, "Շարունակելով զննել մեր կայքը, դուք ընդունում եք քուքիների օգտագործումը", "cookie.hy.site-uses"),
    (CM, "Բեռնել նախորդ մեկնաբանությունները", "comments.hy.widget"),
    (CM, "Դեռ մեկնաբանություններ չկան", "comments.hy.widget"),
    (CM, "Ձեր մեկնաբանությունը սպասում է մոդերացիայի", "comments.hy.widget"),
    (PU, "Կայքի նյութերի պատճենահանումն արգելվում է", "publisher.hy.reuse"),
    (AD, "Այս նյութը պարունակում է գործընկերային հղումներ", "advertisement.hy.affiliate"),
    (
        AD,
        "Մենք կարող ենք միջնորդավճար ստանալ այս հղումներով կատարված գնումներից",
        "advertisement.hy.affiliate",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Armenian
    ("hy", "Կառավարությունը որոշել է բացել նոր դպրոցներ բոլոր մարզերում։"),
    ("hy", "Քաղաքապետարանը խոստացել է թարմացնել հասարակական տրանսպորտի ցանցը մինչև տարեվերջ։"),
    ("hy", "Նախարարը կարդացել է զեկույցը և նաև հանդիպել է լրագրողների հետ։"),
    ("hy", "Ոստիկանությունը խնդրել է ականատեսներին ուղարկել տեսանյութեր միջադեպի մասին։"),
    ("hy", "Թանգարանը պահպանել է հին ձեռագրերի հավաքածուն պատերազմի տարիներին։"),
    ("hy", "Ֆոտոշարքը ներկայացնում է Գյումրու պատմական թաղամասերը։"),
    ("hy", "Ընկերությունը ներկայացրել է նոր բջջային հավելված գյուղատնտեսների համար։"),
    ("hy", "Տնտեսագետը փոդքասթում քննարկել է գնաճի պատճառները։"),
    ("hy", "Պատգամավորը կիսվել է իր տպավորություններով այցից հետո։"),
    ("hy", "Դատարանը որոշել է, որ կայքը չպետք է հավաքեր քուքիներ առանց համաձայնության։"),
    ("hy", "Նախագահը մեկնաբանություններ չի տվել ընտրությունների արդյունքների վերաբերյալ։"),
    ("hy", "Բանկը միջնորդավճար է գանձում յուրաքանչյուր միջազգային փոխանցման համար։"),
    ("hy", "Ուսանողները ստացել են անվճար դասագրքեր նոր ուսումնական տարվա սկզբին։"),
    ("hy", "Նոր օրենքը արգելում է առանց թույլտվության հնագիտական նյութերի արտահանումը։"),
    ("hy", "Արհեստական բանականությունը օգտագործվում է հիվանդանոցներում ախտորոշման համար։"),
    ("hy", "Փորձագետները նկատել են սխալ պաշտոնական վիճակագրության մեջ։"),
    ("hy", "Հեռուստաընկերությունը ցուցադրել է ուղիղ միացում սահմանից։"),
    ("hy", "Ամսագրի բաժանորդների թիվը կրկնապատկվել է վերջին տարում։"),
    ("hy", "Լրագրողը հետևել է դատական գործընթացին սկզբից մինչև վերջ։"),
    ("hy", "Ակտիվիստները տարածել են նամակ, որում պահանջում են վերանայել որոշումը։"),
    ("hy", "Ընտրական հանձնաժողովը հրապարակել է նախնական արդյունքները կեսգիշերին։"),
    ("hy", "Նոր կանոնները կսահմանեն էլ. փոստի հասցեների պաշտպանության կարգը։"),
]
