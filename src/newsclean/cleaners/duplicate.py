"""Paragraphs repeated within one document: the first kept occurrence stays, later copies go.

A line of two to five words is compared only with the kept line right above it: a heading or a
caption rendered twice in a row is a rendering's artefact, while the same label further down
belongs to the article's structure. A longer line right under its own copy goes as well, even
where copies spread among fresh paragraphs otherwise mark a structure: a rendering writes each
picture's alt text and then its caption.

A page that holds its article twice (a print or mobile copy below the screen one) renders the
second copy a little differently: a call to action left out, a list item dropped. When most of a
stretch repeats an earlier stretch in the same order, it goes whole, subheadings and list items
too (see :func:`_second_rendering`).

A pull quote, a sentence of a paragraph set apart in quotation marks (``duplicate.pull-quote``),
goes wherever it stands: the paragraph it quotes keeps the words.

No guard undoes these removals (the cleaner is ``certain``): the first copy stays, so the article
loses nothing, and a page that holds its article twice has a second copy half the text long.

Paragraphs are compared by a normalised key (case-folded, punctuation dropped, spaces
collapsed) held in a dictionary, so the check is linear in the document's length.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Mapping, Sequence

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.header import names_title
from newsclean.model import Category
from newsclean.text.features import BULLET, is_structured

_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_SPACES = regex.compile(r"\s+")
# Punctuation, symbols and spaces: a run of them becomes one space in the key.
_SEPARATOR = regex.compile(r"[\p{P}\p{S}\s]")
_BMP = 0x10000
_ASCII_DIGITS = b"0123456789"
_NOT_ASCII_DIGIT = bytes(c for c in range(128) if c not in _ASCII_DIGITS)
# Left out of signatures: ASCII separators, the controls str.strip takes off a key's ends, non-ASCII bytes.
_NOT_IN_SIGNATURE = bytes(
    c for c in range(256) if c >= 0x80 or 0x1C <= c <= 0x1F or _SEPARATOR.match(chr(c)) is not None
)
# Short lines ("Share", "Advertisement") repeat legitimately or belong to other cleaners.
_MIN_WORDS = 6
# A shorter line goes only when it doubles the line right above it.
_MIN_LABEL_WORDS = 2
_MAX_COPIES = 2
# More copies than this must sit in one block (the body scraped twice) to be removed.
_MAX_SCATTERED = 2
_MAX_NUMERIC_SHARE = 0.2
# ... or be a second rendering of the body: this many copies at least, in the originals' order,
# among at most this share of fresh lines and words.
_RENDERING_MIN_COPIES = 4
_RENDERING_FRESH_SHARE = 0.1
_LEAD_IN_MIN_WORDS = 4
# A lead-in announces its copy ("Let's repeat that:") or, as a line of its own, asks the
# question it answers (an FAQ whose answer repeats a paragraph of the article).
_ANNOUNCING = (":", "：")
_ASKING = ("?", "？", "؟")
_NUMERIC = regex.compile(r"^[\p{P}\p{S}]*\d")
# A pull quote: a sentence of eight words or more, quoted whole, from a paragraph saying more.
_PULL_QUOTE_MIN_WORDS = 8
_OPENING_QUOTES = tuple("\"“„«‘'")
_CLOSING_QUOTES = ('"', "”", "»", "’", "'")
_DIGIT = regex.compile(r"\d")


def duplicate_key(text: str) -> str:
    """The text a paragraph is compared by: case-folded, without punctuation, single-spaced.

    >>> duplicate_key("The  minister, said: “No”!") == duplicate_key("the minister said no")
    True
    """
    folded = text.casefold()
    if folded.isascii():
        spaced = folded.encode("ascii").translate(_separators_ascii())
        # bytes.split() splits on the ASCII spaces \s matches, and all of them are spaces by now.
        return b" ".join(spaced.split()).decode("ascii").strip()
    if len(folded.encode("utf-16-le", "surrogatepass")) != 2 * len(folded):
        # Characters outside the BMP are beyond the table: take the patterns' way.
        return _SPACES.sub(" ", _PUNCT.sub(" ", folded)).strip()
    spaced_text = folded.translate(_separators_bmp())
    return " ".join(filter(None, spaced_text.split(" "))).strip()


def _signature(text: str) -> bytes:
    """The key's ASCII characters but spaces, in order: paragraphs with equal keys have equal signatures.

    It is cheap to take, and most paragraphs have a signature no other paragraph of the document has.
    """
    return text.casefold().encode("utf-8", "surrogatepass").translate(None, _NOT_IN_SIGNATURE)


@functools.cache
def _separators_bmp() -> str:
    """A ``str.translate`` table of the BMP turning each separator into a space (built once per process)."""
    return str(_SEPARATOR.sub(" ", "".join(map(chr, range(_BMP)))))


@functools.cache
def _separators_ascii() -> bytes:
    """A ``bytes.translate`` table turning each ASCII separator into a space."""
    return _separators_bmp()[:256].encode("latin-1")


class Duplicate(Cleaner):
    """Remove paragraphs that repeat an earlier kept paragraph of the same document."""

    name = "duplicate"
    category = Category.DUPLICATE
    guarded = False
    certain = True

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for later copies of paragraphs of at least six words."""
        wordy = [seg for seg in doc.segments if seg.index not in removed and _wordy(seg.text, seg.words)]
        if len(wordy) < 2:  # nothing to compare: skip building keys (a one-line dump is all one)
            return []
        signatures = {seg.index: _signature(seg.text) for seg in wordy}
        shared = Counter(signatures.values())
        # A paragraph with a signature of its own has a key of its own: it can be neither copy nor original.
        keys = {seg.index: duplicate_key(seg.text) for seg in wordy if shared[signatures[seg.index]] > 1}
        counts = Counter(keys.values())
        first_seen: dict[str, int] = {}
        copies: list[tuple[int, int]] = []
        for index, key in keys.items():
            # A paragraph present three times or more is a template (a questionnaire, a weekly plan).
            if counts[key] > _MAX_COPIES:
                continue
            original = first_seen.setdefault(key, index)
            # List items, table rows and labelled fields repeat within a structure (each product's
            # "Price:", each city's figures); a repeated prose paragraph is a repeated scrape.
            # A copy announced by the line before it ("Let's repeat that:") is repeated on purpose.
            if (
                original != index
                and not is_structured(doc.segments[index].text)
                and not _introduced(doc, index, original)
            ):
                copies.append((index, original))
        if len(copies) > _MAX_SCATTERED and not _one_block([i for i, _ in copies], removed):
            # Many copies spread between fresh lines are a repeated structure, not a repeated scrape,
            # unless the lines between them repeat too: a whole block (a sign-up box) rendered twice.
            copies = _block_copy(doc, copies, removed) or _second_rendering(doc, copies, removed)
        copied = {index for index, _ in copies}
        copies.extend(c for c in _doubled_lines(doc, removed) if c[0] not in copied)
        copies.sort()
        verdicts = [
            Verdict(
                (index,), f"Repeats the paragraph at line {doc.segments[original].start_line} word for word."
            )
            for index, original in copies
        ]
        copied = {index for index, _ in copies}
        verdicts.extend(
            Verdict(
                (index,),
                f"A pull quote of the paragraph at line {doc.segments[source].start_line}, quoted whole.",
                rule="duplicate.pull-quote",
            )
            for index, source in _pull_quotes(doc, removed, signatures)
            if index not in copied
        )
        return sorted(verdicts, key=lambda v: v.indices)


