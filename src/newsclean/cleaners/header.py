"""The header zone: the kept lines above the first paragraph, where headline, dateline, byline and URL sit.

Decisions, in the order the cleaner takes them:

* Each kept line of the zone is a lone URL, a dateline (:func:`newsclean.text.dates.is_date_line`),
  a byline ("By ...", "Von ...", "Автор: ...", optionally with an agency or a date after a
  separator; maybe set as a list item, "* By ..."; after the prefix a name in Chinese, Japanese or
  Korean script is one run of it, and several such names are set apart by spaces: "本报记者 王磊
  李娜"), or something else. A newsroom may sign ("By the travel desk", "Par la rédaction
  culture", "A cura della redazione"), an interviewer too ("Interview by ...", "Intervista di
  ..."), and after a comma the names may be followed by where the reporter writes from ("do
  Rio", "à Lyon") or for (an outlet in lower case with a figure, "g1 Rio"). Un-prefixed bylines
  ("Jane Doe | Agency", and "Jane Doe, do Rio" or "Jane Doe, Outlet.cz" with a comma) count only
  below a headline-like line, since breadcrumbs above the headline share their shape.
  A prefix on a line of its own ("By", then "Jane Doe") makes a byline with the line below it;
  alone, it is what is left of one and goes. A line right under the byline that repeats one of
  its names is an author box's and goes too. With no byline above the body, a "By Jane Doe" line
  among its first three paragraphs (under a long standfirst, or a picture's caption) is the
  story's, when the text holds no other: several credit what the article lists (books under
  their titles).
  Likewise, with no date above the body, the one date standing alone on a line among its first
  three paragraphs (in a numeric, ISO or English form) is the dateline (further down, dates
  head other posts' cards or a timeline's entries).
* A headline-like line labelled as the title ("Title: ...", as a repository's abstract page
  prints it) is the headline, and the label does not go into ``metadata.title``.
* When the document's URL has a slug ("/harbour-bridge-reopens-after-repairs"), the
  headline-like line sharing most of its words (two at least) is the headline: a page prints
  other headline-shaped lines (calls to action, image text, a site's slogan) above its body, and
  the URL names the one that is this page's. Text an extractor chose has the page's declared
  title for that. When no line of the zone is named so, a line just below it may be: a
  whole-page rendering can open with a teaser or a cookie notice above the headline (there a long
  headline, most of whose words the slug leaves out, must hold all the slug's words). When none
  is, and the line the zone would give holds none of a slug's three words or more, it is another
  line (a menu's labels, a promotion, a first subheading): it goes as the header's, but the title
  stays unknown.
* Otherwise the headline is the headline-like line nearest the body among those next to a
  dateline or byline, else among all. When the line just above it is shorter and it is long
  itself, it is the standfirst and the line above is the headline (under a headline the URL
  names, a longer line just below it is the standfirst). The standfirst stays in the body and
  is copied to ``metadata.description``. Without a dateline or byline beside it, a headline needs
  four words, and more than three headline-like lines mean short-line body text: no headline.
  A lone such line opening the text, no longer than the body's subheadings, is one of them,
  unless the URL's slug spells it out (three of the slug's words at least, three in four).
  A line a phrase table takes (a sign-in link, a reading-time badge) is page chrome, and a list
  item, a credit, post details or a line holding a whole date is not headline-like (see
  :func:`_title_like`), nor is a line that runs on into the lower-case line below it (the
  segmenter joined them: hard-wrapped text).
* A byline follows its headline: a headline-like line right under one (a live blog's first
  entry) is the body's when another sits right above it. Of two headline-like lines with no
  dateline or byline, and no slug of three words or more to name one, the upper one, as long as
  the lower or longer, is the headline and the lower one the body's first subheading (a kicker
  or a control above a headline is shorter).
* A headline asking a question reads as a sentence, so as the first paragraph. One short question
  opening the text is the headline when nothing headline-like or introducing it with a colon is
  above it, it is not quoted, a paragraph or a byline is under it (no other question) and a
  byline or dateline is beside it, the URL's slug spells it out, or it is longer than every
  headline-like line below it (else it may be the first subheading of a rendering that left the
  headline out).
* A clock time with at most a label or a time zone ("9.42am GMT", "Ore 19.24", "В 18:34") is a
  live blog's entry stamp, not headline-like.
* ``metadata.date`` holds the day (``YYYY-MM-DD``, as HTML metadata gives it) of the dateline
  nearest the headline, else nearest the body. A dateline opening with a clock time above the
  headline, or with no headline at all, is a page clock: it is left to the site-chrome cleaner.
* A short first paragraph may be a standfirst with the dateline or byline under it: those two
  lines after it are judged as header lines too. Dates inside sentences never count.
* A breadcrumb trail laid out as a numbered list ("1. Home", "2. Transport", "3. The ferry will
  run all night, the council says:...") ends on the title cut short, which may read as a
  sentence: the zone goes on to the first paragraph below the trail.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.caption import credit_only
from newsclean.cleaners.related import inline_link, read_also_label, related_heading
from newsclean.model import Category
from newsclean.text.dates import date_start, has_calendar_date, parse_date
from newsclean.text.features import BULLET, CLOSERS, LIST_ITEM, LOWER, crumb_trail, sentence_ends, word_count
from newsclean.text.slug import Slug, content_words, slug_overlap, slug_words

_ZONE_MAX_LINES = 12
_TAIL_LINES = 2
_SHORT_LEAD_WORDS = 40
# A byline below the first paragraph ("By Jane Doe", up to six words), or a date alone on its line
# (up to eight words), counts among the first three.
_LATE_BYLINE_WORDS = 6
_LATE_BYLINE_PARAGRAPHS = 3
_LATE_DATE_WORDS = 8
_LONE_BY = regex.compile(r"(?:By|BY)\s")
# An author box under a byline (the name again, the outlet, a profile link) takes a few lines.
_BOX_LINES = 4
_TITLE_MIN_WORDS, _TITLE_MAX_WORDS = 3, 25
_UNANCHORED_MIN_WORDS = 4
_MAX_UNANCHORED_CANDIDATES = 3
_STANDFIRST_MIN_WORDS = 12
_STANDFIRST_EXTRA_WORDS = 4
_ANCHORS = frozenset({"date", "byline", "source"})

_URL = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)
_CLOCK_FIRST = regex.compile(r"\s*\d{1,2}[:h]\d{2}(?!\d)")
# A clock time with at most a label or a time zone about it ("9.42am GMT", "Ore 19.24", "В 18:34",
# "14.32 uur"): a live blog's entry stamp, no headline.
_CLOCK_LINE = regex.compile(
    r"^(?:\p{L}+\.?,?\s+)?\d{1,2}[:.h]\d{2}(?!\d)\s*(?:[ap]\.?\s?m\.?)?(?:\s+\p{L}+\.?)?$", regex.IGNORECASE
)
_QUESTION_END = regex.compile(r"[?？؟][" + regex.escape(CLOSERS) + r"\s]*$")
_QUESTION_MAX_WORDS = 20
_QUOTES = frozenset("\"'“”‘’«»„‚「『")
# Other scripts' full stops and commas too: "।" (Bengali, Hindi), "။" (Burmese), "።" (Amharic), "。".
_NOT_TITLE_END = regex.compile(r"[.…,;:।॥။።。，；،؛][" + regex.escape(CLOSERS) + r"\s]*$")
# ... but for the periods of an initialism closing a headline ("Hottest Markets in the U.S.").
_INITIALISM_END = regex.compile(r"(?<!\w)(?:\p{Lu}\.){2,}$")
# A line stopping on an English article is a sentence cut where the text wrapped ("..., who in
# 2008 won the"), not a headline: an article cannot close one.
_ARTICLE_END = regex.compile(r"(?<!\S)(?:the|a)$")
# A byline's prefix set apart on a line of its own ("By", then the names on the next line).
_LONE_PREFIX = regex.compile(r"(?:By|BY|Written by|Words by|Von|Par|Por)\s?:?")
_BYLINE_PREFIX = regex.compile(
    r"^(?:(?:written|words|reporting|text|story|interview|interviewed)\s+by|by|von|par|por|di|door|av|af|przez"
    r"|autor|autorka|intervista\s+di|a\s+cura\s+d(?:i|el|ella|ello|ei|egli|elle)|propos\s+recueillis\s+par"
    # a Chinese paper's reporters: "本报记者 王磊 李娜"
    r"|(?:本报|本報|新华社|新華社)?(?:记者|記者|通讯员|通訊員)"
    r"|автор|текст|بقلم|كتب|نویسنده|yazar"
    # Labels naming the authors, in the plural too: "Autores: Ana Pérez y Luis Gómez".
    r"|autores|autoren|auteurs?|autore|autori|autorzy|autoři|авторы|forfatter|författare|tekijä|szerző"
    r"|oleh|per|piše|пише|аутор|avtor|autorius|autorė|autors|autore|imeandikwa\s+na|लेखक|লেখক|تحریر|مصنف"
    r"|எழுதியவர்|రచయిత|מאת|โดย"
    r")(?!\p{L})\s*:?\s*",
    regex.IGNORECASE,
)
# Openings of lines shaped like headlines that are not one: a list item; an English byline
# prefix before a capitalised word ("By Jane Doe", not "By the numbers"; in other languages the
# prefixes open headlines too: "Von Berlin nach Paris", "Di Maio"); post details ("Published
# on ...", "Updated: ...", "Posted in Travel"), and their Chinese counterparts.
_NOT_HEADLINE_START = regex.compile(
    "|".join(
        (
            LIST_ITEM.pattern,
            r"^(?:(?:written|words|reporting|text|story)\s+)?by\s*:?\s+(?-i:\p{Lu})",
            r"^(?:(?:medically )?reviewed|fact[- ]?checked|edited|photos?|photographs?|illustrations?)"
            r"\s+by(?!\p{L})",
            r"^(?:image |photo |picture )?credits?\s*:",
            # a picture's label for screen readers ("Image caption ...", "Media caption ...")
            r"^(?:image|photo|picture|media|video)\s+(?:caption|source)(?!\p{L})",
            # who is who in a photo: "(L-R) ...", "From left: ..."
            r"^(?:\((?:l|left)\s*(?:-|–|to)\s*(?:r|right)\)|(?:l|left)\s*(?:-|–|to)\s*(?:r|right)\s*:"
            r"|from left\s*[:,])",
            r"^(?:first |last )?(?:published|posted|updated|veröffentlicht|aktualisiert|publié|mis à jour"
            r"|publicado|actualizado|atualizado|pubblicato|aggiornato|опубликовано|обновлено"
            r"|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|yayınlanma|güncellenme|diterbitkan"
            r"|diperbarui|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty"
            r"|publikováno|aktualizováno|publikované|aktualizované|közzétéve|frissítve|publicat|actualizat"
            r"|actualitzat|δημοσίευση|ενημέρωση|опубліковано|оновлено|публикувано|обновено|објављено"
            r"|objavljeno|ažurirano|posodobljeno|paskelbta|atnaujinta|publicēts|atjaunots|avaldatud"
            r"|uuendatud|प्रकाशित|অপডেট|প্রকাশিত|شائع|פורסם|עודכן|เผยแพร่|อัปเดต)"
            r"(?:\s*:|\s+(?:on|at|in|by|am|um|le|el|em|il|в)(?!\p{L})|\s+\d)",
            # Chinese credits and labels: the original title a portal kept under its own ("（原标题：
            # ...）"), an original post's, a writer's or a reporter's credit ("【文/...】", "执笔/..."),
            # the editor, the source, the time, the picture's.
            r"^[（(【\[]?\s*(?:原标题|原標題|原创|原創|文|作者|记者|記者|撰文|执笔|執筆|采写|採寫|编辑|編輯|责编|責編"
            r"|责任编辑|責任編輯|来源|來源|发布时间|發佈時間|发布日期|發佈日期|图|圖|摄影|攝影)\s*[:：/／|｜]",
        )
    ),
    regex.IGNORECASE,
)
# A labelled source ("Source: Reuters", "来源： 中国日报网") credits the story as a byline does: it
# anchors the headline above it and is no headline itself. It stays in the body.
_SOURCE = regex.compile(
    r"^(?:sources?|quelle|fuente|fonte|источник|المصدر|مصدر|منبع|来源|來源|出典|出所|출처|kaynak|źródło"
    r"|bron|källa|kilde)\s*[:：]\s*\S",
    regex.IGNORECASE,
)
_SOURCE_MAX_WORDS = 10
# A reading time closing a byline ("By Jane Doe — May 3, 2025 · 6 min read") is the post's, not a name.
_READING_TIME_END = regex.compile(
    r"[\s·•|/—–~-]*\b\d+\s?-?(?:min(?:ute)?s?|m)\.?\s(?:read(?:\stime)?|listen)$", regex.IGNORECASE
)
# What may stand between a byline's names and a date run on after them: "By Jane Doe on Monday,
# November 18th, 2019 at 11:08 a.m.", "By Jane Doe Updated Nov 13, 2019, 10:28am EST".
_RUN_ON_LEAD = regex.compile(
    r"[\s,;]+(?:(?:on|updated|published|posted)(?:\s+on)?:?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    regex.IGNORECASE,
)
_PLACE_SUFFIX = regex.compile(r",?\s+(?:in|from|aus|à|en|из|في)\s+\p{Lu}[\p{L}\s-]*$")
# Full-width forms separate the parts of bylines set in Chinese or Japanese ("by 編集部 ／ 2016.12.01").
_PART_SEPARATOR = regex.compile(r"\s+[|•·/—–\-／｜]\s+|\s*[|•·／｜]\s*")
_SEPARATOR_CHAR = regex.compile(r"[|•·/—–\-／｜]")
_CJK_NAME = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー・]{2,20}")
_COMMA = regex.compile(r"\s*[,;،]\s*")
# A role or a desk in brackets after the names: "By Jane Doe (Staff Writer)".
_ROLE_ASIDE = regex.compile(r"\s*\([^()]{1,80}\)\s*$")
_CONJUNCTION = regex.compile(r"\s*&\s*|\s+(?:and|und|et|y|e|i|и|og|och|en|ve|و)\s+")
_NAME_TOKEN = regex.compile(r"(?:[a-z]{1,3}['’-])?\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lo}[\p{L}\p{M}]*")
_PARTICLES = frozenset(
    ("de", "da", "di", "do", "dos", "du", "van", "von", "der", "den", "del", "la", "le", "al", "el", "bin",
     "ibn", "ter", "zu")
)  # fmt: skip
_NOT_NAME = frozenset(
    ("and", "of", "the", "in", "for", "to", "with", "on", "at", "from", "a", "an", "how", "why", "what",
     "is", "are")
)  # fmt: skip
# Words placing a reporter ("Par Claire Dubois, à Lyon", "Por Renata Lima, do Rio").
_LOCATIVES = frozenset(
    ("in", "from", "at", "aus", "in", "im", "à", "a", "au", "en", "do", "da", "dos", "das", "de", "em", "no",
     "na", "desde", "dal", "dalla", "w", "we", "z", "ze", "v", "ve", "в", "из", "في", "من")
)  # fmt: skip
# An outlet written in lower case with a figure ("g1"), and an outlet's web address ("Demagog.cz").
_OUTLET_TOKEN = regex.compile(r"(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})[\p{L}\d-]{2,12}")
_WEB_NAME = regex.compile(r"\p{L}\.(?:[a-z]{2,3})$")
# A desk or team signing a story: "By the travel desk", "Par la rédaction culture", "A cura della redazione".
_DESK = regex.compile(
    r"(?i)(?<!\p{L})(?:(?:news)?desk|team|newsroom|bureau|\p{L}*redaktion"
    r"|rédaction|redazione|redacci[oó]n|redação|redactie|redakcj\p{L}*|redakce|redakcia|редакци\p{L}*"
    r"|редакці\p{L}*)(?!\p{L})"
)
_DESK_MAX_WORDS = 5
_ROLE = regex.compile(
    r"(?i)(?<!\p{L})(?:correspondent|reporter|editor|writer|staff|contributor|columnist|bureau|chief"
    r"|senior|press|news|agency|desk|media|redaktion|rédaction|redacción|корреспондент)"
)
# Headlines in cased scripts open with a capital; a line ending in "(Agency)", "(AP Photo/Jane
# Doe)" or "(Photo by Jane Doe for the Herald, 2019)" is a photo caption. A headline's own aside
# runs longer or holds a figure or a mark ("(2025 Reviews)", "(and Looking Ahead)", "(+ How to
# Choose)", "(With Confidence!)").
_LOWER_START = regex.compile(rf"^[^\p{{L}}\p{{N}}]*{LOWER}")
_CREDIT_END = regex.compile(
    r"\((?:(?![^()]*[\d!?+])(?=[^()]*\p{Lu})(?!\p{Ll})[^()\s]+(?:\s[^()\s]+){0,3}"
    r"|(?i:[^()]{0,60}\b(?:photo|photograph|image|picture|credit|courtesy|file|getty|reuters|afp|ap|epa)\b[^()]{0,60}))\)$"
)
# A Chinese caption closes on its picture's credit, perhaps with the outlet's name after it:
# "... 张三 摄", "... 公安分局供图 华龙网", "... 。视频截图", "（资料图）".
_CJK_CREDIT_END = regex.compile(
    r"(?:摄|攝|供图|供圖|视频截图|視頻截圖|截图|截圖|资料图|資料圖|配图|配圖)(?:\s+[\p{Han}]{2,8})?\s*[）)]?$"
)
_SQUASH = regex.compile(r"[\W_]+")
_WORD = regex.compile(r"\w+")
# Menu labels run together without spaces ("HomeServicesPricingAbout Us") join a lower-case
# letter to a capital this often; a brand name or two ("iPhone", "YouTube") does it less.
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")
_MAX_GLUED = 3
# A short line naming a newsroom job ("Senior Health Reporter") is the author's card, not a headline.
_JOB_TITLE_END = regex.compile(
    r"(?<!\p{L})(?:reporter|editor|writer|correspondent|columnist|contributor|producer)s?$", regex.IGNORECASE
)
_JOB_TITLE_MAX_WORDS = 6
# A name with its credentials ("Dylan Bailey, MS, RD, FAND", "Genevieve Carlton, Ph.D."), once
# or twice (a picture's text and the card's): the author's card.
_CREDENTIALED = regex.compile(
    r"^(?:\p{Lu}[\p{L}.’'-]+(?:\s\p{Lu}[\p{L}.’'-]*){0,3},\s*"
    r"(?:(?:\p{Lu}[\p{Lu}.]{1,5}|Ph\.?D\.?)(?:,\s*|\s+|$)){1,5}){1,2}$"
)
# A link's arrow closing the line ("Log in to view >", "Check out our tools →") or a trail of
# pages between arrows ("Home » Guides » Costs"): a button or a breadcrumb. A closing "»" is
# a quotation mark, and a spaced "»" a French closing one, when a "«" opens a quote in the line.
_LINK_ARROW_END = regex.compile(r"\s(?:>|›|→|➔|➜|➝|⟶)$|»$")
_TRAIL_ARROW = regex.compile(r"\s[>›»→]\s")
# A headline printed with its label, as a repository's abstract page does: "Title: Alignment-Preserving
# Model Merging", "Title:AlignMerge - ...". The label names the line: it is the headline.
_TITLE_LABEL = regex.compile(r"^(?:title|titel|titre|título|titolo|заголовок)\s?:\s?(?=\S)", regex.IGNORECASE)
_TRAIL_ARROW_QUOTED = regex.compile(r"\s[>›→]\s")
# A site's account and navigation controls: two of them on one line ("Sign In Subscription
# Explore", "Back to top Sign in Sign up") are menu labels run together, as is a "submenu".
_CONTROL = regex.compile(
    r"(?<!\w)(?:sign[\s-]?in|sign[\s-]?up|log[\s-]?in|log[\s-]?out|register|subscribe|subscriptions?"
    r"|my\saccount|menu|search|back\sto\s(?:top|home))(?!\w)",
    regex.IGNORECASE,
)
_SUBMENU = regex.compile(r"(?<!\w)submenu(?!\w)", regex.IGNORECASE)
_PHONE = regex.compile(r"(?<!\d)(?:\+?\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)")
# Share of a headline's words the page's declared title must hold for the line to be that title.
_TITLE_WORD_SHARE = 0.8
# A headline candidate sharing this many words with the URL's slug is the one the URL names.
_SLUG_MIN_WORDS = 2
# A slug of this many words or more names one headline, even below the zone: past at most two
# paragraphs (a teaser, a cookie notice), a headline-like line holding two thirds of the slug's
# words, which make at least half of its own, is the title when the zone holds none the URL names.
_SLUG_NAMES_WORDS = 3
_PARAGRAPHS_ABOVE_NAMED = 2
_NAMED_SLUG_SHARE = 2 / 3
_NAMED_LINE_SHARE = 0.5
# A lone line opening the text that holds this many of the slug's words, and this share of them,
# is the headline even when the body's subheadings are as long.
_SPELLED_MIN_WORDS = 3
_SPELLED_SHARE = 0.75


@dataclass(frozen=True)
class _Line:
    """One kept header line and what it was read as: ``url``, ``date``, ``byline``, ``source``, ``other``."""

    index: int
    text: str
    kind: str
    date: str | None = None
    authors: tuple[str, ...] = ()


class Header(Cleaner):
    """Lift the headline, dateline, byline and source URL above the first paragraph into metadata."""

    name = "header"
    category = Category.METADATA

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for the header zone: what is removed into metadata, and the standfirst copied."""
        first = doc.first_prose
        languages = doc.date_languages
        # A byline or dateline that ends like a sentence ("... at 11:08 a.m.") heads the body.
        while first is not None and _classify(first, doc.segments[first].text, languages).kind in _ANCHORS:
            first = next((k for k in range(first + 1, len(doc.segments)) if doc.prose[k]), None)
        # Text an extractor chose comes with the page's declared title, a stronger cue than the URL.
        slug = Slug() if doc.extracted else slug_words(doc.url)
        asked, first = _zone_end(doc, removed, first, slug)
        if first is None:
            return ()
        kept = [i for i in range(first) if i not in removed][-_ZONE_MAX_LINES:]
        lines = _with_split_bylines(
            _with_bare_bylines([_classify(i, doc.segments[i].text, languages) for i in kept], languages),
            languages,
        )
        # A line a phrase table takes (a sign-in link, "Skip to content", "5 min read") is page chrome.
        hits = [found for found in doc.views.phrase_hits.values() if found]
        if hits:
            lines = [
                replace(line, kind="prompt")
                if line.kind == "other" and any(line.index in found for found in hits)
                else line
                for line in lines
            ]
        # A line the segmenter joined to the next (it ran on into a lower-case line) is a
        # hard-wrapped paragraph, not a headline.
        segments = doc.segments
        lines = [
            replace(line, kind="wrapped")
            if line.kind == "other" and segments[line.index].end_line > segments[line.index].start_line
            else line
            for line in lines
        ]
        known = doc.views.profiled
        if known:
            # A line the site prints on every page (its name, a slogan) is not this page's headline.
            lines = [
                replace(line, kind="repeated") if line.kind == "other" and line.index in known else line
                for line in lines
            ]
        tail = _tail(doc, removed, first, languages)
        title_pos, standfirst_pos = _choose_title(lines, slug, asked)
        if (
            title_pos is not None
            and _is_subheading(doc, removed, lines, tail, title_pos)
            and not _spells_out(slug_overlap(lines[title_pos].text, slug), slug)
        ):
            title_pos = standfirst_pos = None
        # When the page named its title, a line that is not it is a heading or standfirst of the body.
        if (
            title_pos is not None
            and doc.extracted
            and doc.page_title is not None
            and not names_title(lines[title_pos].text, doc.page_title)
        ):
            title_pos = standfirst_pos = None
        verdicts: list[Verdict] = []
        not_named = _unnamed(lines, title_pos, slug)
        named = _named_below(doc, removed, first, slug) if not_named else None
        unnamed: int | None = None
        if (
            named is None
            and not_named
            and title_pos is not None
            and not slug_overlap(lines[title_pos].text, slug)
        ):
            # A slug of three words or more names the headline: a line holding none of them is
            # rather another (a menu's labels, a promotion, a first subheading). It still heads
            # the text above the article, as the headline would, and goes; the title stays unknown.
            unnamed = lines[title_pos].index
            title_pos = standfirst_pos = None
        if named is not None:
            # The URL names a headline below a first paragraph (a teaser, a cookie notice): that
            # one is the title, not a headline-shaped line of the zone above.
            title_pos = standfirst_pos = None
            verdicts.append(
                Verdict(
                    (named,),
                    "Headline lifted into metadata.title.",
                    meta=(("title", _headline_text(doc.segments[named].text)),),
                )
            )
        if title_pos is not None:
            title = _headline_text(lines[title_pos].text)
            verdicts.append(
                Verdict(
                    (lines[title_pos].index,),
                    "Headline lifted into metadata.title.",
                    meta=(("title", title),),
                )
            )
            verdicts.extend(
                Verdict(
                    (line.index,),
                    "Repeats the headline lifted into metadata.title.",
                    meta=(("title", title),),
                )
                for pos, line in enumerate(lines)
                if pos != title_pos and line.kind == "other" and _restates(line.text, title)
            )
        if unnamed is not None:
            verdicts.append(
                Verdict(
                    (unnamed,),
                    "A headline-shaped line above the article that the URL's slug does not name: "
                    "not taken for the title.",
                )
            )
        if standfirst_pos is not None:
            verdicts.append(
                Verdict(
                    (),
                    "Standfirst kept in the body and copied into metadata.description.",
                    meta=(("description", lines[standfirst_pos].text),),
                )
            )
        verdicts.extend(_date_verdicts(lines, tail, title_pos))
        verdicts.extend(_below_the_zone(doc, removed, first, lines, tail, languages))
        for line in (*lines, *tail):
            if line.kind == "url":
                verdicts.append(
                    Verdict((line.index,), "Source URL lifted into metadata.url.", meta=(("url", line.text),))
                )
            elif line.kind == "byline" and not line.authors and not line.date:
                verdicts.append(Verdict((line.index,), "A byline's prefix on a line of its own."))
            elif line.kind == "byline":
                verdicts.append(
                    Verdict(
                        (line.index,),
                        "Byline lifted into metadata.authors.",
                        meta=(("authors", line.authors),),
                    )
                )
        return verdicts


