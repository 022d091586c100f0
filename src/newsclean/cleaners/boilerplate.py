"""Page furniture left around the article when a whole page is flattened to text.

Navigation menus, section lists, video playlists and footers are short lines that are
not sentences. Inside an article such lines are subheadings or list items and stay, so
this cleaner only takes them where the page layout makes them furniture:

- outside the article: before its first and after its last substantial paragraph, where the
  lines earlier cleaners removed as junk count toward a zone of furniture; a zone that is mostly
  a directory (bulleted entries, each with an address, a phone number or a price among a few
  detail lines) is the article's own list;
- inside it, as a menu: a run of several very short labels not introduced by a colon (a line
  ending in a comma, Latin, Arabic or CJK, as a letter's salutation does, is no label), nor set
  as a list under its heading between two paragraphs (a heading right under a paragraph,
  bulleted items, a paragraph right under them: "Counties under emergency", "- Cumbria", ...). A run
  right above the text's first paragraph, with no headline or dateline lifted into metadata from
  among its lines, may have taken in a short page title the header could not tell from the
  labels: its last line, the one heading the paragraph, is the article's first subheading and
  stays. Verse the article quotes (short lines carrying sentences over), a list right under the
  line that introduces it with a colon, bulleted or not, and a table's cells that a rendering
  laid out with tabs (:attr:`Document.cells`) are never furniture;
- anywhere, when the line is leftover HTML markup, a line of bullets or separators without a
  word (a review's rating in stars, "★★★★☆", stays when it is the text's only line of stars:
  widgets repeat theirs), or one label written twice and run together
  (an image's alt and title texts: "Jane DoeJane Doe"), or, in the text's first half, a
  breadcrumb trail a rendering laid out as a numbered list ("1. Home", "2. Guides", "3. Why
  rents rise"): the home page first.

The layout rules outside the article (``boilerplate.minor-cluster``, ``boilerplate.zone-before``,
``boilerplate.zone-after``) fit whole pages flattened to text; on a rendering that is already
mostly the article they take its own later sections and lists for furniture. A lighter block
headed by an entry of the article's own numbered list ("2. Coastal Lines: Best value", listed
in the summary, then its section under a comparison table) is the article's; so are a lighter
block below it after numbered headings that go on with the article's numbering, and two lighter
blocks or more above it whose paragraphs all run long (a listing's entries cut apart by their
widgets), though the widgets' lines between may go. A review's pros and cons (a "Pros" heading
and its bulleted items, in the words reviews use in many languages: "Les plus", "Lo peor",
"Vorteile", "장점"; "For" or "Pro" only with its "Against" or "Contra" list after it) are never
furniture, nor a menu run. Nor is a fact box: three "Label: value" lines or more, mostly of names
("Referee: Jane Doe", "Finance: Rachel Moore", "DF 町田浩樹、谷口彰悟"), with their subheading,
right under a line of the article that ends a sentence (at most a link to another story and a
credit, removed, between); without a subheading, a sentence must follow the box (under a heading at
most). A line-up, a cast or the winners city by city print so between the report and its last
sentence or the footer; a footer's fields ("Editor: ...", "Follow us: ...") stand below its links
or the share buttons. (A footer's fields under a heading right below the article's last paragraph,
with nothing removed between, read as a fact box and stay.) A sentence right under such removed
lines at the article's end is the article's too, not a blurb a footer's zone bridges to. A learned line
scorer (:mod:`newsclean.cleaners.line_scorer`) gates them: a candidate line is removed only
when the scorer also judges it not article text. A lighter cluster of prose that lines of code
cut off from the article is not a teaser: a technical article's code blocks split its prose.
The menu runs (``boilerplate.menu``) go through the same gate: on a rendering of the article
alone a run of short labels is one of its lists.

Text extracted from HTML (:attr:`Document.extracted`) keeps all of these lines but those
without a word and the doubled labels: the extractor has already judged the page's layout,
the layout rules above would take the article's own lists and short sections for furniture,
and a tag in extracted text is one the article quotes.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection, Mapping, Sequence

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.line_scorer import Layout, LineScorer, line_features
from newsclean.model import Category
from newsclean.text.dates import is_date_line
from newsclean.text.features import (
    BULLET,
    CLOSERS,
    crumb_trail,
    ends_sentence,
    field,
    is_code_line,
    is_table_row,
    sentence_ends,
    unspaced_chars,
)
from newsclean.text.slug import Slug, slug_overlap, slug_words

# A paragraph this long (and prose) anchors the article's extent.
_ANCHOR_WORDS = 12
# Outside the article, non-sentences shorter than this are furniture; longer lines may be a standfirst.
_OUTSIDE_MAX_WORDS = 12
# In a zone, headlines in title case next to one another are a list of links however long they
# are ("Hannah Arendt on Love and How to Live with the Fundamental Fear of Loss"); one such line
# alone, right above the article, may be its title or a standfirst.
_TITLED_MAX_WORDS = 20
_TITLED_WORD_LETTERS = 5
_TITLED_MIN_WORDS = 4
_MENU_ITEM_WORDS = 4
_LIST_ITEM_WORDS = 4
_DATE_MAX_WORDS = 10
_MENU_MIN_RUN = 6
# A zone outside the article is page furniture only when it holds this many such lines: a few
# short lines after the last paragraph are as likely a list or a sign-off of the article itself.
_MIN_ZONE_LINES = 10
# The lines an earlier cleaner took from the article's end, a credit and a link to another story,
# are this many at most: a line below them still stands under the article.
_IN_ARTICLE_REMOVED = 2
# The categories of such lines: what an article carries in its body, not a page's widgets.
_CARRIED = frozenset({Category.RELATED, Category.PUBLISHER})
# A run of at most this many other lines between two of a zone's lines is the zone's too (three,
# as for the context rule's runs between removed lines).
_MAX_BETWEEN = 3
# ... nor is a zone that is mostly a directory: five bulleted entries at least, nearly all of them
# with two to eight detail lines, half of them with a figure.
_DIRECTORY_MIN_ENTRIES = 5
_DIRECTORY_MIN_DETAILS = 2
_DIRECTORY_MAX_DETAILS = 8
_DIRECTORY_REGULAR_SHARE = 0.8
_DIGIT = regex.compile(r"\d")
_WORD = regex.compile(r"\w+")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
# A review's rating in stars ("★★★★☆", "★★★½"): a line without a word that is the article's.
_RATING = regex.compile(r"\s*(?:[★☆⭐✩✪✭✮✯]\s?){1,10}½?\s*")
# One label written twice and run together, as an image's alt and title texts or a link's two
# labels are ("RSS feedRSS feed"). With a space between, the two halves may be a table's two
# columns under one heading, or a name ("Bora Bora").
_DOUBLED_MIN = 6
_DOUBLED_REASON = "A label written twice: an image's alt and title texts, or a link's two labels."
_MAX_CRUMBS = 12
_CRUMBS_REASON = "A breadcrumb trail laid out as a numbered list, from the home page down to this one."
# This many furniture lines between two paragraphs separate two clusters of text.
_CLUSTER_GAP = 8
# A cluster this much lighter than the article's is page furniture (teasers, widgets, disclaimers).
_MINOR_SHARE = 0.5
# ... unless this share of the furniture lines that cut it off from the article look like code or
# configuration: a technical article's own code blocks split its prose into clusters.
_CODE_GAP_SHARE = 0.3
# ... or the lines between are a table a rendering laid out one cell per line: rows of three to
# eight cells, each cell shaped (figures, words, sentence end) like the one a row above it, most
# of them; a row holds cells of two shapes or more, or figures fill half the cells. A footer's
# lists (a heading, then its links) alternate two shapes; a list of abbreviations has one.
_TABLE_ROW_CELLS = range(3, 9)
_TABLE_MIN_ROWS = 3
_TABLE_SAME_SHARE = 0.8
# A table laid out one cell per line: four rows or more of three to eight cells, one of them a value
# (an amount, a share, a decimal), three in four of that column's values distinct. Two cells a row
# are as often a widget's labels and figures ("Market Cap", "$244B") as an article's table.
_VALUE_ROW_CELLS = range(3, 9)
_VALUE_MIN_ROWS = 4
_VALUE_CELL_WORDS = 12
_VALUE_DISTINCT = 0.75
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
_AMOUNT = (
    rf"[~≈<>+±−-]?\s?(?:\p{{Sc}}\s?{_NUMBER}|{_NUMBER}\s?(?:%|\p{{Sc}})|\d+[.,]\d+|{_NUMBER}(?=\s?[+]))"
    r"\s?(?:[kKMB]|bn)?\+?"
)
_VALUE = regex.compile(rf"{_AMOUNT}(?:\s?(?:[-–—/]|to)\s?(?:{_AMOUNT}|{_NUMBER}))?")
# A lighter block above the article is not furniture either when it opens right under the
# headline that a URL slug of three words or more names (two of them at least): it is the
# article's lead, cut off by a table of contents.
_LEAD_SLUG_WORDS = 3
_LEAD_SLUG_SHARED = 2
# ... or under that headline and at most this many short furniture lines below it.
_LEAD_FURNITURE = 2
_LEAD_LABEL_WORDS = 4
# A numbered heading of a listicle's section: "3. American Van Lines: Best value".
_NUMBERED_HEADING = regex.compile(r"^[^\w\n]{0,3}(\d{1,2})[.):]\s+\p{Lu}")
_NUMBERED_HEADING_WORDS = 14
# ... standing among a block's lines or at most this many lines above its first paragraph.
_HEADING_REACH = 2
# A lighter block below the article is the article's too when at least two numbered headings stand
# before or in it, the first at most two past the article's last number (one may have no heading).
_GOES_ON_MIN = 2
_GOES_ON_SKIP = 2
# Two lighter blocks or more above the article, each of paragraphs this long, are its entries.
_ENTRY_WORDS = 60
_ENTRIES_MIN = 2
# A tag with attributes (``name=value``) or a comment is left over from a page's source. A bare
# tag (``<li>``, ``</table>``) is that only on a line of its own: among words it is markup the
# article quotes. Words in angle brackets without an ``=`` are placeholders ("<repo url>").
_BARE_TAG = regex.compile(r"</?[a-z][a-z0-9]*\s*/?>")
_SOURCE_TAG = regex.compile(r"<[a-z][a-z0-9]*\s[^<>=]{0,2000}=[^<>]{0,2000}>|<!--[^<>]{0,2000}-->")
_MARKUP_SHARE = 0.5
# Attribution and sign-off lines close many articles: "(Reporting by ...)", "— Reuters".
_SIGN_OFF = regex.compile(r"^[(\[—–]")
# A sentence of prose seldom runs this many words: a longer line with fewer sentence ends than
# that is a list run together (a select box's options, a tag cloud, an archive by month) and
# anchors nothing, however many words it holds.
_RUN_ON_WORDS = 100
# A clause's last mark at a line's end (a sentence's are ``ends_sentence``'s), closing quotes allowed.
_ENDS_CLAUSE = regex.compile(r"[:;：；,،、，][" + regex.escape(CLOSERS) + r"\s]*$")
# In a script without spaces, the items of a list run together are shorter than this (characters).
_RUN_ON_ITEM_CHARS = 12
# A run of at least this many short lines is verse when this share of them end with a comma or
# semicolon and this share with any punctuation.
_VERSE_MIN_LINES = 4
_CARRIED_SHARE = 0.2
_STOPPED_SHARE = 0.5
_VERSE_ENDS = frozenset(",;:.!?…—–")
# A name in quotation marks ("«Lihobory»", "„Tatort“"): a station, a ship, a title the article lists.
# A menu's labels are never quoted.
_QUOTED = regex.compile(r"^\W*?[«„“”\"‘'‹「『][^«»„“”\"]{1,60}[»“”\"’'›」』]\W*$")
# A line introduces a list when it ends with a colon, or with a colon and footnote numbers (":11,12").
_INTRODUCES = regex.compile(r"(?<!\d):(?:\[?\d{1,3}(?:[,–-]\d{1,3})*\]?)?\s*$")
_SUBLIST_WORDS = 4
_PLAIN_ITEM_WORDS = 8
_PLAIN_MIN_ITEMS = 2
# ... or, longer, a table's row: two figures or more among at most twenty words.
_DATA_ROW_WORDS = 20
_DATA_ROW_FIGURES = 2
_FIGURE = regex.compile(r"(?<!\w)\d+(?:[.,]\d+)*(?!\w)")
# A bulleted list of three phrases or more under a subheading of at most twelve words.
_SUBHEADING_WORDS = 12
_HEADED_MIN_ITEMS = 3
# A review's list heading: "Pros", "Cons:", "Pros & Cons", "Advantages", "The Bad", "Reasons to
# buy", and as reviews in other languages head them ("Les plus", "Lo peor", "Vorteile", "Zalety",
# "Плюсы", "장점", "メリット"). A bare "Plus" or "Pro" also heads a menu ("Plus" is "More").
_PROS_CONS = regex.compile(
    r"^\W{0,3}(?:pros(?:\s(?:and|&)\scons)?|cons|advantages|disadvantages|drawbacks|the\s(?:good|bad)"
    r"|what\swe\s(?:like|love|liked|loved|don['’]t\slike|didn['’]t\slike)|reasons\sto\s(?:buy|avoid|skip)"
    r"|likes|dislikes|strengths|weaknesses"
    r"|les\s(?:plus|moins)|points\s(?:forts|faibles)|on\saime(?:\smoins|\spas)?|avantages|inconvénients"
    r"|lo\s(?:mejor|peor|bueno|malo)|ventajas|desventajas|contras|prós|pontos\s(?:positivos|negativos)"
    r"|vantagens|desvantagens|pregi|difetti|vantaggi|svantaggi|vorteile|nachteile|stärken|schwächen"
    r"|pluspunten|minpunten|voordelen|nadelen|fördelar|nackdelar|zalety|wady|плюсы|минусы|преимущества"
    r"|недостатки|artıları|eksileri|kelebihan|kekurangan|ưu\sđiểm|nhược\sđiểm|장점|단점|メリット|デメリット"
    r"|良い点|悪い点|优点|缺点|優點|缺點)\W{0,3}$",
    regex.IGNORECASE,
)
# ... and headings that also name a menu, which count only as a pair: "For" / "Against".
_PAIRED_FIRST = regex.compile(r"^\W{0,3}(?:for|pro|plus|pour|a\sfavor|voor|за)\W{0,3}$", regex.IGNORECASE)
_PAIRED_SECOND = regex.compile(
    r"^\W{0,3}(?:against|contra|kontra|contro|minus|contre|en\scontra|tegen|против)\W{0,3}$", regex.IGNORECASE
)
# A fact box holds this many "Label: value" lines at least.
_BOX_MIN_FIELDS = 3
# ... and this many short sentences of its own at most between its subheading and its fields.
_BOX_LEAD_LINES = 2
# A section's heading may stand over the list's subheading ("Benefits of meditation", then
# "Physical health benefits"): a heading of two words or more under a full paragraph.
_STACKED_HEADING_WORDS = 2


class Boilerplate(Cleaner):
    """Remove menus, playlists and footers outside the article, menu runs inside it, and markup.

    ``scorer`` gates the layout rules (default: the shipped :class:`LineScorer`): a line they
    take for furniture outside the article is removed only when the scorer agrees.
    """

    name = "boilerplate"
    category = Category.SITE_CHROME

    def __init__(self, scorer: LineScorer | None = None) -> None:
        self.scorer = scorer if scorer is not None else LineScorer.load()

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for furniture lines; segments already removed are stepped over."""
        kept = [s.index for s in doc.segments if s.index not in removed]
        verdicts: list[Verdict] = []
        # Extracted text holds no markup: what looks like a tag is quoted in the article (code, HTML).
        markup = () if doc.extracted else tuple(i for i in kept if _is_markup(doc.segments[i].text))
        if markup:
            verdicts.append(Verdict(markup, "Leftover HTML markup, not text.", rule="boilerplate.markup"))
        empty = tuple(i for i in kept if not _has_letter_or_digit(doc.segments[i].text))
        ratings = [i for i in empty if _RATING.fullmatch(doc.segments[i].text)]
        if len(ratings) == 1:
            # A review prints its rating once; a widget repeats its stars (testimonial cards, a rating form).
            empty = tuple(i for i in empty if i != ratings[0])
        if empty:
            verdicts.append(
                Verdict(empty, "A line of bullets or separators without any word.", rule="boilerplate.empty")
            )
        doubled = tuple(i for i in kept if i not in empty and _is_doubled(doc.segments[i].text))
        if doubled:
            verdicts.append(Verdict(doubled, _DOUBLED_REASON, rule="boilerplate.doubled"))
        crumbs = _numbered_crumbs(doc, [i for i in kept if i not in empty and i not in doubled])
        if crumbs:
            verdicts.append(Verdict(crumbs, _CRUMBS_REASON, rule="boilerplate.crumbs"))
        if doc.extracted:
            # The extractor already chose the article from the page's layout; the short lines it
            # kept are the article's own lists and subheadings.
            return verdicts
        taken = set(markup) | set(empty) | set(doubled)
        # A caption or credit sits inside the article (under a picture or a table): its removal
        # leaves no gap between blocks.
        separating = [i for i, category in removed.items() if category is not Category.CAPTION]
        carried = [i for i, category in removed.items() if category in _CARRIED]
        page = layout(doc, [i for i in kept if i not in taken], separating, carried)
        header = frozenset(i for i, category in removed.items() if category is Category.METADATA)
        candidates = layout_candidates(doc, page, header)
        lead = _lead_under_headline(doc, removed, page)
        if lead:
            minor = candidates["boilerplate.minor-cluster"]
            candidates["boilerplate.minor-cluster"] = tuple(i for i in minor if i not in lead)
        if any(candidates.values()):
            agreed = self.gate(doc, page, candidates)
            for rule, reason in _LAYOUT_REASONS.items():
                lines = tuple(i for i in candidates[rule] if i in agreed)
                if lines:
                    verdicts.append(Verdict(lines, reason, rule=rule))
        return verdicts

    def gate(self, doc: Document, page: Layout, candidates: Mapping[str, tuple[int, ...]]) -> set[int]:
        """The layout candidates the scorer also judges not article text."""
        named = {i: rule for rule, lines in candidates.items() for i in lines}
        vectors = features(doc, page, named, only=named)
        threshold = self.scorer.threshold
        return {
            i
            for lines in candidates.values()
            for i in lines
            if self.scorer.probability(vectors[i]) < threshold
        }


