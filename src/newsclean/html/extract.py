"""HTML to text and page metadata through trafilatura.

The text keeps one paragraph per line, as trafilatura lays it out, so that each
paragraph becomes one segment for the cleaner chain. The ``balanced`` setting
(the default of :attr:`Config.html_favor`) runs trafilatura three times on one parsed
tree: the default extraction, trimmed at both ends to the span that the
precision-favouring extraction also kept (which drops leading and trailing
boilerplate but not inner paragraphs), unless the precision extraction lost most
of the text, which means it missed the article. Inside that span, what the
recall-favouring extraction has between two lines that the precision extraction also
kept goes back in: the default extraction drops some of an article's lists, tables and
sections (a "key points" box, a numbered list of picks) that the recall pass keeps, and
a gap that both its neighbours bound is inside the article. ``fast`` keeps the default
extraction as it is: one pass, a little less precision and recall.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import datetime
import functools
import itertools
import types
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import regex

from newsclean.config import Config
from newsclean.errors import ExtractionError, InputError
from newsclean.html.joiners import NO_JOINERS, Joiners, protect
from newsclean.model import Metadata
from newsclean.text.dates import has_calendar_date
from newsclean.text.features import ends_sentence, word_count_up_to

# trafilatura and lxml are imported inside the functions that use them, on the first page
# rather than with newsclean: text-mode users and the CLI's start-up would otherwise pay
# about a quarter of newsclean's import time for them.
_HTML_START = regex.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", regex.I | regex.S)
_TAG = regex.compile(
    r"</?(?:p|div|span|a|br|li|ul|table|tr|td|h[1-6]|script|style|meta|img)\b[^>]*>", regex.I
)
_SNIFF_CHARS = 4096
# Below this share of the default extraction, the precision extraction has lost the article. On
# the dev pages the precision pass kept under a fifth of the default text only where it had lost
# the article, and from two fifths up where it left out a grid of other posts' excerpts.
_MIN_PRECISION_SHARE = 0.3
# Below this share of the precision extraction, the lines both passes share are too few to
# mark the article's span (the passes laid the page out differently).
_MIN_SHARED_SHARE = 0.5
# A paragraph of at least this many words just above the shared span is the article's lead,
# which the precision pass sometimes leaves out; a standfirst (dek) is shorter by convention.
_LEAD_WORDS = 30
# A card's label below the article has at most this many words, and at most this many lines (its
# headline, a date) of at most this many words stand between two labels; it takes this many
# labels to make a grid.
_LABEL_WORDS = 4
_CARD_LINES = 2
_CARD_WORDS = 16
_GRID_LABELS = 3
# Two lines whose letters and digits open with this many alike are one paragraph, cut differently.
_SAME_START_CHARS = 60
# A default extraction of one line this long has run the page's paragraphs together (_flattened);
# the recall pass replaces it when it gives the text in at least this many lines, with at least
# this share of its word 4-grams in the flattened text (the same text, laid out).
_FLAT_CHARS = 2000
_LAID_OUT_LINES = 3
_SAME_TEXT_SHARE = 0.8
# A line of at most this many words holding a whole date, and no sentence, is a post's date.
_POST_DATE_WORDS = 12
# libxml2 stops parsing at 256 nested elements; past this depth we flatten and parse again.
_PARSER_DEPTH = 250
_FLAT_DEPTH = 100
_MARKUP = regex.compile(
    r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>", regex.I | regex.S
)
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905
)
_DROP = ("script", "style", "noscript", "template", "svg", "head", "iframe", "form", "button")
_BLOCKS = (
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "section", "article", "main",
    "header", "footer", "nav", "aside", "blockquote", "pre", "br", "hr", "figure", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "address", "details", "summary",
)  # fmt: skip
# No date guessed from free text: a copyright year is not a publication date.
DATE_PARAMS = types.MappingProxyType({"original_date": True, "extensive_search": False})
# What newsclean asks of trafilatura on every pass (the page URL and the pass's own settings aside).
EXTRACT_OPTIONS = types.MappingProxyType(
    {
        "include_comments": False,
        "include_tables": True,
        "include_formatting": False,
        "include_images": False,
        "include_links": False,
        # Not deduplicate: its cache outlives the call and makes output depend on earlier pages.
        "deduplicate": False,
    }
)
# An lxml tree as trafilatura parses it (lxml ships no type stubs).
_Tree = Any
# A note reference's mark: a number, a letter or two, or a symbol, maybe in brackets ("[12]", "a", "†").
_NOTE_MARK = regex.compile(r"^[\[(]?(?:\d{1,3}|\p{L}{1,2}|[*†‡§¶]{1,3})[\])]?$")
_ISO_DATE = regex.compile(r"^\d{4}-\d{2}-\d{2}")
_WORDS = regex.compile(r"\w+")
_TAG_SPLIT = regex.compile(r"[,;]")
_EXCERPT = regex.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")
# A news article's closing credit: "(Reporting by Jane Doe; Editing by John Roe)".
_CREDIT_LINE = regex.compile(
    r"[(\[]?(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translation)\b.{0,200}?\bby\s+\p{Lu}",
    regex.IGNORECASE,
)
_TITLE_PARTS = regex.compile(r"\s+[|\-–—:]{1,2}\s+")
# The headline, when trafilatura keeps it, is among the first lines; further down it is a quote.
_TITLE_LINES = 2
# The first <h1> is the headline when it has this many words (more is a paragraph set as a
# heading) and this share of them is also in the page's declared title.
_HEADLINE_WORDS = (3, 40)
_HEADLINE_SHARED = 0.3
_CONTENT_WORD = 4
_SITE_NAME_WORDS = 4
# An address's slug ("council-approves-bridge-2018") set as og:title by a CMS: no title.
_SLUG = regex.compile(r"[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+){2,}")
# A readers' comment container in another language goes from this much text up to this share of
# the page's body (see _drop_reader_comments).
_THREAD_CHARS = 200
_THREAD_SHARE = 0.5
# Readers' comments, as pages in Spanish, French, German, Scandinavian languages, Finnish, Italian,
# Dutch, Polish and Turkish name their containers.
_COMMENT_NAMES = (
    "comentarios", "commentaires", "kommentare", "kommentarer", "kommentit", "commenti", "reacties",
    "komentarze", "yorumlar",
)  # fmt: skip
# Words a blog's name adds to its address: "Jane's Blog" is jane.example's; "s" is the possessive's.
_SITE_WORDS = frozenset({"blog", "home", "www", "s", "the", "official", "site", "website"})
_INLINE = frozenset(
    {"em", "i", "b", "strong", "u", "mark", "sup", "sub", "small", "abbr", "q", "cite", "code"}
)


@dataclass(frozen=True)
class Extracted:
    """Text extracted from a page, the metadata the page declared, and the size of its whole text.

    ``page_chars`` counts the text of the page's body outside scripts, styles, ``noscript``,
    ``template`` and SVG drawings, each run of white space as one character: what there was to
    extract from.
    """

    text: str
    metadata: Metadata
    page_chars: int = 0


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document or fragment rather than plain text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Prices rose 3% <p> maybe")
    False
    """
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    return tags >= 5 and tags * 40 >= len(head.split("\n")) * 2