def _classify(index: int, text: str, languages: tuple[str, ...] | None) -> _Line:
    if _URL.fullmatch(text):
        return _Line(index, text, "url")
    iso = parse_date(text, languages=languages)
    if iso is not None:
        return _Line(index, text, "date", date=iso)
    byline = _parse_byline(text, languages, bare=False)
    if byline is not None:
        return _Line(index, text, "byline", date=byline[1], authors=byline[0])
    if _SOURCE.match(text) and word_count(text) <= _SOURCE_MAX_WORDS:
        return _Line(index, text, "source")
    return _Line(index, text, "other")


def _with_bare_bylines(lines: list[_Line], languages: tuple[str, ...] | None) -> list[_Line]:
    """Read "Name | Agency" lines as bylines when a headline-like line sits above them."""
    out: list[_Line] = []
    seen_title = False
    for line in lines:
        byline = (
            _parse_byline(line.text, languages, bare=True) if line.kind == "other" and seen_title else None
        )
        read = line if byline is None else _Line(line.index, line.text, "byline", byline[1], byline[0])
        seen_title = seen_title or (read.kind == "other" and _title_like(read.text))
        out.append(read)
    return out


def _below_the_zone(
    doc: Document,
    removed: Mapping[int, Category],
    first: int,
    lines: list[_Line],
    tail: list[_Line],
    languages: tuple[str, ...] | None,
) -> list[Verdict]:
    """What the header has to say below the zone: an author box, and a byline or dateline set lower."""
    read = [*lines, *tail]
    return [
        *_author_box(doc, removed, lines, tail),
        *_late_byline(doc, removed, first, read, languages),
        *_late_dateline(doc, removed, first, read, languages),
    ]