_LAYOUT_REASONS = {
    "boilerplate.minor-cluster": "Text cut off from the article by page furniture: a teaser or widget.",
    "boilerplate.zone-before": "A short non-sentence line above the article: page navigation.",
    "boilerplate.zone-after": "A short non-sentence line below the article: page footer.",
    "boilerplate.menu": "A run of short labels inside the page: a navigation menu.",
}


def _lead_under_headline(doc: Document, removed: Mapping[int, Category], page: Layout) -> set[int]:
    """The lines of a block above the article that opens right under the headline the URL names
    (or under that headline's date and time).

    That is the article's lead, cut off from the rest by a table of contents or a picture's
    furniture, not a teaser: a teaser comes with a headline of its own.
    """
    slug = slug_words(doc.url)
    if len(slug) < _LEAD_SLUG_WORDS or page.main is None:
        return set()
    main = page.clusters[page.main]
    for cluster in page.clusters:
        if cluster[0] >= main[0]:
            break
        if _under_headline(doc, removed, page, cluster[0], slug):
            return {i for i in page.kept if cluster[0] <= i <= cluster[-1]}
    return set()


def _under_headline(
    doc: Document, removed: Mapping[int, Category], page: Layout, first: int, slug: Slug
) -> bool:
    """Whether the headline the URL's ``slug`` names stands right above line ``first``, or above
    a few short furniture lines (a clock, a date, a reading time) that stand right above it."""
    for above in range(first - 1, max(-1, first - 2 - _LEAD_FURNITURE), -1):
        if removed.get(above) is Category.METADATA:
            if slug_overlap(doc.segments[above].text, slug) >= _LEAD_SLUG_SHARED:
                return True
        elif not (page.furniture.get(above, False) or _loose_furniture(doc, above, _LEAD_LABEL_WORDS)):
            return False
    return False