def _pull_quotes(
    doc: Document, removed: Mapping[int, Category], signatures: Mapping[int, bytes]
) -> list[tuple[int, int]]:
    """Lines that quote a sentence of a longer kept paragraph, whole, in quotation marks.

    A page sets a striking sentence of its article apart as a pull quote; a rendering keeps it as
    a paragraph of its own, a copy of words the article says anyway. The paragraph it comes from
    is not itself in quotes (a speaker's words quoted again), and says more than the quote.
    """
    # Segments hold no space at their ends; most open with no quotation mark: test that first.
    quoted = [
        seg.index
        for seg in doc.segments
        if seg.text[:1] in _OPENING_QUOTES
        and seg.words >= _PULL_QUOTE_MIN_WORDS
        and seg.text.rstrip(".").endswith(_CLOSING_QUOTES)
        and seg.index not in removed
    ]
    if not quoted:
        return []
    in_quotes = set(quoted)
    sources = [
        seg.index
        for seg in doc.segments
        if seg.index not in removed and seg.index not in in_quotes and seg.words >= _PULL_QUOTE_MIN_WORDS
    ]
    keys: dict[int, str] = {}
    found = []
    for index in quoted:
        # A key inside another's has its signature inside the other's (both drop the same
        # characters): a cheap test spares the keys of the paragraphs that cannot hold the quote.
        signature = signatures.get(index) or _signature(doc.segments[index].text)
        key = f" {duplicate_key(doc.segments[index].text)} "
        for source in sources:
            if signature not in (signatures.get(source) or _signature(doc.segments[source].text)):
                continue
            if source not in keys:
                keys[source] = f" {duplicate_key(doc.segments[source].text)} "
            text = keys[source]
            if len(text) > len(key) and key in text:
                found.append((index, source))
                break
    return found