def _late_byline(
    doc: Document,
    removed: Mapping[int, Category],
    first: int,
    read: list[_Line],
    languages: tuple[str, ...] | None,
) -> list[Verdict]:
    """A byline below the first paragraph, under a long standfirst or a picture's caption.

    One "By Jane Doe" line among the article's first paragraphs is the story's byline. Further
    down, or with another such line in the text, it credits something the article lists (a
    book's author under its title) and stays.
    """
    if any(line.kind == "byline" and line.authors for line in read):
        return []
    found: list[tuple[int, tuple[str, ...]]] = []
    paragraphs = 0
    for k in range(first, len(doc.segments)):
        if k in removed:
            continue
        text = doc.segments[k].text
        if doc.segments[k].words <= _LATE_BYLINE_WORDS and _LONE_BY.match(text):
            parsed = _parse_byline(text, languages, bare=False)
            if parsed is not None:
                found.append((k, parsed[0]))
        elif doc.prose[k]:
            paragraphs += 1
            if paragraphs > _LATE_BYLINE_PARAGRAPHS and not found:
                return []
    if len(found) != 1:
        return []
    index, authors = found[0]
    return [Verdict((index,), "Byline lifted into metadata.authors.", meta=(("authors", authors),))]


def _late_dateline(
    doc: Document,
    removed: Mapping[int, Category],
    first: int,
    read: list[_Line],
    languages: tuple[str, ...] | None,
) -> list[Verdict]:
    """A dateline below the first paragraph: the one date standing alone among the first three.

    Further down, dates on lines of their own date the cards of other posts, or head a
    timeline's entries, and stay for the other cleaners.
    """
    if any(line.date is not None for line in read):
        return []
    found: list[_Line] = []
    paragraphs = 0
    for k in range(first, len(doc.segments)):
        if k in removed:
            continue
        if doc.prose[k]:
            paragraphs += 1
            if paragraphs > _LATE_BYLINE_PARAGRAPHS:
                break
        elif doc.segments[k].words <= _LATE_DATE_WORDS:
            date = _quick_date(doc.segments[k].text, languages)
            if date is not None:
                found.append(_Line(k, doc.segments[k].text, "date", date=date))
    if len(found) != 1 or found[0].date is None:
        return []
    return [
        Verdict(
            (found[0].index,), "Dateline lifted into metadata.date.", meta=(("date", found[0].date[:10]),)
        )
    ]