def layout(
    doc: Document, kept: Sequence[int], removed: Collection[int] = (), carried: Collection[int] = ()
) -> Layout:
    """The furniture flags and anchor clusters of a document's kept lines (``kept``, in order).

    Lines ``removed`` by the cleaners before that read as furniture (a card list's titles and dates)
    still separate clusters, as they did on the page: without them, teasers would join the article.
    The judge leaves captions and credits out of ``removed``: they sit inside the article. The
    ``carried`` ones are lines an article carries in its body too (links to other stories, credits).
    """
    reviewed = _pros_and_cons(doc, kept)
    boxed = _fact_boxes(doc, kept, removed, carried)
    listed = (
        _introduced_items(doc, kept)
        | _introduced_lines(doc, kept)
        | _headed_lists(doc, kept)
        | _verse(doc, kept)
        | _value_tables(doc, kept)
        | reviewed
        | boxed
        | doc.cells.intersection(kept)
    )
    furniture = {i: i not in listed and _is_furniture(doc, i) for i in kept}
    clusters = _clusters(doc, list(kept), furniture, removed)
    weights = tuple(_weight(doc, c) for c in clusters)
    main = max(range(len(clusters)), key=lambda k: (weights[k], -clusters[k][0])) if clusters else None
    return Layout(
        tuple(kept),
        furniture,
        tuple(tuple(c) for c in clusters),
        main,
        weights,
        frozenset(listed),
        frozenset(removed),
        frozenset(reviewed),
        frozenset(boxed),
        frozenset(carried),
    )


