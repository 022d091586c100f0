"""The article's end: what a page prints after a comment form, share row or sign-up box.

A comment form, a row of share buttons, a newsletter sign-up, a tag list, an author bio, a
cookie notice, a subscription prompt (where a paywall cuts the article short), a copyright or
publisher's notice or a list of other stories below the article's text closes it: what follows is
the comment thread, an author box, teaser cards and the footer, much of it prose that no line
rule can tell from the article's. When an earlier cleaner removed such a line in the second half
of the kept text, every kept line after it goes too. A comment section's notice (its house
rules, a prompt to sign in and comment) closes it in the first half too, under two paragraphs
of the story: the readers' thread below can be longer than the story.

- The closing line must have at least three words: a bare "Share" or "Email" label floats beside
  the article as often as below it, and a page flattened to text puts it mid-article.
- Sign-up boxes, subscription offers and lists of other stories also sit between two sections
  of a long article, a copyright line under a quoted text or a table, and a dateline ("Updated
  March 12, 2024") above an update.
  After such a line the text is cut only when no two paragraphs of prose in a row (or a
  question and its answer) follow it: an article goes on in paragraphs, while a page's tail is
  cards, names and short blurbs. After a dateline, sentences to the text's end go on too.
- A related-story line closes the article only in a list: two stories or more in a row, or a
  box's heading over one. One "Read more:" link is as often inside the article, and so is one
  story under a "Read also" label, or under a box's heading between two paragraphs of prose:
  below the article, a box of one story has a card's blurb or a prompt under it, or a label above.
- A picture's credit closes nothing, whichever cleaner took it ("Photo: Jane Doe", "تصوير: ...",
  which a table of source credits may claim too): it stands under a picture inside the article.
  Nor does the source line under a chart or a table ("Source: ONS", "ماخذ: ...", "ប្រភព៖ ...")
  or a credit set off by a dash ("ဓာတ်ပုံ – ...", "Photo – Jane Doe"): a label and a short name.
  A copyright line ("© The Daily Post") is the publisher's and still closes it.
- The editors' notes right under a closing line stay: a correction, a clarification or an
  editor's note ("Correction: An earlier version of this article ...", "Rectificatif : ...") is
  printed under the story, and a sign-up box or a share row can stand between the two. What
  follows the notes goes.
- A closing line other than a comment section's closes nothing when three paragraphs of prose
  follow it right away, one under the other: a page's tail under a share row is cards, names and
  short blurbs, while a share row mid-article, on a page laid out as text, has the story going on
  below it. Under a comment box, such paragraphs are as often the readers' thread.
- A share row closes nothing when more of the text's paragraphs follow it than come before it:
  it stands under the headline, and on a whole page laid out as text the menus and teasers above
  can make up half of the text.
- Nor does a lone prompt to follow a channel between two paragraphs ("Follow us on Google News",
  "Ikuti kami di saluran WhatsApp"), which sites insert mid-article, when the story goes on
  below it to the text's end: in sentences of three words or more, one of them a paragraph of
  twelve words or more, or two with one subheading among them, over a paragraph. A page's social
  block is several lines, and below it come names, labels and cards, each a title over its blurb.
- In text an HTML extractor chose, no closing line cuts off paragraphs that go on: the
  extractor has already dropped most of a page's tail, and what it kept past a share row can be
  the article itself, laid out after a copy of the page's furniture.

The article's own list of sources closes it too: a "References" or "Sources" heading ("Quellen",
"Zdroje", "Fontes", "Джерела" and more) in the text's second half over a run of citations
(numbered or bulleted, or naming a year, a link or a quoted title). The list stays; what follows
it is the author box, a disclaimer and the page's links.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.caption import picture_credit
from newsclean.cleaners.related import read_also_label, related_heading
from newsclean.model import Category
from newsclean.text.dates import is_date_line
from newsclean.text.features import ends_sentence, is_citation, sources_heading

# Removals of these categories close the article when they come late enough: the page prints
# them below it (an author bio is ``metadata``).
_CLOSING = frozenset(
    {
        Category.COMMENTS,
        Category.SOCIAL,
        Category.NEWSLETTER,
        Category.TAGS,
        Category.COOKIE,
        Category.METADATA,
        Category.RELATED,
        Category.PAYWALL,
        Category.PUBLISHER,
    }
)
# ... and these only when the article does not go on in paragraphs after them.
_INLINE_TOO = frozenset({Category.NEWSLETTER, Category.RELATED, Category.PAYWALL, Category.PUBLISHER})
# ... and these only in a run of two or more: a list of other stories, not one inline link.
_LISTED = frozenset({Category.RELATED})
_MIN_STORIES = 2
_MIN_WORDS = 3
# A chart's source or a picture's credit under a label: "Source: ONS", "Lähde: Tilastokeskus",
# "ماخذ: ادارہ شماریات", "ប្រភព៖ ...", and picture labels set off by a dash ("ဓာတ်ပုံ – ...").
_SOURCE_CREDIT = regex.compile(
    r"(?:(?:data\s|news\s|chart\s|image\s|photo\s)?sources?|fuentes?|fontes?|font|quelle|bron|källa|kilde"
    r"|lähde|izvor|zdroj|vir|źródło|forrás|sursa|πηγή|kaynak|allikas|šaltinis|avots|источник|джерело"
    r"|източник|извор|крыніца|წყარო|աղբյուր|מקור|مصدر|المصدر|منبع|ماخذ|ذریعہ|स्रोत|সূত্র|மூலம்"
    r"|ที่มา|nguồn|sumber|chanzo|出典|出处|来源|來源|資料來源|资料来源|출처|자료|ប្រភព(?:ព័ត៌មាន)?"
    r"|(?:သတင်း)?(?:ရင်းမြစ်|အရင်းအမြစ်)"
    r"|photo(?:graph)?s?|pictures?|images?|fotos?|bild|фото|foto[ğg]raf|تصویر|فوٹو|عکس|صورة|ဓာတ်ပုံ|រូបថត"
    r"|រូបភាព|ภาพ|ছবি|फोटो|写真|图片|사진)\s?[:：៖፦–—-]\s?[^\s.!?。။។][^.!?。။។]{0,60}\.?$",
    regex.IGNORECASE,
)
# At least this share of the kept characters comes before the closing line.
_MIN_BEFORE = 0.5
_PARAGRAPH_WORDS = 12
# This many paragraphs of prose right under a closing line, one under the other, are the story's.
_STORY_GOES_ON = 3
# Below a lone social prompt inside the story, this many lines at least, a paragraph of prose
# more than there are subheadings (one at most, of at most this many words, over a paragraph).
_STORY_LINES = 2
_SUBHEADING_WORDS = 12
# The social rules that take a prompt to follow a channel ("social.en.follow-start", "social.id.follow"):
# a share row, unlike them, closes the page.
_FOLLOW = ".follow"
# Sentences of prose to the text's end after an inline closing line keep it the article's.
_MIN_SENTENCES_AFTER = 2
# A comment section's notice closes the article in the text's first half too: a sentence of this
# many words, under this many paragraphs of prose holding this many words (what the comment_thread
# cleaner asks of a story above a thread's heading).
_NOTICE_WORDS = 8
_THREAD_PARAGRAPHS = 2
_THREAD_WORDS = 50
# An editors' note on the article: its label and a colon or a dash, or the opening of a correction
# ("An earlier version of this article said ...").
_EDITORS_NOTE = regex.compile(
    r"\W*(?:(?:correction|clarification|editor['’]?s['’]?\s+note|note\s+from\s+the\s+editors?"
    r"|korrektur(?:hinweis)?|berichtigung|richtigstellung|(?:anmerkung|hinweis)\s+der\s+redaktion"
    r"|rectificatif|correctif|erratum|précision|note\s+de\s+la\s+rédaction"
    r"|corrección|fe\s+de\s+(?:errores|erratas)|aclaración|nota\s+(?:del\s+editor|de\s+la\s+redacción)"
    r"|correzione|rettifica|precisazione|nota\s+della\s+redazione"
    r"|correção|errata|esclarecimento|nota\s+da\s+reda(?:ç|cç)ão"
    r"|correctie|rectificatie|noot\s+van\s+de\s+redactie|sprostowanie|korekta|od\s+redakcji"
    r"|rättelse|förtydligande|oprava|upřesnění|düzeltme|tekzip"
    r"|исправление|поправка|уточнение|от\s+редакции|виправлення|уточнення|від\s+редакції"
    r"|تصحيح|توضيح|ملاحظة\s+المحرر|ralat|koreksi|訂正|おわび|更正|勘误|바로잡습니다|정정)"
    r"\s*[:：—–-]"
    r"|(?:in\s+)?an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|post)"
    r"|in\s+einer\s+früheren\s+(?:version|fassung)\s+(?:dieses|des)\s+(?:artikels|beitrags|textes)"
    r"|dans\s+une\s+(?:précédente|première)\s+version\s+de\s+cet\s+article"
    r"|en\s+una\s+versión\s+anterior\s+de\s+(?:este|esta)\s+(?:artículo|noticia|información)"
    r"|in\s+una\s+versione\s+precedente\s+di\s+questo\s+articolo"
    r"|numa?\s+versão\s+anterior\s+(?:deste|desta)\s+(?:artigo|reportagem|matéria|texto)"
    r"|in\s+een\s+eerdere\s+versie\s+van\s+dit\s+(?:artikel|bericht|stuk))",
    regex.IGNORECASE,
)


class ArticleEnd(Cleaner):
    """Remove the kept lines after a late closing line (comments, sharing, sign-up ...): the page's tail."""

    name = "article_end"
    category = Category.SITE_CHROME
    derived = True

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """One verdict for the kept lines after the closing line, or none when there is none."""
        kept = [s.index for s in doc.segments if s.index not in removed]
        total = sum(len(doc.segments[i].text) for i in kept)
        if total == 0:
            return ()
        going = goes_on(doc, kept, removed)
        before = 0
        seen = 0  # kept lines before the current segment: the next one is kept[seen]
        for segment in doc.segments:
            i = segment.index
            category = removed.get(i)
            if category is None:
                before += len(segment.text)
                seen += 1
                continue
            if category not in _CLOSING or segment.words < _MIN_WORDS:
                continue
            late = before >= _MIN_BEFORE * total
            if not late and not _opens_thread(doc, segment.words, category, kept[:seen]):
                continue
            inline = category in _INLINE_TOO or _dateline(segment.text, category)
            if (doc.extracted or inline) and going[seen]:
                continue
            if category in _LISTED and not _in_list(doc, removed, i, category):
                continue
            if category is Category.SOCIAL and (
                _heads_the_story(doc, kept, seen) or _prompt_in_the_story(doc, removed, i, kept, seen)
            ):
                continue
            if category is not Category.COMMENTS and _paragraphs_follow(
                doc, kept[seen : seen + _STORY_GOES_ON]
            ):
                continue
            if picture_credit(segment.text) or _source_credit(segment.text):
                continue
            after = tuple(kept[seen:])
            after = after[_editors_notes(doc, after) :]
            if not after:
                return ()
            if _dateline(segment.text, category) and _sentences_to_the_end(doc, after):
                continue
            lent = Category.COMMENTS if category is Category.COMMENTS else self.category
            reason = (
                f"Below the article's end: a {category} line in the text's second half closes it."
                if late
                else "Below the article's end: a comment section's notice closes it, over a long thread."
            )
            return (Verdict(after, reason, rule=f"article_end.{category}", category=lent),)
        return _after_sources(doc, kept, total)