def _quick_date(text: str, languages: tuple[str, ...] | None) -> str | None:
    """The date of a line that is a date alone, in the forms read without dateparser, else ``None``.

    Numeric and ISO dates and the month names of :mod:`newsclean.text.dates` only: most short
    lines hold figures and few a date, and asking dateparser about each would cost more than
    the rest of the header's work.
    """
    if not has_calendar_date(text):
        return None
    return parse_date(text, languages=languages, thorough=False)


def _author_box(
    doc: Document, removed: Mapping[int, Category], lines: list[_Line], tail: list[_Line]
) -> list[Verdict]:
    """The lines of the zone, or right under the byline, that repeat one of its names: an author box's."""
    names = {_squash(name) for line in (*lines, *tail) for name in line.authors}
    if not names:
        return []
    # Above the first paragraph the zone's own lines are the box's; under a standfirst, the lines
    # right under the byline that follows it.
    box = _kept_after(doc, removed, tail[-1].index, _BOX_LINES) if tail else []
    return [
        Verdict((i,), "Repeats a name of the byline lifted into metadata.authors.")
        for i in [line.index for line in lines if line.kind == "other"] + box
        if _squash(doc.segments[i].text) in names
    ]


def _with_split_bylines(lines: list[_Line], languages: tuple[str, ...] | None) -> list[_Line]:
    """Read a byline split over two lines ("By", then "Jane Doe") as one: both lines are the byline.

    A page's layout may set the prefix apart from the names. A prefix alone whose next line is no
    name ("By", then the article's first sentence) is what is left of a byline, and goes as one.
    """
    out = list(lines)
    for p, line in enumerate(out):
        if line.kind != "other" or _LONE_PREFIX.fullmatch(line.text.strip()) is None:
            continue
        if p + 1 < len(out) and out[p + 1].kind == "other":
            below = out[p + 1]
            parsed = _parse_byline(f"{line.text.strip()} {below.text.strip()}", languages, bare=False)
            if parsed is not None:
                out[p + 1] = _Line(below.index, below.text, "byline", parsed[1], parsed[0])
        out[p] = _Line(line.index, line.text, "byline")
    return out