def _doubled_lines(doc: Document, removed: Mapping[int, Category]) -> list[tuple[int, int]]:
    """Lines that repeat the kept line right above them: a heading or caption rendered twice.

    A rendering writes a picture's alt text and then its caption, one under the other: such copies
    go however many fresh paragraphs lie between them, and however many copies the page holds (a
    template repeats its paragraph further apart). A short line doubled goes unless it holds
    figures (a table's two cells); a longer one unless it is a list item or a table row.
    """
    found: list[tuple[int, int]] = []
    previous: int | None = None
    for seg in doc.segments:
        if seg.index in removed:
            continue
        if (
            previous is not None
            and seg.words >= _MIN_LABEL_WORDS
            and seg.text == doc.segments[previous].text
            and (not _DIGIT.search(seg.text) if seg.words < _MIN_WORDS else not is_structured(seg.text))
        ):
            found.append((seg.index, previous))
        else:
            previous = seg.index
    return found


def _introduced(doc: Document, index: int, original: int) -> bool:
    """Whether a sentence just before announces this copy ("Let me say that again:"), as a writer repeats.

    A question on a line of its own announces its answer: an FAQ may answer with a paragraph the
    article already holds. A scraper's or a template's second copy comes after what came before the
    first: a lead-in that repeats the original's, or a short label ("Read next:"), is no announcement.
    Over a copy of the text's first line, the page's headline (which an extractor leaves out above
    the first copy) is no announcement either, even as a question.
    """
    if index == 0:
        return False
    lead = doc.segments[index - 1]
    text = lead.text.rstrip()
    if lead.words < _LEAD_IN_MIN_WORDS:
        return False
    # A question in a list is one of its items, not the question a copy answers.
    if not text.endswith(_ANNOUNCING) and not (text.endswith(_ASKING) and BULLET.match(text) is None):
        return False
    if original == 0:
        return doc.page_title is None or not names_title(text, doc.page_title)
    return duplicate_key(doc.segments[original - 1].text) != duplicate_key(lead.text)