def _source_credit(text: str) -> bool:
    """Whether ``text`` credits a chart's or a picture's source: a label and a short name.

    >>> _source_credit("Source: Office for National Statistics")
    True
    >>> _source_credit("Source: the minister. She said the figures were wrong and would be revised.")
    False
    """
    return _SOURCE_CREDIT.match(text.strip()) is not None


def _in_list(doc: Document, removed: Mapping[int, Category], i: int, category: Category) -> bool:
    """Whether removed line ``i`` is one of a list of other stories: two or more in a row, or one
    under a box's heading that does not stand between two paragraphs.

    The stories are the lines of ``category`` in the run of removed lines around ``i``, less a
    box's heading and any label that announces one story ("Read also", "Lire aussi"): one such
    link is inside the article. So is a box of one story under its heading, between a paragraph
    of the article and the next; below the article, such a box has a card's blurb or a prompt
    under it, or a label above it.
    """
    if read_also_label(doc.segments[i].text):
        return False
    first, last = i, i
    while first - 1 in removed:
        first -= 1
    while last + 1 in removed:
        last += 1
    run = range(first, last + 1)
    stories = sum(
        1
        for j in run
        if removed[j] is category
        and not related_heading(doc.segments[j].text)
        and not read_also_label(doc.segments[j].text)
    )
    if stories >= _MIN_STORIES:
        return True
    headed = any(
        related_heading(doc.segments[j].text) and not read_also_label(doc.segments[j].text) for j in run
    )
    between = first > 0 and last + 1 < len(doc.segments) and _prose_paragraph(doc, first - 1)
    return stories == 1 and headed and not (between and _goes_on_below(doc, last + 1, run, category, removed))


