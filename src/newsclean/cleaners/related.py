"""Related-article links: headline runs after the body, runs under a "Related" heading, "Read more:" lines.

A subheading inside the body (one headline-like line followed by prose) is never a run:
runs without a heading are only looked for after the last prose paragraph, and they need
two or more headline-like lines, none of them a table's cell that a rendering laid out with
tabs (:attr:`Document.cells`). Above a page footer's lone paragraph, after the article's
last block of prose, a run needs six lines that read as news headlines (seven words or more,
mostly without a bullet or dash, no code): an article's own list is marked or short.
A run does not take the article's own lines at its start, which end without a full stop as
often as links do: a chronology's entries, each a time or a date and then what happened
("6:42am – Police close the bridge", "1998: The club moves", two or more, an entry over a
year's or a day's subheading just above the run counting too), each at its own time (a topic's
label such as "Euro 2024:" repeats over its links), unless the times go newest first as the
latest stories' do; and an FAQ's questions each right over its answer, from a
question in the run or just above it, two questions or more (links hold a question headline
here and there, not one every other line); and a short list of sources, citations (bulleted or
numbered, or naming a year, a link or a quoted title) under a "Sources" heading ("Quellen",
"Zdroje"), six at most: a longer list of references is as often a site's reading list. The lines
after them are judged as a run of their own. Nor is a run of links where every line lists short
items under a label ("Defenders: Walker, Stones, Dias", three items or more): a line-up or a cast.
Nor is a run most of whose lines (two at least; a first line that is none may be the list's
subheading) are rows of the article's data or items of its list: a row that ends in a figure, no
date or clock time ("2. Anna Berg (NOR) +0:41", "Zverev – Ruud 6:4, 3:6, 7:5", "new library –
2,4 million euros"), a short value under a label ("Director: Tom Ellis"), or an item that opens
in lower case, going on from the sentence above the list. A headline opens with a capital and
carries its figure inside ("Ferry fares to rise 4.5% from April").

Article cards anywhere on the page give themselves away by their excerpts: three or more lines
cut off mid-sentence with an ellipsis, each beside a card's title, byline or date, or one right
under the other and cut to about the same length where no paragraphs enclose them, or lines where
a card's title in Title Case runs into its summary with no break ("Bill At Troy SteakhouseA party
of six left..."), the way a whole page flattened to text joins them, each within a few lines of
the next. An article's own sentences that trail off stand alone or between its paragraphs, and a
list that trails off ("law, science…") means "and so on"; none is taken. Under a related-links
heading, three or more date lines a few lines apart are cards of any shape (some with a category
label, some with two titles), and the box runs to the last card's end; a heading that can name
a section of the article ("Latest news") heads no such box. Nor does it head cards of a title and
a one-sentence summary, two or more in a row, which a related-links heading otherwise does, as it
heads two or more teasers in a row that each end in a "Read more" link. A card's title states
nothing with a full stop of any script (a paragraph ending in "।" or "。" is no title), its summary
is no list item, and two cards right over a paragraph of prose are rather a box of one link, then
the article's paragraph, subheading and paragraph. Under a box's first link, a line ending in a
colon, or an unmarked line over marked items, introduces the article's own list and ends the box.
Without a heading, three or more cards a few lines apart, each a date over its title, are a list
of cards too when at most two lines of prose lie between two dates and no date tells the time of
day (a live blog's entries do); not in text an HTML extractor chose as the article.
A video playlist, anywhere on the page, is three or more titles each right over its running time
("01:26") alone on a line, the times in no order (a live blog's clock times rise or fall). Four or
more lines in a row that each give a date and then a headline, newest first, list other stories;
an article's timeline and a post's changelog run oldest first.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TypeVar

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.tags import split_keywords, tag_label
from newsclean.model import Category
from newsclean.text.dates import date_start, is_date_line, leading_date, trailing_date
from newsclean.text.features import (
    BULLET,
    CLOSERS,
    MAX_SOURCES,
    ends_sentence,
    field,
    is_citation,
    is_code_line,
    is_headline_like,
    is_list_item,
    sources_above,
    word_count,
)

_T = TypeVar("_T")

# Headings of related-link boxes, casefolded and without punctuation, in some thirty languages.
# Compared casefolded: a Greek final sigma folds to "σ".
_HEADINGS = frozenset(
    heading.casefold()
    for heading in (
        "related", "related stories", "related articles", "related news", "related content",
        "related posts", "related coverage", "related reading", "related links", "related items",
        "read more", "read also", "also read", "see also", "more stories", "more news",
        "more on this story", "more on this topic",
        "recommended", "recommended for you", "recommended stories", "recommended articles",
        "recommended reading", "you may also like", "you might also like", "in case you missed it",
        "more to discover", "random post", "random posts",
        "you may also be interested in", "you might be interested in", "top stories", "most read",
        "most popular", "most viewed", "popular stories", "trending", "trending now", "latest news",
        "latest stories", "what to read next", "read next", "read this next", "further reading",
        "editor's picks", "don't miss", "recent articles", "recent posts", "latest articles",
        "latest posts", "popular articles", "popular posts", "more articles", "more posts",
        "mehr zum thema", "das könnte sie auch interessieren", "das könnte sie interessieren",
        "weitere artikel", "weitere artikel zum thema", "lesen sie auch", "auch interessant",
        "meistgelesen", "meistgelesene artikel",
        "verwandte artikel", "empfehlungen", "weitere nachrichten", "top-themen", "ähnliche beiträge",
        "ähnliche artikel", "verwandte beiträge", "das könnte dich auch interessieren", "à lire aussi",
        "a lire aussi", "lire aussi", "sur le même sujet", "articles liés", "articles similaires",
        "vous aimerez aussi", "les plus lus", "voir aussi", "à voir aussi", "dans la même rubrique",
        "à la une", "a la une",
        "lo más visto", "más leídas", "las más leídas", "más vistas", "noticias relacionadas",
        "noticia relacionada", "artículos relacionados", "te puede interesar",
        "también te puede interesar", "lee también", "lea también", "más noticias", "lo más leído",
        "entradas relacionadas", "publicaciones relacionadas", "artículos similares", "posts relacionados",
        "artigos relacionados", "articoli simili", "post correlati", "gerelateerde berichten",
        "podobne wpisy", "похожие записи", "похожие статьи",
        "relacionados", "relacionadas", "notícias relacionadas", "leia também", "veja também",
        "leia mais", "mais lidas", "mais vistas", "i più visti", "les plus vus", "meistgesehen",
        "najczęściej czytane", "você pode gostar", "matérias relacionadas", "leggi anche",
        "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare", "i più letti",
        "notizie correlate", "correlati", "читайте также", "похожие новости", "похожие материалы",
        "смотрите также", "самое читаемое", "другие новости", "ещё по теме", "еще по теме",
        "новости по теме", "материалы по теме", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "أخبار ذات صلة",
        "مقالات ذات صلة", "الأكثر قراءة", "قد يعجبك أيضا", "بیشتر بخوانید", "همچنین بخوانید",
        "مطالب مرتبط", "اخبار مرتبط", "پربازدیدترین", "مطالب پیشنهادی", "相关新闻", "相关阅读",
        "相关文章", "相关报道", "延伸阅读", "推荐阅读", "相關新聞", "相關閱讀", "相關文章", "延伸閱讀",
        "阅读下一篇", "閱讀下一篇", "猜你喜欢", "热点推荐", "精彩推荐", "热门文章", "熱門文章",
        "为您推荐", "為您推薦", "相关推荐", "相關推薦", "热门推荐", "熱門推薦", "热点新闻", "熱點新聞",
        "热门新闻", "熱門新聞", "推荐新闻", "推薦新聞", "推荐文章", "推薦文章", "最新文章", "最新新闻",
        "作者最新文章", "点击排行", "點擊排行", "阅读排行", "閱讀排行", "热门排行", "熱門排行",
        "评论排行", "評論排行", "编辑推荐", "編輯推薦", "今日推荐", "今日推薦",
        "近期热点", "近期熱點", "相关内容", "相關內容", "相关资讯", "相關資訊", "热门新闻排行榜",
        "新闻排行榜", "你可能感兴趣", "你可能感興趣", "可能感兴趣的话题", "猜你感兴趣",
        "新着記事", "最新記事", "注目記事", "こちらもおすすめ", "アクセスランキング",
        "많이 본 기사", "인기 기사", "인기기사", "추천 기사", "추천기사", "최신 기사",
        "주요 뉴스", "주요뉴스",
        "関連記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい", "おすすめ記事", "人気記事",
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "เรื่องที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง",
        "lees ook", "gerelateerde artikelen", "meer nieuws", "meest gelezen", "meest bekeken",
        "czytaj też", "czytaj także", "zobacz też",
        "zobacz także", "powiązane artykuły", "ilgili haberler", "i\u0307lgili haberler",
        "en çok okunanlar", "en çok okunan haberler",
        "ilginizi çekebilir", "baca juga", "berita terkait", "artikel terkait", "tin liên quan",
        "bài liên quan", "xem thêm", "đọc nhiều nhất", "paling popular", "paling banyak dibaca",
        "читайте також", "схожі новини", "новини за темою",
        "relaterade artiklar", "läs också", "mest lästa", "relaterede artikler", "læs også", "mest læste",
        "relaterte artikler", "les også", "mest lest", "aiheeseen liittyvät", "lue myös", "luetuimmat",
        "související články", "čtěte také", "nejčtenější", "súvisiace články", "čítajte aj", "najčítanejšie",
        "kapcsolódó cikkek", "ajánlott cikkek", "legolvasottabb", "articole similare", "citește și",
        "cele mai citite", "σχετικά άρθρα", "διαβάστε επίσης", "saistītie raksti", "lasi arī",
        "susiję straipsniai", "taip pat skaitykite", "seotud artiklid", "loe ka", "povezani članci",
        "pročitajte i", "najčitanije", "свързани статии", "прочетете още",
        "संबंधित खबरें", "संबंधित ख़बरें", "यह भी पढ़ें", "ये भी पढ़ें", "सबसे ज्यादा पढ़ी गई",
        "संबंधित बातम्या", "हेही वाचा", "আরও পড়ুন", "সম্পর্কিত খবর", "সর্বাধিক পঠিত", "مزید پڑھیں",
        "یہ بھی پڑھیں", "متعلقہ خبریں", "தொடர்புடைய செய்திகள்", "இதையும் படிக்க", "సంబంధిత వార్తలు",
        "ఇది కూడా చదవండి", "כתבות נוספות", "כתבות קשורות", "קראו גם", "עוד בנושא", "הכי נקראים",
        "อ่านเพิ่มเติม", "berita berkaitan", "artikel berkaitan", "kaugnay na balita", "basahin din",
        "habari zinazohusiana", "soma pia", "preberite tudi", "povezani članki", "najbolj brano",
        "повезане вести", "прочитајте још", "најчитаније", "povezane vijesti", "povezane vesti",
        "pročitajte još", "още по темата", "вижте още", "най-четени", "notícies relacionades",
        "articles relacionats", "llegiu també", "el més llegit", "lasītākie", "skaitomiausi", "loetumad",
        "oxşar xəbərlər", "həmçinin oxuyun", "ұқсас жаңалықтар", "мавзуга оид", "ასევე წაიკითხეთ",
        "მსგავსი სიახლეები", "կարդացեք նաև", "lexo edhe", "lajme të ngjashme", "поврзани вести",
        "чытайце таксама", "albiste relacionadas", "le tamén", "lotutako albisteak", "lestu einnig",
        "tengdar fréttir", "verwante artikels", "darllenwch hefyd", "यो पनि पढ्नुहोस्", "सम्बन्धित समाचार",
        "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ਸਬੰਧਤ ਖ਼ਬਰਾਂ", "ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ", "ਸਬੰਧਿਤ ਖਬਰਾਂ", "આ પણ વાંચો", "સંબંધિત સમાચાર",
        "ಇದನ್ನೂ ಓದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು", "ഇതും വായിക്കുക", "ബന്ധപ്പെട്ട വാർത്തകൾ",
        "අදාළ පුවත්", "මේවාත් කියවන්න", "អត្ថបទពាក់ព័ន្ធ", "ព័ត៌មានពាក់ព័ន្ធ", "ဆက်စပ်သတင်းများ", "ተዛማጅ ዜናዎች",
        "ამავე თემაზე", "ყველაზე კითხვადი", "Նմանատիպ նյութեր", "Նույն թեմայով", "Ամենաընթերցվածը",
        "ተያያዥ ዜናዎች", "ተዛማጅ ርዕሶች", "በብዛት የተነበቡ",
    )
)  # fmt: skip
# Labels that announce one link inside an article ("Read also", "Lire aussi"): the article goes
# on below the story they name. Each is one of the headings above.
_READ_ALSO = frozenset(
    heading.casefold()
    for heading in (
        "read also", "also read", "see also", "lesen sie auch", "à lire aussi", "a lire aussi",
        "lire aussi", "voir aussi", "à voir aussi", "lee también", "lea también", "leia também",
        "veja também", "leggi anche", "lees ook", "czytaj też", "czytaj także", "zobacz też",
        "zobacz także", "читайте также", "смотрите также", "читайте також", "اقرأ أيضا", "اقرأ أيضاً",
        "اقرأ ايضا", "همچنین بخوانید", "baca juga", "xem thêm", "यह भी पढ़ें", "ये भी पढ़ें", "हेही वाचा",
        "یہ بھی پڑھیں", "இதையும் படிக்க", "ఇది కూడా చదవండి", "קראו גם", "läs också", "læs også",
        "les også", "lue myös", "čtěte také", "čítajte aj", "citește și", "διαβάστε επίσης", "lasi arī",
        "taip pat skaitykite", "loe ka", "pročitajte i", "pročitajte još", "прочитајте још",
        "прочетете още", "llegiu també", "le tamén", "preberite tudi", "basahin din", "soma pia",
        "həmçinin oxuyun", "ასევე წაიკითხეთ", "կարդացեք նաև", "lexo edhe", "чытайце таксама",
        "lestu einnig", "darllenwch hefyd", "यो पनि पढ्नुहोस्", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "આ પણ વાંચો", "ಇದನ್ನೂ ಓದಿ",
        "ഇതും വായിക്കുക", "මේවාත් කියවන්න",
    )
)  # fmt: skip
# Headings that name what follows: "More from Politics", "Mehr aus Berlin", "Plus de sport".
_HEADING_PREFIXES = (
    "more from ", "more in ", "more on ", "more about ", "more by ", "other stories from ", "latest from ",
    "mehr aus ", "meer over ", "meer uit ",
    "mehr zu ", "mehr von ", "plus de ", "plus d'", "à la une de ", "a la une de ", "más de ", "más sobre ",
    "mais de ", "mais sobre ",
    "altro da ", "altri articoli ", "ещё из ", "еще из ", "больше о ", "المزيد من ", "بیشتر از ",
)  # fmt: skip
_HEADING_MAX_WORDS = 6
# Headings that say "links to other articles" on their own: removed even where no list follows
# (the links were images, or the extractor left them out), unlike "Trending" or "Latest news",
# which can head a section of the article.
_LONE_HEADING = regex.compile(
    r"^(?:browse |see |view |more )?related (?:articles|stories|posts|news|content|coverage|reading|links"
    r"|reports|topics|insights|terms|guides)\b"
    r"|^(?:if you (?:liked|enjoyed) (?:this|that) (?:post|article|story|piece),? )?you"
    r"(?: may| might| will|'ll|’ll) also (?:like|enjoy|be interested in)$"
    r"|^(?:other )?(?:articles|posts|stories) you (?:may|might) (?:also )?(?:find interesting|like|enjoy)$"
    r"|^you (?:may|might) (?:also )?be interested in the following(?: (?:topics|articles|posts|stories))?"
    r"(?: as well)?$"
)

# Inline link lines: "Read more: ...", "READ MORE | ...", "Must read: ...", "Check out: ...", "Lesen Sie
# auch: ...", "[Read more: ...]".
_INLINE = regex.compile(
    r"^(?:[-–—•*·▪]\s)?[\[(]?(?:read\s(?:more|also|next)|(?:also|must|can\salso|you\s(?:may|might)\salso)\sread"
    r"|(?:recommended|suggested)\sread(?:ing)?|check\sout|you\s(?:may|might)\salso\s(?:be\sinterested(?:\sin)?|like|enjoy)"
    r"|see\s(?:also|more)|watch|don'?t\smiss|related(?:\s(?:post|article|story|reading|guide)s?)?|recommended|more"
    r"|lesen\ssie\s(?:auch|mehr)|mehr\szum\sthema|auch\sinteressant|(?:[àa]\s)?(?:lire|voir)\saussi"
    r"|lee\stambién|lea\stambién|ver\stambién|te\spuede\sinteresar|leia\s(?:também|mais)|veja\stambém"
    r"|leggi\sanche|vedi\sanche|читайте\s(?:также|ещё|еще|також)|смотрите\sтакже"
    r"|lees\sook|czytaj\s(?:też|także)|zobacz\s(?:też|także)|baca\sjuga|xem\sthêm"
    r"|läs\sockså|læs\sogså|les\sogså|lue\smyös|čtěte\staké|čítajte\saj|citește\sși|διαβάστε\sεπίσης"
    r"|lasi\sarī|taip\spat\sskaitykite|loe\ska|pročitajte\si|прочетете\sоще"
    r"|bekijk\sook|przeczytaj\s(?:też|także|również)|ayrıca\s(?:okuyun|bakınız|bakın)|ilgili\shaber(?:ler)?"
    r"|đọc\sthêm|дивіться\sтакож|läs\smer|læs\smere|les\smer|lue\slisää|přečtěte\ssi\s(?:také|též)"
    r"|prečítajte\ssi\s(?:aj|tiež)|(?:ezt\sis\s)?olvassa\sel|(?:ezt\sis\s)?olvasd\sel|citiți\sși|vezi\sși"
    r"|δείτε\sεπίσης"
    r"|(?:यह|ये|इसे|इन्हें)\sभी\sपढ़ें|(?:हेही|हे\sपण)\sवाचा|আরও\sপড়ুন|আরো\sপড়ুন|یہ\sبھی\sپڑھیں|یہ\sبھی\sپڑھیے|مزید\sپڑھیں"
    r"|இதையும்\s(?:படிக்க|படியுங்கள்)|(?:ఇది|ఇవి)\sకూడా\sచదవండి|(?:קראו|קרא)\sגם|עוד\sבנושא"
    r"|อ่านเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง|basahin\sdin|soma\s(?:pia|zaidi)|preberite\s(?:tudi|še)"
    r"|прочитајте\s(?:и|још)|pročitajte\sjoš|вижте\sоще|llegiu\stambé|llegeix\stambé|vegeu\stambé"
    r"|həmçinin\soxuyun|сондай-ақ\sоқыңыз|shuningdek\so['ʻ‘’]qing|ასევე\sწაიკითხეთ|կարդացեք\sնաև"
    r"|lexo(?:ni)?\sedhe|чытайце\sтаксама|le\stamén|lea\stamén|irakurri\sere|lestu\seinnig|sjá\seinnig"
    r"|darllenwch\shefyd|यो\sपनि\sपढ्नुहोस्|यो\sपनि\sपढ्नुस्"
    r"|ਇਹ\sਵੀ\sਪੜ੍ਹੋ|આ\sપણ\sવાંચો|ಇದನ್ನೂ\sಓದಿ|ഇതും\sവായിക്കുക|මේවාත්\sකියවන්න|මෙයද\sකියවන්න"
    r"|អានបន្ថែម|ተጨማሪ\sያንብቡ"
    r"|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|あわせて読みたい|合わせて読みたい|関連記事|관련\s?기사"
    r"|اقرأ\s(?:أيضا|أيضاً|ايضا)|بیشتر\sبخوانید|همچنین\sبخوانید)"
    r"\s*(?:[:：៖፦|»>›→]|\s[-–—]\s)\s*(?P<rest>\S.*)$",
    regex.IGNORECASE,
)
_INLINE_MAX_WORDS = 30
_TRIM = regex.compile(r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$")
_SPACES = regex.compile(r"\s+")
# The ASCII characters the two patterns above take, asked of the same regex engine.
_ASCII_TRIM = "".join(ch for ch in map(chr, range(128)) if regex.fullmatch(r"[\p{P}\p{S}\s]", ch))
_ASCII_ODD_SPACES = "".join(ch for ch in map(chr, range(128)) if ch != " " and regex.fullmatch(r"\s", ch))
_TO_SPACE = str.maketrans(_ASCII_ODD_SPACES, " " * len(_ASCII_ODD_SPACES))
# Headline-like lines after the article's last paragraph make a run of links from this many on;
# an extractor has cut the page's link boxes already, so in its text two lines are rather the
# article's signature and source ("Jane Doe", "From: The Harbour Book, 2015"): one more is needed.
_MIN_TRAILING_RUN = 2
# Prose paragraphs this close together (in segments) are one block of the article.
_BLOCK_GAP = 3
# A run of links above a lone paragraph at the page's end needs this many lines.
_MIN_HIDDEN_RUN = 6
_HEADLINE_WORDS = 7
# A list item's mark: a bullet, or any dash ("– Rent a car").
_MARKED = regex.compile(r"[\p{Pd}*+•·▪►‣◦]\s")
_MIN_LINK_WORDS = 3
# A question of this many words may be a link's headline; a longer one is the article's prose.
_QUESTION_WORDS = (3, 15)
_MIN_SHAPED_LIST = 3
# A chronology's entry: a time or a date ("6:42am", "Kl. 12.00", "14 March 2025", "1998"), a dash or
# a colon, then what happened.
_STAMPED = regex.compile(r"(?P<stamp>[^\s:：].{0,40}?)(?:\s\p{Pd}\s|[:：]\s)")
_STAMP_MAX_WORDS = 5
_CLOCK = regex.compile(
    r"(?<!\d)(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?!\d)\s?(?P<ampm>[ap]\.?m\b)?"
    r"|(?<!\d)(?P<h2>1[0-2]|0?\d)\s?(?P<ampm2>[ap]\.?m)\b",
    regex.IGNORECASE,
)
_YEAR = regex.compile(r"(?<![\d,.])\d{4}(?![\d,.]\d)")
# A number standing alone, not in a name ("G7", "COVID-19").
_NUMBER = regex.compile(r"(?<![\w-])\d+(?![\w-])")
_MIN_ENTRIES = 2
# An FAQ after the article: this many questions, each over its answer.
_MIN_QUESTIONS = 2
_SHAPED_SHARE = 0.6
_LETTER = regex.compile(r"\p{L}")
_NOT_PUNCT = regex.compile(r"[^\p{P}]+")
_ATTRIBUTION = regex.compile(r"[—―]\s")
# Apostrophes, hyphens and quotes appear in any headline; they say nothing about a list's shape.
_PUNCT = regex.compile(r"[\p{Pd}'’‘\"“”«».,]")
_ITEM_MAX_WORDS = 25
# The box under a heading an earlier cleaner took: a list of at least this many links.
_MIN_BOX_ITEMS = 2
# A teaser under a related-links heading: at most this many lines and words before its link.
_TEASER_MAX_LINES = 3
_TEASER_MAX_WORDS = 150
_MIN_TEASERS = 2
# The separators between a card's meta fields ("12/19/2025 • Markets • Jane Doe").
_META_SEPARATOR = regex.compile(r"\s+[•|·]\s+")
_READ_MORE = regex.compile(
    r"^[\W_]*(?:read\smore|continue\sreading|weiterlesen|mehr\slesen|lire\sla\ssuite|leer\smás|seguir\sleyendo"
    r"|leia\smais|continua\sa\sleggere|leggi\sdi\spiù|читать\sдалее)[\W_]*$",
    regex.IGNORECASE,
)
_MAX_VALUE_WORDS = 4
# "Label: item, item, item": a label of a few words over this many items or more.
_LIST_LABEL_WORDS = 3
_MIN_LISTED = 3
# A figure of the article's data: a measure, a score or a result ("4,2", "1:38:09.174", "6:3",
# "287/8", "+7.541", "8,4 %", "€12"), not a date or a clock time, which links carry too.
_FIGURE = regex.compile(r"\d+(?:[.,:/]\d+)+|\d\s?%|(?<!\w)[+\u2212±]\d|\p{Sc}\s?\d|\d\s?\p{Sc}")
_DATE_FIGURE = regex.compile(r"\d{1,4}(?P<sep>[./-])\d{1,2}(?P=sep)\d{2,4}|(?:[01]?\d|2[0-3])[:.][0-5]\d")
# A row of data ends in its figure: at most this many words (a unit: "milijuna eura") follow it.
_UNIT_WORDS = 2
# Or it gives a short value under a label of at most this many words ("Man of the match: Ana Silva").
_FIELD_LABEL_WORDS = 4
# A list of data rows: at least this many of them, and this share of the run's lines.
_MIN_DATA_ROWS = 2
_DATA_SHARE = 0.6
# A blog's post navigation: the bare labels of its links to the posts before and after it, each
# over the post's title ("Previous" / "The Ultimate Wedding Checklist" / "Next" / "How to ...").
_NAV_LABEL = regex.compile(
    r"[\W_]*(?:(?P<back>previous|prev|older)|next|newer)(?:\s(?:post|article|story|entry))?[\W_]*",
    regex.IGNORECASE,
)
_NAV_LABEL_WORDS = 2
# The two labels are at most this many lines apart (a title each, maybe a date or a thumbnail's alt).
_NAV_SPAN = 4
# A video playlist: each video's title over its running time ("Senator responds to new poll" /
# "01:26"), at least this many. Their times come in no order, where a live blog's clock times
# over its entries rise or fall.
_RUNNING_TIME = regex.compile(r"(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>[0-5]\d)")
_MIN_PLAYLIST = 3
_PLAYLIST_TITLE_WORDS = 25
# Lines between one video's running time and the next video's title: a caption, "Now playing", a source.
_PLAYLIST_GAP = 3
# A list of other stories, each a date and its headline on one line ("08/01/2014 Minister resigns",
# "Minister resigns 2019-09-09 19:28 Politics"), at least this many in a row, newest first; an
# article's own timeline and a post's changelog run oldest first.
_MIN_DATED_HEADLINES = 4
_DATE_TAIL = "-–—:|·• "
# Article cards: teaser excerpts cut off with an ellipsis, this many within this many lines of each other.
# The cut may fall after a comma, a full stop or a space ("until...", "may be,...", "to submit....",
# "could cause a fire, one ...", "Inequality In Film Business: …", "Making It The No. 4 …").
_CUT_OFF = r"\p{L}(?:\.\.\.|…)$"
_EXCERPT = regex.compile(r"[\p{L}\p{N}][,;.:]? ?(?:\.\.\.|…)$")
_EXCERPT_TAIL = 5
# A list item cut off mid-word ("... as Hurri...") is a link text shortened to fit its box.
_TRUNCATED_ITEM = regex.compile(BULLET.pattern + ".*" + _CUT_OFF)
# ... but not a list that trails off ("on business, design, technology…"): that ellipsis means "and so on".
_ETCETERA = regex.compile(r"(?:,\s*[^,]{1,30}){2,}(?:\.\.\.|…)$")
_MIN_EXCERPTS = 3
_EXCERPT_SPAN = 5
# Excerpts one right under the other need no label beside them, but about the same length (a
# card holds so many characters); most of them (and three at least) are sentences cut off, not
# lists that trail off.
_RUN_SENTENCE_SHARE = 2 / 3
_RUN_LENGTH_RATIO = 1.5
# A card's title run into its summary: a lowercase letter or a digit (and closing punctuation) directly
# followed by a capitalised word; the title before it is Title Case, the summary a few words long.
_GLUE = regex.compile(r"(?<=[\p{Ll}\p{Nd}][\p{Pe}\p{Pf}'\"?!.]?)(?=\p{Lu}\p{Ll}*\s)")
_TITLE_WORDS = 4
_TITLE_MAX_CHARS = 300
_TITLE_CAPITALISED = 0.8
_SUMMARY_WORDS = 6
_GLUED_MIN_WORDS = _TITLE_WORDS + _SUMMARY_WORDS - 1  # the glued word counts once
# A list of cards repeats its layout: a date line every few lines (title, byline, date, excerpt),
# at least this many times, the same number of lines apart each time. A timeline in an article
# alternates a date with its text (two lines apart), and a changelog's dates introduce ("2025-12-19:").
_MIN_DATED_CARDS = 3
_CARD_LINES = (3, 6)
# Under a related-links heading, the first card's date is at most this many lines below it.
_CARDS_REACH = 8
# Without a heading, a card's date opens its title (a headline one or two lines below): three
# dates or more so laid out, each at most this many lines below the one before, with at most two
# lines of prose (a card's excerpts) between two of them. A date line names a day and a year (a
# timeline in an article has months or years); a card's has no time of day, which a live blog
# stamps on its entries.
_TITLED_CARD_REACH = 2
_TITLED_CARD_GAP = 8
_TITLED_CARD_PROSE = 2
_TIME_OF_DAY = regex.compile(r"(?<!\d)\d{1,2}[:h]\d\d(?!\d)|\d\s?[ap]\.?m\b|\buhr\b", regex.IGNORECASE)
_SECTION_HEADINGS = frozenset({"latest news", "latest stories", "top stories", "trending", "trending now"})
_DATE_MAX_WORDS = 8
_DIGIT = regex.compile(r"\d")
# Cards of a title and a summary sentence under a related-links heading.
_MIN_SUMMARISED_CARDS = 2
_TITLE_MIN_WORDS = 3
_SUMMARY_MIN_WORDS = 5
_SUMMARY_MAX_WORDS = 50
_LABEL_MAX_WORDS = 8
_OPEN_HEADINGS = _SECTION_HEADINGS | {"read more", "recommended"}
# A question or an exclamation (in any script) or a line that trails off ends a headline as well.
_NOT_STATING = ("?", "!", "？", "！", "؟", "፧", "…")
# Two cards right over a paragraph of this many words are as often a link, then the article's
# paragraph, subheading and paragraph: the article goes on below them.
_PARAGRAPH_WORDS = 12


def related_heading(text: str) -> bool:
    """Whether ``text`` is the heading of a related-links box.

    >>> related_heading("You may also like ›")
    True
    >>> related_heading("More from the interview with the minister below.")
    False
    """
    key = _heading_key(text.casefold())
    if key in _HEADINGS:
        return True
    return (
        key.startswith(_HEADING_PREFIXES)
        and not text.endswith(".")
        and word_count(text) <= _HEADING_MAX_WORDS
    )


def _min_items(heading: str) -> int:
    """How many lines a box needs under ``heading`` when another cleaner took the heading.

    "Read more", "Recommended" and section names ("Trending") also stand alone, as a button or
    over the article's next section: one short line under them is as often that section's
    subheading, and two make their list. Under "Related articles" or "Most read", one story is
    the box, as when the heading is left for this cleaner.
    """
    return _MIN_BOX_ITEMS if _heading_key(heading.casefold()) in _OPEN_HEADINGS else 1


def read_also_label(text: str) -> bool:
    """Whether ``text`` announces one link inside an article rather than heading a list.

    >>> read_also_label("Lire aussi :"), read_also_label("Related articles")
    (True, False)
    """
    return _heading_key(text.casefold()) in _READ_ALSO


def lone_heading(text: str) -> bool:
    """Whether ``text`` heads related links whether or not any follow ("Related Articles").

    >>> lone_heading("If you enjoyed this post, you might also like:")
    True
    >>> lone_heading("Trending")
    False
    """
    return (
        word_count(text) <= 2 * _HEADING_MAX_WORDS
        and _LONE_HEADING.search(_heading_key(text.casefold())) is not None
    )


def _heading_key(folded: str) -> str:
    """Casefolded text without punctuation, symbols and spaces at its ends, inner spaces made one."""
    if not folded.isascii():
        return str(_SPACES.sub(" ", _TRIM.sub("", folded)))
    # The same with C-level string methods, several times faster than the two substitutions.
    key = folded.strip(_ASCII_TRIM)
    if not key.isprintable():  # ASCII spaces other than " " are control characters
        key = key.translate(_TO_SPACE)
    if "  " in key:
        key = " ".join(filter(None, key.split(" ")))
    return key


def inline_link(text: str) -> bool:
    """Whether ``text`` is a "Read more: headline" line.

    >>> inline_link("ALSO READ | Floods cut off villages in Assam")
    True
    >>> inline_link("[Read more: How to set up a rain garden]")
    True
    >>> inline_link("Read more about the plan on the ministry's website.")
    False
    """
    match = _INLINE.match(text)
    return match is not None and word_count(match.group("rest")) <= _INLINE_MAX_WORDS


def _tag_like(text: str) -> bool:
    """Tag lists look like headlines; they belong to the tags cleaner."""
    keywords = split_keywords(text)
    return tag_label(text) is not None or (keywords is not None and len(keywords) >= 3)


class Related(Cleaner):
    """Remove related-article links: headed and trailing headline runs, "Read more" lines, card excerpts."""

    name = "related"
    category = Category.RELATED
    guarded = False

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for related-link headings with their items, inline links and trailing headline runs."""
        verdicts: list[Verdict] = []
        taken: set[int] = set()
        n = len(doc.segments)
        for i in range(n):
            if i in taken:
                continue
            text = doc.segments[i].text
            if i in removed:
                # A heading a phrase rule took ("Most read"): the links under it go as they would
                # under one left for this cleaner, when they are a list (a "Read more" button
                # over the article's next subheading took one line).
                if not doc.prose[i] and related_heading(text):
                    items, what = self._box_under(doc, i, removed)
                    at_end = doc.last_prose is None or i > doc.last_prose
                    if read_also_label(text) and not at_end:
                        items = items[:1]
                    if len(items) >= _min_items(text):
                        taken.update(items)
                        verdicts.append(Verdict(items, f"The box under a related-articles heading: {what}."))
                continue
            inline = inline_link(text)
            if doc.prose[i] and not inline:
                continue
            if inline:
                taken.add(i)
                verdicts.append(Verdict((i,), "An inline link to another article."))
            elif related_heading(text) or lone_heading(text):
                items, what = self._box_under(doc, i, removed)
                at_end = doc.last_prose is None or i > doc.last_prose
                if read_also_label(text) and not at_end and len(items) > 1:
                    # Inside the article the label announces one story: the short lines after
                    # it are the article's own (a subheading, a question).
                    items, what = items[:1], "1 link(s)"
                if items or at_end or self._followed_by_removed(doc, i, removed) or lone_heading(text):
                    taken.update((i, *items))
                    verdicts.append(Verdict((i, *items), f"A related-articles heading with {what} under it."))
        verdicts.extend(self._trailing_runs(doc, removed, taken))
        verdicts.extend(self._excerpts(doc, removed, taken))
        verdicts.extend(_post_navigation(doc, removed, taken))
        verdicts.extend(_playlists(doc, removed, taken))
        verdicts.extend(_dated_headlines(doc, removed, taken))
        languages = doc.date_languages
        dates = [i for i, seg in enumerate(doc.segments) if _card_date(seg.text, seg.words, languages)]
        verdicts.extend(self._dated_cards(doc, dates, removed, taken))
        verdicts.extend(self._titled_cards(doc, dates, removed, taken))
        return verdicts

    @staticmethod
    def _titled_cards(
        doc: Document, card_dates: Sequence[int], removed: Mapping[int, Category], taken: set[int]
    ) -> list[Verdict]:
        """Lists of cards without a heading: dates a few lines apart, each over a card's title.

        Not in text an HTML extractor chose as the article: there, dated entries without a
        heading over them are rather the article's own (a live blog, a newsletter's issues).
        """
        if doc.extracted:
            return []
        dates = [
            i
            for i in card_dates
            if i not in removed
            and _TIME_OF_DAY.search(doc.segments[i].text) is None
            and _over_a_title(doc, i)
        ]
        verdicts: list[Verdict] = []
        run: list[int] = []
        for i in [*dates, None]:
            if run and i is not None and i - run[-1] <= _TITLED_CARD_GAP:
                prose = sum(1 for k in range(run[-1] + 1, i) if doc.prose[k])
                if prose <= _TITLED_CARD_PROSE:
                    run.append(i)
                    continue
            if len(run) >= _MIN_DATED_CARDS:
                above = min(_labels_before(doc, date, before) for before, date in itertools.pairwise(run))
                gaps = sorted(b - a for a, b in itertools.pairwise(run))
                end = min(len(doc.segments) - 1, run[-1] + gaps[len(gaps) // 2] - 1)
                lines = [*_card_head(doc, run, above), *range(run[0], end + 1)]
                found = tuple(k for k in lines if k not in removed and k not in taken)
                if found:
                    taken.update(found)
                    verdicts.append(Verdict(found, f"{len(run)} article cards, each a date over a title."))
            run = [i] if i is not None else []
        return verdicts

    @staticmethod
    def _dated_cards(
        doc: Document, card_dates: Sequence[int], removed: Mapping[int, Category], taken: set[int]
    ) -> list[Verdict]:
        """Lists of cards: a date line repeated at one fixed spacing, with the card lines around each."""
        verdicts: list[Verdict] = []
        for run in _periodic_runs(card_dates):
            # Each card has as many labels (title, byline) above its date as the others have.
            above = min(_labels_before(doc, date, before) for before, date in itertools.pairwise(run))
            lines = [*_card_head(doc, run, above), *range(run[0], run[-1] + 1), *_card_tail(doc, run, above)]
            found = tuple(i for i in lines if i not in removed and i not in taken)
            if found:
                taken.update(found)
                period = run[1] - run[0]
                verdicts.append(
                    Verdict(found, f"{len(run)} article cards, a date line every {period} lines.")
                )
        return verdicts

    @staticmethod
    def _excerpts(doc: Document, removed: Mapping[int, Category], taken: set[int]) -> list[Verdict]:
        """Teaser excerpts (cut off, or run into their card's title), several close together."""
        cut = [
            i
            for i in range(len(doc.segments))
            if i not in removed
            and i not in taken
            and (
                _cut_off_excerpt(doc, i)
                or (doc.segments[i].words >= _GLUED_MIN_WORDS and glued_card(doc.segments[i].text))
            )
        ]
        groups: list[list[int]] = []
        for i in cut:
            if groups and i - groups[-1][-1] <= _EXCERPT_SPAN:
                groups[-1].append(i)
            else:
                groups.append([i])
        verdicts = [
            Verdict(tuple(g), f"{len(g)} teaser excerpts of article cards, close together.")
            for g in groups
            if len(g) >= _MIN_EXCERPTS
        ]
        grouped = {i for g in groups if len(g) >= _MIN_EXCERPTS for i in g}
        run: list[int] = []
        for i in [*range(len(doc.segments)), None]:
            if (
                i is not None
                and i not in removed
                and i not in taken
                and i not in grouped
                and _trails_off(doc, i)
            ):
                run.append(i)
                continue
            if len(run) < _MIN_EXCERPTS:
                run = []
                continue
            # A teaser may end in a name cut off after a comma ("Grain Millers, Inc., Th..."): a list
            # that trails off among the others; lists that trail off one under the other are no cards.
            sentences = sum(1 for k in run if not _ETCETERA.search(doc.segments[k].text))
            lengths = [len(doc.segments[k].text) for k in run]
            if (
                sentences >= _MIN_EXCERPTS
                and sentences >= _RUN_SENTENCE_SHARE * len(run)
                and max(lengths) <= _RUN_LENGTH_RATIO * min(lengths)
                and not _between_paragraphs(doc, run[0], run[-1])
            ):
                verdicts.append(Verdict(tuple(run), f"{len(run)} teaser excerpts in a row, each cut off."))
            run = []
        return verdicts

    @classmethod
    def _box_under(
        cls, doc: Document, heading: int, removed: Mapping[int, Category]
    ) -> tuple[tuple[int, ...], str]:
        """The lines of the box under a related-articles heading, and what they are."""
        items = cls._items_under(doc, heading, removed)
        cards = _cards_under(doc, heading, removed)
        if len(cards) > len(items):
            items = cards
        what = f"{len(items)} link(s)"
        summarised, size = _summarised_cards_under(doc, heading, removed)
        if len(summarised) > len(items):
            items, what = summarised, f"{len(summarised) // size} cards of a title and a summary"
        teasers, count = _teasers_under(doc, heading, removed)
        if len(teasers) > len(items):
            items, what = teasers, f"{count} teasers, each with its 'read more' link"
        return items, what

    @staticmethod
    def _items_under(doc: Document, heading: int, removed: Mapping[int, Category]) -> tuple[int, ...]:
        """Short non-prose lines under a heading; removed lines inside the box are stepped over.

        Under its first link, the box ends above a line that introduces or heads a list of the
        article's: one ending in a colon ("The police gave this advice:"), or an unmarked line over
        marked items where the link was not marked (a subheading over its bullets). Once two links
        make the box a list, such a line is one of its labels ("Contact:").
        """
        items: list[int] = []
        j = heading + 1
        while j < len(doc.segments):
            if j in removed:
                j += 1
                continue
            seg = doc.segments[j]
            if (doc.prose[j] and not _TRUNCATED_ITEM.match(seg.text)) or seg.words > _ITEM_MAX_WORDS:
                break
            if _tag_like(seg.text) or related_heading(seg.text):
                break
            if len(items) == 1 and _heads_a_list(doc, j, removed, items[0]):
                break
            items.append(j)
            j += 1
        return tuple(items)

    @staticmethod
    def _followed_by_removed(doc: Document, index: int, removed: Mapping[int, Category]) -> bool:
        return index + 1 < len(doc.segments) and index + 1 in removed

    @staticmethod
    def _trailing_runs(doc: Document, removed: Mapping[int, Category], taken: set[int]) -> list[Verdict]:
        """Runs of two or more headline-like lines after the article's last prose paragraph."""
        last = doc.last_prose
        if last is None:
            return []
        # A footer's lone paragraph may sit below the links that follow the article: on a whole
        # page, long runs of headlines are looked for from the article's end on.
        start = last if doc.extracted else min(last, _article_end(doc, removed) or last)
        verdicts: list[Verdict] = []
        run: list[int] = []
        for j in [*range(start + 1, len(doc.segments)), None]:
            if j is not None and (j in removed or j in taken):
                continue
            # A table's cells laid out one per line read as headlines: they are the article's table.
            if (
                j is not None
                and j not in doc.cells
                and _link_like(doc.segments[j].text, doc.segments[j].words)
            ):
                run.append(j)
                continue
            # The article's chronology or FAQ may open the run: what follows it is judged alone.
            run = run[_articles_own(doc, run) :]
            # A question headline reads as prose: in the run it is the run's, not the article's end.
            hidden = bool(run) and run[0] < last and last not in run
            if (
                len(run) >= (_MIN_HIDDEN_RUN if hidden else _MIN_TRAILING_RUN + doc.extracted)
                and (not hidden or _headlines(doc, run))
                and _is_link_run(doc, run, j)
            ):
                verdicts.append(
                    Verdict(tuple(run), f"A run of {len(run)} headline-like links after the last paragraph.")
                )
            run = []
        return verdicts


def _heads_a_list(doc: Document, index: int, removed: Mapping[int, Category], first: int) -> bool:
    """Whether line ``index``, below a box's first link ``first``, introduces or heads the article's list.

    It ends in a colon, or it is unmarked over a marked item where the box's first link was
    unmarked: a box's links share their marks. Under a first item that reads as no link (a
    count, a name), the box is no one-link box.
    """
    if not _link_like(doc.segments[first].text, doc.segments[first].words):
        return False
    text = doc.segments[index].text
    if text.rstrip().endswith((":", "：")):
        return True
    below = next((k for k in range(index + 1, len(doc.segments)) if k not in removed), None)
    return (
        below is not None
        and _marked(doc.segments[below].text)
        and not _marked(text)
        and not _marked(doc.segments[first].text)
    )


def _marked(text: str) -> bool:
    """Whether ``text`` is marked as a list's item: a bullet, a dash or an item number."""
    return _MARKED.match(text) is not None or is_list_item(text)


def _post_navigation(doc: Document, removed: Mapping[int, Category], taken: set[int]) -> list[Verdict]:
    """A blog's links to the posts before and after it: a bare "Previous" label over one post's
    title and a bare "Next" label over the other's, a few lines apart.

    One label over a title alone stays: "Next" may head the article's own next step.
    """
    labels: list[tuple[int, int, bool]] = []  # the label, the title under it, whether it points back
    for i, seg in enumerate(doc.segments):
        if i in removed or i in taken or seg.words > _NAV_LABEL_WORDS:
            continue
        found = _NAV_LABEL.fullmatch(seg.text)
        if found is None:
            continue
        title = next((j for j in range(i + 1, len(doc.segments)) if j not in removed), None)
        if title is not None and title not in taken and is_headline_like(doc.segments[title].text):
            labels.append((i, title, found.group("back") is not None))
    verdicts: list[Verdict] = []
    for (a, title_a, back_a), (b, title_b, back_b) in itertools.pairwise(labels):
        if back_a != back_b and b - a <= _NAV_SPAN and a not in taken and title_a < b:
            lines = (a, title_a, b, title_b)
            taken.update(lines)
            verdicts.append(Verdict(lines, "Links to the previous and the next post, each over its title."))
    return verdicts


def _playlists(doc: Document, removed: Mapping[int, Category], taken: set[int]) -> list[Verdict]:
    """Video playlists: three or more titles, each right over its running time alone on a line.

    A few lines may stand between one video and the next (its caption, "Now playing", a
    source). The times must come in no order: a live blog's entries under their clock times
    ("10:30" / "Kick-off" / "10:45" / "First goal") rise or fall, as a programme's do.
    """
    visible = [i for i in range(len(doc.segments)) if i not in removed and i not in taken]
    pairs = [  # a title's position in ``visible`` and the seconds of the running time under it
        (k, seconds)
        for k in range(len(visible) - 1)
        if (seconds := _running_time(doc.segments[visible[k + 1]].text)) is not None
        and _playlist_title(doc, visible[k])
    ]
    verdicts: list[Verdict] = []
    # A title is two lines below the previous one's, plus the lines between that video and it.
    for run in _runs(pairs, _PLAYLIST_GAP + 2):
        times = [seconds for _, seconds in run]
        if len(run) < _MIN_PLAYLIST or times in (sorted(times), sorted(times, reverse=True)):
            continue
        lines = tuple(visible[i] for k, _ in run for i in (k, k + 1))
        taken.update(lines)
        verdicts.append(Verdict(lines, f"A video playlist: {len(run)} titles, each over its running time."))
    return verdicts


def _dated_headlines(doc: Document, removed: Mapping[int, Category], taken: set[int]) -> list[Verdict]:
    """Lists of other stories: four or more lines in a row, each a date and a headline, newest first."""
    dated = [
        (i, date)
        for i in range(len(doc.segments))
        if i not in removed and i not in taken and (date := _dated_headline(doc, i)) is not None
    ]
    verdicts: list[Verdict] = []
    for run in _runs(dated, 1):
        dates = [date for _, date in run]
        if len(run) >= _MIN_DATED_HEADLINES and dates == sorted(dates, reverse=True) and dates[0] > dates[-1]:
            lines = tuple(index for index, _ in run)
            taken.update(lines)
            reason = f"{len(run)} headlines of other stories, each after its date, newest first."
            verdicts.append(Verdict(lines, reason))
    return verdicts


def _runs(items: Sequence[tuple[int, _T]], reach: int) -> list[list[tuple[int, _T]]]:
    """``(position, value)`` items, in order, grouped where each is at most ``reach`` after the last.

    >>> _runs([(1, "a"), (2, "b"), (5, "c")], 1)
    [[(1, 'a'), (2, 'b')], [(5, 'c')]]
    """
    runs: list[list[tuple[int, _T]]] = []
    for item in items:
        if runs and item[0] - runs[-1][-1][0] <= reach:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _dated_headline(doc: Document, index: int) -> str | None:
    """The date of a line that is a date and a headline ("08/01/2014 Minister resigns", or the date
    after it), else ``None``."""
    seg = doc.segments[index]
    if doc.prose[index] or seg.words > _ITEM_MAX_WORDS or not _DIGIT.search(seg.text):
        return None
    bullet = BULLET.match(seg.text)
    text = seg.text[bullet.end() :] if bullet else seg.text
    found = leading_date(text, doc.date_languages)
    if found is not None:
        date, end = found
        return date if is_headline_like(text[end:].lstrip(_DATE_TAIL)) else None
    # The date after the headline, with its time and a section's name ("Minister resigns
    # 2019-09-09 19:28 Politics").
    closing = trailing_date(text, doc.date_languages)
    if closing is None:
        return None
    date, start = closing
    return date if is_headline_like(text[:start].rstrip(_DATE_TAIL)) else None


def _running_time(text: str) -> int | None:
    """The seconds of a running time alone on a line ("01:26", "1:02:15"), or ``None``.

    >>> _running_time("01:26"), _running_time(" 1:02:15 "), _running_time("Kick-off at 10:30")
    (86, 3735, None)
    """
    text = text.strip()
    # Most lines open with a letter: that test comes first because it reads one character.
    found = _RUNNING_TIME.fullmatch(text) if text[:1].isdigit() else None
    if found is None:
        return None
    return (int(found["h"] or 0) * 60 + int(found["m"])) * 60 + int(found["s"])


def _playlist_title(doc: Document, index: int) -> bool:
    seg = doc.segments[index]
    return (
        not doc.prose[index] and 1 <= seg.words <= _PLAYLIST_TITLE_WORDS and _running_time(seg.text) is None
    )


def _teasers_under(
    doc: Document, heading: int, removed: Mapping[int, Category]
) -> tuple[tuple[int, ...], int]:
    """Teasers under a related-links heading, each closed by its "read more" link, and their count.

    "Related posts", then a post's excerpt and "Read more...", another excerpt and "Read more...":
    two or more in a row, each of at most a few lines (an optional title and the excerpt). An
    article's section under such a heading would not break off into links after each paragraph.
    """
    found: list[int] = []
    count = 0
    lines: list[int] = []
    for j in range(heading + 1, len(doc.segments)):
        if _READ_MORE.match(doc.segments[j].text) is not None:
            if not lines:
                break
            found.extend([*lines, j] if j not in removed else lines)
            count += 1
            lines = []
            continue
        if j in removed:
            break
        lines.append(j)
        if len(lines) > _TEASER_MAX_LINES or sum(doc.segments[k].words for k in lines) > _TEASER_MAX_WORDS:
            break
    return (tuple(found), count) if count >= _MIN_TEASERS else ((), 0)


def _summarised_cards_under(
    doc: Document, heading: int, removed: Mapping[int, Category]
) -> tuple[tuple[int, ...], int]:
    """Cards of a title and a one-line summary under a related-links heading (two or more), and their size.

    The summary is a sentence, so the items under the heading stop at it; the cards' repeated
    shape (a line that is no sentence, then one short sentence) marks them as one box. Each card
    may open with a label line as well (its section: "Taxes", "Business Tips, Guides"), when all of
    them do. A heading that can open a part of the article ("Read more" as an expander,
    "Trending") heads none.
    """
    if _heading_key(doc.segments[heading].text.casefold()) in _OPEN_HEADINGS:
        return (), 2
    best: list[int] = []
    best_size = 2
    for size in (2, 3):
        kept = (j for j in range(heading + 1, len(doc.segments)) if j not in removed)
        found: list[int] = []
        # The one iterator ``size`` times over: consecutive cards of kept lines, read as far as they go.
        for card in zip(*[kept] * size, strict=False):
            if not all(_card_label(doc, j) for j in card[:-2]) or not _summarised(doc, card[-2], card[-1]):
                break
            found.extend(card)
        if (
            len(found) >= size * _MIN_SUMMARISED_CARDS
            and len(found) > len(best)
            and not (len(found) == size * _MIN_SUMMARISED_CARDS and _paragraph_below(doc, found[-1], removed))
        ):
            best, best_size = found, size
    return tuple(best), best_size


def _paragraph_below(doc: Document, index: int, removed: Mapping[int, Category]) -> bool:
    """Whether the next kept line below ``index`` is a paragraph: twelve words or more, a sentence."""
    below = next((k for k in range(index + 1, len(doc.segments)) if k not in removed), None)
    return (
        below is not None
        and doc.prose[below]
        and doc.segments[below].words >= _PARAGRAPH_WORDS
        and ends_sentence(doc.segments[below].text)
    )


def _summarised(doc: Document, title: int, summary: int) -> bool:
    """Whether two lines read as a card's title and its summary (see :func:`_summarised_cards_under`)."""
    head, body = doc.segments[title], doc.segments[summary]
    return (
        _TITLE_MIN_WORDS <= head.words <= _ITEM_MAX_WORDS
        and not _states(head.text)
        and not head.text.rstrip().endswith((".", ",", ";", ":"))
        and not _marked(body.text)
        and max(_SUMMARY_MIN_WORDS, head.words) <= body.words <= _SUMMARY_MAX_WORDS
        and (
            doc.prose[summary]
            or body.text.rstrip().endswith((".", "…", "!"))
            or body.words >= 2 * head.words  # a summary cut to fit its card
        )
    )


def _states(text: str) -> bool:
    """Whether ``text`` ends a statement with a full stop of any script ("。", "।", "။", "።" ...).

    A headline may ask or exclaim, or trail off; it states nothing with a full stop.

    >>> _states("বর পেশায় একজন নির্মাতা।"), _states("Is the snooze button bad for you?")
    (True, False)
    """
    return ends_sentence(text) and not text.rstrip(CLOSERS + " \u00a0").endswith(_NOT_STATING)


def _card_label(doc: Document, index: int) -> bool:
    """Whether a line reads as a card's label: a few words, no sentence."""
    seg = doc.segments[index]
    return 0 < seg.words <= _LABEL_MAX_WORDS and not doc.prose[index] and not ends_sentence(seg.text)


def _card_date(text: str, words: int, languages: tuple[str, ...] | None) -> bool:
    return (
        words <= _DATE_MAX_WORDS
        and not text.endswith(":")
        and _DIGIT.search(text) is not None
        and (is_date_line(text, languages=languages, thorough=False) or _dated_meta(text))
    )


def _dated_meta(text: str) -> bool:
    """Whether ``text`` is a card's meta line: a whole date, then short fields after separators.

    >>> _dated_meta("12/19/2025 • Markets • Jane Doe"), _dated_meta("12/19/2025: the day the market fell")
    (True, False)
    """
    parts = _META_SEPARATOR.split(text)
    if len(parts) < 2 or date_start(text) != 0:
        return False
    return is_date_line(parts[0]) and all(0 < len(p.split()) <= 4 for p in parts[1:])


def _over_a_title(doc: Document, index: int) -> bool:
    """Whether one of the next two lines below ``index`` is a headline."""
    stop = min(len(doc.segments), index + 1 + _TITLED_CARD_REACH)
    return any(is_headline_like(doc.segments[k].text, doc.segments[k].words) for k in range(index + 1, stop))


def _cards_under(doc: Document, heading: int, removed: Mapping[int, Category]) -> tuple[int, ...]:
    """The article cards under a related-links heading: date lines a few lines apart, the first near it.

    Under the heading the cards may vary (a category label on some, a second title on others), so
    the dates need no fixed spacing. A heading that can name a section of the article ("Latest
    news", "Trending") heads no cards: a live blog's dated entries are the article.
    """
    if _heading_key(doc.segments[heading].text.casefold()) in _SECTION_HEADINGS:
        return ()
    languages = doc.date_languages
    dates: list[int] = []
    j = heading + 1
    while j < len(doc.segments) and j <= (dates[-1] + _CARD_LINES[1] if dates else heading + _CARDS_REACH):
        seg = doc.segments[j]
        if j not in removed and _card_date(seg.text, seg.words, languages):
            dates.append(j)
        j += 1
    if len(dates) < _MIN_DATED_CARDS:
        return ()
    # The last card runs on below its date about as far as a card's length.
    gaps = sorted(b - a for a, b in itertools.pairwise(dates))
    end = min(len(doc.segments) - 1, dates[-1] + gaps[len(gaps) // 2] - 1)
    return tuple(k for k in range(heading + 1, end + 1) if k not in removed)


def _periodic_runs(dates: Sequence[int]) -> list[list[int]]:
    """Runs of at least :data:`_MIN_DATED_CARDS` positions the same card length apart."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in dates:
        gap = i - run[-1] if run else 0
        if run and (not _CARD_LINES[0] <= gap <= _CARD_LINES[1] or (len(run) > 1 and gap != run[1] - run[0])):
            if len(run) >= _MIN_DATED_CARDS:
                runs.append(run)
            run = [run[-1]] if _CARD_LINES[0] <= gap <= _CARD_LINES[1] else []
        run.append(i)
    if len(run) >= _MIN_DATED_CARDS:
        runs.append(run)
    return runs


def _labels_before(doc: Document, date: int, stop: int) -> int:
    """How many lines directly above ``date`` (and below ``stop``) are labels, not prose."""
    count = 0
    while date - count - 1 > stop and not doc.prose[date - count - 1]:
        count += 1
    return count


def _card_head(doc: Document, run: Sequence[int], above: int) -> list[int]:
    """The lines of the first card above its date: up to ``above`` labels (title, byline).

    A card starts with the labels above its date; the line above them ends the card before.
    """
    head: list[int] = []
    for i in range(run[0] - 1, run[0] - above - 1, -1):
        if i < 0 or doc.prose[i]:
            break
        head.append(i)
    return head[::-1]


def _card_tail(doc: Document, run: Sequence[int], above: int) -> list[int]:
    """The lines of the last card below its date (a card's lines less its ``above`` labels),
    each laid out as in the card before it."""
    period = run[1] - run[0]
    tail: list[int] = []
    for i in range(run[-1] + 1, run[-1] + period - above):
        if i >= len(doc.segments) or doc.prose[i] != doc.prose[i - period]:
            break
        tail.append(i)
    return tail


def _cut_off_excerpt(doc: Document, index: int) -> bool:
    """A line cut off mid-sentence with an ellipsis (not a list that trails off), beside a label."""
    text = doc.segments[index].text
    # Only the last characters can match (a letter, the ellipsis, a final line break): search from there.
    return (
        _EXCERPT.search(text, max(0, len(text) - _EXCERPT_TAIL)) is not None
        and not _ETCETERA.search(text)
        and _beside_a_label(doc, index)
    )


def _trails_off(doc: Document, index: int) -> bool:
    """A line cut off with an ellipsis.

    Teasers listed one under the other, cut to about the same length, need no label beside them
    to be cards, unless paragraphs stand right above and below them, as around an interview's
    answers that trail off.
    """
    text = doc.segments[index].text
    return (
        text.endswith(("...", "…")) and _EXCERPT.search(text, max(0, len(text) - _EXCERPT_TAIL)) is not None
    )


def _between_paragraphs(doc: Document, first: int, last: int) -> bool:
    """Whether prose paragraphs stand right above ``first`` and right below ``last``: an interview's
    answers that trail off sit so, a list of teasers under its heading or at the page's edge not."""
    return first > 0 and last + 1 < len(doc.segments) and doc.prose[first - 1] and doc.prose[last + 1]


def glued_card(text: str) -> bool:
    """Whether ``text`` is a card's Title Case title run into its summary, with no break.

    >>> glued_card("Diners Leave Without Paying Their Bill At SteakhouseA party of six left without paying.")
    True
    >>> glued_card("The QCY HT08 supports LDAC and adaptive noise cancelling on every model we tested.")
    False
    """
    if not ends_sentence(text):
        return False  # a menu's labels run together too, but end without a full stop
    # A card's title is short: only its first characters are read, so a long line costs no more.
    for found in _GLUE.finditer(text, 0, _TITLE_MAX_CHARS):
        title = [word for word in text[: found.start()].split() if _LETTER.search(word)]
        summary = text[found.start() : found.start() + _TITLE_MAX_CHARS].split()
        if len(title) < _TITLE_WORDS or len(summary) < _SUMMARY_WORDS:
            continue
        capitalised = sum(1 for word in title if not word[0].isalpha() or word[0].isupper())
        if capitalised >= _TITLE_CAPITALISED * len(title):
            return True
    return False


def _article_end(doc: Document, removed: Mapping[int, Category]) -> int | None:
    """The article's last prose paragraph: the last one with another prose paragraph just above it.

    A page's footer can hold a lone paragraph ("See today's front pages, download the
    newspaper...") below the link lists that follow the article.
    """
    prose = [i for i in range(len(doc.segments)) if doc.prose[i] and i not in removed]
    for before, index in reversed(list(itertools.pairwise(prose))):
        if index - before <= _BLOCK_GAP:
            return index
    return doc.last_prose


def _headlines(doc: Document, run: Sequence[int]) -> bool:
    """Whether a run reads as news headlines: mostly unbulleted lines of a headline's length, no code.

    A list in an article is bulleted or short ("Rent a car"); its code has comments ("# revert").
    """
    words = sorted(doc.segments[i].words for i in run)
    bulleted = sum(1 for i in run if _MARKED.match(doc.segments[i].text))
    return (
        words[len(words) // 2] >= _HEADLINE_WORDS
        and bulleted < len(run) / 2
        and not any(is_code_line(doc.segments[i].text) for i in run)
    )


def _beside_a_label(doc: Document, index: int) -> bool:
    """Whether the line before or after ``index`` is not prose: a card's title, byline or date.

    Paragraphs of an interview or a story that trail off sit between other paragraphs.
    """
    return any(0 <= j < len(doc.segments) and not doc.prose[j] for j in (index - 1, index + 1))


def _link_like(text: str, words: int) -> bool:
    """A headline-like line, or a short question, with at least three words of letters (not a price or a URL).

    A footnote is not: its return arrow (↩) links back into the article it belongs to.
    """
    if "\u21a9" in text or not (is_headline_like(text, words) or _question_headline(text, words)):
        return False
    worded = sum(1 for token in text.split() if _LETTER.search(token))
    return worded >= _MIN_LINK_WORDS and not _tag_like(text)


def _question_headline(text: str, words: int) -> bool:
    """A headline that asks one question ("Is the snooze button bad for you?"); links often do."""
    return _QUESTION_WORDS[0] <= words <= _QUESTION_WORDS[1] and _question(text)


def _question(text: str) -> bool:
    """Whether ``text`` is one question: a question mark at its end and none before."""
    marks = text.count("?") + text.count("？")
    return marks == 1 and text.rstrip().endswith(("?", "？"))


def _is_link_run(doc: Document, run: list[int], after: int | None) -> bool:
    """Whether a run of headline-like lines reads as links rather than a list of the article's."""
    # A line ending in a colon introduces a list that belongs to the article.
    if doc.segments[run[0] - 1].text.endswith(":"):
        return False
    # An attribution under a quote or an embedded post ("— Jane Doe (@jdoe) May 2, 2024") signs it.
    if any(_ATTRIBUTION.match(doc.segments[i].text) for i in run):
        return False
    # Link boxes are followed by more page furniture, not by sentences.
    if after is not None and ends_sentence(doc.segments[after].text):
        return False
    # "Defenders: Walker, Stones, Dias" rows list names under labels (a line-up, a cast); a topic's
    # label over a headline names no list.
    if all(_labelled_list(doc.segments[i].text) for i in run):
        return False
    if _data_list([doc.segments[i].text for i in run]):
        return False
    # Data lists repeat one punctuation pattern ("England (Group A): 10th"); headlines vary.
    # A bullet marks the list, not its items' structure: a menu's bullets make no shape.
    shapes = Counter(_PUNCT.sub("", _NOT_PUNCT.sub("", BULLET.sub("", doc.segments[i].text))) for i in run)
    shape, count = shapes.most_common(1)[0]
    if not (len(run) >= _MIN_SHAPED_LIST and shape and count >= _SHAPED_SHARE * len(run)):
        return True
    # "Label: value" rows give a short value; "Topic: headline" links a whole headline.
    if shape == ":":
        tails = sorted(word_count(doc.segments[i].text.rpartition(":")[2]) for i in run)
        return tails[len(tails) // 2] > _MAX_VALUE_WORDS
    return False


def _stamp(text: str) -> str | None:
    """The time or date a chronology's entry opens with, before its dash or colon, or ``None``.

    >>> _stamp("6:42am – Police close the bridge"), _stamp("1998: The club moves to the coast")
    ('6:42am', '1998')
    >>> _stamp("Ten things to know – the new rules") is None, _stamp("Police close the bridge") is None
    (True, True)
    """
    found = _STAMPED.match(BULLET.sub("", text, count=1))
    if found is None:
        return None
    stamp = found["stamp"]
    words = len(stamp.split())
    if words > _STAMP_MAX_WORDS:
        return None
    if _CLOCK.search(stamp) or _YEAR.search(stamp):
        return stamp
    day = _NUMBER.search(stamp)
    # A day and its month ("12 November", "12 नवंबर"): a number of a month's days and one word.
    return stamp if day is not None and 1 <= int(day.group()) <= 31 and words <= 2 else None


def _stamp_key(stamps: Sequence[str]) -> list[int] | None:
    """What orders the stamps of a run: their years, or else their clock times; ``None`` if neither
    is in all of them."""
    years = [_YEAR.search(stamp) for stamp in stamps]
    if all(years):
        return [int(year.group()) for year in years if year is not None]
    clocks = [clock for stamp in stamps if (clock := _CLOCK.search(stamp)) is not None]
    if len(clocks) < len(stamps):
        return None
    minutes: list[int] = []
    for clock in clocks:
        hour = int(clock["h"] or clock["h2"])
        if (clock["ampm"] or clock["ampm2"] or "").casefold().startswith("p") and hour < 12:
            hour += 12
        minutes.append(hour * 60 + int(clock["m"] or 0))
    return minutes


def _articles_own(doc: Document, run: Sequence[int]) -> int:
    """How many lines at the start of a run are the article's own: a chronology's entries, an
    FAQ's questions and answers or a list of sources (see :func:`_chronology`, :func:`_answers`
    and :func:`_sources`)."""
    return max(_chronology(doc, run), _answers(doc, run), _sources(doc, run)) if run else 0


def _sources(doc: Document, run: Sequence[int]) -> int:
    """How many lines from the run's start are citations under a "Sources" heading, right under it
    or under other citations: the article's list of sources, when it is short. A long list of
    references is as often a site's reading list as the article's own."""
    above = sources_above(doc.segments[i].text for i in range(run[0] - 1, -1, -1))
    if above is None:
        return 0
    count = sum(1 for _ in itertools.takewhile(lambda i: is_citation(doc.segments[i].text), run))
    return count if above + count <= MAX_SOURCES else 0


def _chronology(doc: Document, run: Sequence[int]) -> int:
    """How many lines from the run's start open with a time or a date, then what happened: the
    article's chronology ("6:42am – Police close the bridge", "March 2023 – Charges are filed"),
    two entries or more, each at its own time, unless the times go newest first, as a list of the
    latest stories' do.

    An entry of the chronology one or two lines above the run counts too: a subheading (a year,
    a day) can stand between the entries.
    """
    stamps = list(itertools.takewhile(bool, (_stamp(doc.segments[i].text) for i in run)))
    if not stamps:
        return 0
    above = (_stamp(doc.segments[i].text) for i in (run[0] - 1, run[0] - 2) if i >= 0)
    earlier = next(filter(None, above), None)
    entries = [stamp for stamp in (earlier, *stamps) if stamp is not None]
    # A topic's label with a number ("Euro 2024: ...") repeats over its links; each entry has its own time.
    if len(entries) < _MIN_ENTRIES or len({entry.casefold() for entry in entries}) < len(entries):
        return 0
    key = _stamp_key(entries)
    newest_first = key is not None and all(a > b for a, b in itertools.pairwise(key))
    return 0 if newest_first else len(stamps)


def _answers(doc: Document, run: Sequence[int]) -> int:
    """How many lines from the run's start are an FAQ's questions and answers.

    The lines alternate a question and the line right under it, its answer, from a question in
    the run or in the two lines above it, to an answer, with two questions or more: a list of
    links holds a question headline here and there, not one every other line.
    """
    first = run[0]
    for above in (run[0] - 1, run[0] - 2):
        if above >= 0 and _question(doc.segments[above].text):
            first = above
            break
    lines = [*range(first, run[0]), *run]
    count = 0
    while count < len(lines) and _question(doc.segments[lines[count]].text) == (count % 2 == 0):
        count += 1
    count -= count % 2
    return max(0, count - (run[0] - first)) if count // 2 >= _MIN_QUESTIONS else 0


def _labelled_list(text: str) -> bool:
    """Whether ``text`` is a short label, a colon and a list of three or more short items.

    >>> _labelled_list("Defenders: Walker, Stones, Dias")
    True
    >>> _labelled_list("Politics: Minister resigns, party split")
    False
    """
    parts = field(text)
    if parts is None or word_count(parts[0]) > _LIST_LABEL_WORDS:
        return False
    listed = split_keywords(parts[1].strip())
    return listed is not None and len(listed) >= _MIN_LISTED


def _data_list(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are the article's rows of data (see :func:`_data_row`), most of them, two
    at least; a first line that is no row may be the list's subheading.

    >>> _data_list(["Results", "1. Jane Doe (GBR) 2:21:07", "2. Ana Silva (POR) +0:41"])
    True
    >>> _data_list(["Shares slide 2.3% as rates rise again", "Minister quits over harbour deal"])
    False
    """
    rows = [_data_row(line) or _continues(line) for line in lines]
    if rows and not rows[0]:
        rows = rows[1:]
    return sum(rows) >= _MIN_DATA_ROWS and sum(rows) >= _DATA_SHARE * len(rows)


def _data_row(text: str) -> bool:
    """Whether ``text`` is a row of data, no headline of another story: it ends in a figure (a
    result, a score, a price), or it gives a short value or a list of names under a label.

    >>> [_data_row(t) for t in ("Ana Silva (POR) – Eva Lind (SWE) 6:4, 7:5", "Bus fares – 1,20 euro")]
    [True, True]
    >>> [_data_row(t) for t in ("Director: Jane Doe", "Politics: Minister resigns over the harbour deal")]
    [True, False]
    >>> [_data_row(t) for t in ("Shares slide 2.3% as rates rise", "Harbour strike called off 12.03.2024")]
    [False, False]
    """
    figures = [f for f in _FIGURE.finditer(text) if not _date_figure(text, f)]
    if (
        figures
        and sum(1 for word in text[figures[-1].end() :].split() if _LETTER.search(word)) <= _UNIT_WORDS
    ):
        return True
    label, colon, value = text.partition(":")
    return (
        bool(colon)
        and value.startswith(" ")
        and 0 < word_count(label) <= _FIELD_LABEL_WORDS
        and 0 < word_count(value) <= _MAX_VALUE_WORDS
        and not ends_sentence(value)
    ) or _labelled_list(text)


def _date_figure(text: str, figure: regex.Match[str]) -> bool:
    """Whether a figure of ``text`` is a whole date or a clock time."""
    return _DATE_FIGURE.fullmatch(text, figure.start(), figure.end()) is not None


def _continues(text: str) -> bool:
    """Whether ``text`` opens with a word in lower case: an item that goes on from the sentence
    above the list ("four classrooms", "a new canteen for 180 pupils"); a headline opens with a
    capital."""
    first = BULLET.sub("", text, count=1).split(maxsplit=1)
    return bool(first) and len(first[0]) > 1 and first[0][0].islower() and first[0][1:2].isalpha()