def _block_copy(
    doc: Document, copies: list[tuple[int, int]], removed: Mapping[int, Category]
) -> list[tuple[int, int]]:
    """Every line of a block that repeats an earlier block line for line, or none.

    ``copies`` (copy, original) qualify when the copies sit at the same offsets from each other as
    their originals, after all of them, and every line between the copies is removed already or
    equals the line at its offset in the original block (a short button label, a heading). Those
    lines go with the copies; a structure that repeats with fresh lines between ("Q" then each
    answer) keeps them.
    """
    first, origin = copies[0]
    last = copies[-1][0]
    if origin + last - first >= first or any(c - first != o - origin for c, o in copies):
        return []
    out: list[tuple[int, int]] = []
    for index in range(first, last + 1):
        original = origin + index - first
        if index in removed:
            continue
        if original in removed or duplicate_key(doc.segments[index].text) != duplicate_key(
            doc.segments[original].text
        ):
            return []
        out.append((index, original))
    return out


def _second_rendering(
    doc: Document, copies: list[tuple[int, int]], removed: Mapping[int, Category]
) -> list[tuple[int, int]]:
    """Every kept line of each second rendering of the body among ``copies`` (copy, original).

    A page that holds its article twice (a print or mobile copy, a hidden duplicate) renders the
    second copy with lines of its own left out or added: a call to action in the first, a list item
    dropped in the second. Copies whose originals come in the same order, all before the first of
    them, form a run (see :func:`_rendered_again`).
    """
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for copy, original in [*copies, (-1, -1)]:
        if run and original > run[-1][1] and original < run[0][0]:
            run.append((copy, original))
            continue
        out.extend(_rendered_again(doc, run, removed))
        run = [(copy, original)]
    return out


def _rendered_again(
    doc: Document, run: list[tuple[int, int]], removed: Mapping[int, Category]
) -> list[tuple[int, int]]:
    """The kept lines from a run's first copy to its last, when they render its originals' stretch again.

    The run needs :data:`_RENDERING_MIN_COPIES` copies at least, and at most
    :data:`_RENDERING_FRESH_SHARE` of the lines in its stretch, and of their words, may be fresh.
    Each line there whose key some line of the original stretch has (a subheading, a list item)
    goes with the copies; a fresh line stays. A template repeating its questions with fresh answers
    between them fails the share, however short the answers.
    """
    if len(run) < _RENDERING_MIN_COPIES:
        return []
    source: dict[str, int] = {}
    for index in range(run[0][1], run[-1][1] + 1):
        if index not in removed:
            source.setdefault(duplicate_key(doc.segments[index].text), index)
    out: list[tuple[int, int]] = []
    copied = fresh = fresh_lines = 0
    for index in range(run[0][0], run[-1][0] + 1):
        if index in removed:
            continue
        seg = doc.segments[index]
        original = source.get(duplicate_key(seg.text))
        if original is None:
            fresh += seg.words
            fresh_lines += 1
        else:
            copied += seg.words
            out.append((index, original))
    share = _RENDERING_FRESH_SHARE
    return out if fresh <= share * copied and fresh_lines <= share * len(out) else []


def _one_block(indices: list[int], removed: Mapping[int, Category]) -> bool:
    """Whether the indices are consecutive, counting segments removed earlier as gaps that do not break."""
    return all(all(k in removed for k in range(a + 1, b)) for a, b in itertools.pairwise(indices))


def _wordy(text: str, words: int) -> bool:
    """At least six words, and mostly words rather than numbers (quantities in lists repeat)."""
    if words < _MIN_WORDS:
        return False
    tokens = text.split()
    # Each numeric token holds a digit of its own: with few digits there are few numeric tokens.
    if text.isascii():
        if len(text.encode("ascii").translate(None, _NOT_ASCII_DIGIT)) <= _MAX_NUMERIC_SHARE * len(tokens):
            return True
    elif len(_DIGIT.findall(text)) <= _MAX_NUMERIC_SHARE * len(tokens):
        return True
    # A token starting with a letter cannot start with punctuation then a digit: skip the regex.
    numeric = sum(1 for t in tokens if not t[0].isalpha() and _NUMERIC.match(t))
    return numeric <= _MAX_NUMERIC_SHARE * len(tokens)