def _goes_on_below(
    doc: Document, index: int, run: range, category: Category, removed: Mapping[int, Category]
) -> bool:
    """Whether segment ``index``, under a box of one story, is the article's next paragraph: prose
    of twelve words or more that ends a sentence or, in a script that marks no sentence end (Thai),
    runs twice as long as the story's headline. Another story's headline in Thai has no full stop
    either, and under a page's box the next line is often one."""
    if not _prose_paragraph(doc, index):
        return False
    if ends_sentence(doc.segments[index].text):
        return True
    story = max((doc.segments[j].words for j in run if removed[j] is category), default=0)
    return doc.segments[index].words >= 2 * story


def _prose_paragraph(doc: Document, index: int) -> bool:
    """Whether segment ``index`` is prose of twelve words or more, with or without a full stop
    (Thai prose has none)."""
    return doc.prose[index] and doc.segments[index].words >= _PARAGRAPH_WORDS


def _paragraphs_follow(doc: Document, lines: Sequence[int]) -> bool:
    """Whether ``lines`` (the kept lines right under a closing line) are enough paragraphs of prose,
    all of them: the story goes on there, where a page's tail would set short lines between."""
    return len(lines) == _STORY_GOES_ON and all(is_paragraph(doc, i) for i in lines)


def _sentences_to_the_end(doc: Document, after: Sequence[int]) -> bool:
    """Whether the text goes on to its end in sentences, two or more of them prose, however short.

    An update's date above a wire story's last short paragraphs leaves them its own: a teaser
    card's date in a page's tail has headlines, names and labels below it too.
    """
    return sum(doc.prose[i] for i in after) >= _MIN_SENTENCES_AFTER and all(
        ends_sentence(doc.segments[i].text) for i in after
    )