def extract_html(html: str, *, url: str | None = None, config: Config | None = None) -> Extracted:
    """Extract the main text (one paragraph per line) and the metadata of an HTML page.

    Comments are left out. A page where trafilatura finds no main text gives the
    page body as plain text (for the cleaners to judge), and an empty page gives
    an empty text; :class:`ExtractionError` is raised only when not even that works.

    >>> page = "<html><head><title>Rain due</title></head><body><article>"
    >>> page += "<p>Rain is expected across the north on Monday, forecasters said.</p>"
    >>> page += "<p>Temperatures will stay below the seasonal average all week.</p></article></body></html>"
    >>> extracted = extract_html(page)
    >>> extracted.text.splitlines()[-1]
    'Temperatures will stay below the seasonal average all week.'
    >>> extracted.metadata.title
    'Rain due'
    """
    config = config or Config()
    check_html_size(html, config)
    if not html.strip():
        return Extracted("", Metadata(url=url))
    page_chars = 0
    html, joiners = protect(html)
    try:
        tree = _parse(html)
        if tree is None:
            return Extracted("", Metadata(url=url))
        page_chars = _page_chars(tree)
        _drop_reader_comments(tree)
        text, found = _main_text(tree, url, config.html_favor)
        if found is None:
            from trafilatura.metadata import extract_metadata

            found = extract_metadata(copy.deepcopy(tree), url, dict(DATE_PARAMS))
        metadata = _metadata(found, url, joiners)
        declared = _declared_title(metadata, _title_element(tree, joiners))
        if declared is not None:
            metadata = dataclasses.replace(metadata, title=declared)
        elif metadata.title and _SLUG.fullmatch(metadata.title):
            metadata = dataclasses.replace(metadata, title=_unslugged(tree, metadata, joiners))
        headline = _headline(tree, metadata.title, metadata.sitename, joiners)
        if headline is not None:
            metadata = dataclasses.replace(metadata, title=headline)
        text = _drop_title(joiners.restore(text), metadata.title)
        if not text.strip():
            text = joiners.restore(_plain_text(tree))
    except Exception as exc:  # trafilatura and lxml raise many kinds; one bad page must not stop a batch
        try:
            text = joiners.restore(_plain_text(_parse(html)))
            return Extracted(text, Metadata(url=url), page_chars or len(text))
        except Exception:
            raise ExtractionError(f"cannot extract text from HTML ({type(exc).__name__}: {exc})") from exc
    return Extracted(text, metadata, page_chars)


@functools.cache
def _text_paths() -> tuple[Any, Any, Any]:
    from lxml import etree  # type: ignore[import-untyped]

    # Evaluated by libxml2 in C: about 1 ms for a large page, where a copy of the tree without
    # its scripts (as _plain_text makes) would cost several.
    return (
        etree.XPath("string-length(normalize-space(//body))"),
        etree.XPath("//body//script|//body//style|//body//noscript|//body//template"),
        etree.XPath("string-length(normalize-space(.))"),
    )


def _page_chars(tree: _Tree) -> int:
    """The characters of the page body's text outside scripts, styles, ``noscript``, ``template`` and SVG.

    Runs of white space count as one. Nested hidden elements count twice, which only ever
    lowers the figure a little; it is a size, not a text.

    >>> _page_chars(_parse("<html><body><p>Hi  there</p><script>var x = 1;</script></body></html>"))
    8
    """
    whole, hidden, length = _text_paths()
    return max(0, int(whole(tree) - sum(length(element) for element in hidden(tree))))