def layout_candidates(
    doc: Document, page: Layout, header: Collection[int] = ()
) -> dict[str, tuple[int, ...]]:
    """The lines each layout rule takes for furniture, by rule id, before the scorer's gate.

    ``header`` holds the lines earlier cleaners lifted into metadata (headline, dateline, byline).
    """
    out: dict[str, tuple[int, ...]] = {rule: () for rule in _LAYOUT_REASONS}
    if page.main is None:
        out["boilerplate.menu"] = _menu_runs(doc, list(page.kept), header)
        return out
    main = page.clusters[page.main]
    if len(main) == 1 and not ends_sentence(doc.segments[main[0]].text):
        # One long line without a sentence end (a cloud of names) is no article to place the
        # page's furniture around: a text of short lines (lyrics, a poem) would all go as a zone.
        out["boilerplate.menu"] = _menu_runs(doc, list(page.kept), header)
        return out
    first, last = main[0], main[-1]
    heaviest = page.weights[page.main]
    numbered: set[tuple[int, str]] | None = None  # the article's numbered headings, when asked for
    minor: list[int] = []
    taken: set[int] = set()  # minor clusters, and lighter ones that are the article's own sections
    inside: set[int] = set()  # within a block as heavy as the article's: part of the article
    entries = _entries_above(doc, page)
    for k, (c, w) in enumerate(zip(page.clusters, page.weights, strict=True)):
        lines = [i for i in page.kept if c[0] <= i <= c[-1]]
        if k != page.main and w < _MINOR_SHARE * heaviest:
            taken.update(lines)
            if numbered is None:
                numbered = _item_numbers(doc, [i for i in page.kept if main[0] <= i <= main[-1]])
            heads = [i for i in page.kept if c[0] - _HEADING_REACH <= i < c[0]]
            if _continues_numbering(doc, [*heads, *lines], numbered):
                # A listicle's next numbered section ("3. Best value"), cut off by its comparison table.
                first, last = min(first, c[0]), max(last, c[-1])
            elif not _cut_off_by_block(doc, page, c, main):
                if k in entries:
                    # The article's entries: their paragraphs stay, the widgets' lines among them may go.
                    minor.extend(i for i in lines if i not in c)
                elif not _numbering_goes_on(doc, page, c, main, numbered):
                    minor.extend(lines)
                # Else its later sections, cut off by widgets: the widgets' lines between stay furniture.
            else:
                # The article's own block: the code or table between it and the main one is the article's too.
                first, last = min(first, c[0]), max(last, c[-1])
        elif k != page.main:
            inside.update(lines)
    out["boilerplate.minor-cluster"] = tuple(minor)
    rest = [i for i in page.kept if i not in taken and i not in page.listed and i not in inside]
    before = sum(1 for j in page.removed if j < first)
    after = sum(1 for j in page.removed if j > last)
    gone_before = sorted(j for j in page.removed if j < first)
    gone_after = sorted(j for j in page.removed if j > last)
    out["boilerplate.zone-before"] = _zone(
        doc, [i for i in rest if i < first], page.furniture, before, gone_before, page.kept
    )
    below = [i for i in rest if i > last]
    directory = _directory_prefix(doc, below)
    out["boilerplate.zone-after"] = _zone(
        doc, below[directory:], page.furniture, after, gone_after, page.kept, page.carried
    )
    # The directory's short lines are its entries' details, no menu.
    taken.update(out["boilerplate.zone-before"], out["boilerplate.zone-after"], below[:directory])
    # A review's pros and cons and a fact box's fields are short lines under their headings, as menus are.
    out["boilerplate.menu"] = _menu_runs(
        doc,
        [i for i in page.kept if i not in taken and i not in page.reviewed and i not in page.boxed],
        header,
    )
    return out


def _item_numbers(doc: Document, lines: Sequence[int]) -> set[tuple[int, str]]:
    """The numbered headings among ``lines`` ("3. American Van Lines: Best value"), as their
    number and the first two words of the name."""
    found = set()
    for i in lines:
        match = _NUMBERED_HEADING.match(doc.segments[i].text)
        if match is not None and doc.segments[i].words <= _NUMBERED_HEADING_WORDS:
            name = " ".join(_WORD.findall(doc.segments[i].text[match.end(1) :].casefold())[:2])
            found.add((int(match.group(1)), name))
    return found


def _continues_numbering(doc: Document, lines: Sequence[int], numbered: set[tuple[int, str]]) -> bool:
    """Whether ``lines`` hold a numbered heading that an entry of the article's own numbered list
    announces: the same number and name ("2. Colonial Van Lines" in the summary, then its section)."""
    return bool(_item_numbers(doc, lines) & numbered)


def _entries_above(doc: Document, page: Layout) -> set[int]:
    """The lighter blocks above the article that are its entries, cut apart by their widgets: two
    blocks or more whose paragraphs all run long (a listing's companies, each described at length
    between its ratings and its services). A teaser is a sentence or two, and comes alone."""
    if page.main is None:
        return set()
    top = page.clusters[page.main][0]
    heaviest = page.weights[page.main]
    found = {
        k
        for k, (c, w) in enumerate(zip(page.clusters, page.weights, strict=True))
        if c[-1] < top
        and w < _MINOR_SHARE * heaviest
        and all(doc.segments[i].words >= _ENTRY_WORDS for i in c)
    }
    return found if len(found) >= _ENTRIES_MIN else set()


def _numbering_goes_on(
    doc: Document, page: Layout, cluster: Sequence[int], main: Sequence[int], numbered: set[tuple[int, str]]
) -> bool:
    """Whether the numbered headings between the article's ``main`` cluster and a lighter ``cluster``
    below it go on with the article's own numbering: "1. Salesforce" and "2. Adobe" in the article,
    then "4. Zoom" and "5. ServiceNow" between the stock cards that cut the rest of the list off.
    A cluster above the article has no line between."""
    if not numbered:
        return False
    between = [i for i in page.kept if main[-1] < i <= cluster[-1]]
    numbers = sorted({number for number, _ in _item_numbers(doc, between)})
    last = max(number for number, _ in numbered)
    return len(numbers) >= _GOES_ON_MIN and last < numbers[0] <= last + _GOES_ON_SKIP


def _cut_off_by_block(doc: Document, page: Layout, cluster: Sequence[int], main: Sequence[int]) -> bool:
    """Whether the lines between ``cluster`` and the article's ``main`` one are its code or a table."""
    low, high = (cluster[-1], main[0]) if cluster[-1] < main[0] else (main[-1], cluster[0])
    between = [i for i in page.kept if low < i < high]
    gap = [i for i in between if page.furniture[i]]
    code = sum(1 for i in gap if is_code_line(doc.segments[i].text))
    return bool(gap) and (code >= _CODE_GAP_SHARE * len(gap) or _table_cells(doc, between))