def _editors_notes(doc: Document, after: Sequence[int]) -> int:
    """How many of the kept lines right under a closing line are the editors' notes on the article.

    A correction, a clarification or an editor's note is printed under the story, and a sign-up
    box or a share row can stand between the two: the note is the article's, what follows it is
    not. A note is a sentence of prose that opens with its label ("Correction:", "Rectificatif :")
    or says what an earlier version of the article got wrong.
    """
    count = 0
    for i in after:
        text = doc.segments[i].text
        if not (doc.prose[i] and ends_sentence(text) and _EDITORS_NOTE.match(text)):
            break
        count += 1
    return count


def _dateline(text: str, category: Category) -> bool:
    """Whether a removed metadata line is a date alone: the header's, or an update's between paragraphs."""
    return category is Category.METADATA and is_date_line(text)


def _heads_the_story(doc: Document, kept: Sequence[int], seen: int) -> bool:
    """Whether more of the text's paragraphs come after ``kept[seen]`` than before it.

    A share row stands under the headline as often as under the story: in a whole page laid out
    as text, the page's menus and teasers above it can make up half the text. Below it, the
    story goes on in more paragraphs than came before.
    """
    words = [doc.segments[i].words if is_paragraph(doc, i) else 0 for i in kept]
    return sum(words[seen:]) > sum(words[:seen])


