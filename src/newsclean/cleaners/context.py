"""The context rule: a short non-prose run between removed segments goes with them.

A label or fragment of at most eight words that is neither a sentence nor a table row, in a
run of at most three such lines, is removed when removed segments (or the text's edge, outside
the article's prose) bound it on both sides. It takes its neighbours' category when they agree
or only one side has one, and ``site_chrome`` otherwise; a foreign-language, metadata or
duplicate neighbour lends none, and a picture's credit lends the caption's, whichever table
took it (a credit some phrase table takes for the publisher's closes no article).

A review's rating is the article's, wherever it stands: a label and a score out of a maximum
("Rating: 3.5/5", "Karakter: 5 ud af 6"), or a line closed by rating stars ("Hiljaa (Warner). ★★★★").

One line among the article's paragraphs, opening with a capital, between a picture's caption
or credit on one side and a link to another story on the other, stays when the next kept line
is a paragraph: it is a subheading the article's furniture happens to surround. So does a
bulleted list (under at most a heading) between the article's paragraphs with a picture on one
side or both: a product's specifications set between its photos.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.caption import picture_credit
from newsclean.model import Category
from newsclean.text.features import BULLET, ends_sentence, is_table_row, word_count_up_to

_MAX_WORDS = 8
_MAX_RUN = 3
# Removed neighbours of these categories do not lend their category to a context removal.
_NOT_LENT = frozenset({Category.FOREIGN_LANGUAGE, Category.METADATA, Category.DUPLICATE})
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_REASON = "A short non-prose line between removed lines goes with them."
# A rating: a label of a few words, a colon and a score out of a maximum ("3.5/5", "4 out of 5",
# "5 ud af 6"); or rating stars closing the line.
_RATING = regex.compile(
    r"[^:：]{1,40}[:：]\s*\d+(?:[.,]\d+)?\s?(?:/|\p{L}+(?:\s\p{L}+)?)\s?\d+|.*\p{L}.*[★☆]{2,}½?"
)
_RATING_LABEL_WORDS = 4


class ContextRule(Cleaner):
    """Remove short non-prose runs that sit between removed segments (or a removed block and an edge)."""

    name = "context"
    category = Category.SITE_CHROME

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """One verdict per swept-up run, with the category it takes from its neighbours."""
        taken = dict(removed)
        n = len(doc.segments)
        first, last = doc.first_prose, doc.last_prose
        verdicts = []
        i = 0
        while i < n:
            if i in taken or not _candidate(doc, i):
                i += 1
                continue
            j = i
            while j + 1 < n and j + 1 not in taken and _candidate(doc, j + 1):
                j += 1
            b = _evidence(doc, taken, i - 1, -1)
            a = _evidence(doc, taken, j + 1, 1)
            before = taken.get(b)
            after = taken.get(a)
            at_start = b < 0 and (first is None or j < first)
            at_end = a >= n and (last is None or i > last)
            bounded = (before is not None or at_start) and (after is not None or at_end)
            if (
                bounded
                and (before or after)
                and j - i + 1 <= _MAX_RUN
                and not _heads_paragraph(doc, taken, i, j, b, a)
                and not _list_between_pictures(doc, taken, i, j, b, a)
            ):
                # A picture's credit, whichever table took it, lends the caption's category: the
                # line between is the picture's, and closes no article as a publisher's line would.
                if before is not None and _picture(doc, taken, b):
                    before = Category.CAPTION
                if after is not None and _picture(doc, taken, a):
                    after = Category.CAPTION
                lent = before if before == after or after is None else after if before is None else None
                category = lent if lent is not None and lent not in _NOT_LENT else self.category
                indices = tuple(range(i, j + 1))
                taken.update(dict.fromkeys(indices, category))
                verdicts.append(Verdict(indices, _REASON, category=category))
            i = j + 1
        return verdicts


def _evidence(doc: Document, taken: Mapping[int, Category], index: int, step: int) -> int:
    """The nearest segment from ``index`` on (by ``step``) that is not a removed line without a word.

    A removed rule, bullet or brace says nothing about its neighbours: code and lists in the
    article are full of them. The index may fall off either end of the document.
    """
    n = len(doc.segments)
    while 0 <= index < n and index in taken and _LETTER_OR_DIGIT.search(doc.segments[index].text) is None:
        index += step
    return index


def _heads_paragraph(doc: Document, taken: Mapping[int, Category], i: int, j: int, b: int, a: int) -> bool:
    """Whether the run ``i..j`` is a subheading among the article's paragraphs: one line between a
    picture's caption or credit and a link to another story (the furniture an article carries
    between its sections), whose next kept line is a paragraph.

    Between the page's chrome, or between two pictures, a line is a label or an alternative text.
    A heading opens with a capital; a picture's alternative text is often a phrase in lower case.
    """
    first, last = doc.first_prose, doc.last_prose
    if i != j or first is None or last is None or not first < i < last or doc.segments[i].text[:1].islower():
        return False
    if not (
        (_picture(doc, taken, b) and taken.get(a) is Category.RELATED)
        or (taken.get(b) is Category.RELATED and _picture(doc, taken, a))
    ):
        return False
    k = j + 1
    while k < len(doc.segments) and k in taken:
        k += 1
    return k < len(doc.segments) and doc.prose[k]


def _list_between_pictures(
    doc: Document, taken: Mapping[int, Category], i: int, j: int, b: int, a: int
) -> bool:
    """Whether the run ``i..j`` is a list of the article's (bulleted items, under at most a heading)
    with a picture's caption or credit on one side or both, and the article's paragraphs around:
    a product's specifications set between its photos. A page's menus and labels are not
    bulleted lists between the article's paragraphs and its pictures.
    """
    first, last = doc.first_prose, doc.last_prose
    if first is None or last is None or not first < i <= j < last:
        return False
    texts = [doc.segments[k].text for k in range(i, j + 1)]
    items = [BULLET.match(text) is not None for text in texts]
    if not items[-1] or not all(items[1:]):
        return False
    if not (_picture(doc, taken, b) or _picture(doc, taken, a)):
        return False
    if not all(_picture(doc, taken, k) or taken.get(k) is Category.RELATED for k in (b, a) if k in taken):
        return False
    above = next((k for k in range(b, -1, -1) if k not in taken), None)
    below = next((k for k in range(a, len(doc.segments)) if k not in taken), None)
    return above is not None and below is not None and doc.prose[above] and doc.prose[below]


def _picture(doc: Document, taken: Mapping[int, Category], index: int) -> bool:
    """Whether the removed line at ``index`` is a picture's caption, or its credit (which some
    phrase tables take as the publisher's)."""
    return index in taken and (taken[index] is Category.CAPTION or picture_credit(doc.segments[index].text))


def _candidate(doc: Document, index: int) -> bool:
    # A sentence is kept however short it is; only labels and fragments are swept up.
    text = doc.segments[index].text
    return (
        not ends_sentence(text)
        and not is_table_row(text)
        and word_count_up_to(text, _MAX_WORDS + 1) <= _MAX_WORDS
        and not rating(text)
    )


def rating(text: str) -> bool:
    """Whether ``text`` is a review's rating: a label and a score out of a maximum, or a line
    closed by rating stars.

    >>> rating("Rating: 3.5/5"), rating("Оценка: 4 от 5"), rating("Hiljaa (Warner Music). ★★★★")
    (True, True, True)
    >>> rating("Discussion"), rating("Comments: 12"), rating("Page 1 of 3")
    (False, False, False)
    """
    text = text.strip()
    if _RATING.fullmatch(text) is None:
        return False
    label, colon, _ = text.replace("：", ":").partition(":")
    return not colon or word_count_up_to(label, _RATING_LABEL_WORDS + 1) <= _RATING_LABEL_WORDS