def check_html_size(html: str | bytes, config: Config) -> None:
    """Raise :class:`InputError` when ``html`` is over ``config.max_html_bytes`` (in UTF-8 for a ``str``).

    Checked before any parsing, whose memory grows with the page.

    >>> check_html_size(b"<p>Hi</p>", Config(max_html_bytes=4))
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: HTML has 9 bytes, over max_html_bytes=4
    """
    limit = config.max_html_bytes
    size, at_least = len(html), isinstance(html, str)
    if isinstance(html, str) and size <= limit < 4 * size:
        # Characters count 1 to 4 bytes: encode only near the limit, where it decides.
        size, at_least = len(html.encode("utf-8", "surrogatepass")), False
    if size > limit:
        amount = f"at least {size:,}" if at_least else f"{size:,}"
        raise InputError(f"HTML has {amount} bytes, over max_html_bytes={limit:,}")


def _parse(html: str) -> _Tree | None:
    from trafilatura.utils import load_html

    if not _HTML_START.match(html[:_SNIFF_CHARS]):
        # trafilatura rejects bare fragments; a wrapper makes them a document.
        html = f"<html><body>{html}</body></html>"
    tree = load_html(html)
    if tree is not None and _too_deep(tree):
        tree = load_html(_flatten(html, _FLAT_DEPTH))
    if tree is not None:
        for element in _inert()(tree):
            _drop(element)
        for element in _note_links()(tree):
            if _NOTE_MARK.match("".join(element.itertext()).strip()):
                _drop(element)
    return tree


def _drop_reader_comments(tree: _Tree) -> None:
    """Drop the readers' comment threads a page names in its own language (``id="comentarios"``).

    trafilatura leaves out comment sections it knows by English names ("comments", "disqus");
    ``comentarios_lectores`` or ``kommentare`` it takes for the article's end. A container so named
    goes when it holds a thread's worth of text and not most of the page, nor the headline or the
    article's body (``itemprop="articleBody"``): a count by the byline ("3 comentarios") is left
    to the comment cleaners, and a page that names its ``<body>`` or the article's wrapper so
    keeps it.
    """
    if str(tree.get("lang") or "").lower().startswith("en"):
        return  # the names are other languages'; trafilatura knows the English ones
    attributes_of, containers, article = _comment_paths()
    attributes = " ".join(attributes_of(tree)).lower()
    if not any(name in attributes for name in _COMMENT_NAMES):
        return  # a cheap test first: matching each element's attributes with a pattern costs 4 ms a page
    found = containers(tree)
    length = _text_paths()[2]
    body = next(iter(tree.iter("body")), tree)
    whole = length(body)
    dropped: set[Any] = set()
    for element in found:  # in document order: a container before the ones it holds
        if (
            _THREAD_CHARS <= length(element) <= _THREAD_SHARE * whole
            and dropped.isdisjoint(element.iterancestors())
            and not article(element)
        ):
            _drop(element)
            dropped.add(element)


@functools.cache
def _comment_paths() -> tuple[Any, Any, Any]:
    from lxml import etree

    # An id or a class token naming comments in another language: "comentarios_lectores",
    # "bloque-comentarios", "kommentare".
    pattern = rf"(^|[\s_-])({'|'.join(_COMMENT_NAMES)})($|[\s_-])"
    named = f"re:test(@id, '{pattern}', 'i') or re:test(@class, '{pattern}', 'i')"
    return (
        etree.XPath("//@id|//@class"),
        etree.XPath(
            f"//*[not(self::html or self::body)][{named}]",
            namespaces={"re": "http://exslt.org/regular-expressions"},
        ),
        etree.XPath("boolean(.//h1|.//*[@itemprop='articleBody'])"),
    )


@functools.cache
def _inert() -> Any:
    from lxml import etree

    # trafilatura drops these on each of its passes, from its own copy of the tree; dropped once
    # here, every pass copies and cleans a smaller tree. Scripts stay: the metadata reads dates
    # and JSON-LD from them.
    return etree.XPath("//style|//template|//*[local-name()='svg']")


@functools.cache
def _note_links() -> Any:
    from lxml import etree

    # A note reference is a superscript linking within the page ("daily<sup><a href="#fn2">2</a></sup>"),
    # or such a link holding a superscript; an exponent ("m<sup>2</sup>") links nowhere.
    return etree.XPath(
        "//sup[.//a[starts-with(@href, '#')]]|//a[starts-with(@href, '#')][sup][not(ancestor::sup)]"
    )