def _prompt_in_the_story(
    doc: Document, removed: Mapping[int, Category], index: int, kept: Sequence[int], seen: int
) -> bool:
    """Whether social line ``index`` is a lone prompt to follow a channel inside the story ("Follow
    us on WhatsApp"), as a social rule named for following says.

    Sites print one such line between two paragraphs, and the story goes on below it to the
    text's end: in paragraphs of prose, short sentences, and subheadings each over a paragraph.
    A page's social block is several lines (a share row, its buttons), and what follows it has
    names, labels and card titles over short blurbs.
    """
    rule = doc.views.phrase_hits.get(Category.SOCIAL, {}).get(index)
    if rule is None or _FOLLOW not in rule.id:
        return False
    alone = index - 1 not in removed and index + 1 not in removed
    if not alone or seen == 0 or not _prose_paragraph(doc, kept[seen - 1]):
        return False
    after = kept[seen:]
    paragraphs = subheadings = 0
    for k, i in enumerate(after):
        if _prose_paragraph(doc, i):
            paragraphs += 1
        elif doc.segments[i].words < _MIN_WORDS or not ends_sentence(doc.segments[i].text):
            # A name with an initial ("Marta K.") ends in a full stop too.
            subheadings += 1
            if not (
                k + 1 < len(after)
                and doc.segments[i].words <= _SUBHEADING_WORDS
                and _prose_paragraph(doc, after[k + 1])
            ):
                return False
    return paragraphs > subheadings and subheadings <= 1 and len(after) >= _STORY_LINES


def _opens_thread(doc: Document, words: int, category: Category, above: Sequence[int]) -> bool:
    """Whether a comment section's notice (its house rules, a prompt to sign in and comment) closes
    an article above it in the text's first half: a thread can outgrow the story it discusses.

    The notice is a sentence, not a button or a count that a share bar floats beside the headline,
    and a story of some length comes first.
    """
    if category is not Category.COMMENTS or words < _NOTICE_WORDS:
        return False
    paragraphs = [i for i in above if is_paragraph(doc, i)]
    words = sum(doc.segments[i].words for i in paragraphs)
    return len(paragraphs) >= _THREAD_PARAGRAPHS and words >= _THREAD_WORDS


def _after_sources(doc: Document, kept: Sequence[int], total: int) -> Sequence[Verdict]:
    """The kept lines after the article's list of sources, when it stands in the text's second half."""
    before = 0
    for k, i in enumerate(kept):
        seg = doc.segments[i]
        before += len(seg.text)
        if before < _MIN_BEFORE * total or not sources_heading(seg.text):
            continue
        end = k + 1
        while end < len(kept) and is_citation(doc.segments[kept[end]].text):
            end += 1
        if end == k + 1 or end == len(kept):
            continue
        reason = "Below the article's end: what follows its list of sources."
        return (Verdict(tuple(kept[end:]), reason, rule="article_end.sources"),)
    return ()


def goes_on(doc: Document, kept: Sequence[int], removed: Mapping[int, Category]) -> list[bool]:
    """For each position in ``kept``, whether the article goes on from there.

    It goes on where two kept lines in a row are paragraphs of prose, or a question and its
    answer: in paragraphs, or in the questions and answers of its FAQ. Two paragraphs with a
    removed closing line between them (a sign-up form, a list of other stories) are not in a
    row: a page's tail has blurbs above and below such boxes too. One pass from the end, so a
    text with many sign-up lines costs no more than one with a single one.
    """
    out = [False] * (len(kept) + 1)
    for k in range(len(kept) - 2, -1, -1):
        a, b = kept[k], kept[k + 1]
        pair = (
            is_paragraph(doc, b)
            and (is_paragraph(doc, a) or doc.segments[a].text.rstrip().endswith("?"))
            and not any(removed.get(j) in _CLOSING for j in range(a + 1, b))
        )
        out[k] = pair or out[k + 1]
    return out


def is_paragraph(doc: Document, index: int) -> bool:
    """Whether segment ``index`` is a paragraph of prose: twelve words or more, ending a sentence."""
    text = doc.segments[index].text
    return doc.prose[index] and doc.segments[index].words >= _PARAGRAPH_WORDS and ends_sentence(text)