def _kept_after(doc: Document, removed: Mapping[int, Category], index: int, count: int) -> list[int]:
    """The first ``count`` segments below ``index`` that no cleaner removed."""
    return list(itertools.islice((k for k in range(index + 1, len(doc.segments)) if k not in removed), count))


def _tail(
    doc: Document, removed: Mapping[int, Category], first: int, languages: tuple[str, ...] | None
) -> list[_Line]:
    """Datelines and bylines right under a short first paragraph (a standfirst ending in a period)."""
    if doc.segments[first].words > _SHORT_LEAD_WORDS:
        return []
    following = _kept_after(doc, removed, first, _TAIL_LINES + 1)
    read = _with_split_bylines([_classify(k, doc.segments[k].text, languages) for k in following], languages)
    out: list[_Line] = []
    limit = _TAIL_LINES
    for line in read:
        if len(out) == limit or line.kind not in _ANCHORS:
            break
        out.append(line)
        if _LONE_PREFIX.fullmatch(line.text.strip()):
            limit += 1  # the prefix and the names below it make one byline
    return out


def _below_crumbs(doc: Document, removed: Mapping[int, Category], first: int | None) -> int | None:
    """The first paragraph below a numbered breadcrumb trail that ``first`` is part of, else ``first``.

    The trail's last item is the page's title cut short ("3. 11 HR Trends for 2026:..."), which
    may read as a sentence; the headline is under the trail.
    """
    if first is None:
        return None
    kept = [i for i in range(min(first + 1, len(doc.segments))) if i not in removed][-_ZONE_MAX_LINES:]
    for i in kept:
        if not doc.segments[i].text.lstrip().startswith("1"):
            continue
        following = [j for j in range(i, len(doc.segments)) if j not in removed][:_ZONE_MAX_LINES]
        n = crumb_trail([doc.segments[j].text for j in following])
        if n and following[n - 1] >= first:
            return next((j for j in range(following[n - 1] + 1, len(doc.segments)) if doc.prose[j]), None)
    return first