def _drop(element: Any) -> None:
    """Remove ``element`` and what it holds from its tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


@functools.cache
def _deep_test() -> Any:
    from lxml import etree

    # libxml2 evaluates the path in C; lxml's find() would walk it in Python (a tenth of the speed).
    return etree.XPath("boolean(" + "/".join(["*"] * (_PARSER_DEPTH + 1)) + ")")


def _too_deep(tree: _Tree) -> bool:
    """Whether ``tree`` nests elements ``_PARSER_DEPTH`` levels below its root (libxml2 may stop there)."""
    return bool(_deep_test()(tree))


def _flatten(html: str, limit: int) -> str:
    """Drop the tags nested deeper than ``limit`` (their text stays), so libxml2 sees the whole page."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []
    open_count: Counter[str] = Counter()  # skips the stack search for stray closing tags
    last = 0
    for m in _MARKUP.finditer(html):
        closing, name, selfclosing = m.group(2), (m.group(3) or "").lower(), m.group(4)
        keep = True
        if name and not closing and name not in _VOID and not selfclosing:
            keep = len(stack) < limit
            stack.append((name, keep))
            open_count[name] += 1
        elif name and closing and open_count[name]:
            depth = next(i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == name)
            keep = stack[depth][1]
            open_count.subtract(n for n, _ in stack[depth:])
            del stack[depth:]
        out.append(html[last : m.start()])
        if keep:
            out.append(m.group(0))
        last = m.end()
    out.append(html[last:])
    return "".join(out)


def _main_text(tree: _Tree, url: str | None, favor: str) -> tuple[str, Any]:
    """trafilatura's text for the chosen setting and its document (with metadata), or ``("", None)``.

    ``balanced`` and ``fast`` start from trafilatura's default extraction; ``balanced`` then
    trims it with a second, precision-favouring pass and fills it from a third, recall-favouring
    one, whose lines also replace a default text run into one line (:func:`_flattened`).
    """
    from trafilatura import bare_extraction

    options: dict[str, Any] = {"url": url, **EXTRACT_OPTIONS}
    document = bare_extraction(
        tree,
        with_metadata=True,
        date_extraction_params=dict(DATE_PARAMS),
        favor_precision=favor == "precision",
        favor_recall=favor == "recall",
        **options,
    )
    text = _text_of(document)
    if favor != "balanced" or not text:
        return text, document
    # Only the lines of the other passes are used: their fallback comparisons would cost a third more.
    recall = None
    if _flattened(text):
        recall = _text_of(bare_extraction(tree, favor_recall=True, fast=True, **options))
        if _laid_out(text, recall):
            text = recall
    precise = _text_of(bare_extraction(tree, favor_precision=True, fast=True, **options))
    if not _kept_the_article(text, precise):
        return text, document
    text = _trim(text, precise, str(_field(document, "description") or ""))
    if recall is None:
        recall = _text_of(bare_extraction(tree, favor_recall=True, fast=True, **options))
    return _fill(text, recall, precise), document


def _kept_the_article(text: str, precise: str) -> bool:
    """Whether the precision pass's ``precise`` text can still trim the default pass's ``text``.

    It holds less than the default one when it leaves out what surrounds the article (other
    posts' excerpts, a testimonial); with under a third as much it has lost the article itself.

    >>> article = "A paragraph of the article, as both passes keep it.\\n" * 4
    >>> _kept_the_article(article + "An excerpt of another post, in a grid of them.\\n" * 5, article)
    True
    >>> _kept_the_article(article * 5, "A pull quote.\\nA date line.")
    False
    """
    return len(precise) >= _MIN_PRECISION_SHARE * len(text)


def _flattened(text: str) -> bool:
    """Whether ``text`` is one long line: the page's paragraphs run together.

    trafilatura's default pass flattens some layouts (an article in one table cell, a page
    builder's nested blocks) into a single run of text, where no cleaner can tell a paragraph
    from a menu.
    """
    text = text.strip()
    return len(text) >= _FLAT_CHARS and "\n" not in text


def _laid_out(flat: str, recall: str) -> bool:
    """Whether ``recall`` gives (most of) its text in lines and takes that text from ``flat``.

    >>> flat = " ".join(f"Sentence number {n} of the article." for n in range(9))
    >>> _laid_out(flat, flat.replace(". ", ".\\n"))
    True
    >>> _laid_out(flat, "Menu\\nOther words entirely, from a list\\nof teasers on the page")
    False
    """
    if sum(1 for line in recall.split("\n") if line.strip()) < _LAID_OUT_LINES:
        return False
    ours = set(_word_grams(flat))
    theirs = _word_grams(recall)
    return bool(theirs) and sum(g in ours for g in theirs) >= _SAME_TEXT_SHARE * len(theirs)


def _word_grams(text: str) -> list[tuple[str, ...]]:
    """The casefolded word 4-grams of ``text``, in order."""
    words = _words(text)
    return list(zip(words, words[1:], words[2:], words[3:], strict=False))


def _text_of(document: Any) -> str:
    return str(getattr(document, "text", None) or "") if document is not None else ""