def _table_cells(doc: Document, lines: Sequence[int]) -> bool:
    """Whether ``lines`` read as a table laid out one cell per line (see :data:`_TABLE_ROW_CELLS`).

    "Location", "Virtual Classroom", "Fully online", "Digital Classroom", "On site and online",
    then "Interaction", "Virtual Classroom", ... : each row repeats the shapes of the one above.
    """
    shapes = [
        (
            _DIGIT.search(doc.segments[i].text) is not None,
            min(doc.segments[i].words, 4),
            ends_sentence(doc.segments[i].text),
        )
        for i in lines
    ]
    figures = sum(1 for shape in shapes if shape[0])
    for cells in _TABLE_ROW_CELLS:
        if len(shapes) < _TABLE_MIN_ROWS * cells:
            break
        alike = sum(1 for k in range(len(shapes) - cells) if shapes[k] == shapes[k + cells])
        middle = set(shapes[len(shapes) // 2 : len(shapes) // 2 + cells])
        if (len(middle) > 1 or 2 * figures >= len(shapes)) and alike >= _TABLE_SAME_SHARE * (
            len(shapes) - cells
        ):
            return True
    return False


def features(
    doc: Document,
    page: Layout,
    candidates: Mapping[int, str] | None = None,
    only: Collection[int] | None = None,
) -> dict[int, tuple[float, ...]]:
    """The scorer's feature vector of each kept line, or of those in ``only`` (see :func:`line_features`)."""
    texts = [s.text for s in doc.segments]
    words = [s.words for s in doc.segments]
    return line_features(texts, words, doc.prose, doc.language.language, page, candidates, only)


def _clusters(
    doc: Document, kept: list[int], furniture: Mapping[int, bool], removed: Collection[int] = ()
) -> list[list[int]]:
    """Anchors grouped into clusters; many furniture lines between two anchors start a new cluster.

    The densest cluster is the article, so a teaser paragraph in a page header does not stretch
    the article up to the top of the page.
    """
    clusters: list[list[int]] = []
    gap = 0
    previous = -1
    for i in kept:
        gap += sum(1 for j in range(previous + 1, i) if j in removed and _is_furniture(doc, j))
        previous = i
        if _is_anchor(doc, i):
            if not clusters or gap >= _CLUSTER_GAP:
                clusters.append([])
            clusters[-1].append(i)
            gap = 0
        elif furniture[i]:
            gap += 1
    return clusters


def _is_anchor(doc: Document, index: int) -> bool:
    return doc.prose[index] and doc.segments[index].words >= _ANCHOR_WORDS and not _run_on(doc, index)


def _run_on(doc: Document, index: int) -> bool:
    words = doc.segments[index].words
    if words < _RUN_ON_WORDS:
        return False
    text = doc.segments[index].text
    # A line that ends as a sentence or a clause does ("... as follows:") is one long sentence:
    # a preamble, a law's article. A list run together stops at its last item.
    if words < _RUN_ON_WORDS * (sentence_ends(text) + 1) or ends_sentence(text) or _ENDS_CLAUSE.search(text):
        return False
    if 2 * unspaced_chars(text) >= len(text):
        # Thai, Khmer, Lao or Burmese prose may have no sentence-final marks at all: a space ends
        # its phrases and sentences. A list run together is of short items.
        chunks = text.split()
        return sum(map(len, chunks)) < _RUN_ON_ITEM_CHARS * len(chunks)
    return True


def _pros_and_cons(doc: Document, kept: Sequence[int]) -> set[int]:
    """A review's pros and cons: a "Pros" or "Cons" heading ("Advantages:", "The Good") and the
    bulleted items under it. No menu or footer heads its links so.

    A heading that also names a menu ("For", "Pro", "Plus") counts when its list is followed by
    its pair's ("Against", "Contra", "Minus") and that pair's list.
    """
    found: set[int] = set()
    for position, index in enumerate(kept):
        text = doc.segments[index].text
        paired = _PAIRED_FIRST.match(text) is not None
        if not paired and _PROS_CONS.match(text) is None:
            continue
        items = _bullets_under(doc, kept, position)
        if paired:
            after = position + 1 + len(items)
            if after >= len(kept) or _PAIRED_SECOND.match(doc.segments[kept[after]].text) is None:
                continue
            second = _bullets_under(doc, kept, after)
            if not items or not second:
                continue
            found.update((kept[after], *second))
        found.update((index, *items))
    return found


def _fact_boxes(
    doc: Document, kept: Sequence[int], removed: Collection[int] = (), carried: Collection[int] = ()
) -> set[int]:
    """The article's fact boxes: three "Label: value" lines or more in a row (:func:`field`: a
    line-up, a match's officials, the winners city by city), half of them or more with a value
    that opens as a name does, with the subheading over them and a short sentence or two of the
    box's own between.

    A box stands right under a line of the article that ends a sentence, at most a credit and a
    link to another story between (``removed`` lines, all ``carried``); without a subheading it
    needs a line that ends a sentence below it too (under a heading at most), as the line-up
    printed between the report and the next fixture. A footer's fields ("Editor: ...", "Follow
    us: ...") stand under its links and labels or its share buttons, not under the article's last
    sentence; a glossary's values ("CBT: cognitive behavioural therapy") are no names.
    """
    found: set[int] = set()
    gone = set(removed)
    parts = [field(doc.segments[i].text) for i in kept]
    fields = [part is not None for part in parts]
    bulleted = [BULLET.match(doc.segments[i].text) is not None for i in kept]

    def sentence(k: int) -> bool:
        return (
            0 <= k < len(kept)
            and not fields[k]
            and not bulleted[k]
            and ends_sentence(doc.segments[kept[k]].text)
        )

    def heading(k: int) -> bool:
        if not 0 <= k < len(kept):
            return False
        i = kept[k]
        return (
            not fields[k]
            and not bulleted[k]
            and not doc.prose[i]
            and not ends_sentence(doc.segments[i].text)
            and 0 < doc.segments[i].words <= _SUBHEADING_WORDS
        )

    def under(k: int) -> bool:
        """Whether ``kept[k]`` stands under a sentence, past at most a few removed lines."""
        if not sentence(k - 1):
            return False
        between = [j for j in range(kept[k - 1] + 1, kept[k]) if j in gone]
        return len(between) <= _IN_ARTICLE_REMOVED and all(j in carried for j in between)

    k = 0
    while k < len(kept):
        end = k
        while fields[k] and end + 1 < len(kept) and fields[end + 1]:
            end += 1
        values = [part[1] for part in parts[k : end + 1] if part is not None]
        if fields[k] and len(values) >= _BOX_MIN_FIELDS and 2 * sum(map(_named, values)) >= len(values):
            # A short sentence or two of the box's own may stand over its fields ("Kick-off 3pm. Sold out.").
            top = k - 1
            while (
                k - top <= _BOX_LEAD_LINES and sentence(top) and doc.segments[kept[top]].words < _ANCHOR_WORDS
            ):
                top -= 1
            if heading(top) and under(top):
                found.update(kept[top : end + 1])
            elif under(k) and (sentence(end + 1) or (heading(end + 1) and sentence(end + 2))):
                found.update(kept[k : end + 1])
        k = end + 1
    return found


def _named(value: str) -> bool:
    """Whether a field's value opens as a name does: not with a lower-case letter.

    >>> _named("Michael Oliver"), _named("町田浩樹"), _named("cognitive behavioural therapy")
    (True, True, False)
    """
    first = _LETTER_OR_DIGIT.search(value)
    return first is not None and not first.group().islower()


def _bullets_under(doc: Document, kept: Sequence[int], position: int) -> list[int]:
    """The bulleted lines right under ``kept[position]``."""
    items: list[int] = []
    for below in kept[position + 1 :]:
        if BULLET.match(doc.segments[below].text) is None:
            break
        items.append(below)
    return items


def _introduced_items(doc: Document, kept: Sequence[int]) -> set[int]:
    """The items of bulleted lists introduced by a colon ("Key findings:"): the article's lists.

    They are not furniture: they neither separate two blocks of the article nor make a zone
    outside it. The colon may carry footnote numbers (":11,12"), and a short label over bullets
    of its own ("Federal", then "- Social security") splits the list without ending it. Menus
    are not introduced (see _menu_runs); a bulleted label with a colon ("* Categories:") is a
    menu's own heading and introduces nothing.
    """
    items: set[int] = set()
    introduced = False
    for k, i in enumerate(kept):
        text = doc.segments[i].text
        bulleted = BULLET.match(text) is not None
        # A short label over bullets of its own ("Federal", then "- Social security") splits the list.
        sublist = (
            introduced
            and not bulleted
            and doc.segments[i].words <= _SUBLIST_WORDS
            and k + 1 < len(kept)
            and BULLET.match(doc.segments[kept[k + 1]].text) is not None
        )
        if introduced and (bulleted or sublist):
            items.add(i)
        introduced = (_INTRODUCES.search(text) is not None and not bulleted) or (
            introduced and (bulleted or sublist)
        )
    return items


def _headed_lists(doc: Document, kept: Sequence[int]) -> set[int]:
    """Bulleted lists under a subheading between the article's paragraphs, with the subheading.

    "What not to flush", then "- Cotton swabs", "- Paper towels": a list of phrases under a
    heading, with a paragraph just above the heading (or another such list) and a paragraph,
    or a subheading over a paragraph or a list, just below; a section's heading may stand
    between a full paragraph and the subheading ("Benefits of rest", then "For the body"). A
    menu's or a footer's lists ("Company", then "- About Us", "- Careers") name pages in title
    case and single words; a sidebar's sit among other lists and widgets, not between paragraphs.
    """
    found: set[int] = set()
    bulleted = [BULLET.match(doc.segments[i].text) is not None for i in kept]

    def paragraph(k: int) -> bool:
        i = kept[k]
        return doc.prose[i] and not bulleted[k] and ends_sentence(doc.segments[i].text)

    def heading(k: int) -> bool:
        i = kept[k]
        return (
            not bulleted[k]
            and not doc.prose[i]
            and not ends_sentence(doc.segments[i].text)
            and 0 < doc.segments[i].words <= _SUBHEADING_WORDS
        )

    k = 0
    while k < len(kept):
        end = k
        while bulleted[k] and end + 1 < len(kept) and bulleted[end + 1]:
            end += 1
        items = kept[k : end + 1]
        if (
            bulleted[k]
            and len(items) >= _HEADED_MIN_ITEMS
            and 2 * sum(_phrase_item(doc.segments[i].text) for i in items) >= len(items)
            and k >= 2
            and heading(k - 1)
            and end + 1 < len(kept)
            and (
                paragraph(end + 1)
                or (end + 2 < len(kept) and heading(end + 1) and (paragraph(end + 2) or bulleted[end + 2]))
            )
        ):
            if paragraph(k - 2) or kept[k - 2] in found:
                found.update(kept[k - 1 : end + 1])
            elif (
                k >= 3
                and heading(k - 2)
                and doc.segments[kept[k - 2]].words >= _STACKED_HEADING_WORDS
                and paragraph(k - 3)
                and doc.segments[kept[k - 3]].words >= _ANCHOR_WORDS
            ):
                found.update(kept[k - 2 : end + 1])  # a section's heading over the list's own
        k = end + 1
    return found


def _phrase_item(text: str) -> bool:
    """Whether a list item is a phrase, not a page's name: two words or more, one in lower case."""
    words = _WORD.findall(BULLET.sub("", text))
    return len(words) >= 2 and any(len(w) >= 4 and w[0].islower() for w in words)


def _introduced_lines(doc: Document, kept: Sequence[int]) -> set[int]:
    """The lines of an unbulleted list right under the line that introduces it with a colon.

    Renderings drop list bullets: "Ingredients:", then "300 g flour", "1 egg" on the lines right
    below (no blank line between). The run of short lines that are not sentences is the list.
    So are a table's rows of figures, however many words, past a line an earlier cleaner took
    from between them (a caption).
    """
    items: set[int] = set()
    run: list[int] = []
    introduced = False
    previous: int | None = None
    for i in [*kept, -1]:
        seg = doc.segments[i] if i >= 0 else None
        if (
            introduced
            and seg is not None
            and previous is not None
            and BULLET.match(seg.text) is None
            and (
                (seg.start_line == doc.segments[previous].end_line + 1 and seg.words <= _PLAIN_ITEM_WORDS)
                # A table's rows stay one table past a line removed between them (a caption).
                or (_data_row(seg.text, seg.words) and _unbroken(doc, previous, i))
            )
            and not doc.prose[i]
        ):
            run.append(i)
            previous = i
            continue
        if len(run) >= _PLAIN_MIN_ITEMS:
            items.update(run)
        run = []
        introduced = (
            seg is not None and _INTRODUCES.search(seg.text) is not None and BULLET.match(seg.text) is None
        )
        previous = i
    return items


def _unbroken(doc: Document, above: int, below: int) -> bool:
    """Whether no blank line separates segment ``above`` from ``below``, the removed ones between counted."""
    return all(
        doc.segments[j].start_line == doc.segments[j - 1].end_line + 1 for j in range(above + 1, below + 1)
    )


def _data_row(text: str, words: int) -> bool:
    """A table's row as text: a few words with two figures or more ("3 Kevin Harvick 5033 4 6 15 26")."""
    return words <= _DATA_ROW_WORDS and len(_FIGURE.findall(text)) >= _DATA_ROW_FIGURES


def _verse(doc: Document, kept: Sequence[int]) -> set[int]:
    """Runs of short lines that carry sentences over from line to line: a poem or song the article quotes.

    Verse ends many of its lines with punctuation, and a fair share with a comma or semicolon
    (the sentence goes on below); menus, headline lists and button labels end theirs with
    none. Lines of code and lines with figures (addresses, prices, dates) are not verse.
    """
    out: set[int] = set()
    run: list[int] = []
    for i in [*kept, -1]:
        if i >= 0:
            text = doc.segments[i].text.strip()
            if (
                0 < doc.segments[i].words < _OUTSIDE_MAX_WORDS
                and not BULLET.match(text)
                and not _DIGIT.search(text)
                and not is_code_line(text)
            ):
                run.append(i)
                continue
        if len(run) >= _VERSE_MIN_LINES:
            ends = [doc.segments[j].text.rstrip()[-1:] for j in run]
            carried = sum(1 for e in ends if e in ",;")
            stopped = sum(1 for e in ends if e in _VERSE_ENDS)
            if carried >= _CARRIED_SHARE * len(run) and stopped >= _STOPPED_SHARE * len(run):
                out.update(run)
        run = []
    return out


def _is_value(text: str) -> bool:
    """Whether a line is one value of a table's cell: an amount, a share, a decimal, or a range of them."""
    line = text.strip()
    # A value opens with a figure, a currency sign or a sign: most lines are turned down here.
    return bool(line) and not line[0].isalpha() and _VALUE.fullmatch(line) is not None


def _value_tables(doc: Document, kept: Sequence[int]) -> set[int]:
    """The cells of a table a rendering laid out one cell per line, found by a column of values.

    "Rank", "State", "Average Hourly Rate", then "1", "Alaska", "$14.55", "2", "Wyoming",
    "$43.88": every row holds a cell with an amount, a share or a decimal at the same place, so
    such values stand a row's length apart, row after row. The rows between the first and the
    last value, the one above them (the column headings) and the rest of the last row are the
    table. Counts and ranks alone (a numbered list of headlines) and dates (a list of posts) make
    no such column.
    """
    found: set[int] = set()
    values = [k for k, i in enumerate(kept) if _is_value(doc.segments[i].text)]
    at = set(values)
    for k in values:
        for cells in _VALUE_ROW_CELLS:
            if k - cells in at:
                continue  # a later row of a column already walked
            rows = 1
            while k + rows * cells in at:
                rows += 1
            if rows < _VALUE_MIN_ROWS:
                continue
            column = {doc.segments[kept[k + r * cells]].text.strip() for r in range(rows)}
            if len(column) >= _VALUE_DISTINCT * rows:
                low = max(0, k - 2 * cells + 1)
                high = min(len(kept), k + (rows - 1) * cells + cells)
                found.update(
                    kept[m] for m in range(low, high) if doc.segments[kept[m]].words <= _VALUE_CELL_WORDS
                )
                break
    return found


def _weight(doc: Document, cluster: list[int]) -> int:
    return sum(doc.segments[i].words for i in cluster)


def _is_markup(text: str) -> bool:
    if "<" not in text:  # every tag starts with one
        return False
    source = _SOURCE_TAG.findall(text)
    bare = _BARE_TAG.findall(text)
    if not source and not bare:
        return False
    tags = sum(map(len, source)) + sum(map(len, bare))
    if tags < _MARKUP_SHARE * len(text):
        return False
    return bool(source) or not _has_letter_or_digit(_BARE_TAG.sub("", text))


def _numbered_crumbs(doc: Document, kept: Sequence[int]) -> tuple[int, ...]:
    """The lines of a breadcrumb trail laid out as a numbered list (see :func:`crumb_trail`) that
    opens in the text's first half, where a page prints it above the article."""
    out: list[int] = []
    k = 0
    while k < len(kept) // 2:
        # Most lines do not open with "1": no trail to read from them.
        if not doc.segments[kept[k]].text.lstrip().startswith("1"):
            k += 1
            continue
        n = crumb_trail([doc.segments[i].text for i in kept[k : k + _MAX_CRUMBS]])
        out.extend(kept[k : k + n])
        k += n or 1
    return tuple(out)


def _is_doubled(text: str) -> bool:
    """Whether ``text`` is one label written twice and run together, as an image's alt and title texts are.

    >>> [_is_doubled(t) for t in ("RSS feedRSS feed", "Jane DoeJane Doe", "Bora Bora", "Fee Rate Fee Rate")]
    [True, True, False, False]
    """
    line = text.strip()
    half, odd = divmod(len(line), 2)
    return not odd and half >= _DOUBLED_MIN and line[:half] == line[half:] and _has_letter_or_digit(line)


def _has_letter_or_digit(text: str) -> bool:
    # ``str.isalnum`` characters are all letters or numbers to ``regex``: most lines end the test at once.
    return text[:1].isalnum() or _LETTER_OR_DIGIT.search(text) is not None


def _zone(
    doc: Document,
    lines: list[int],
    furniture: Mapping[int, bool],
    removed: int = 0,
    gone: Sequence[int] = (),
    kept: Sequence[int] = (),
    carried: Collection[int] = (),
) -> tuple[int, ...]:
    """The furniture of a zone outside the article, when the zone is page furniture at all.

    A zone qualifies by its plain furniture lines and the ``removed`` lines earlier cleaners took
    from it as junk (``gone``: their positions); once it does, headline-like list items and lines
    with figures (link lists, "1 hour ago", a temperature) go with them, as do title-case headlines
    next to one another at any length, and so does a short run of other lines between two of
    those or of the ``gone`` lines (a menu entry's one-sentence blurb, a card's teaser, a tagline),
    unless it holds a table row. Paragraphs are not among them: each belongs to a cluster of its own.
    A run that opens with a sentence right under the article, past ``carried`` lines alone (a link
    to another story, a credit: lines an article carries in its body), is the article's, no blurb.
    """
    if sum(furniture[i] for i in lines) + removed < _MIN_ZONE_LINES or _directory(doc, lines):
        return ()
    titled = [_titled(doc, i) for i in lines]
    taken = [
        furniture[i]
        or _loose_furniture(doc, i)
        or (titled[k] and ((k > 0 and titled[k - 1]) or (k + 1 < len(lines) and titled[k + 1])))
        for k, i in enumerate(lines)
    ]
    out = list(taken)
    for low, high in _runs_between(taken):
        if low > 0 and _bridged(doc, lines[low:high]):
            out[low:high] = [True] * (high - low)
    if gone:
        # The lines earlier cleaners removed from the zone (a sign-up prompt, a link) are its
        # furniture too: they close a run of other lines as a taken line does, when no kept line
        # outside the zone (the article's) stands between.
        merged = sorted([*zip(lines, taken, strict=True), *((j, True) for j in gone)])
        keep_of = {i: k for k, i in enumerate(lines)}
        outside = sorted(set(kept) - set(lines))
        for low, high in _runs_between([t for _, t in merged]):
            run = [i for i, _ in merged[low:high]]
            if (
                0 < low <= _IN_ARTICLE_REMOVED
                and ends_sentence(doc.segments[run[0]].text)
                and all(j in carried for j, _ in merged[:low])
            ):
                continue  # the article's own line, under a credit or a link it carries
            if (
                low > 0
                and _bridged(doc, run)
                and _next_to(merged[low - 1][0], run[0], keep_of, outside)
                and _next_to(merged[high][0], run[-1], keep_of, outside)
            ):
                for i in run:
                    out[keep_of[i]] = True
    return tuple(i for i, t in zip(lines, out, strict=True) if t)


def _runs_between(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """The runs of false ``flags`` that a true one closes, as (first, closing) positions.

    >>> _runs_between([True, False, False, True, False])
    [(1, 3)]
    """
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for k, flag in enumerate(flags):
        if not flag and start is None:
            start = k
        elif flag and start is not None:
            runs.append((start, k))
            start = None
    return runs


def _next_to(bound: int, edge: int, zone: Mapping[int, int], outside: Sequence[int]) -> bool:
    """Whether a run's ``bound`` reaches its ``edge`` line: a zone line does; a removed one when
    no line of ``outside`` (kept, not of the zone) lies between them."""
    if bound in zone:
        return True
    low, high = min(bound, edge), max(bound, edge)
    k = bisect.bisect_right(outside, low)
    return k == len(outside) or outside[k] >= high


def _bridged(doc: Document, run: Sequence[int]) -> bool:
    """Whether a run of other lines between two furniture lines goes with them: a few, no table row."""
    return len(run) <= _MAX_BETWEEN and not any(is_table_row(doc.segments[i].text) for i in run)


def _directory(doc: Document, lines: Sequence[int]) -> bool:
    """Whether ``lines`` are mostly a directory: bulleted entries, each with a few lines of details.

    "- Harbour Clinic", "12 Quay Street", "(020) 555 0134", "Fees based on income": nearly every
    entry holds two to eight detail lines, and half of them a figure that is not a date (an address,
    a phone number, a price). A menu's bulleted labels come one to a line or head a long list of
    section links; a card list's details are a date.
    """
    entries = _entries(doc, lines)
    flags = _entry_flags(doc, entries)
    covered = len(entries) + sum(len(d) for d in entries)
    return _directory_shape(
        len(flags), sum(r for r, _ in flags), sum(f for _, f in flags)
    ) and 2 * covered >= len(lines)


def _directory_prefix(doc: Document, lines: Sequence[int]) -> int:
    """How many of ``lines`` (below the article) open them as a directory of its own, a footer below.

    The directory starts on the first line, with a bulleted entry, and ends with the longest run
    of entries that :func:`_directory` accepts whose last entry has two to eight detail lines.
    Counts over the entries are summed once, so the search is linear in the zone.
    """
    if not lines or not BULLET.match(doc.segments[lines[0]].text):
        return 0
    entries = _entries(doc, lines)
    flags = _entry_flags(doc, entries)
    regular = list(itertools.accumulate((r for r, _ in flags), initial=0))
    figured = list(itertools.accumulate((f for _, f in flags), initial=0))
    for count in range(len(entries), _DIRECTORY_MIN_ENTRIES - 1, -1):
        # The directory's last entry is a whole one: its details are not the footer's lines.
        if flags[count - 1][0] and _directory_shape(count, regular[count], figured[count]):
            return sum(1 + len(d) for d in entries[:count])
    return 0


def _entries(doc: Document, lines: Sequence[int]) -> list[list[int]]:
    """The detail lines under each bulleted line of ``lines`` (lines above the first bullet left out)."""
    entries: list[list[int]] = []
    for i in lines:
        if BULLET.match(doc.segments[i].text):
            entries.append([])
        elif entries:
            entries[-1].append(i)
    return entries


def _entry_flags(doc: Document, entries: Sequence[Sequence[int]]) -> list[tuple[bool, bool]]:
    """For each entry: whether it holds two to eight detail lines, and whether it is such an
    entry with a figure that is not a date among them."""
    languages = doc.date_languages
    flags: list[tuple[bool, bool]] = []
    for details in entries:
        regular = _DIRECTORY_MIN_DETAILS <= len(details) <= _DIRECTORY_MAX_DETAILS
        figured = regular and any(
            _DIGIT.search(t) and not is_date_line(t, languages=languages)
            for t in (doc.segments[i].text for i in details)
        )
        flags.append((regular, figured))
    return flags


def _directory_shape(entries: int, regular: int, figured: int) -> bool:
    """Five entries at least, nearly all regular, half with a figure (see :func:`_directory`)."""
    return (
        entries >= _DIRECTORY_MIN_ENTRIES
        and regular >= _DIRECTORY_REGULAR_SHARE * entries
        and 2 * figured >= entries
    )


def _titled(doc: Document, index: int) -> bool:
    """Whether a line reads as a headline in title case: every word of five letters or more capitalised.

    Bulleted lines are list items, and a figure makes a table row or a date, not a headline.
    """
    text = doc.segments[index].text
    if BULLET.match(text) or _DIGIT.search(text) or not _loose_furniture(doc, index, _TITLED_MAX_WORDS):
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) >= _TITLED_WORD_LETTERS]
    return len(long_words) >= _TITLED_MIN_WORDS and all(w[0].isupper() for w in long_words)


def _loose_furniture(doc: Document, index: int, limit: int = _OUTSIDE_MAX_WORDS) -> bool:
    text = doc.segments[index].text
    return (
        not doc.prose[index]
        and not ends_sentence(text)
        and doc.segments[index].words < limit
        and not _SIGN_OFF.match(text)
        and not is_table_row(text)
    )


def _is_furniture(doc: Document, index: int) -> bool:
    words = doc.segments[index].words
    if words >= _RUN_ON_WORDS:
        return _run_on(doc, index)
    if doc.prose[index] or words >= _OUTSIDE_MAX_WORDS:
        return False  # what follows needs a short non-prose line (most lines stop here)
    text = doc.segments[index].text
    if _DIGIT.search(text) and words <= _DATE_MAX_WORDS:
        # Page dates and clocks are furniture; other lines with figures may be tables or lists.
        # Only the quick date forms are tried: this runs on every short line with a figure.
        languages = doc.date_languages
        return is_date_line(text, languages=languages, thorough=False)
    if BULLET.match(text) and words >= _LIST_ITEM_WORDS:
        return False  # a bulleted phrase is a list item of the article; menu entries are one or two words
    if _QUOTED.match(text):
        return False  # a quoted name is one the article lists; no menu or footer quotes its labels
    return _loose_furniture(doc, index) and not _DIGIT.search(text)


def _menu_runs(doc: Document, kept: list[int], header: Collection[int] = ()) -> tuple[int, ...]:
    """The lines of runs of menu labels, not introduced by a colon.

    A run right above the text's first paragraph with no headline or dateline lifted from
    among its lines may have taken in a short headline the header did not find and the
    article's first subheading under it ("Letters", then "Buses"): its last line, the one
    heading the paragraph, is left out.
    """
    found: list[int] = []
    run: list[int] = []
    kept_set = frozenset(kept)
    paragraph_above = False  # a paragraph of prose stands above the current run
    for index in [*kept, -1]:
        if index >= 0 and _menu_item(doc.segments[index].text, doc.segments[index].words):
            run.append(index)
            continue
        if len(run) >= _MENU_MIN_RUN:
            start = kept.index(run[0])
            introduced = start > 0 and _INTRODUCES.search(doc.segments[kept[start - 1]].text) is not None
            if not introduced and not _headed_list(doc, run, index, kept_set):
                heads = (
                    not paragraph_above
                    and run[-1] + 1 == index
                    and _is_anchor(doc, index)
                    and not any(run[0] < i < run[-1] for i in header)
                )
                found.extend(run[:-1] if heads else run)
        run = []
        paragraph_above = paragraph_above or (index >= 0 and _is_anchor(doc, index))
    return tuple(found)


def _headed_list(doc: Document, run: list[int], after: int, kept: Collection[int]) -> bool:
    """Whether a run of short lines is a list of the article's under its heading: a heading right
    under a paragraph, bulleted items under it, and a paragraph right under them ("Counties under
    emergency", then "- Cumbria", "- Durham" ...). A page's menus stand at the text's edges or
    among its widgets, not between two paragraphs under a heading of their own."""
    first, last = run[0], run[-1]
    if after != last + 1 or not doc.prose[after] or not all(_bulleted(doc, i) for i in run[1:]):
        return False
    # The heading is the run's first line, or a line right above it too long to be a label.
    top = first if not _bulleted(doc, first) else first - 1
    return (
        top > 0
        and top in kept
        and top - 1 in kept
        and not _bulleted(doc, top)
        and not doc.prose[top]
        and doc.prose[top - 1]
    )


def _bulleted(doc: Document, index: int) -> bool:
    return BULLET.match(doc.segments[index].text) is not None


def _menu_item(text: str, words: int) -> bool:
    # ``words`` counts the bullet too, which changes nothing: a bullet and a space are not word characters.
    return (
        0 < words <= _MENU_ITEM_WORDS
        and not ends_sentence(text)
        and not text.endswith((":", ",", "،", "，", "："))
        and not _DIGIT.search(text)
        and not is_table_row(text)
        and not is_code_line(text)
        and _QUOTED.match(text) is None
    )