def _choose_title(lines: list[_Line], slug: Slug, asked: int | None = None) -> tuple[int | None, int | None]:
    """Positions of the headline and of the standfirst under it (either may be ``None``).

    ``asked`` is the index of a question the zone was let past for being the headline (see
    :func:`_question_headline`): it is the headline.
    """
    question = next((p for p, line in enumerate(lines) if line.index == asked and line.kind == "other"), None)
    if question is not None:
        return question, _standfirst_under(lines, question)
    candidates = [p for p, line in enumerate(lines) if line.kind == "other" and _title_like(line.text)]
    if not candidates:
        return None, None
    labelled = [p for p in candidates if _TITLE_LABEL.match(lines[p].text)]
    if labelled:
        return labelled[-1], None
    if len(slug) >= _SLUG_MIN_WORDS:
        # The page's URL names its headline: the candidate sharing most of the slug's words (the
        # nearest the body on a tie) is it, wherever a dateline or byline sits.
        shared, named = max((slug_overlap(lines[p].text, slug), p) for p in candidates)
        if shared >= _SLUG_MIN_WORDS:
            return named, _standfirst_under(lines, named)
    anchored = [p for p in candidates if _anchored(lines, p)]
    if not anchored and len(candidates) > _MAX_UNANCHORED_CANDIDATES:
        # Kicker, headline and standfirst make three; more short lines and no dateline is body text.
        return None, None
    # Without a dateline or byline beside it, a three-word line is as likely a control as a headline.
    candidates = [
        p for p in candidates if p in anchored or word_count(lines[p].text) >= _UNANCHORED_MIN_WORDS
    ]
    if not candidates:
        return None, None
    base = (anchored or candidates)[-1]
    above = [p for p in range(base) if lines[p].kind == "other"]
    if above and above[-1] in candidates and _standfirst_of(lines[above[-1]].text, lines[base].text):
        return above[-1], base
    if (
        base - 1 in candidates
        and len(slug) < _SLUG_NAMES_WORDS
        and not _anchored(lines, base)
        and word_count(lines[base - 1].text) >= word_count(lines[base].text)
    ):
        # Two headline-shaped lines over the body, no byline and no slug to name one: the upper one,
        # as long as the lower or longer, is the headline and the lower one the body's first
        # subheading (a kicker or a control above a headline is shorter).
        return base - 1, None
    if base - 2 in candidates and lines[base - 1].kind == "byline":
        # A byline follows its headline: a headline-shaped line under it opens the body.
        return base - 2, None
    return base, None


def _zone_end(
    doc: Document, removed: Mapping[int, Category], first: int | None, slug: Slug
) -> tuple[int | None, int | None]:
    """Where the header zone ends: the first paragraph below a question heading the text and below
    a numbered breadcrumb trail; with the question's index (``None`` when the text opens otherwise)."""
    asked = first if first is not None and _question_headline(doc, removed, first, slug) else None
    if asked is not None:
        first = next((k for k in range(asked + 1, len(doc.segments)) if doc.prose[k]), None)
    return asked, _below_crumbs(doc, removed, first)


def _question_headline(doc: Document, removed: Mapping[int, Category], index: int, slug: Slug) -> bool:
    """Whether the first paragraph is a headline asking a question ("Is the housing market about to crash?").

    It reads as prose, since a question mark ends a sentence. It is one short question, not quoted,
    with nothing headline-shaped above it nor a line introducing it with a colon. Without a byline
    or a dateline beside it (or the URL's slug spelling it out) it is longer than every
    headline-shaped line below it: a question opening a rendering that left the headline out may
    be the first of the body's subheadings. The line below is a paragraph or a byline (perhaps a
    bare name), and asks no question (a list of questions).
    """
    text = doc.segments[index].text
    if not _question_line(text) or text.lstrip()[:1] in _QUOTES:
        return False
    above = [k for k in range(index) if k not in removed]
    if any(_title_like(doc.segments[k].text) for k in above):
        return False
    if above and doc.segments[above[-1]].text.rstrip().endswith(":"):
        return False
    below = next((k for k in range(index + 1, len(doc.segments)) if k not in removed), None)
    if below is None:
        return False
    languages = doc.date_languages
    kinds = [_classify(k, doc.segments[k].text, languages).kind for k in [*above[-1:], below]]
    longest = max(
        (
            doc.segments[k].words
            for k in range(index + 1, len(doc.segments))
            if k not in removed and not doc.prose[k] and _title_like(doc.segments[k].text)
        ),
        default=None,
    )
    below_text = doc.segments[below].text
    return (
        (
            any(kind in _ANCHORS for kind in kinds)
            or _spells_out(slug_overlap(text, slug), slug)
            or longest is None
            or word_count(text) > longest
        )
        and not _question_line(below_text)
        and (doc.prose[below] or kinds[-1] in _ANCHORS or _is_name(below_text))
        and not _LOWER_START.match(below_text)
    )


def _question_line(text: str) -> bool:
    """One short headline-shaped question."""
    return (
        _QUESTION_END.search(text) is not None
        and sentence_ends(text) == 1
        and word_count(text) <= _QUESTION_MAX_WORDS
        and _title_like(text)
    )


def _unnamed(lines: list[_Line], title_pos: int | None, slug: Slug) -> bool:
    """Whether the URL's slug is long enough to name a headline and the zone's choice is not it."""
    return len(slug) >= _SLUG_NAMES_WORDS and (
        title_pos is None or slug_overlap(lines[title_pos].text, slug) < _SLUG_MIN_WORDS
    )


def _named_below(doc: Document, removed: Mapping[int, Category], first: int, slug: Slug) -> int | None:
    """The headline-like line below the zone that the URL's slug names (see :data:`_SLUG_NAMES_WORDS`).

    The first one sharing the most words wins.
    """
    need = max(_SLUG_MIN_WORDS, math.ceil(_NAMED_SLUG_SHARE * len(slug)))
    best: tuple[int, int] | None = None
    paragraphs = 0
    for k in range(first, len(doc.segments)):
        if k in removed:
            continue
        paragraphs += doc.prose[k]
        if paragraphs > _PARAGRAPHS_ABOVE_NAMED:
            break
        text = doc.segments[k].text
        if not _title_like(text):
            continue
        shared = slug_overlap(text, slug)
        words = len(content_words(text))
        named = shared >= need and shared >= _NAMED_LINE_SHARE * words
        # Below the zone, a long headline must hold every word of the slug (not a cut-short one's).
        if (named or _spells_out(shared, slug, share=1.0)) and (best is None or shared > best[0]):
            best = (shared, k)
    return None if best is None else best[1]