def _trim(text: str, precise: str, description: str = "") -> str:
    """Cut ``text`` to the lines from the first to the last one that ``precise`` also has.

    The cut is trusted only when the shared lines hold most of ``precise``: when the two
    passes lay the page out differently, only a few lines (a date, a pull quote) match, and
    the span between them is not the article. The span reaches up over the long prose
    paragraphs just above it (the lead, which the precision pass may miss), but not over one
    that repeats the page's ``description`` (the standfirst), unless the precision pass has the
    paragraph too, cut elsewhere (its first sentence only): that is the lead, even when the
    description repeats it. A description cut short with an ellipsis is an excerpt a CMS made of
    the article's first paragraph, so the paragraph it opens is the lead, however short. Below
    the span, the article's closing credit line ("Additional reporting by ...") stays with it.

    >>> _trim("Menu\\nFirst paragraph.\\nSecond paragraph.\\nFooter", "First paragraph.\\nSecond paragraph.")
    'First paragraph.\\nSecond paragraph.'
    >>> article = "Updated today\\nThe whole article, one long paragraph."
    >>> _trim(article, "Updated today\\n| The whole article | laid out | as a table |") == article
    True
    """
    lines = text.split("\n")
    shared = set(precise.split("\n"))
    kept = [i for i, line in enumerate(lines) if line in shared and line.strip()]
    if not kept or sum(len(lines[i]) for i in kept) < _MIN_SHARED_SHARE * len(precise):
        return text
    kept = kept[: len(kept) - _card_labels(lines, kept)]
    starts = {_paragraph_start(line) for line in shared} - {""}

    def lead(line: str) -> bool:
        return _paragraph_start(line) in starts or _is_lead(line, description)

    start = _reach(lines, kept[0], -1, lead)
    # The precision pass may stop short of the article's credit line ("Additional reporting by ...").
    end = _reach(lines, kept[-1], 1, lambda line: _CREDIT_LINE.match(line.strip()) is not None)
    return "\n".join(lines[start : end + 1])


def _card_labels(lines: list[str], kept: list[int]) -> int:
    """How many of the last ``kept`` lines are the labels of a grid of cards below the article.

    The precision pass may keep each card's short label ("Publications", "Startups") and leave
    out its headline, so the shared lines reach down over the grid. Such labels are a few words
    without a sentence, each but the first apart from the previous shared line by the card's
    short headline (and perhaps a date); it takes three or more to make a grid. The article's own
    list (its items shared one after another) is none, nor are credit lines between its paragraphs.

    >>> lines = ["Para one.", "Para two.", "News", "Story A", "Events", "Story B", "Jobs", "Story C"]
    >>> _card_labels(lines, [0, 1, 2, 4, 6])
    3
    >>> _card_labels(lines, [0, 1, 3, 4, 5])
    0
    >>> _card_labels(["Para one.", "Items:", "Tea", "Milk", "Bread"], [0, 1, 2, 3, 4])
    0
    """
    count = 0
    while count + 1 < len(kept):
        here, before = kept[-1 - count], kept[-2 - count]
        line = lines[here].strip()
        if ends_sentence(line) or word_count_up_to(line, _LABEL_WORDS + 1) > _LABEL_WORDS:
            break
        gap = [lines[i] for i in range(before + 1, here) if lines[i].strip()]
        if len(gap) > _CARD_LINES or any(word_count_up_to(g, _CARD_WORDS + 1) > _CARD_WORDS for g in gap):
            break  # more than a card's headline between two labels: the article's own paragraphs
        count += 1
        if not gap:
            break  # the grid's first label, right under the article
    return count if count >= _GRID_LABELS else 0


def _reach(lines: list[str], index: int, step: int, belongs: Callable[[str], bool]) -> int:
    """The farthest line from ``index``, going ``step`` at a time, over lines that ``belongs`` accepts.

    Empty paragraphs (a lone no-break space) on the way are passed over, not reached.

    >>> _reach(["Menu", "Lead.", "\\xa0", "Body."], 3, -1, lambda line: line.endswith("."))
    1
    """
    reached = probe = index
    while 0 <= probe + step < len(lines):
        line = lines[probe + step]
        if line.strip():
            if not belongs(line):
                break
            reached = probe + step
        probe += step
    return reached


def _paragraph_start(line: str) -> str:
    """The opening of a paragraph, when it is long enough to tell one paragraph from another.

    Two passes may cut the same paragraph differently (the precision pass keeps its first
    sentence only); their lines still open alike.
    """
    squeezed = _squeeze(line)
    return squeezed[:_SAME_START_CHARS] if len(squeezed) >= _SAME_START_CHARS else ""


def _fill(text: str, recall: str, precise: str) -> str:
    """Insert the lines ``recall`` has and ``text`` lacks, where both of their neighbours are in ``precise``.

    ``text`` and ``recall`` are aligned on the lines each holds once (white space folded: the
    recall pass indents some lines as the page's source does), in the order both give them, and
    on the equal lines next to those. A run of lines that only ``recall`` has, between two lines
    of ``text`` that are next to each other and both kept by the precision pass, goes in: it is
    then inside the article (a list, a table or a section the default pass dropped), unless it
    holds a post's date (:func:`_post_date`): then it lists other stories (dated teasers) or the
    post's details. Nothing of ``text`` is removed or reordered, and nothing goes above its first
    line or below its last but a list of whole sentences right next to it, when that line is one
    the precision pass kept (see :func:`_sentence_items`).

    >>> _fill("Intro.\\nOutro.", "Menu\\nIntro.\\n- one\\n- two\\nOutro.\\nFooter", "Intro.\\nOutro.")
    'Intro.\\n- one\\n- two\\nOutro.'
    >>> _fill("Intro.\\nOutro.", "Intro.\\nTeaser\\nOutro.", "Intro.")
    'Intro.\\nOutro.'
    """
    if not recall or recall == text:
        return text
    lines, extra = text.split("\n"), recall.split("\n")
    folded, folded_extra = [_fold(line) for line in lines], [_fold(line) for line in extra]
    kept = {_fold(line) for line in precise.split("\n")} - {""}
    present = set(folded)
    inserts: dict[int, list[str]] = {}
    # Between two anchors, lines that match from either end of the gap are aligned too (a "}" or
    # a repeated label, which anchors cannot be); what is left of the recall side is a run to put
    # in when nothing is left of the text side.
    bounds = [(-1, -1), *_anchors(folded, folded_extra), (len(lines), len(extra))]
    for start, end in itertools.pairwise(bounds):
        i, j, end_i, end_j = _narrow(folded, folded_extra, start, end)
        if i != end_i or j == end_j:
            continue
        if not 0 < i < len(lines):
            # Above the first line or below the last, only a list of sentences right next to it.
            edge = i if i == 0 else i - 1
            if folded[edge] in kept:
                items = _sentence_items(extra[j:end_j], at_end=i == 0)
                if items and not any(_fold(line) in present for line in items):
                    inserts[i] = items
            continue
        if folded[i - 1] not in kept or folded[i] not in kept:
            continue
        run = [k for k in range(j, end_j) if folded_extra[k]]
        if run and not any(folded_extra[k] in present or _post_date(extra[k]) for k in run):
            inserts[i] = [extra[k] for k in run]
    out: list[str] = []
    for i, line in enumerate(lines):
        out.extend(inserts.get(i, ()))
        out.append(line)
    out.extend(inserts.get(len(lines), ()))
    return "\n".join(out)


def _sentence_items(run: list[str], *, at_end: bool) -> list[str]:
    """The bulleted sentences at one end of ``run`` (its last lines when ``at_end``), two or more.

    A key-points list above the article or a list closing it, which the default pass dropped:
    each item a whole sentence. Menus, headlines and comments are no such list.
    """
    lines = [line for line in run if line.strip()]
    ordered = lines[::-1] if at_end else lines
    items: list[str] = []
    for line in ordered:
        text = line.strip()
        sentence = ends_sentence(text) and word_count_up_to(text, _ITEM_WORDS) >= _ITEM_WORDS
        if not (_BULLETED.match(text) and sentence):
            break
        items.append(line)
    if len(items) < _MIN_EDGE_ITEMS:
        return []
    return items[::-1] if at_end else items


_BULLETED = regex.compile(r"^[-*•]\s")
_ITEM_WORDS = 8
_MIN_EDGE_ITEMS = 2


def _post_date(line: str) -> bool:
    """A short line with a whole date that is no sentence: a post's or a teaser's date, not article text.

    >>> _post_date("April 26, 2014 -- Updated 1358 GMT"), _post_date("Talks resumed on April 26, 2014.")
    (True, False)
    """
    return (
        word_count_up_to(line, _POST_DATE_WORDS + 1) <= _POST_DATE_WORDS
        and not ends_sentence(line.rstrip())
        and has_calendar_date(line)
    )