def _spells_out(shared: int, slug: Slug, share: float = _SPELLED_SHARE) -> bool:
    """Whether a line sharing ``shared`` words with the URL's ``slug`` holds three of them at least,
    and three in four (or the given ``share``).

    Such a line opening the text is the headline, however short the body's subheadings are; a
    first subheading shares a word or two with the slug ("Introduction to Web Design" under
    ``/web-design-guide``).
    """
    return shared >= _SPELLED_MIN_WORDS and shared >= share * len(slug)


def _standfirst_under(lines: list[_Line], title_pos: int) -> int | None:
    """The position of a standfirst right under the headline, or ``None``."""
    below = next((p for p in range(title_pos + 1, len(lines)) if lines[p].kind == "other"), None)
    if below is None or not _title_like(lines[below].text):
        return None
    return below if _standfirst_of(lines[title_pos].text, lines[below].text) else None


def _standfirst_of(headline: str, line: str) -> bool:
    """Whether ``line``, right under ``headline``, is its standfirst: long, and longer than it."""
    words = word_count(line)
    headline_words = word_count(headline)
    return (
        words >= _STANDFIRST_MIN_WORDS
        and headline_words > _TITLE_MIN_WORDS
        and words >= headline_words + _STANDFIRST_EXTRA_WORDS
    )


def names_title(line: str, title: str) -> bool:
    """Whether ``line`` is the page's title: nearly all its words are the title's.

    >>> names_title("Rates rise again", "Rates Rise Again | Daily Post")
    True
    >>> names_title("Why trust our reviews?", "Best Moving Companies in 2025")
    False
    """
    words = _WORD.findall(line.casefold())
    known = set(_WORD.findall(title.casefold()))
    return bool(words) and sum(w in known for w in words) >= _TITLE_WORD_SHARE * len(words)


def _anchored(lines: list[_Line], pos: int) -> bool:
    return any(
        0 <= q < len(lines) and lines[q].kind in _ANCHORS and not _CLOCK_FIRST.match(lines[q].text)
        for q in (pos - 1, pos + 1)
    )


def _is_subheading(
    doc: Document, removed: Mapping[int, Category], lines: list[_Line], tail: list[_Line], title_pos: int
) -> bool:
    """A lone unanchored line opening the text that is no longer than the body's subheadings is one."""
    line = lines[title_pos]
    if len(lines) > 1 or tail or line.index != 0:
        return False
    longest = _longest_subheading(doc, removed, line.index)
    return longest is not None and word_count(line.text) <= longest


def _longest_subheading(doc: Document, removed: Mapping[int, Category], index: int) -> int | None:
    """The words of the longest subheading (a headline-like line between paragraphs) below ``index``."""
    n = len(doc.segments)
    sub_words = [
        doc.segments[k].words
        for k in range(index + 1, n - 1)
        if k not in removed and not doc.prose[k] and doc.prose[k - 1] and doc.prose[k + 1]
        and _title_like(doc.segments[k].text) and not _link_to_another_story(doc.segments[k].text)
    ]  # fmt: skip
    return max(sub_words, default=None)


def _link_to_another_story(text: str) -> bool:
    """A "Read more: headline" line between paragraphs: another story's title, not a subheading.

    >>> _link_to_another_story("Citește și: Cum ceri banii înapoi pentru un tren anulat")
    True
    >>> _link_to_another_story("Analysis: what the vote means for the coalition")
    False
    """
    if inline_link(text):
        return True
    label, colon, _ = text.partition(":")
    return bool(colon) and (read_also_label(label + colon) or related_heading(label + colon))


def _date_verdicts(lines: list[_Line], tail: list[_Line], title_pos: int | None) -> list[Verdict]:
    """The dateline nearest the headline (else the body) gives metadata.date; page clocks stay."""
    positioned = [*enumerate(lines), *((len(lines) + 1 + k, line) for k, line in enumerate(tail))]
    dated = [
        (pos, line)
        for pos, line in positioned
        if line.date is not None
        and not (
            line.kind == "date" and _CLOCK_FIRST.match(line.text) and (title_pos is None or pos < title_pos)
        )
    ]
    if not dated:
        return []
    target = title_pos if title_pos is not None else len(lines)
    best = min(dated, key=lambda item: (abs(item[0] - target), -item[0]))[1]
    verdicts = []
    for _, line in sorted(dated, key=lambda item: item[1] is not best):
        if line is best:
            assert best.date is not None
            meta: tuple[tuple[str, str], ...] = (("date", best.date[:10]),)
            reason = "Dateline lifted into metadata.date."
        else:
            meta, reason = (), "Another dateline; metadata.date comes from the one nearest the headline."
        if line.kind == "date":
            verdicts.append(Verdict((line.index,), reason, meta=meta))
        elif meta:
            verdicts.append(Verdict((), "Date of the byline lifted into metadata.date.", meta=meta))
    return verdicts


def _parse_byline(
    text: str, languages: tuple[str, ...] | None, *, bare: bool
) -> tuple[tuple[str, ...], str | None] | None:
    """Authors and date of a byline, or ``None``; ``bare`` allows "Name | Agency" without a "By".

    Names come first; what follows a separator, or a comma closing a list of names ("A and B,
    Agency"), may only be an agency, a role or a date.
    """
    # A rendering may set the byline as a list item: "* By Jane Doe", "• by Harbour Law Office".
    text = BULLET.sub("", _READING_TIME_END.sub("", text.strip()), count=1).lstrip()
    # Separators hold none of the prefix's letters or spaces: the prefix of the first part is
    # the prefix of the whole line, so most lines are turned down before any split.
    if not bare and _BYLINE_PREFIX.match(text) is None:
        return None
    if _PART_SEPARATOR.search(text) is None:
        text = _separate_run_on_date(text, languages)
    head, *rest = _PART_SEPARATOR.split(text) if _SEPARATOR_CHAR.search(text) else (text,)
    prefix = _BYLINE_PREFIX.match(head)
    if prefix is not None:
        head = _PLACE_SUFFIX.sub("", _ROLE_ASIDE.sub("", head[prefix.end() :]))
        if _desk(head) and not rest:
            # "By the travel desk", "Par la rédaction culture": the newsroom signs.
            return (head.strip(),), None
    elif not bare or not (rest or _signed_from(head)):
        return None
    chunks = [c.strip() for c in _COMMA.split(head)]
    # "A, B and C" lists names after commas; otherwise a comma closes the names.
    split_at = len(chunks) if len(chunks) > 1 and _CONJUNCTION.search(chunks[-1]) else 1
    extra = [", ".join(chunks[split_at:])] if split_at < len(chunks) else []
    authors = [
        item for chunk in chunks[:split_at] for item in _CONJUNCTION.split(chunk) if not _ROLE.search(item)
    ]
    # A name in Chinese, Japanese or Korean has no spaces: one run of those scripts, after a prefix;
    # several names are set apart by spaces ("本报记者 王磊 李娜").
    if prefix and len(authors) == 1 and all(_CJK_NAME.fullmatch(a) for a in authors[0].split()):
        authors = authors[0].split()
    if not authors or not all(_is_name(a) or (prefix and _CJK_NAME.fullmatch(a)) for a in authors):
        return None
    date: str | None = None
    for item in [*extra, *rest]:
        iso = parse_date(item, languages=languages) if any(ch.isdigit() for ch in item) else None
        if iso is not None:
            date = date or iso
        elif not (_ROLE.search(item) or _is_agency(item)):
            return None
    return tuple(authors), date