def _narrow(
    a: list[str], b: list[str], start: tuple[int, int], end: tuple[int, int]
) -> tuple[int, int, int, int]:
    """The gap between two aligned pairs of ``a`` and ``b``, less the equal lines at either end of it.

    >>> _narrow(["x", "}", "y"], ["x", "}", "- new", "y"], (0, 0), (2, 3))
    (2, 2, 2, 3)
    """
    i, j = start[0] + 1, start[1] + 1
    end_i, end_j = end
    while i < end_i and j < end_j and a[i] == b[j]:
        i, j = i + 1, j + 1
    while end_i > i and end_j > j and a[end_i - 1] == b[end_j - 1]:
        end_i, end_j = end_i - 1, end_j - 1
    return i, j, end_i, end_j


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` with ``a[i] == b[j]``, a line each list holds once, in the order both give them.

    The longest such chain, as patience diff aligns: n log n in the lines, where a general
    alignment is quadratic on long pages.

    >>> _anchors(["x", "a", "b", "c"], ["a", "c", "b", "y"])
    [(1, 0), (3, 1)]
    """
    once_a, once_b = _once(a), _once(b)
    pairs = sorted((i, once_b[line]) for line, i in once_a.items() if line in once_b)
    ends: list[int] = []  # ends[k]: the pair ending the best chain of k + 1 pairs found so far
    end_js: list[int] = []  # its j, for the binary search
    before: list[int] = []
    for n, (_, j) in enumerate(pairs):
        at = bisect.bisect_left(end_js, j)
        before.append(ends[at - 1] if at else -1)
        if at == len(ends):
            ends.append(n)
            end_js.append(j)
        else:
            ends[at] = n
            end_js[at] = j
    chain: list[tuple[int, int]] = []
    n = ends[-1] if ends else -1
    while n >= 0:
        chain.append(pairs[n])
        n = before[n]
    return chain[::-1]


def _once(lines: list[str]) -> dict[str, int]:
    """Each non-empty line that occurs once in ``lines``, with its index."""
    counts = Counter(lines)
    return {line: i for i, line in enumerate(lines) if line and counts[line] == 1}


def _fold(line: str) -> str:
    return " ".join(line.split())


def _is_lead(line: str, description: str) -> bool:
    """Whether ``line`` reads as an article's lead paragraph rather than a standfirst."""
    if not ends_sentence(line):
        return False
    folded, summary = _squeeze(line), _squeeze(description)
    if _EXCERPT.search(description) and len(summary) >= _SAME_START_CHARS and folded.startswith(summary):
        return True
    if word_count_up_to(line, _LEAD_WORDS) < _LEAD_WORDS:
        return False
    return not summary or not (folded.startswith(summary[:80]) or summary.startswith(folded[:80]))


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def _squeeze(text: str) -> str:
    return "".join(_words(text))


def _headline(tree: _Tree, title: str | None, sitename: str | None, joiners: Joiners) -> str | None:
    """The page's first ``<h1>`` when it is the article's headline in other words than ``title``.

    The ``<title>`` and ``og:title`` a page declares are often written for search results (other
    words, the site's name appended), while its first ``<h1>`` is the headline readers see. The
    ``<h1>`` is taken when it has at least three words and shares some of them with ``title`` (a
    ``<h1>`` around the logo, a section name or "Blog" does not), and is not the site's name.
    When it shares too few with ``title`` (an ``og:title`` written as a teaser for social media),
    the page's ``<title>`` element may vouch for it instead.

    >>> page = _parse("<html><body><h1>Bank raises rates for the third time</h1><p>Text.</p></body></html>")
    >>> _headline(page, "Bank raises rates again | Daily Post", "Daily Post", NO_JOINERS)
    'Bank raises rates for the third time'
    >>> _headline(page, "Weather for the weekend", None, NO_JOINERS) is None
    True
    """
    if not title:
        return None
    heading = next(iter(_first_heading()(tree)), None)
    if heading is None:
        return None
    parts = [" ".join(joiners.restore(part).split()) for part in _heading_parts(heading)]
    headline = _headline_of(parts, title, sitename)
    if headline is None:
        element = _title_element(tree, joiners)
        if element and element != title:
            headline = _headline_of(parts, element, sitename)
            if headline is not None and _closes(element, headline):
                # "Story – World news – Daily Post" ends with the section and the site: an <h1> of
                # those words alone is the logo's, set hidden for screen readers.
                headline = None
    return headline


def _closes(title: str, part: str) -> bool:
    """Whether ``part`` is the closing words of ``title`` after other words: a site's or section's name.

    >>> _closes("Rates rise again - World news - Daily Post", "World news - Daily Post")
    True
    >>> _closes("Rates rise again", "Rates rise again")
    False
    """
    words, tail = _words(title), _words(part)
    return 0 < len(tail) < len(words) and words[-len(tail) :] == tail


def _headline_of(parts: list[str], title: str, sitename: str | None) -> str | None:
    """The headline the ``<h1>``'s ``parts`` make, if ``title`` vouches for it (see :func:`_headline`)."""
    title_words = _words(title)
    suffixes = [_words(p) for p in _TITLE_PARTS.split(title)[1:]]
    # A site's name is a few words; a page that declares its title as its site's name has none.
    site_name = _words(sitename or "")
    if len(site_name) > _SITE_NAME_WORDS:
        site_name = []
    ours = set(title_words)
    # A logo's link or the section's name inside the <h1> is the site's, not the headline's; a
    # part without a word of the title is a byline or a label set in the heading.
    parts = [p for p in parts if p and _words(p) not in (*suffixes, site_name)]
    shared = [p for p in parts if any(w in ours for w in _words(p))]
    headline = " ".join(shared or parts)
    words = _words(headline)
    if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1] or words == title_words:
        return None
    # Words of four letters or more carry the topic; "for the" is in every title.
    content = [w for w in words if len(w) >= _CONTENT_WORD] or words
    if sum(w in ours for w in content) < _HEADLINE_SHARED * len(content):
        return None
    # "The Daily Post" over a "Story | Daily Post" title is the logo, not the story's headline.
    last = suffixes[-1] if suffixes and len(suffixes[-1]) <= _SITE_NAME_WORDS else []
    if all(w in site_name or w in last for w in content):
        return None
    return headline


def _unslugged(tree: _Tree, metadata: Metadata, joiners: Joiners) -> str | None:
    """The title of a page that declares its address's slug as its title.

    Its first ``<h1>`` when that has a headline's length, else its ``<title>`` element less the
    site's name, else none.

    >>> page = _parse("<html><head><title>Bridge vote | Post</title></head><body><p>x</p></body></html>")
    >>> _unslugged(page, Metadata(title="bridge-vote-2018", url="https://post.example/a"), NO_JOINERS)
    'Bridge vote'
    """
    heading = next(iter(_first_heading()(tree)), None)
    if heading is not None:
        headline = " ".join(" ".join(joiners.restore(part).split()) for part in _heading_parts(heading))
        if _HEADLINE_WORDS[0] <= len(_words(headline)) <= _HEADLINE_WORDS[1]:
            return headline
    element = _title_element(tree, joiners)
    if not element or _SLUG.fullmatch(element):
        return None
    kept = [part for part in _TITLE_PARTS.split(element) if part.strip() and not _names_site(part, metadata)]
    return kept[0].strip() if kept else None


def _declared_title(metadata: Metadata, element: str | None) -> str | None:
    """The page's ``<title>`` element, less the site's name, when the title found names the site.

    trafilatura takes a page's only ``<h1>`` for its title, and some blog themes set the blog's
    name in it on every post ("Jane's Blog", "janedoe.com"). That title is then all words of the
    site's address; the ``<title>`` element names the post.

    >>> found = Metadata(title="Jane's Blog", url="https://blog.jane.example/p/tides")
    >>> _declared_title(found, "Reading the tides | Jane's Blog")
    'Reading the tides'
    >>> _declared_title(found, "Jane's Blog") is None
    True
    >>> _declared_title(Metadata(title="Reading the tides", url="https://jane.example/"), "Jane") is None
    True
    """
    title = metadata.title
    if not title or not element or not _names_site(title, metadata):
        return None
    if element[: len(title)].casefold() == title.casefold():
        element = element[len(title) :].lstrip(" |-–—:")  # "janedoe.com Reading the tides"
    parts = _TITLE_PARTS.split(element)
    kept = [part for part in parts if part.strip() and not _names_site(part, metadata)]
    if (
        not kept
        or len(kept) < len(parts) - 1
        or not any(len(w) >= _CONTENT_WORD for w in _words(" ".join(kept)))
    ):
        return None  # the site's name inside the title, or no words of a post's title left
    start = element.index(kept[0])
    end = element.rindex(kept[-1]) + len(kept[-1])
    return element[start:end].strip() or None


def _names_site(text: str, metadata: Metadata) -> bool:
    """Whether every word of ``text`` is in the site's address, or is "blog" or "home".

    Not its declared name: trafilatura may take a page's own heading for it.
    """
    host = (metadata.url or "").partition("//")[2].partition("/")[0].casefold()
    site = set(_words(host)) | _SITE_WORDS
    words = _words(text)
    return (
        bool(words)
        and any(w not in _SITE_WORDS for w in words)
        and all(w in site or (len(w) >= _CONTENT_WORD and w in host) for w in words)
    )


def _title_element(tree: _Tree, joiners: Joiners) -> str | None:
    """The text of the page's ``<title>`` element, spaces collapsed."""
    node = next(iter(_title_path()(tree)), None)
    if node is None:
        return None
    return " ".join(joiners.restore("".join(node.itertext())).split()) or None


@functools.cache
def _title_path() -> Any:
    from lxml import etree

    return etree.XPath("(//head/title)[1]")


@functools.cache
def _first_heading() -> Any:
    from lxml import etree

    return etree.XPath("(//body//h1)[1]")


def _heading_parts(heading: Any) -> list[str]:
    """The texts of a heading's parts: its own text, and each child element's (a line break splits too).

    Inline emphasis (``<em>``, ``<b>`` ...) stays within its part: "Why <em>Dune</em> matters" is one.
    """
    parts = [heading.text or ""]
    for child in heading:
        if not isinstance(child.tag, str) or child.tag in ("script", "style"):
            parts[-1] += child.tail or ""
        elif child.tag in _INLINE:
            parts[-1] += "".join(child.itertext()) + (child.tail or "")
        else:
            parts.append("" if child.tag == "br" else "".join(child.itertext()))
            parts.append(child.tail or "")
    return parts


def _drop_title(text: str, title: str | None) -> str:
    """Remove the headline from the top of the text: it is in the metadata, and not body text.

    A line matches when its words are the title's, or one side of a ``Title | Site`` title.

    >>> _drop_title("Rates Rise Again\\nThe bank raised rates.", "Rates rise again | Daily Post")
    'The bank raised rates.'
    """
    if not title:
        return text
    words = _words(title)
    forms = {tuple(words)} | {tuple(_words(p)) for p in _TITLE_PARTS.split(title)}
    forms = {f for f in forms if len(f) >= 2}
    lines = text.split("\n")
    for i, line in enumerate(lines[:_TITLE_LINES]):
        if tuple(_words(line)) in forms:
            return "\n".join(lines[:i] + lines[i + 1 :])
    return text


def _plain_text(tree: _Tree | None) -> str:
    """The visible text of the page body, one block element per line."""
    if tree is None:
        return ""
    body = tree.find(".//body")
    root = copy.deepcopy(body if body is not None else tree)
    for element in root.xpath("|".join(f".//{name}" for name in _DROP)):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in "".join(root.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _metadata(document: Any, url: str | None, joiners: Joiners = NO_JOINERS) -> Metadata:
    """Map trafilatura's metadata to :class:`Metadata`; unknown fields stay empty."""
    if document is None:
        return Metadata(url=url)
    authors = tuple(a.strip() for a in str(_field(document, "author", joiners) or "").split(";") if a.strip())
    tags: list[str] = []
    for value in (*(_field(document, "tags") or ()), *(_field(document, "categories") or ())):
        # A keywords meta tag arrives as one comma-separated value.
        for part in _TAG_SPLIT.split(joiners.restore(str(value))):
            tag = part.strip()
            if tag and tag not in tags:
                tags.append(tag)
    return Metadata(
        title=_field(document, "title", joiners),
        date=_iso_date(_field(document, "date")),
        url=url or _field(document, "url", joiners),
        tags=tuple(tags),
        description=_field(document, "description", joiners),
        authors=authors,
        sitename=_field(document, "sitename", joiners),
    )


def _field(document: Any, name: str, joiners: Joiners = NO_JOINERS) -> Any:
    value = getattr(document, name, None)
    if isinstance(value, str):
        return " ".join(joiners.restore(value).split()) or None
    return value


def _iso_date(value: Any) -> str | None:
    """An ISO 8601 date (``YYYY-MM-DD``) or ``None``.

    >>> _iso_date("2019-11-19"), _iso_date("19 Nov 2019"), _iso_date(None)
    ('2019-11-19', None, None)
    """
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