def _separate_run_on_date(text: str, languages: tuple[str, ...] | None) -> str:
    """``text`` with a separator before a date that closes it ("By Jane Doe | March 3, 2024")."""
    start = date_start(text)
    if not start:
        return text
    lead = _RUN_ON_LEAD.search(text, 0, start)
    if lead is None or parse_date(text[start:], languages=languages) is None:
        return text
    return f"{text[: lead.start()]} | {text[start:]}"


def _is_name(item: str) -> bool:
    tokens = item.split()
    core = [t for t in tokens if t.casefold() not in _PARTICLES]
    return (
        2 <= len(tokens) <= 5
        and bool(core)
        and not any(t.casefold() in _NOT_NAME for t in tokens)
        and all(_NAME_TOKEN.fullmatch(t) for t in core)
    )


def _is_agency(item: str) -> bool:
    # An agency or a place, whose name may hold a particle ("Palma de Mallorca", "Rio de Janeiro"),
    # perhaps after the word placing the reporter there ("do Rio", "à Lyon"); an outlet may be
    # written in lower case with a figure ("g1 Rio").
    tokens = item.split()
    if len(tokens) > 1 and tokens[0].casefold() in _LOCATIVES:
        tokens = tokens[1:]
    return (
        1 <= len(tokens) <= 4
        and (_NAME_TOKEN.fullmatch(tokens[0]) is not None or _OUTLET_TOKEN.fullmatch(tokens[0]) is not None)
        and all(
            _NAME_TOKEN.fullmatch(t) or _OUTLET_TOKEN.fullmatch(t) or t.casefold() in _PARTICLES
            for t in tokens
        )
    )


def _signed_from(head: str) -> bool:
    """Whether ``head`` is a name, a comma, then where the reporter writes from or for: "Renata Lima,
    do Rio", "Jan Novák, Zpravy.cz" (a place after a locative word, or an outlet's web address).

    Without a "By" such a line is a byline only below a headline, and only with that second part:
    "Name, Place" alone may as well head a story about the person.
    """
    chunks = [c.strip() for c in _COMMA.split(head)]
    if len(chunks) != 2 or not _is_name(chunks[0]):
        return False
    place = chunks[1].split()
    return (len(place) > 1 and place[0].casefold() in _LOCATIVES and _is_agency(chunks[1])) or bool(
        len(place) <= 2 and _WEB_NAME.search(chunks[1])
    )


def _desk(head: str) -> bool:
    """Whether the words after a byline's prefix name a desk or team rather than people.

    >>> _desk("the travel desk"), _desk("la rédaction culture"), _desk("the numbers")
    (True, True, False)
    """
    return word_count(head) <= _DESK_MAX_WORDS and "," not in head and _DESK.search(head) is not None


def _title_like(line: str) -> bool:
    """Headline-shaped: 3 to 25 words, no closing period (an initialism's aside), comma or English
    article, not opening in lower case, no credit.

    Nor a photo credit ("Getty Images/Sipa USA"), who is who in a photo ("(L-R) ..."),
    a list item, a line opening like a byline ("By Jane Doe ..."), a credit ("Photo credit:",
    "Reviewed by", "记者：") or post details ("Published in ..."), a caption closing on its picture's
    credit ("... 张三 摄"), one holding a whole date ("Workshop on
    May 2, 2024") or a phone number, menu labels run together, or a short line ending in a
    newsroom job ("Senior Health Reporter") or a name with credentials ("Dylan Bailey, MS, RD"):
    those are the article's items and the page's furniture.
    Nor is a button's label ending in a link arrow ("Log in to view >"). A breadcrumb trail is
    judged by the page it ends on (see :func:`_last_crumb`).
    """
    text = _headline_text(line)
    words = word_count(text)
    return (
        _TITLE_MIN_WORDS <= words <= _TITLE_MAX_WORDS
        and not (_NOT_TITLE_END.search(text) and not _INITIALISM_END.search(text))
        and _ARTICLE_END.search(text) is None
        and not _LOWER_START.match(text)
        and not _CREDIT_END.search(text)
        and not _CJK_CREDIT_END.search(text)
        and _NOT_HEADLINE_START.match(text) is None
        and not has_calendar_date(text)
        and _CLOCK_LINE.match(text) is None
        and len(_GLUED.findall(text)) <= _MAX_GLUED
        and _PHONE.search(text) is None
        and not (words <= _JOB_TITLE_MAX_WORDS and _JOB_TITLE_END.search(text))
        and _CREDENTIALED.match(text) is None
        and not credit_only(text, words)
        and not _link_button(text)
        and not _controls(text)
    )


def _controls(text: str) -> bool:
    """Menu labels run together: two of a site's account and navigation controls, or a submenu.

    >>> _controls("Sign In Subscription Explore"), _controls("How to sign up for the new tax portal")
    (True, False)
    """
    found = {_SQUASH.sub("", m.casefold()) for m in _CONTROL.findall(text)}
    return len(found) >= 2 or _SUBMENU.search(text) is not None


def _link_button(text: str) -> bool:
    """A button's label ending in a link arrow ("Log in to view >"), not a quotation closing with "»"."""
    return _LINK_ARROW_END.search(text) is not None and not ("«" in text and text.endswith("»"))


def _headline_text(line: str) -> str:
    """The headline a zone line gives: the page a breadcrumb trail ends on, without a "Title:" label.

    >>> _headline_text("Title:Ferry timetables, explained")
    'Ferry timetables, explained'
    """
    return _last_crumb(_TITLE_LABEL.sub("", line, count=1))


def _last_crumb(text: str) -> str:
    """The page a breadcrumb trail ends on ("Guides » Costs » Why rents rise" gives "Why rents rise").

    Any other line comes back whole.

    >>> _last_crumb("Home > Guides > Why rents rise in spring")
    'Why rents rise in spring'
    >>> _last_crumb("« Oui » et « Non » au référendum")
    '« Oui » et « Non » au référendum'
    """
    arrows = list((_TRAIL_ARROW_QUOTED if "«" in text else _TRAIL_ARROW).finditer(text))
    return text[arrows[-1].end() :].strip() if len(arrows) >= 2 else text


def _restates(line: str, title: str) -> bool:
    """Whether a header line is the headline again: the same words, or another headline-shaped
    version of it, one holding nearly all the other's words (the page's title above its H1, "Pros
    and Cons of Consulting" over "Pros and Cons of Consulting: Is It a Good Fit for You?")."""
    if _squash(line) == _squash(title):
        return True
    return _title_like(line) and (names_title(line, title) or names_title(title, line))


def _squash(text: str) -> str:
    return _SQUASH.sub(" ", text.casefold()).strip()
